import { describe, expect, it } from 'vitest';
import {
  lineOrRowText,
  lineTexts,
  sentenceOffset,
  sourceSentenceHref,
  textDirective,
} from '../../../../src/lib/site/sourceLink';
import type { SourceDocument } from '../../../../src/schemas';

const long = 'Filler sentence about other matters. '.repeat(20);
const doc = {
  sourceId: 'kosovo-russia-relations',
  blocks: [
    { kind: 'heading', text: 'Relations', level: 2, line: 3, section: [] },
    { kind: 'paragraph', text: 'A short line.', line: 5, section: [] },
    {
      kind: 'paragraph',
      text: `${long}In March 2014, Russia used Kosovo's declaration as a self-evident precedent.`,
      line: 24,
      section: [],
    },
  ],
} as unknown as SourceDocument;
const ref = (line: number, excerpt: string) => ({
  source: 'kosovo-russia-relations',
  anchor: `L${line}`,
  line,
  excerpt,
});

describe('the text a line holds, a table row included', () => {
  const withTable = {
    ...doc,
    blocks: [
      ...doc.blocks,
      {
        kind: 'table',
        line: 30,
        section: [],
        header: { line: 30, cells: ['State', 'Position'] },
        rows: [{ line: 31, cells: ['Ruritania', 'In May 2031 it said no. Then it said yes.'] }],
      },
    ],
  } as unknown as SourceDocument;
  it('gives a paragraph line as lineTexts does, and a row its cells, which lineTexts leaves out', () => {
    expect(lineOrRowText(withTable, 5)).toBe('A short line.');
    expect(lineTexts(withTable).get(31)).toBeUndefined();
    expect(lineOrRowText(withTable, 31)).toBe(
      'Ruritania In May 2031 it said no. Then it said yes.',
    );
    expect(sentenceOffset(lineOrRowText(withTable, 31)!, 'Then it said yes.')).toBe(34);
    expect(lineOrRowText(withTable, 40)).toBeUndefined();
  });
});

describe('source links that find the cited sentence', () => {
  it('reads what each file line holds and where a sentence starts in it', () => {
    expect(lineTexts(doc).get(5)).toBe('A short line.');
    expect(lineTexts(doc).get(24)!.length).toBe(740 + 76);
    expect(lineTexts(doc).get(3)).toBeUndefined();
    expect(sentenceOffset(lineTexts(doc).get(24)!, 'In March 2014, Russia used Kosovo’s')).toBe(-1);
    expect(sentenceOffset(lineTexts(doc).get(24)!, "In March 2014, Russia used Kosovo's x")).toBe(
      740,
    );
  });

  it('adds a text fragment to a link to a long line, and only there', () => {
    expect(sourceSentenceHref('/', ref(5, 'A short line.'), doc)).toBe(
      '/sources/kosovo-russia-relations/#L5',
    );
    expect(
      sourceSentenceHref(
        '/',
        ref(24, "In March 2014, Russia used Kosovo's declaration as a self-evident precedent."),
        doc,
      ),
    ).toBe(
      "/sources/kosovo-russia-relations/#L24:~:text=In%20March%202014%2C%20Russia%20used%20Kosovo's,a%20self%2Devident%20precedent.",
    );
    expect(sourceSentenceHref('/', ref(24, 'x'), undefined)).toBe(
      '/sources/kosovo-russia-relations/#L24',
    );
    // A sentence at the start of a long line is in view where the anchor lands: no fragment.
    expect(
      sourceSentenceHref('/', ref(24, 'Filler sentence about other matters. Filler sentence'), doc),
    ).toBe('/sources/kosovo-russia-relations/#L24');
  });

  it('escapes the characters a text directive reserves', () => {
    expect(textDirective('Serbia-Kosovo, A & B')).toBe('text=Serbia%2DKosovo%2C%20A%20%26%20B');
  });
});
