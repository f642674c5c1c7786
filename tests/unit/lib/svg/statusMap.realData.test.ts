import { describe, expect, it } from 'vitest';
import { renderStatusMap, statesMissingFromMap } from '../../../../src/lib/svg';
import { mapStatusOf, statusClass } from '../../../../src/lib/svg/status';
import { parseXml, walk, type XmlElement } from '../../../fixtures/svg/xmlTree';
import { realAtlas } from '../../support/atlas';

// The map against the real ingest, not fixtures: every state with a page is on the map (as an area
// or a marker) unless the coverage module explains why not.
const data = realAtlas();

describe('status map on the real data', () => {
  it('misses no state without a recorded reason', () => {
    const missing = statesMissingFromMap(data.states);
    expect(missing.filter((m) => !m.expected)).toEqual([]);
    expect(missing.map((m) => m.id).sort()).toEqual(['abkhazia', 'south-ossetia', 'transnistria']);
  });

  it('links every drawn state to its page and colours it by its status', () => {
    const { svg } = renderStatusMap(data.states, { base: '/' });
    const links = [...walk(parseXml(svg))].filter((e) => e.name === 'a');
    const missing = new Set(statesMissingFromMap(data.states).map((m) => m.id));
    const drawn = data.states.filter((s) => !missing.has(s.id));
    // The ingest finds every UN member, so an empty or shrunken map is a failure, not a pass.
    expect(drawn.length).toBeGreaterThanOrEqual(193);
    for (const s of drawn) {
      const shapes = links
        .filter((a) => a.attrs.href === `/states/${s.id}/`)
        .flatMap((a) =>
          a.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name !== 'title'),
        );
      expect(shapes.length, s.id).toBeGreaterThan(0);
      for (const shape of shapes)
        expect(shape.attrs.class?.split(' '), s.id).toContain(statusClass(mapStatusOf(s)));
    }
  });
});
