import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citesItsLine } from '../../../../src/ingest/read/citedWords';
import type { Block } from '../../../../src/ingest/read/document';
import { readGlossedScrape } from '../../../../src/ingest/read/glossedScrape';
import {
  findInlineGlosses,
  holdsInlineGloss,
  withoutInlineGlosses,
} from '../../../../src/ingest/read/inlineGloss';
import type { SourceRef } from '../../../../src/schemas';

// Invented countries, bodies and people, so no expectation leans on a real article.
describe('withoutInlineGlosses on invented paragraphs', () => {
  it.each([
    [
      'a gloss at the start of a sentence (a paragraph opening with a link)',
      'Valdoria Valdoria, officially the Republic of Valdoria, is a country in the north of the continent. It borders the Grey Sea to the ... and Tessany have had embassies since 1990.',
      ['Valdoria', 'and Tessany have had embassies since 1990.'],
    ],
    [
      'a gloss in the middle, "X The X (ABBR) is", whose own text has a full stop',
      'Tessany has sent troops to the Harbour Guard The Harbour Guard (THG) is a joint coastal force of four states. Its patrols are gradually being reduced until the ... since 2001, and it kept them after the vote.',
      [
        'Tessany has sent troops to the Harbour Guard',
        'since 2001, and it kept them after the vote.',
      ],
    ],
    [
      'a gloss at the end of a sentence, before its full stop',
      'The talks were held under the Council of Harbours The Council of Harbours is a regional body of twelve coastal states, founded in 1961 ... . In May 2012 they resumed.',
      ['The talks were held under the Council of Harbours', '. In May 2012 they resumed.'],
    ],
    [
      'two glosses in one sentence, a name given in full',
      'In 2015 Minister Tomas Brell Tomas Edvard Brell (born 3 May 1960) is a Tessanian diplomat who served as foreign minister … met Rena Osk Rena Osk is a Valdorian politician and former teacher … in Port Alma.',
      ['In 2015 Minister Tomas Brell', 'met Rena Osk', 'in Port Alma.'],
    ],
    [
      '"X X is a …" with an expansion that names the link inside it',
      'Valdoria joined the CMR The Council for Mountain Roads (CMR) is an intergovernmental body ... in 2009.',
      ['Valdoria joined the CMR', 'in 2009.'],
    ],
    [
      'a restated name with no copula (an infobox-less "X X;" preview)',
      'Talks were held in Zelm Zelm; , is the largest city of the northern province and its ... , this time in spring.',
      ['Talks were held in Zelm', ', this time in spring.'],
    ],
    [
      "an infobox dump after a country's name",
      'Tessany does not recognise it, citing its support for Valdoria , image_flag = Flag of Valdoria.svg , national_motto = , map_caption = Location of Valdoria (gree ... in the harbour dispute.',
      ['Tessany does not recognise it, citing its support for Valdoria', 'in the harbour dispute.'],
    ],
    [
      'a gloss that names its subject again after a comma, with a capitalised "The" after the link',
      'Valdoria was allowed to enter the 2015 World Rowing Championships The 9th FIRA World Rowing Championships, FIRA World Championships (), also Rowing 2015, were held in Zelm, Tessany from 2 July to 9 August 2015. Tessany hosted the event for the first time ... , which was an exception.',
      [
        'Valdoria was allowed to enter the 2015 World Rowing Championships',
        ', which was an exception.',
      ],
    ],
  ])('%s', (_what, line, pieces) => {
    expect(withoutInlineGlosses(line)).toEqual(pieces);
  });

  it.each([
    [
      'a quotation cut with "..."',
      'The minister said that Tessany "will not ... change its position" on the question.',
    ],
    [
      'a "..." after a sentence that begins with the name the last one ended on',
      'The envoy spoke warmly of Valdoria. Valdoria is a friend, he said, and more ... than that.',
    ],
    [
      'a name repeated after a comma, then a "..."',
      'Talks went on with Tessany, Tessany is the neighbour that matters ... said one paper.',
    ],
    [
      'a name said again a few words on, before a quotation cut with "..."',
      'Tessany will resume talks with Valdoria when Valdoria is "ready ... to listen", he said.',
    ],
    ['a trailing "…" in prose', 'The list of those who came is long: envoys, ministers, mayors …'],
  ])('leaves prose alone: %s', (_what, line) => {
    expect(findInlineGlosses(line)).toEqual([]);
    expect(withoutInlineGlosses(line)).toEqual([line]);
  });

  it('gives each gloss its offsets in the line, closing ellipsis included', () => {
    const line = 'Troops of the Harbour Guard The Harbour Guard is a joint force ... stayed.';
    expect(findInlineGlosses(line)).toEqual([{ start: 28, end: 66, link: 'Harbour Guard' }]);
    expect(line.slice(28, 66)).toBe('The Harbour Guard is a joint force ...');
  });
});

