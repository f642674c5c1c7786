import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceError, type Block } from '../../../../src/ingest/read/document';
import {
  isGlossLine,
  joinPieces,
  readGlossedScrape,
  splitGlossLine,
} from '../../../../src/ingest/read/glossedScrape';
import { sourceDocument } from '../../../../src/schemas/document';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const FILE = 'kosovo-russia-relations.txt';
const realText = fs.readFileSync(path.join(ROOT, 'content/sources', FILE), 'utf8');
const sixthText = fs.readFileSync(
  path.join(ROOT, 'tests/fixtures/glossed-scrape/sixth-article.txt'),
  'utf8',
);
const meta = { sourceId: 'kosovo-russia-relations', file: FILE };

const textOf = (b: Block) => ('text' in b ? b.text : '');
const summary = (blocks: Block[]) => blocks.map((b) => [b.kind, b.line, textOf(b).slice(0, 40)]);

describe('splitGlossLine', () => {
  it.each([
    [
      'Russia Russia, or the Russian Federation, is a country spanning Eastern Europe ...',
      'Russia',
    ],
    [
      'Serbia , image_flag = Flag of Serbia.svg , national_motto = , map_caption = Location of Serbia (gree ...',
      'Serbia',
    ],
    [
      '2008 Kosovo declaration of independence The 2008 Kosovo declaration of independence, which proclaimed ...',
      '2008 Kosovo declaration of independence',
    ],
    [
      'Vladimir Putin Vladimir Vladimirovich Putin (born 7 October 1952) is a Russian politician ...',
      'Vladimir Putin',
    ],
    [
      "UEFA Women's Euro 2021 qualifying The UEFA Women's Euro 2022 qualifying competition was ...",
      "UEFA Women's Euro 2021 qualifying",
    ],
    [
      '2015 World Aquatics Championships The 16th FINA World Aquatics Championships, FINA World Championships (), also Aquatics 2015, were held ...',
      '2015 World Aquatics Championships',
    ],
    // No article to mark the gloss, and the gloss repeats the link's words further on.
    [
      '2015 World Aquatics Championships 16th FINA World Aquatics Championships, FINA World Championships (), also Aquatics 2015, were held ...',
      '2015 World Aquatics Championships',
    ],
    [
      'Era Istrefi Era Istrefi (; ; born 4 July 1994) is a Kosovo-Albanian singer ...',
      'Era Istrefi',
    ],
    ['Chelyabinsk Chelyabinsk; , is the administrative center ...', 'Chelyabinsk'],
    [
      'Foreign relations of Russia The foreign relations of the Russian Federation is the policy arm of the Russian government ...',
      'Foreign relations of Russia',
    ],
    [
      'Russia–Serbia relations Russia and Serbia maintain diplomatic relations established in 1816 ...',
      'Russia–Serbia relations',
    ],
    [
      'Donald Trump Donald John Trump (born June 14, 1946) is an American politician ...',
      'Donald Trump',
    ],
    ['Skënder Hyseni Skënder Hyseni (born 1955) is a Kosovar politician ...', 'Skënder Hyseni'],
  ])('keeps the link of %j', (line, link) => {
    expect(isGlossLine(line)).toBe(true);
    expect(splitGlossLine(line).link).toBe(link);
  });

  // Shapes where the gloss does not open with the link's own words (invented lines): the linked
  // article names its subject by an expansion, a variant spelling or a fuller name before "is".
  it.each([
    [
      "OSCE The Organization for Security and Co-operation in Europe (OSCE) is the world's largest regional security body ...",
      'OSCE',
    ],
    [
      'Europol The European Union Agency for Law Enforcement Cooperation, better known as Europol, is a law enforcement agency ...',
      'Europol',
    ],
    ['Peja Peć, also spelled Peja, is a city in western Kosovo on the Lumbardhi river ...', 'Peja'],
    [
      'Tom Smith Thomas "Tom" Smith (born 1950) is a Ruritanian diplomat who served ...',
      'Tom Smith',
    ],
    [
      'Bill Clinton William Jefferson "Bill" Clinton (born 19 August 1946) is an American politician who served ...',
      'Bill Clinton',
    ],
    // No "is" to close the subject, and the link's name comes back after the expansion only.
    [
      'Frontex The European Border and Coast Guard Agency, commonly known as Frontex, coordinates border control with member states of the Schengen Area ...',
      'Frontex',
    ],
  ])('keeps the link of %j, whose gloss names it in another form', (line, link) => {
    expect(isGlossLine(line)).toBe(true);
    expect(splitGlossLine(line).link).toBe(link);
  });

  it('ends a title that nothing echoes before the capitalised "The" opening its gloss', () => {
    expect(splitGlossLine('Zeta Books The publisher prints novels and school books ...').link).toBe(
      'Zeta Books',
    );
  });

  it('falls back to the leading capitalised title when the gloss does not echo the link', () => {
    expect(
      splitGlossLine('Pristina Airport serves flights to many cities in the region ...').link,
    ).toBe('Pristina Airport');
  });

  it('does not take ordinary prose lines for glosses', () => {
    expect(isGlossLine('in the Kosovo issue. However, the relationship has been cold.')).toBe(
      false,
    );
    expect(isGlossLine('...')).toBe(false);
  });
});

