import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceError, type Block } from '../../../../src/ingest/read/document';
import { isBarOrByline, isCallToAction, readNewsPage } from '../../../../src/ingest/read/newsPage';
import { sourceDocument } from '../../../../src/schemas/document';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const FILE = 'kosovo-foreign-relations.txt';
const realText = fs.readFileSync(path.join(ROOT, 'content/sources', FILE), 'utf8');
const meta = { sourceId: 'kosovo-foreign-relations', file: FILE };
const textOf = (b: Block) => ('text' in b ? b.text : '');

describe('readNewsPage on the GlobalSecurity page', () => {
  const doc = readNewsPage(realText, meta);

  it('takes the headline as the title and drops the site chrome above and below', () => {
    expect(() => sourceDocument.parse(doc)).not.toThrow();
    expect(doc.title).toBe('Kosovo - Foreign Relations');
    expect(doc.blocks[0]).toMatchObject({
      kind: 'heading',
      level: 1,
      line: 4,
      id: 'kosovo-foreign-relations',
    });
    const all = doc.blocks.map(textOf).join('\n');
    expect(all).not.toContain('Security Clearance');
    expect(all).not.toContain('mailing list');
  });

  it('keeps every paragraph, each on its own line, with no further headings', () => {
    const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs).toHaveLength(25);
    expect(doc.blocks.filter((b) => b.kind === 'heading')).toHaveLength(1);
    expect(paragraphs[0]).toMatchObject({ line: 6, section: ['Kosovo - Foreign Relations'] });
    expect(textOf(paragraphs[0]!)).toMatch(/^After 17 February 2008, when the Assembly of Kosovo/);
    expect(paragraphs.at(-1)).toMatchObject({ line: 54 });
    // A paragraph without a final full stop is still prose.
    expect(paragraphs.some((p) => p.line === 30 && textOf(p).endsWith('within Serbia'))).toBe(true);
  });

  it('gives the same blocks for CRLF and BOM input', () => {
    expect(readNewsPage(`\uFEFF${realText.replace(/\n/g, '\r\n')}`, meta)).toEqual(doc);
  });
});

