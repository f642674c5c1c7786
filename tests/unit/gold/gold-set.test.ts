/**
 * The hand-made gold set (tests/gold/) against the sources it was read from and against the ingest.
 * The floors are the measured scores at the last change of the rules: a change that makes any
 * field worse fails here. Which half a figure comes from is printed by `npm run gold`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAtlas } from '../../../src/ingest/loadAtlas';
import type { AtlasData } from '../../../src/schemas';
import { stripDiacritics } from '../../../src/shared/text';
import { loadGold } from '../../gold/gold';
import { belowFloors, score, type Floors } from '../../gold/score';

const gold = loadGold();
const words = (text: string) =>
  stripDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);

describe('the gold set', () => {
  it('covers every article and the sampled table rows', () => {
    const sources = new Set(gold.sentences.map((s) => s.source));
    expect([...sources].sort()).toEqual([
      'belarus-kosovo-relations',
      'foreign-relations-of-belarus',
      'international-recognition-of-kosovo',
      'kosovo-foreign-relations',
      'kosovo-russia-relations',
    ]);
    expect(gold.sentences.length).toBeGreaterThan(400);
  });

  it('cites each sentence at a line that holds its words', () => {
    const lines = new Map<string, string[]>();
    const misplaced: string[] = [];
    for (const s of gold.sentences) {
      const file = path.join('content/sources', `${s.source}.txt`);
      if (!lines.has(file)) lines.set(file, readFileSync(file, 'utf8').split('\n'));
      // A scrape's sentence may run on over the next lines (after a link gloss).
      const near = new Set(
        words(
          lines
            .get(file)!
            .slice(s.line - 1, s.line + 6)
            .join(' '),
        ),
      );
      const own = words(s.text);
      const found = own.filter((w) => near.has(w)).length;
      if (found / own.length < 0.9) misplaced.push(`${s.source}:${s.line} ${s.text.slice(0, 60)}`);
    }
    expect(misplaced).toEqual([]);
  });
});

// Measured on the tune half at the last change of the rules or of the gold (stop 22: the other half of the
// table rows joined the gold, tables-c and tables-d, so the tune half grew): the rules are changed from the tune
// half's failures only, so the floors are its scores; the held half is measured once by
// `npm run gold -- --held` (tests/gold/HELD.md), never tuned to.
const FLOORS: Floors = {
  // Stop 23 (issue-15l boundaries, issue-15m voice and speakers, issue-15o actors and groups): every
  // field rose on the tune half. Recall 0.84 → 0.88: groups, media and persons known from another
  // article are actors of their own; guessed actors still abstain.
  // Stop 25 (issue-15w): acts told inside another's sentence are statements of their own: recall
  // 0.888 → 0.912; boundary 0.978 → 0.983.
  // 0.912 → 0.924 and boundary 0.983 → 0.987 at stop 26 (issue-15y2): each telling scored on its own
  // words, and Serbia's September 2020 undertaking (irk:34) read.
  statement: { precision: 0.98, recall: 0.924 },
  boundary: { precision: 0.987, recall: 0.987 },
  actor: { precision: 0.97, recall: 0.98 },
  // Date recall 0.95 → 0.94: statements found for the first time (a yearless "by the April 17
  // deadline", "the council members") have dates in the gold the rules do not give; no date given
  // before was lost, and none is guessed.
  // 0.952 → 0.960 at stop 25 (issue-15r6: a past act cut after ', while' takes its act's date).
  // 0.960 → 0.968 at stop 26 (issue-15y2: irk:34's undertaking dated by its opening date).
  date: { precision: 0.99, recall: 0.968 },
  // Recall 0.95 → 0.97 (issue-15q): a document of a named body and a titled person in apposition speak.
  speakers: { precision: 0.98, recall: 0.97 },
  // Voice is scored with the loader's join rule of stop 23 (a quoting continuation makes its
  // statement quoted; tests/gold/README.md, Voice).
  // 0.991 → 0.996 at stop 26: voice scored per telling (`tellings`), no rule changed. 0.996 → 0.965
  // at stop 27: the guide's three voice rulings applied to the gold (tests/gold/README.md, Voice), no
  // rule changed. 0.965 → 0.995 (issue-15b4): the voice rules follow the three rulings.
  voice: { precision: 0.995, recall: 0.995 },
  // 0.846 → 0.835 and 0.524 → 0.512 at stop 26 (issue-15y2), no rule changed: the scorer matches each
  // telling of a statement an article tells twice (its lead and its body) on that telling's own words,
  // so three second tellings are scored for the first time (statements found 229 → 232), and their
  // parties, one merged statement's, miss what the gold gives those passages (irk:34, irk:36 twice).
  // 0.835 → 0.837 and 0.512 → 0.519 (issue-15y2): the fronted phrases after an opening date are
  // skipped, so Serbia's September 2020 undertaking (irk:34) is read and merged with irk:9's.
  // Recall 0.519 → 0.515 (stop 27, scorer alone): a gold sentence is matched over every line it
  // covers (tests/gold/span.ts), so one more statement is scored and its parties are not given.
  parties: { precision: 0.837, recall: 0.515 },
};

describe('the ingest scored against the gold set', () => {
  let data: AtlasData;
  beforeAll(async () => {
    data = await loadAtlas();
  }, 60_000);

  it('keeps every field at or above its floor', () => {
    expect(belowFloors(score(data.positions, gold, 'tune'), FLOORS)).toEqual([]);
  });
});
