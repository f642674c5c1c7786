/**
 * What the re-check of review 7 found a reader meets on the built pages: cards that open as a
 * lower-case fragment after a pointer (N1), and Markdown backticks shown as written (N3).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, elements, parsePage, textOf } from './builtSite';

beforeAll(() => {
  assertBuilt();
});

describe('/data/ shows code as code (re-check 7, N3)', () => {
  it('prints no Markdown backtick in its text, and sets the field descriptions’ values as <code>', () => {
    const page = parsePage('data/index.html');
    const cells = [...elements(page)].filter((e) => e.tagName === 'td');
    expect(cells.filter((td) => textOf(td).includes('`')).map(textOf)).toEqual([]);
    const codes = cells.flatMap((td) => [...elements(td)].filter((e) => e.tagName === 'code'));
    expect(codes.map(textOf)).toContain('enclosing');
  });
});
