import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest';
import { renderStatusMap, statesMissingFromMap } from '../../src/lib/svg';

// The map against the real ingest, not fixtures: every state with a page is on the map (as an area
// or a marker) unless the coverage module explains why not.
const data = ingest({ sourcesDir: path.resolve('content/sources'), editorialDir: path.resolve('content/editorial') });

describe('status map on the real data', () => {
  it('misses no state without a recorded reason', () => {
    const missing = statesMissingFromMap(data.states);
    expect(missing.filter((m) => !m.expected)).toEqual([]);
    expect(missing.map((m) => m.id).sort()).toEqual(['abkhazia', 'south-ossetia', 'transnistria']);
  });

  it('links every drawn state to its page and colours it by its status', () => {
    const { svg } = renderStatusMap(data.states, { base: '/' });
    const drawn = data.states.filter((s) => !statesMissingFromMap([s]).length);
    for (const s of drawn) expect(svg, s.id).toContain(`href="/states/${s.id}/"`);
    for (const status of ['recognised', 'withdrawn', 'not-recognised']) expect(svg).toMatch(new RegExp(status));
  });
});
