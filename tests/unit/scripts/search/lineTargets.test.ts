import { describe, expect, it } from 'vitest';
import {
  landOnLines,
  landingUrl,
  anchorAtLocation,
  markedSpellings,
} from '../../../../src/scripts/search/lineTargets';
import type { ResultData } from '../../../../src/scripts/search/pagefindClient';
import { sourceAnchors } from '../../../../src/lib/text/source';
import { HIGHLIGHT_PARAM, LINE_ANCHOR, lineAnchor } from '../../../../src/shared/lineAnchor';
import { fixtureDocument } from '../../../fixtures/text/atlas';

const anchors = [
  { element: 'h2', id: 'history', location: 0 },
  { element: 'span', id: 'L18', location: 0 },
  { element: 'p', id: 'L20', location: 2 },
  { element: 'h3', id: 'today', location: 40 },
  { element: 'span', id: 'L31', location: 40 },
  { element: 'p', id: 'L33', location: 41 },
];

describe('line targets of source-article hits', () => {
  it('recognises every line anchor the article renders, and nothing else', () => {
    expect(LINE_ANCHOR.test(lineAnchor(42))).toBe(true);
    expect(sourceAnchors(fixtureDocument).every((id) => LINE_ANCHOR.test(id))).toBe(true);
    expect(LINE_ANCHOR.test('history')).toBe(false);
  });

  it('finds the line block a word position falls in', () => {
    expect(anchorAtLocation(anchors, 0)).toBe('L18');
    expect(anchorAtLocation(anchors, 25)).toBe('L20');
    expect(anchorAtLocation(anchors, 40)).toBe('L31');
    expect(anchorAtLocation(anchors, 99)).toBe('L33');
    expect(anchorAtLocation([{ element: 'h2', id: 'facts', location: 0 }], 5)).toBeUndefined();
  });

  it('builds the landing URL with the words to mark and the line fragment', () => {
    expect(landingUrl('/sources/x/#history', 'L20', ['Minsk', 'Dačić'])).toBe(
      `/sources/x/?${HIGHLIGHT_PARAM}=Minsk&${HIGHLIGHT_PARAM}=Da%C4%8Di%C4%87#L20`,
    );
    expect(landingUrl('/sources/x/', undefined, [])).toBe('/sources/x/');
    expect(landingUrl('/sources/x/?a=1#top', undefined, ['b'])).toBe(
      `/sources/x/?a=1&${HIGHLIGHT_PARAM}=b#top`,
    );
  });

  it('reads the words as the page spells them from the marks', () => {
    expect(
      markedSpellings([
        '<mark>Vollebæk</mark> said, <mark>Vollebæk.</mark> and <mark>Minsk</mark>',
      ]),
    ).toEqual(['Vollebæk', 'Minsk']);
  });

  it('points a result and each section at the line of its first match; pages without lines are untouched', () => {
    const result: ResultData = {
      url: '/sources/x/',
      excerpt: 'in <mark>Minsk</mark>',
      meta: { title: 'X' },
      filters: {},
      anchors,
      locations: [44, 5],
      sub_results: [
        {
          title: 'History',
          url: '/sources/x/#history',
          excerpt: '<mark>Minsk</mark>',
          locations: [5],
          anchor: { element: 'h2', id: 'history' },
        },
        {
          title: 'Today',
          url: '/sources/x/#today',
          excerpt: '<mark>Minsk</mark>',
          locations: [44],
          anchor: { element: 'h3', id: 'today' },
        },
      ],
    };
    const landed = landOnLines(result);
    expect(landed.url).toBe(`/sources/x/?${HIGHLIGHT_PARAM}=Minsk#L20`);
    expect(landed.sub_results.map((sub) => sub.url)).toEqual([
      `/sources/x/?${HIGHLIGHT_PARAM}=Minsk#L20`,
      `/sources/x/?${HIGHLIGHT_PARAM}=Minsk#L33`,
    ]);
    const statePage = { ...result, anchors: [{ element: 'h2', id: 'facts', location: 0 }] };
    expect(landOnLines(statePage)).toBe(statePage);
  });
});
