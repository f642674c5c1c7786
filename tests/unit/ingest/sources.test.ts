import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadManifest, readSources } from '../../../src/ingest/sources';

const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A sources folder holding `files` (name → text) and a manifest listing `entries`. */
function folder(entries: Array<{ id: string; file: string }>, files: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  scratch.push(dir);
  for (const f of files) writeFileSync(path.join(dir, f), 'text\n');
  const yaml = entries
    .map(
      (e) =>
        `- id: ${e.id}\n  file: ${JSON.stringify(e.file)}\n  title: T\n  publisher: P\n  format: wikitext\n`,
    )
    .join('');
  writeFileSync(path.join(dir, 'sources.yaml'), yaml);
  return dir;
}

describe('loadManifest', () => {
  it('lists the five articles of content/sources in the order written', () => {
    expect(loadManifest(path.resolve('content/sources')).map((e) => e.id)).toEqual([
      'international-recognition-of-kosovo',
      'belarus-kosovo-relations',
      'foreign-relations-of-belarus',
      'kosovo-russia-relations',
      'kosovo-foreign-relations',
    ]);
  });

  it('stops at an id written twice, at the second entry', () => {
    const dir = folder(
      [
        { id: 'a', file: 'a.txt' },
        { id: 'a', file: 'b.txt' },
      ],
      ['a.txt', 'b.txt'],
    );
    expect(() => loadManifest(dir)).toThrow(
      'sources.yaml:6:3: expected unique source ids, "a" appears twice',
    );
  });

  it.each(['../a.txt', '/etc/passwd', 'sub/a.txt', './a.txt'])(
    'stops at a file outside the folder (%s)',
    (file) => {
      const dir = folder([{ id: 'a', file }], []);
      expect(() => loadManifest(dir)).toThrow(/^sources\.yaml:1:3: expected a file name inside/);
    },
  );

  it('stops at a listed file that does not exist', () => {
    const dir = folder([{ id: 'a', file: 'a.txt' }], []);
    expect(() => loadManifest(dir)).toThrow(
      'sources.yaml:1:3: expected the listed file a.txt to exist in content/sources/',
    );
  });

  it('stops at a file of the folder the manifest does not list, naming it', () => {
    const dir = folder([{ id: 'a', file: 'a.txt' }], ['a.txt', 'stray.txt']);
    expect(() => loadManifest(dir)).toThrow(
      /^sources\.yaml:1: expected an entry for every file .*stray\.txt/,
    );
  });
});

describe('readSources: the format the manifest gives', () => {
  /** One invented article under `format`, its manifest entry opening at line 1. */
  function oneArticle(format: string, text: string): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'format-'));
    scratch.push(dir);
    writeFileSync(path.join(dir, 'a.txt'), text);
    writeFileSync(
      path.join(dir, 'sources.yaml'),
      `- id: a\n  file: a.txt\n  title: Ruritania relations\n  publisher: P\n  format: ${format}\n`,
    );
    return dir;
  }
  const wiki = '= Ruritania relations =\n\nRuritania opened an embassy in the capital in 2010.\n';
  const read = (dir: string) => () => readSources(dir, loadManifest(dir));

  it('reads a wiki dump listed as wikitext', () => {
    expect(
      readSources(oneArticle('wikitext', wiki), loadManifest(oneArticle('wikitext', wiki))),
    ).toHaveLength(1);
  });

  it('stops at the manifest entry when a wiki dump is listed as a news page or a scrape', () => {
    for (const format of ['news-page', 'glossed-scrape'])
      expect(read(oneArticle(format, wiki))).toThrow(
        `sources.yaml:1:3: expected format: wikitext for a.txt (it opens with a "= Title =" heading), found "format: ${format}"`,
      );
  });

  it("names the manifest entry in the reader's own complaint", () => {
    const scrape = 'Ruritania relations\n   HOME\n\nRuritania opened an embassy in 2010.\n';
    expect(read(oneArticle('wikitext', scrape))).toThrow(
      'a.txt:1: expected a "= Title =" heading — read as format: wikitext by the entry at sources.yaml:1:3; if the file is of another kind, correct the format there',
    );
  });
});
