import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../src/ingest/read/document';
import { readGlossedScrape } from '../../../../src/ingest/read/glossedScrape';
import type { Position } from '../../../../src/schemas';
import { loadUnseenManifest, positionsWithUnseen, UNSEEN_DIR } from '../../../gold/unseen';

/*
 * The two tune glossed articles (and, for the reader alone, the atlas's glossed source and the
 * sixth-article fixture), reformatted into the inline layout a mirror also prints: each paragraph
 * on one line, every link's gloss inside it. Reading both layouts must give the same article.
 */

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const ARTICLES = ['kosovo-romania-relations', 'kosovo-greece-relations'];
const entries = loadUnseenManifest().filter((e) => ARTICLES.includes(e.id));

// The line layout's link line: the link's words, then the gloss cut off with " ...".
const LINK_LINE = /\s(?:\.\.\.|…)$/;

/**
 * Joins each paragraph's lines into one: a link line goes on the line before it, and the line
 * after it (the sentence going on) joins it too. Lines between blank lines stay apart, and so do
 * plain lines that follow each other (paragraphs) and a "*" that opens a list item.
 */
function toInlineLayout(text: string): string {
  const out: string[] = [];
  let previous = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const joins =
      out.length > 0 &&
      line !== '' &&
      previous !== '' &&
      !line.startsWith('*') &&
      (LINK_LINE.test(previous) || LINK_LINE.test(line));
    if (joins) out[out.length - 1] += ` ${line}`;
    else out.push(line);
    previous = line;
  }
  return out.join('\n');
}

const texts = new Map(
  entries.map((e) => [e.id, readFileSync(path.join(UNSEEN_DIR, e.file), 'utf8')] as const),
);

describe('the inline layout of the tune glossed articles', () => {
  it('is a real reformatting: fewer lines, glosses inside lines', () => {
    for (const [id, text] of texts) {
      const inline = toInlineLayout(text);
      const original = text.split('\n');
      const joined = inline.split('\n');
      expect(joined.length, id).toBeLessThan(original.length - 10);
      // Words that stand only in glosses are still in the file, now in the middle of lines.
      expect(joined.filter((l) => / \.\.\. \S/.test(l)).length, id).toBeGreaterThan(5);
    }
    expect(toInlineLayout(texts.get('kosovo-romania-relations')!)).toContain(
      'Romania has contributed troops to the Kosovo Force The Kosovo Force (KFOR) is a NATO-led',
    );
  });

  // Kind, section and text of every block: the reader's whole reading but the line numbers, which
  // the joining changes.
  const reading = (id: string, text: string) =>
    readGlossedScrape(text, { sourceId: id, file: `${id}.txt` }).blocks.map((b: Block) => [
      b.kind,
      b.section.join(' / '),
      'text' in b ? b.text : '',
    ]);

  // The atlas's own glossed source (an infobox dump after a link, "See also" entries) and the
  // sixth-article fixture, read the same way.
  const others = [
    'content/sources/kosovo-russia-relations.txt',
    'tests/fixtures/glossed-scrape/sixth-article.txt',
  ];
  it.each([...ARTICLES, ...others])(
    '%s: the reader reads the same blocks from both layouts',
    (id) => {
      const text = texts.get(id) ?? readFileSync(path.join(ROOT, id), 'utf8');
      const original = reading(id, text);
      expect(original.length).toBeGreaterThan(5);
      expect(reading(id, toInlineLayout(text))).toEqual(original);
    },
  );

  /*
   * What each statement says and whom it is about: its words (`text`, and the cited words, all its
   * excerpts read in order), the article and section it cites, actor, dates, voice, speakers,
   * reporter, parties and topic. Not compared: `line`, `anchor` (the joining moves sentences to
   * other lines) and what is built from them (`id`, `url`, `formerIds`, `tellings`, `context`);
   * nor how the cited words are cut into excerpts, which is one per cited line: "… to Greece. He
   * met …" is two excerpts where the two sentences start on two lines and one where they share it.
   */
  const said = (p: Position) => ({
    text: p.text,
    cited: [...new Set(p.sources.map((s) => [s.source, ...s.section].join(' / ')))],
    excerpt: p.sources.map((s) => s.excerpt).join(' '),
    actor: p.actor.id,
    date: p.date,
    qualifiedDate: p.qualifiedDate,
    dateRelative: p.dateRelative,
    voice: p.voice,
    speakers: p.speakers,
    reporter: p.reporter,
    parties: p.parties,
    topic: p.topic,
  });
  const statementsOf = (inline: boolean) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'inline-layout-'));
    try {
      for (const e of entries) {
        const text = texts.get(e.id)!;
        writeFileSync(path.join(dir, e.file), inline ? toInlineLayout(text) : text);
      }
      return positionsWithUnseen(ROOT, dir, entries)
        .filter((p) => p.sources.some((s) => ARTICLES.includes(s.source)))
        .map(said)
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('the ingest reads the same statements from both layouts', { timeout: 240_000 }, () => {
    const original = statementsOf(false);
    expect(original.length).toBeGreaterThan(40);
    // Words that stand only in glosses ("a landlocked country", "becomes self-sufficient") reached
    // no statement.
    expect(original.filter((s) => /landlocked|self-sufficient/.test(s.text))).toEqual([]);
    expect(statementsOf(true)).toEqual(original);
  });
});