describe('joinPieces', () => {
  it('joins around links without a space before punctuation or a possessive', () => {
    expect(joinPieces(['end of', 'Vladimir Putin', "'s first term"])).toBe(
      "end of Vladimir Putin's first term",
    );
    expect(joinPieces(['Following the', '2008 Kosovo declaration', ', Russia'])).toBe(
      'Following the 2008 Kosovo declaration, Russia',
    );
  });
});

describe('readGlossedScrape on the Kosovo–Russia relations scrape', () => {
  const doc = readGlossedScrape(realText, meta);

  it('satisfies the document schema', () => {
    expect(() => sourceDocument.parse(doc)).not.toThrow();
    expect(doc.title).toBe('Kosovo–Russia Relations');
    expect(doc.lineCount).toBe(realText.split('\n').length);
  });

  it('turns the bare-line headings into level-2 headings on their own lines, and drops References', () => {
    const headings = doc.blocks.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => [h.level, h.text, h.line, h.id])).toEqual([
      [1, 'Kosovo–Russia Relations', 1, 'kosovo-russia-relations'],
      [2, 'History', 18, 'history'],
      // Subsection headings the mirror ran into the prose of line 24, split back out.
      [
        3,
        "Background and Russia's Position on Kosovo's Independence",
        24,
        'background-and-russias-position-on-kosovos-independence',
      ],
      [3, 'Diplomatic and Political Dimensions', 24, 'diplomatic-and-political-dimensions'],
      [3, 'The Kosovo-Serbia-Russia Triangle', 24, 'the-kosovo-serbia-russia-triangle'],
      [3, 'Kosovo’s Perspective on Russia', 24, 'kosovos-perspective-on-russia'],
      [2, 'Cultural ties', 31, 'cultural-ties'],
      [2, 'See also', 58, 'see-also'],
    ]);
  });

  it('drops the navigation noise and reads the lead sentence as written', () => {
    const lead = doc.blocks[1]!;
    expect(lead).toMatchObject({
      kind: 'paragraph',
      line: 10,
      section: ['Kosovo–Russia Relations'],
    });
    expect(textOf(lead)).toBe(
      "Kosovo and Russia do not have official relations due to Russia's support for Serbia in the Kosovo issue. However, the relationship between the two nations has been relatively cold, although relations have been warming in recent years.",
    );
    expect(doc.blocks.some((b) => /^(HOME|TheInfoList|OR:)$/.test(textOf(b)))).toBe(false);
  });

  it('removes every gloss and joins the sentences around the links', () => {
    const all = doc.blocks.map(textOf).join('\n');
    expect(all).not.toMatch(/ \.\.\./);
    expect(all).not.toContain('image_flag');
    expect(all).not.toContain('Vladimirovich');
    expect(all).not.toContain('DEFAULTSORT');
    expect(all).toContain(
      'Following the 2008 Kosovo declaration of independence, Russia immediately took a pro-Serbian stance',
    );
    expect(all).toContain("after the end of Vladimir Putin's first term as Russian President.");
    expect(all).toContain(
      "impacted on the UEFA Women's Euro 2021 qualifying, when Russia women's national football team and Kosovo women's national football team could not meet",
    );
    expect(all).toContain("Kosovo-born Majlinda Kelmendi won Kosovo's historic gold medal");
    expect(all).toContain(
      'participate in the 2015 World Aquatics Championships, which was considered as an exception.',
    );
    expect(all).toContain('The game ended 1–1. Era Istrefi, a Kosovo-born singer, was permitted');
    expect(all).toContain('economic normalisation with Donald Trump brokering.');
  });

  it('keeps each block on the line it starts on, under its section', () => {
    expect(summary(doc.blocks.filter((b) => b.kind !== 'heading')).map(([k, l]) => [k, l])).toEqual(
      [
        ['paragraph', 10],
        ['paragraph', 20],
        ['paragraph', 24],
        ['paragraph', 24],
        ['paragraph', 24],
        ['paragraph', 24],
        ['paragraph', 33],
        // A bullet's words stand on the line after its "*": the item is cited there.
        ['list-item', 61],
        ['list-item', 63],
        ['list-item', 65],
      ],
    );
    // A sentence inside a paragraph joined from several lines is mapped to its own line.
    const history = doc.blocks.find((b) => b.kind === 'paragraph' && b.line === 20)!;
    expect(
      history.kind === 'paragraph' &&
        history.lineMap?.find((m) =>
          history.text.slice(m.offset).startsWith('2008 Kosovo declaration'),
        )?.line,
    ).toBe(21);
    const cultural = doc.blocks.find((b) => b.line === 33)!;
    expect(cultural.section).toEqual(['Kosovo–Russia Relations', 'Cultural ties']);
  });

  it('keeps only the linked title of each "See also" entry', () => {
    const items = doc.blocks.filter((b) => b.kind === 'list-item').map(textOf);
    expect(items).toEqual([
      'Foreign relations of Kosovo',
      'Foreign relations of Russia',
      'Russia–Serbia relations',
    ]);
  });

  it('gives the same blocks for CRLF and BOM input', () => {
    const crlf = readGlossedScrape(`\uFEFF${realText.replace(/\n/g, '\r\n')}`, meta);
    expect(crlf).toEqual(doc);
  });
});

