import { describe, expect, it } from 'vitest';
import { LOST_VALUE, markLostValues } from '../../../../src/ingest/read/lostValues';
import { blankFigures, findFigures } from '../../../../src/ingest/extract/figures';

const flattened =
  'As of Y , at least out of () United Nations member states, 22 out of 27 () European Union member states have recognised Kosovo.';

describe('values lost from flattened templates', () => {
  it('marks each lost value explicitly instead of leaving garbled text', () => {
    expect(markLostValues(flattened)).toBe(
      `As of ${LOST_VALUE}, at least ${LOST_VALUE} out of (${LOST_VALUE}) United Nations member states, 22 out of 27 (${LOST_VALUE}) European Union member states have recognised Kosovo.`,
    );
  });

  it('leaves complete text alone', () => {
    const whole =
      'As of 2022, 22 out of 27 (81%) European Union member states have recognised Kosovo.';
    expect(markLostValues(whole)).toBe(whole);
  });

  it('still reads the figures that survived, and reports the one left blank', () => {
    const marked = markLostValues(flattened);
    expect(findFigures(marked, { group: null }).map((f) => [f.value, f.outOf])).toContainEqual([
      22, 27,
    ]);
    expect(blankFigures(marked)).toHaveLength(1);
  });
});
