/** The timeline's lane labels, drawn again for a phone (pages review 9, #11). */
import { describe, expect, it } from 'vitest';
import { laneLabels, laneLabelsSvg } from '../../../../src/lib/site/timelineLanes';

const drawn =
  '<svg><text class="kra-ink kra-small kra-halo" x="300" y="120">Declaration, Feb 2008</text>' +
  '<text class="kra-ink kra-lane-title" x="52" y="440">Non-UN states (2):</text>' +
  '<text class="kra-ink kra-small" x="52" y="454">one row each, in the order of their table</text>' +
  '<a href="/states/x/"><text class="kra-ink kra-small kra-halo" x="500" y="470">Ruritania</text></a>' +
  '<a href="/states/y/"><text class="kra-ink kra-small kra-halo" x="420" y="482" text-anchor="end">Borduria &amp; Syldavia</text></a>' +
  '<text class="kra-ink kra-small kra-halo" x="60" y="700">Legend entry</text></svg>';

describe('laneLabels', () => {
  it('reads the lane titles and the rows’ names below the plot and above the legend, top to bottom', () => {
    expect(laneLabels(drawn, { plotBottom: 386, legendTop: 600 })).toEqual([
      { text: 'Non-UN states (2):', y: 440, kind: 'title' },
      { text: 'Ruritania', y: 470, kind: 'row' },
      { text: 'Borduria & Syldavia', y: 482, kind: 'row' },
    ]);
  });
});

describe('laneLabelsSvg', () => {
  it('draws each label at its height, escaped, the titles bold, as wide as the longest; nothing when there are none', () => {
    const svg = laneLabelsSvg(
      [
        { text: 'Non-UN states (2):', y: 440, kind: 'title' },
        { text: 'Borduria & Syldavia', y: 482, kind: 'row' },
      ],
      800,
    );
    // "Non-UN states (2):", the longest: 18 characters at 7.5 px, and 8 px of margin.
    expect(svg).toContain('viewBox="0 0 143 800"');
    expect(svg).toContain(
      '<text class="kra-lanes-ink kra-lanes-title" x="4" y="440">Non-UN states (2):</text>',
    );
    expect(svg).toContain(
      '<text class="kra-lanes-ink" x="4" y="482">Borduria &amp; Syldavia</text>',
    );
    expect(laneLabelsSvg([], 800)).toBe('');
  });
});