describe('withoutInlineGlosses on generated paragraphs', () => {
  // Invented words from disjoint pools: the prose is lower case, so only a gloss's shape can echo.
  const names = fc.constantFrom('Verana', 'Tolmar', 'Quessa', 'Brindel', 'Ostrava Nova', 'Kelt');
  const nouns = fc.constantFrom('country', 'city', 'body', 'agency', 'river');
  const expansion = fc.constantFrom(
    'Union of Northern Harbours',
    'Council for Mountain Roads',
    'Agency of Coastal Lights',
  );
  const acronym = fc.constantFrom('UNH', 'CMR', 'ACL', 'Harbourpol');
  const person = fc.constantFrom(['Mira', 'Miranda'], ['Lena', 'Helena'], ['Ardi', 'Ardian']);
  const surname = fc.constantFrom('Kodra', 'Lumi', 'Vrella', 'Zeka');
  const shapes = fc.oneof(
    fc.tuple(names, nouns).map(([n, noun]) => [n, `${n} is a ${noun} of the north`] as const),
    fc
      .tuple(names, nouns)
      .map(
        ([n, noun]) =>
          [n, `${n}, officially the Free ${n}, is a ${noun}. It lies on the coast`] as const,
      ),
    fc
      .tuple(names, nouns)
      .map(([n, noun]) => [n, `The ${n} was a ${noun} of the north. Its towns are`] as const),
    fc
      .tuple(acronym, expansion, nouns)
      .map(([a, e, noun]) => [a, `The ${e} (${a}) is a ${noun} of the north`] as const),
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
  const before = fc.constantFrom(
    'talks were held in',
    'the envoy travelled to the',
    'it signed a deal with',
  );
  const between = fc.constantFrom('and later met', 'while the office in', 'with the help of');
  const after = fc.constantFrom(', and it went on.', '. It ended there.', 'since 2001.', 'in May.');
  const dots = fc.constantFrom(' ...', ' …');

  it('keeps the prose and every link, drops every gloss', () => {
    fc.assert(
      fc.property(
        before,
        shapes,
        dots,
        between,
        shapes,
        dots,
        after,
        (pre, [link1, gloss1], dots1, mid, [link2, gloss2], dots2, post) => {
          const line = `${pre} ${link1} ${gloss1}${dots1} ${mid} ${link2} ${gloss2}${dots2} ${post}`;
          expect(withoutInlineGlosses(line)).toEqual([`${pre} ${link1}`, `${mid} ${link2}`, post]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('holdsInlineGloss', () => {
  it('marks a line that goes on after a gloss, not a link line of the other layout', () => {
    expect(
      holdsInlineGloss(
        'Tessany joined the Harbour Guard The Harbour Guard is a joint force ... in 2001.',
      ),
    ).toBe(true);
    // A link line whose gloss holds a "..." of its own still ends with its gloss.
    expect(
      holdsInlineGloss(
        'Valdoria Valdoria is a republic on the coast ... and it borders Tessany to the ...',
      ),
    ).toBe(false);
    expect(holdsInlineGloss('Tessany and Valdoria have had embassies since 1990.')).toBe(false);
  });
});

describe('readGlossedScrape on a page in the inline layout', () => {
  const page = [
    'Tessany–Valdoria relations',
    '',
    'Valdoria Valdoria, officially the Republic of Valdoria, is a country in the north. It borders the Grey Sea ... and Tessany have had embassies since 1990. Tessany has sent troops to the Harbour Guard The Harbour Guard (THG) is a joint coastal force. Its patrols are gradually ... since 2001.',
    'In 2015 Minister Tomas Brell Tomas Edvard Brell (born 3 May 1960) is a Tessanian diplomat … met Rena Osk Rena Osk is a Valdorian politician … in Port Alma. The minister said that Tessany "will not ... change its position".',
    '',
    'Trade',
    '',
    'Both states belong to the Council of Harbours The Council of Harbours is a regional body of twelve coastal states ...',
    '',
    'See also',
    '',
    '* Tessany–Valdoria border Tessany and Valdoria share a border that runs along the Grey River for most of its length ...',
    '* Foreign relations of Tessany The foreign relations of Tessany are conducted by its foreign ministry ...',
    '',
  ].join('\n');
  const doc = readGlossedScrape(page, { sourceId: 'invented', file: 'invented.txt' });
  const textOf = (b: Block) => ('text' in b ? b.text : '');

  it('reads each paragraph without its glosses, a heading before a paragraph ending in a link', () => {
    expect(doc.blocks.map((b) => [b.kind, b.line, textOf(b)])).toEqual([
      ['heading', 1, 'Tessany–Valdoria relations'],
      [
        'paragraph',
        3,
        'Valdoria and Tessany have had embassies since 1990. Tessany has sent troops to the Harbour Guard since 2001. In 2015 Minister Tomas Brell met Rena Osk in Port Alma. The minister said that Tessany "will not ... change its position".',
      ],
      ['heading', 6, 'Trade'],
      ['paragraph', 8, 'Both states belong to the Council of Harbours'],
      ['heading', 10, 'See also'],
      // An entry whose gloss neither restates it nor opens like a first sentence: a link line.
      ['list-item', 12, 'Tessany–Valdoria border'],
      ['list-item', 13, 'Foreign relations of Tessany'],
    ]);
  });

  it('maps each stretch of the paragraph to its file line, one stretch per line', () => {
    // A gloss cut out of a line starts no stretch: the source page renders one text per line.
    expect(doc.blocks[1]).toMatchObject({
      lineMap: [
        { offset: 0, line: 3 },
        { offset: 109, line: 4 },
      ],
    });
  });

  it("cites a sentence at its own line, in the source's words without the gloss", () => {
    const ref = (line: number, excerpt: string): SourceRef => ({
      source: 'invented',
      section: ['Tessany–Valdoria relations'],
      line,
      anchor: `L${line}`,
      excerpt,
    });
    expect(
      citesItsLine(doc, ref(3, 'Tessany has sent troops to the Harbour Guard since 2001.')),
    ).toBe(true);
    expect(
      citesItsLine(doc, ref(4, 'In 2015 Minister Tomas Brell met Rena Osk in Port Alma.')),
    ).toBe(true);
    expect(
      citesItsLine(doc, ref(3, 'In 2015 Minister Tomas Brell met Rena Osk in Port Alma.')),
    ).toBe(false);
  });

  it('counts every line as content, none set aside as a link line', () => {
    expect(doc.lines).toMatchObject({ content: 8, setAside: [], unaccounted: [] });
  });
});
