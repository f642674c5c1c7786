import { gzipSync } from 'node:zlib';
import worldCountries from 'world-countries';
import { describe, expect, it } from 'vitest';
import { toSlug } from '../../../../src/shared/slug';
import {
  EXPECTED_MISSING,
  placementOf,
  statesMissingFromMap,
} from '../../../../src/lib/svg/mapCoverage';
import { renderStatusMap } from '../../../../src/lib/svg/statusMap';
import { mapStatusOf, statusClass } from '../../../../src/lib/svg/status';
import { NAMELESS_AREA_IDS, worldAreas } from '../../../../src/lib/svg/worldFeatures';
import { fixtureStates, makeState } from '../../../fixtures/svg/states';
import { parseXml, textOf, walk, type XmlElement } from '../../../fixtures/svg/xmlTree';

const rendered = renderStatusMap(fixtureStates, { base: '/', highlight: 'france' });
const tree = parseXml(rendered.svg);
const links = [...walk(tree)].filter((e) => e.name === 'a');
const hrefsOf = (id: string) => links.filter((a) => a.attrs.href === `/states/${id}/`);
const shapeOf = (a: XmlElement) =>
  a.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'path');

describe('world map data', () => {
  it('gives every area an ISO code or a deliberate id, so no area is silently unlinkable', () => {
    expect(worldAreas().unmatched).toEqual([]);
  });

  it('still contains every id-less area the mapping names (the mapping is not stale)', () => {
    const keys = new Set(worldAreas().areas.map((a) => a.key));
    for (const id of Object.values(NAMELESS_AREA_IDS)) expect(keys.has(`id:${id}`), id).toBe(true);
  });
});

describe('map coverage', () => {
  it('shows every fixture state except the documented expected-missing ones', () => {
    const missing = statesMissingFromMap(fixtureStates);
    expect(missing.filter((m) => !m.expected)).toEqual([]);
    expect(missing.map((m) => m.id)).toEqual(['transnistria']);
    for (const s of fixtureStates) {
      if (missing.some((m) => m.id === s.id)) continue;
      expect(hrefsOf(s.id).length, s.id).toBeGreaterThan(0);
    }
  });

  it('reports an undocumented entity without an area as unexpected', () => {
    const ghost = makeState({
      id: 'atlantis',
      name: 'Atlantis',
      iso3: null,
      status: 'not-recognised',
      kind: 'other-entity',
    });
    expect(statesMissingFromMap([ghost])).toEqual([
      {
        id: 'atlantis',
        name: 'Atlantis',
        reason: 'No ISO code and no area in the map data.',
        expected: false,
      },
    ]);
  });

  it('lists as expected-missing only states the map really cannot place, and gives that reason', () => {
    const ids = Object.keys(EXPECTED_MISSING);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      // These entities have no ISO code; once the map data draws one, its entry here is stale.
      expect(placementOf({ id, iso3: null, name: id }), id).toEqual({
        kind: 'missing',
        reason: EXPECTED_MISSING[id],
      });
    }
  });

  it('places every world-countries state with an ISO code: by area or by marker', () => {
    for (const c of worldCountries) {
      if (c.cca3 === 'UNK') continue; // Kosovo: no ISO code, drawn by its id-less area (next test)
      expect(
        placementOf({ id: toSlug(c.name.common), iso3: c.cca3, name: c.name.common }).kind,
        c.cca3,
      ).not.toBe('missing');
    }
  });

  it('draws Kosovo and Northern Cyprus from their id-less areas, linked to their pages', () => {
    expect(placementOf({ id: 'kosovo', iso3: null, name: 'Kosovo' }).kind).toBe('area');
    expect(placementOf({ id: 'northern-cyprus', iso3: null, name: 'Northern Cyprus' }).kind).toBe(
      'area',
    );
    expect(placementOf({ id: 'somaliland', iso3: null, name: 'Somaliland' }).kind).toBe('area');
    expect(hrefsOf('kosovo').some((a) => shapeOf(a)?.attrs.class?.includes('kra-kosovo'))).toBe(
      true,
    );
    expect(hrefsOf('northern-cyprus').length).toBeGreaterThan(0);
  });

  it('draws Kosovo as itself, unlinked, when the data has no state record for it', () => {
    const withoutKosovo = renderStatusMap(
      fixtureStates.filter((s) => s.id !== 'kosovo'),
      { base: '/', idPrefix: 'm3' },
    );
    const els = [...walk(parseXml(withoutKosovo.svg))];
    expect(els.some((e) => e.attrs.class?.startsWith('kra-kosovo'))).toBe(true);
    expect(els.some((e) => e.name === 'text' && textOf(e) === 'Kosovo')).toBe(true);
    expect(withoutKosovo.svg).not.toContain('/states/kosovo/');
  });

  it('gives small states a marker and large ones none', () => {
    for (const id of [
      'tuvalu',
      'liechtenstein',
      'andorra',
      'malta',
      'cook-islands',
      'nauru',
      'kosovo',
    ])
      expect(rendered.markerIds, id).toContain(id);
    for (const id of ['france', 'russia', 'united-states'])
      expect(rendered.markerIds, id).not.toContain(id);
  });
});

