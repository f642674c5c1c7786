import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/ingest/formatReport';
import { realAtlas } from '../support/atlas';

const lines = formatReport(realAtlas(), { detail: false }).split('\n');

describe('the report `npm run ingest` prints', () => {
  it('counts the states by status as the tables list them', () => {
    // 110 UN rows + 3 non-UN rows recognising; 8 withdrawn rows; the other 82 of the 203 states.
    expect(lines).toContain('States by status: 113 recognised, 8 withdrawn, 82 not-recognised');
  });

  it('names the states no table lists', () => {
    const basis = lines.find((l) => l.startsWith('Status basis: '));
    expect(basis).toContain('2 not-listed (DR Congo, Republic of the Congo)');
  });

  it('marks each stated figure as agreeing (=) or differing (≠) from the computed one', () => {
    const figure = (start: string) => lines.find((l) => l.trimStart().startsWith(start));
    expect(
      figure('= Recognitions by UN member states (International recognition of Kosovo)'),
    ).toContain('stated 110, computed 110/193');
    expect(figure('≠ Countries recognising Kosovo (Kosovo):')).toContain(
      "stated 120, computed 110/193 — Kosovo's claim",
    );
    expect(figure('≠ Countries recognising Kosovo (Serbia):')).toContain(
      "stated 84, computed 110/193 — Serbia's claim",
    );
  });

  it('has one row per source in the table of rows and entries', () => {
    const header = lines.findIndex((l) => l.startsWith('Source '));
    expect(lines.slice(header + 1, header + 6).map((l) => l.split(/\s+/)[0])).toEqual([
      'international-recognition-of-kosovo',
      'belarus-kosovo-relations',
      'foreign-relations-of-belarus',
      'kosovo-russia-relations',
      'kosovo-foreign-relations',
    ]);
  });
});