describe('readNewsPage on other pages', () => {
  const read = (text: string) => readNewsPage(text, { sourceId: 'n', file: 'news.txt' });

  it('recognises chrome by structure, not by these exact strings', () => {
    const page = [
      'Skip to content',
      'Menu',
      'Subscribe now!',
      '',
      'Serbia and Kosovo agree on licence plates',
      '',
      'Negotiators in Brussels agreed on 23 November 2022 to end a dispute over vehicle licence plates.',
      'The agreement was announced by the EU foreign policy chief.',
      '',
      'Share this article!',
      '',
      'Both sides will now implement the deal over the coming weeks, officials said.',
      '',
      'Related stories',
      'Advertisement',
      '© 2024 Example News',
    ].join('\n');
    const doc = read(page);
    expect(doc.title).toBe('Serbia and Kosovo agree on licence plates');
    expect(doc.blocks.map((b) => [b.kind, b.line])).toEqual([
      ['heading', 5],
      ['paragraph', 7],
      ['paragraph', 12],
    ]);
    expect(textOf(doc.blocks[1]!)).toBe(
      'Negotiators in Brussels agreed on 23 November 2022 to end a dispute over vehicle licence plates. The agreement was announced by the EU foreign policy chief.',
    );
  });

  it('reads list items set right under the paragraph that introduces them with a colon', () => {
    const page = [
      'Lima and the Andean neighbours',
      '',
      'Peru has given aid to Chile for a decade. Peruvian aid to Chile has also included:',
      '- Scholarships for Chilean students, paid for by the Peruvian government since 2012;',
      '- A 2015 grant from the Peruvian Development Fund for a clinic in Arica.',
      '',
      'Officials in Lima said in 2019 that the programme would go on.',
      '',
      'Aid to Bolivia went on in 2020 - Peru sent doctors to La Paz;',
      '- and teachers the year after.',
    ].join('\n');
    const doc = read(page);
    expect(doc.blocks.map((b) => [b.kind, b.line])).toEqual([
      ['heading', 1],
      ['paragraph', 3],
      ['list-item', 4],
      ['list-item', 5],
      ['paragraph', 7],
      ['paragraph', 9],
    ]);
    expect(textOf(doc.blocks[1]!)).toBe(
      'Peru has given aid to Chile for a decade. Peruvian aid to Chile has also included:',
    );
    expect(textOf(doc.blocks[3]!)).toBe(
      'A 2015 grant from the Peruvian Development Fund for a clinic in Arica.',
    );
  });

  it('sets aside a menu bar and a byline, reads subheadings, list items and a closing link list', () => {
    const page = [
      'Front page | Politics | Balkans | Business | Culture | Sport | Weather',
      '',
      'Why Moldova keeps its distance from Pristina',
      '',
      'By Ion Popescu, Chisinau correspondent | 3 May 2021, 10:00 CET',
      '',
      'Moldova has not recognised Kosovo, and its diplomats explain why in terms of their own frontier.',
      '',
      'A frozen conflict at home',
      '',
      'Officials in Chisinau said in 2008 that recognition would encourage separatists on the Dniester.',
      '',
      '- Tiraspol, which welcomed the declaration in February 2008;',
      '- Comrat, which stayed silent.',
      '',
      'More from the region',
      'Romania and the Hungarian minority',
      'Ukraine after the referendum',
      '',
      'Share: Facebook | X | Email',
    ].join('\n');
    const doc = read(page);
    expect(doc.title).toBe('Why Moldova keeps its distance from Pristina');
    expect(doc.blocks.map((b) => [b.kind, b.line])).toEqual([
      ['heading', 3],
      ['paragraph', 7],
      ['heading', 9],
      ['paragraph', 11],
      ['list-item', 13],
      ['list-item', 14],
    ]);
    expect(doc.blocks[2]).toMatchObject({ level: 2, text: 'A frozen conflict at home' });
    expect(doc.blocks[3]).toMatchObject({
      section: ['Why Moldova keeps its distance from Pristina', 'A frozen conflict at home'],
    });
    expect(textOf(doc.blocks[4]!)).toBe(
      'Tiraspol, which welcomed the declaration in February 2008;',
    );
  });

  it('takes a headline of a dozen words for the title, and a long copyright line for chrome', () => {
    const page = [
      'Home | World | Opinion',
      '',
      'Moldova and Kosovo: two small states that keep each other at a careful distance',
      '',
      'By Ion Popescu | 3 May 2021',
      '',
      'Moldova has not recognised Kosovo, and its diplomats explain why in terms of their own frontier.',
      '',
      '© 2021 Chisinau Desk. All rights reserved. | Privacy | Terms',
    ].join('\n');
    const doc = read(page);
    expect(doc.title).toBe(
      'Moldova and Kosovo: two small states that keep each other at a careful distance',
    );
    expect(doc.blocks.map((b) => [b.kind, b.line])).toEqual([
      ['heading', 3],
      ['paragraph', 7],
    ]);
  });

  it('tells a bar of short items and a byline from a sentence with a bar in it', () => {
    expect(isBarOrByline('Home | World | Europe | Americas | Diplomacy | Sport | Opinion')).toBe(
      true,
    );
    expect(isBarOrByline('By Marta Ruiz, Americas correspondent | 12 March 2024')).toBe(true);
    expect(isBarOrByline('By Marta Ruiz')).toBe(true);
    expect(
      isBarOrByline(
        'By 2018 the ministry had opened embassies in Bogotá | Lima | Panama City and Quito.',
      ),
    ).toBe(false);
    expect(isBarOrByline('By 2018, seven Caribbean states had recognised Kosovo.')).toBe(false);
    // A labelled bar: the label is not part of the first link's title.
    expect(
      isBarOrByline(
        "Related articles: Peru and Kosovo: a late friendship | Lima's envoy | KFOR at twenty",
      ),
    ).toBe(true);
    expect(isBarOrByline('Tags: Kosovo | Serbia | European Union')).toBe(true);
    // A sentence with a colon and a bar in it stays prose.
    expect(
      isBarOrByline(
        'The ministry said: embassies would open in Bogotá, Lima and Quito in the coming years | and more.',
      ),
    ).toBe(false);
  });

  it('tells calls to action from prose', () => {
    expect(isCallToAction('Join the mailing list')).toBe(true);
    expect(isCallToAction('Find a Security Clearance Job!')).toBe(true);
    expect(
      isCallToAction(
        'Follow the negotiations between Belgrade and Pristina closely, the envoy urged all parties.',
      ),
    ).toBe(false);
  });

  it('rejects a page without a headline or without text, naming file and line', () => {
    for (const text of [
      '',
      'Subscribe now!\n\nThis long paragraph of prose has no headline above it at all, which is wrong.',
    ]) {
      try {
        read(text);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(SourceError);
        expect(error).toMatchObject({ file: 'news.txt' });
        expect((error as SourceError).line).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('reads a truncated page into a shorter valid document', () => {
    const realText2 = realText.slice(0, realText.indexOf('Greece has maintained') + 80);
    const doc = read(realText2);
    expect(() => sourceDocument.parse(doc)).not.toThrow();
    expect(doc.blocks.at(-1)).toMatchObject({ kind: 'paragraph', line: 20 });
  });
});