describe('status map SVG', () => {
  it('colours every linked shape by its state status', () => {
    const byId = new Map(fixtureStates.map((s) => [s.id, s]));
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      const id = /^\/states\/([a-z0-9-]+)\/$/.exec(a.attrs.href ?? '')?.[1];
      const state = id ? byId.get(id) : undefined;
      expect(state, a.attrs.href).toBeDefined();
      expect(shapeOf(a)?.attrs.class?.split(' ')).toContain(statusClass(mapStatusOf(state!)));
    }
  });

  it('gives every link a non-empty <title> as its first child', () => {
    for (const a of links) {
      const first = a.children[0];
      expect(typeof first !== 'string' && first?.name === 'title', a.attrs.href).toBe(true);
      expect(textOf(first as XmlElement).trim()).not.toBe('');
    }
    const france = hrefsOf('france')[0]!;
    expect(textOf(france)).toContain('France: recognises Kosovo (since 18 February 2008)');
  });

  it('draws areas of no state in the Atlas unlinked, with a title', () => {
    const noData = [...walk(tree)].filter(
      (e) => e.name === 'path' && e.attrs.class === 'kra-no-data',
    );
    expect(noData.length).toBeGreaterThan(50);
    expect(
      noData.every((p) => p.children.some((c) => typeof c !== 'string' && c.name === 'title')),
    ).toBe(true);
  });

  it('prefixes links with the base path', () => {
    const sub = renderStatusMap(fixtureStates, { base: '/atlas', idPrefix: 'm2' });
    expect(sub.svg).toContain('href="/atlas/states/france/"');
    expect(sub.svg).not.toContain('href="/states/');
  });

  it('outlines the highlighted state', () => {
    expect([...walk(tree)].filter((e) => e.attrs.class === 'kra-highlight')).toHaveLength(1);
    expect(renderStatusMap(fixtureStates, { base: '/' }).svg).not.toContain(
      'class="kra-highlight"',
    );
  });

  it('defines every pattern its stylesheet refers to, and has a dark-mode and a print rule', () => {
    const style = textOf([...walk(tree)].find((e) => e.name === 'style')!);
    const ids = new Set([...walk(tree)].filter((e) => e.name === 'pattern').map((e) => e.attrs.id));
    const refs = [...style.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const r of refs) expect(ids.has(r)).toBe(true);
    expect(style).toContain('@media (prefers-color-scheme:dark)');
    expect(style).toContain('@media print');
  });

  it('has a legend naming every status with its count, and a caption with the counts', () => {
    const text = textOf(tree);
    expect(text).toContain('Recognises Kosovo (9)');
    expect(text).toContain('Withdrew recognition (2)');
    expect(text).toContain('Does not recognise Kosovo (4)');
    expect(rendered.caption).toContain(
      '9 states recognise Kosovo, 2 withdrew recognition and 4 do not recognise it',
    );
    expect(rendered.caption).toContain('Not on the map: Transnistria.');
  });

  it('stays within the size budget with every country of the world as a state', () => {
    const everyone = worldCountries.map((c, i) =>
      makeState({
        id: c.cca3 === 'UNK' ? 'kosovo' : toSlug(c.name.common),
        name: c.name.common,
        iso3: c.cca3 === 'UNK' ? null : c.cca3,
        status: (['recognised', 'withdrawn', 'not-recognised'] as const)[i % 3]!,
        order: i + 1,
        date: '2008-02-18',
        withdrawn: '2018-01-01',
      }),
    );
    const { svg } = renderStatusMap(everyone, {
      base: '/kosovo-recognition-atlas/',
      highlight: 'france',
    });
    parseXml(svg);
    expect(gzipSync(svg).length).toBeLessThanOrEqual(60_000);
    expect(svg.length).toBeLessThanOrEqual(200_000);
  });
});