describe('readGlossedScrape on a sixth article of the same format', () => {
  const doc = readGlossedScrape(sixthText, {
    sourceId: 'albania-kosovo',
    file: 'sixth-article.txt',
  });

  it('needs no code change: headings, glosses, template lines and end matter follow the same rules', () => {
    expect(() => sourceDocument.parse(doc)).not.toThrow();
    expect(doc.blocks.map((b) => [b.kind, b.line, textOf(b)])).toEqual([
      ['heading', 1, 'Albania–Kosovo Relations'],
      [
        'paragraph',
        5,
        'Albania and Kosovo share a long history. Both are members of the Central European Free Trade Agreement.',
      ],
      ['heading', 13, 'Early contacts'],
      ['paragraph', 14, 'Relations began in 1992, when Ibrahim Rugova visited Tirana.'],
      ['heading', 18, 'Modern relations'],
      [
        'paragraph',
        20,
        'Albania recognised Kosovo on 18 February 2008. The two governments hold joint meetings each year.',
      ],
    ]);
  });
});

describe('readGlossedScrape on small fixtures', () => {
  const read = (text: string) => readGlossedScrape(text, { sourceId: 's', file: 'f.txt' });

  it('makes heading ids unique in the document', () => {
    const doc = read(
      'T\n\nSome words of the lead paragraph here.\n\n\nHistory\n\nText one here.\n\n\nHistory\n\nText two here.\n',
    );
    expect(
      doc.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.id : '')),
    ).toEqual(['t', 'history', 'history-2']);
  });

  it('does not take a short first line of a paragraph that runs into a link for a heading', () => {
    const doc = read(
      'T\n\nA lead paragraph with words.\n\nFollowing the\nKosovo War The Kosovo War was an armed conflict ...\n, peace came.\n',
    );
    expect(doc.blocks.map((b) => [b.kind, b.line, textOf(b)])).toEqual([
      ['heading', 1, 'T'],
      ['paragraph', 3, 'A lead paragraph with words.'],
      ['paragraph', 5, 'Following the Kosovo War, peace came.'],
    ]);
  });

  it('reads nothing after the references as the article, even lines that look like headings', () => {
    // Category names a mirror leaves after References, with no {{DEFAULTSORT}} before them.
    const doc = read(
      'T\n\nA lead paragraph with words.\n\n\nReferences\n\nBilateral relations of Ruritania\nBilateral relations of Freedonia\n',
    );
    expect(doc.blocks.map((b) => [b.kind, b.line, textOf(b)])).toEqual([
      ['heading', 1, 'T'],
      ['paragraph', 3, 'A lead paragraph with words.'],
    ]);
    expect(doc.lines.setAside.map((l) => [l.line, l.kind])).toEqual([
      [6, 'end-matter'],
      [8, 'end-matter'],
      [9, 'end-matter'],
    ]);
  });

  it('reads "* text" bullets on one line as well', () => {
    const doc = read(
      'T\n\nA lead paragraph with words.\n\n\nSee also\n\n* Foreign relations of Kosovo\n* Kosovo–Serbia relations\n',
    );
    expect(
      doc.blocks.filter((b) => b.kind === 'list-item').map((b) => [b.line, textOf(b)]),
    ).toEqual([
      [8, 'Foreign relations of Kosovo'],
      [9, 'Kosovo–Serbia relations'],
    ]);
  });
});

