import path from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assertBuilt,
  builtSite,
  distDir,
  elements,
  fileForPath,
  htmlFiles,
  parsePage,
  textOf,
} from './builtSite';

/** Every entry of the exports has its page, and every statement its anchor on that page. */
const read = <T>(name: string): T =>
  JSON.parse(readFileSync(path.join(distDir, 'data', name), 'utf8')) as T;

interface Entry {
  id: string;
  url: string;
}
interface PositionEntry extends Entry {
  actor: { type: string; id: string };
  parties: Array<{ type: string; id: string }>;
  formerIds: string[];
}

let states: Entry[];
let organisations: Entry[];
let sources: Entry[];
let positions: PositionEntry[];
beforeAll(() => {
  assertBuilt();
  states = read('states.json');
  organisations = read('organisations.json');
  sources = read('sources.json');
  positions = read('positions.json');
});

const idsOn = (file: string) =>
  [...elements(parsePage(file))]
    .map((e) => e.properties?.id)
    .filter((id): id is string => typeof id === 'string');

describe('a page for every entry', () => {
  it('renders a page with one h1 naming the entry for every state, organisation and source', () => {
    const missing: string[] = [];
    for (const entry of [...states, ...organisations, ...sources]) {
      const file = fileForPath(entry.url, builtSite);
      if (!file) {
        missing.push(entry.url);
        continue;
      }
      const h1s = [...elements(parsePage(file))].filter((e) => e.tagName === 'h1');
      expect(h1s, entry.url).toHaveLength(1);
      expect(textOf(h1s[0]!).length, entry.url).toBeGreaterThan(0);
    }
    expect(missing).toEqual([]);
    expect(states.length).toBeGreaterThanOrEqual(193);
  });

  it('gives every statement its own anchor on its actor page, derived from its id', () => {
    const missing: string[] = [];
    const byPage = new Map<string, Set<string>>();
    for (const p of positions) {
      const [pagePath, fragment] = p.url.split('#');
      expect(fragment).toBe(p.id);
      const file = fileForPath(pagePath!, builtSite);
      if (!file) {
        missing.push(p.url);
        continue;
      }
      if (!byPage.has(file)) byPage.set(file, new Set(idsOn(file)));
      if (!byPage.get(file)!.has(fragment!)) missing.push(p.url);
    }
    expect(missing).toEqual([]);
  });

  it('shows a statement on the page of every state it names as a party, with its former ids as anchors', () => {
    const missing: string[] = [];
    for (const p of positions) {
      const pages = [
        p.url.split('#')[0]!,
        ...p.parties.filter((x) => x.type === 'state').map((x) => `/states/${x.id}/`),
      ];
      for (const page of pages) {
        const file = fileForPath(page, builtSite);
        const ids = file ? new Set(idsOn(file)) : new Set<string>();
        for (const id of [p.id, ...p.formerIds]) if (!ids.has(id)) missing.push(`${page}#${id}`);
      }
    }
    expect(missing).toEqual([]);
    expect(positions.some((p) => p.formerIds.length > 0)).toBe(true);
  });

  it('keeps a published statement id that now names an event as an anchor on that event, on the page that showed the statement', () => {
    const events = read<Array<{ id: string; formerIds: string[] }>>('events.json');
    const moved = events.flatMap((e) => e.formerIds.map((from) => ({ from, to: e.id })));
    // The page of the statement's actor, as the id's prefix names it (ids start with the actor's).
    const pages = [
      ...states.map((x) => ({ id: x.id, url: x.url })),
      ...organisations.map((x) => ({ id: x.id, url: x.url })),
      { id: 'kosovo', url: '/kosovo/' },
    ].sort((a, b) => b.id.length - a.id.length);
    const wrong: string[] = [];
    for (const { from, to } of moved) {
      const page = pages.find((p) => from.startsWith(`${p.id}-`));
      const file = page && fileForPath(page.url, builtSite);
      if (!file) {
        wrong.push(`${from}: no page`);
        continue;
      }
      const tree = parsePage(file);
      const holder = [...elements(tree)].find((e) => e.properties?.id === `event-${to}`);
      const inside = holder ? [...elements(holder)].some((e) => e.properties?.id === from) : false;
      if (!inside) wrong.push(`${page!.url}#${from} → event-${to}`);
    }
    expect(wrong).toEqual([]);
    expect(moved.length).toBeGreaterThan(0);
  });

  it('gives Kosovo a page with its statements, claims, memberships and events', () => {
    const file = fileForPath('/kosovo/', builtSite)!;
    const ids = new Set(idsOn(file));
    for (const section of ['statements', 'claims', 'memberships', 'events'])
      expect(ids.has(section), section).toBe(true);
    expect(
      positions.filter((p) => p.actor.id === 'kosovo').every((p) => p.url.startsWith('/kosovo/#')),
    ).toBe(true);
    const text = textOf(parsePage(file));
    expect(text).toMatch(/International Monetary Fund/);
    expect(text).toMatch(/Central European Free Trade Agreement/);
  });

  it('never repeats an id within a page', () => {
    const repeated: string[] = [];
    for (const file of htmlFiles()) {
      const ids = idsOn(file);
      const seen = new Set<string>();
      for (const id of ids) {
        if (seen.has(id)) repeated.push(`${file}#${id}`);
        seen.add(id);
      }
    }
    expect(repeated).toEqual([]);
  });
});

describe('link previews', () => {
  it('every page names the share image, and it is a 1200×630 PNG in the build', () => {
    const png = readFileSync(path.join(distDir, 'og-image.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const missing = htmlFiles().filter((file) => {
      const meta = [...elements(parsePage(file))].find(
        (e) => e.tagName === 'meta' && e.properties?.property === 'og:image',
      );
      return !meta || !String(meta.properties?.content).endsWith(`${builtSite.base}og-image.png`);
    });
    expect(missing).toEqual([]);
  });
});