describe('readGlossedScrape on glosses of every shape (invented fragments)', () => {
  const read = (text: string) => readGlossedScrape(text, { sourceId: 's', file: 'f.txt' });
  const fragment = [
    'Ruritania–Freedonia Relations',
    '',
    'Ruritania Ruritania, officially the Kingdom of Ruritania, is a country in Europe ...',
    'and',
    'Freedonia Freedonia is a republic on the coast ... and it borders Ruritania to the ...',
    'have had embassies since 1990. Its envoy to the',
    'OSCE The Organization for Security and Co-operation in Europe (OSCE) is the largest regional security body ...',
    ', Minister',
    'Tom Smith Thomas "Tom" Smith (born 1950) is a Ruritanian diplomat who served as minister ...',
    'said the talks would go on. The mission (',
    'EULEX The European Union Rule of Law Mission in Kosovo (EULEX) is the largest civilian mission ...',
    ') opened in 2008 after',
    'Tom Smith Thomas "Tom" Smith (born 1950) is a Ruritanian diplomat who served as minister ...',
    "'s visit to",
    'Peja Peć, also spelled Peja, is a city in western Kosovo on the Lumbardhi river ...',
    '.',
    'Frontex The European Border and Coast Guard Agency, commonly known as Frontex, coordinates border control with member states ...',
    'sent officers in May.',
    '',
  ].join('\n');

  it('keeps each link in its sentence and no word of its gloss', () => {
    const doc = read(fragment);
    expect(doc.blocks.map((b) => [b.kind, b.line, textOf(b)])).toEqual([
      ['heading', 1, 'Ruritania–Freedonia Relations'],
      [
        'paragraph',
        3,
        "Ruritania and Freedonia have had embassies since 1990. Its envoy to the OSCE, Minister Tom Smith said the talks would go on. The mission (EULEX) opened in 2008 after Tom Smith's visit to Peja. Frontex sent officers in May.",
      ],
    ]);
  });
});

describe('splitGlossLine on generated links and glosses', () => {
  // Invented words from disjoint pools, so a gloss echoes its link only where its shape says so.
  const names = fc.constantFrom('Verana', 'Tolmar', 'Quessa', 'Brindel', 'Ostrava Nova', 'Kelt');
  const nouns = fc.constantFrom('country', 'city', 'body', 'agency', 'river');
  const expansion = fc.constantFrom(
    'Union of Northern Harbours',
    'Council for Mountain Roads',
    'Agency of Coastal Lights',
  );
  const acronym = fc.constantFrom('UNH', 'CMR', 'ACL', 'Harbourpol');
  const person = fc.constantFrom(
    ['Mira', 'Miranda'],
    ['Lena', 'Helena'],
    ['Ardi', 'Ardian'],
    ['Besa', 'Besiana'],
  );
  const surname = fc.constantFrom('Kodra', 'Lumi', 'Vrella', 'Zeka');
  const end = fc.constantFrom(' ...', ' …');
  const shapes = fc.oneof(
    fc.tuple(names, nouns).map(([n, noun]) => [n, `${n} is a ${noun} of the north`] as const),
    fc.tuple(names, nouns).map(([n, noun]) => [n, `The ${n} was a ${noun} of the north`] as const),
    fc
      .tuple(acronym, expansion, nouns)
      .map(([a, e, noun]) => [a, `The ${e} (${a}) is a ${noun} of the north`] as const),
    fc
      .tuple(acronym, expansion, nouns)
      .map(([a, e, noun]) => [a, `The ${e}, commonly known as ${a}, is a ${noun}`] as const),
    fc
      .tuple(names, nouns)
      .map(([n, noun]) => [n, `${n}a, also spelled ${n}, is a ${noun} of the north`] as const),
    fc
      .tuple(person, surname)
      .map(
        ([[short, full], last]) =>
          [`${short} ${last}`, `${full} "${short}" ${last} (born 1950) is a diplomat`] as const,
      ),
  );

  it('keeps exactly the link, whatever form the gloss names it in', () => {
    fc.assert(
      fc.property(shapes, end, ([link, gloss], dots) => {
        expect(splitGlossLine(`${link} ${gloss}${dots}`).link).toBe(link);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readGlossedScrape on bad input', () => {
  const read = (text: string) => readGlossedScrape(text, { sourceId: 's', file: 'bad.txt' });

  it('rejects an empty file with a SourceError naming file and line', () => {
    for (const text of ['', '\n\n  \n', '\uFEFF']) {
      try {
        read(text);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(SourceError);
        expect(error).toMatchObject({ file: 'bad.txt', line: 1 });
      }
    }
  });

  it('reads a file truncated mid-line into a shorter valid document', () => {
    const cut = realText.slice(0, realText.indexOf('Cultural ties') + 5);
    const doc = read(cut);
    expect(() => sourceDocument.parse(doc)).not.toThrow();
    expect(doc.blocks.at(-1)).toMatchObject({ kind: 'heading', text: 'Cultu', line: 31 });
  });

  it('never throws anything but a SourceError, and otherwise returns a valid document', () => {
    const lines = realText.split('\n');
    fc.assert(
      fc.property(
        fc.nat(lines.length),
        fc.nat(lines.length),
        fc.nat(realText.length),
        (from, count, cutAt) => {
          const damaged = [...lines.slice(0, from), ...lines.slice(from + count)]
            .join('\n')
            .slice(0, cutAt);
          try {
            sourceDocument.parse(read(damaged));
          } catch (error) {
            expect(error).toBeInstanceOf(SourceError);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
