/**
 * Figure reconciliation (reconcileFigures in src/ingest/facts.ts): every figure the sources state,
 * with the same quantity computed from the tables, and whether they differ. Read by eye:
 * international-recognition-of-kosovo.txt line 5 ("received 110 diplomatic recognitions by UN
 * member states … Kosovo claims … 120, whilst Serbia claims … 84 … Third party sources … around
 * 110"), lines 7, 13 and 182; kosovo-foreign-relations.txt lines 8, 12 and 14. The computed side
 * is read from the tables: 110 ranked rows of UN members (last: no. 110, line 160), 8 rows of
 * withdrawals (lines 173–180), Egypt ranked no. 94 (line 144).
 */
import { describe, expect, it } from 'vitest';
import { realAtlas } from '../support/atlas';
import { countries, fixtureArticle } from './extract/statement/fixtures';
import { extractSentenceFacts } from '../../../src/ingest/facts';
import { ReportBuilder } from '../../../src/ingest/report';

const CORE = 'international-recognition-of-kosovo';
const NEWS = 'kosovo-foreign-relations';
const ARTICLE = 'International recognition of Kosovo';
const NEWS_TITLE = 'Kosovo - Foreign Relations';

const data = realAtlas();

type Row = [
  kind: string,
  claimant: string,
  value: number,
  outOf: number | null,
  computed: number | null,
  computedOutOf: number | null,
  differs: boolean,
  asOf: string | null,
  at: string,
];

const rows: Row[] = data.figures.map((f) => [
  f.kind,
  f.claimant,
  f.value,
  f.outOf,
  f.computed,
  f.computedOutOf,
  f.differs,
  f.asOf,
  `${f.sources[0]!.source}:${f.sources[0]!.line}`,
]);
const figure = (claimant: string, value: number) => {
  const f = data.figures.find((x) => x.claimant === claimant && x.value === value);
  if (!f) throw new Error(`no figure ${value} by ${claimant}`);
  return f;
};

describe('the recognition count: 110 stated, 120 by Kosovo, 84 by Serbia', () => {
  it('keeps the three counts of line 5 apart, each against the 110 rows of the table', () => {
    expect(rows.filter((r) => r[0] === 'recognitions' && r[8] === `${CORE}:5`)).toEqual([
      ['recognitions', ARTICLE, 110, null, 110, 193, false, null, `${CORE}:5`],
      ['recognitions', 'Kosovo', 120, null, 110, 193, true, null, `${CORE}:5`],
      ['recognitions', 'Serbia', 84, null, 110, 193, true, null, `${CORE}:5`],
      ['recognitions', 'Third-party sources', 110, null, 110, 193, false, null, `${CORE}:5`],
    ]);
  });

  it('explains each difference by its claimant, and gives none where there is no difference', () => {
    expect(figure('Kosovo', 120).explanation).toMatch(/^Kosovo's claim/);
    expect(figure('Serbia', 84).explanation).toMatch(/^Serbia's claim/);
    expect(figure(ARTICLE, 110).explanation).toBeNull();
    expect(figure('Third-party sources', 110).explanation).toBeNull();
  });

  it('writes the date a count was stated at in words, as the pages write dates (pages review 5, finding 9)', () => {
    // Kosovo - Foreign Relations: "As of February 17, 2013, 98 countries …".
    expect(data.figures.find((f) => f.value === 98)?.explanation).toBe(
      "Stated as of 17 February 2013; the computed figure counts the recognition article's current table.",
    );
    const explanations = data.figures.map((f) => f.explanation ?? '');
    expect(explanations.filter((e) => /\d{4}-\d{2}/.test(e))).toEqual([]);
  });

  it("keeps Kosovo's and Serbia's counts as claims of their own", () => {
    const counts = data.claims
      .filter((c) => c.what === 'count' && c.sources[0]!.line === 5)
      .map((c) => [c.claimant.id, c.count]);
    expect(counts.sort()).toEqual([
      ['kosovo', 120],
      ['serbia', 84],
    ]);
  });
});

describe('every stated figure against its computed counterpart', () => {
  it('has the tallies of the recognition article (lines 5, 7, 13, 182)', () => {
    expect(rows.filter((r) => r[0] !== 'recognitions' && r[8].startsWith(`${CORE}:`))).toEqual([
      ['org-tally', ARTICLE, 22, 27, 22, 27, false, null, `${CORE}:5`],
      ['org-tally', ARTICLE, 28, 32, 28, 32, false, null, `${CORE}:5`],
      ['org-tally', ARTICLE, 37, 57, 37, 57, false, null, `${CORE}:5`],
      ['org-tally', ARTICLE, 11, null, 11, 19, false, null, `${CORE}:7`],
      ['org-tally', ARTICLE, 7, 7, 7, 7, false, null, `${CORE}:7`],
      ['org-not-recognising', ARTICLE, 8, null, 8, 19, false, null, `${CORE}:7`],
      ['org-tally', ARTICLE, 0, 5, 0, 5, false, null, `${CORE}:7`],
      ['org-tally', ARTICLE, 3, 5, 3, 5, false, null, `${CORE}:13`],
      // Serbia's 18 withdrawals of March 2020 against the 8 rows of the withdrawn table.
      ['withdrawals', 'Serbia', 18, null, 8, null, true, '2020-03', `${CORE}:182`],
    ]);
  });

  it("has the dated figures of the news page, each differing from today's table for its date", () => {
    expect(rows.filter((r) => r[8].startsWith(`${NEWS}:`))).toEqual([
      ['recognitions', NEWS_TITLE, 98, null, 110, 193, true, '2013-02-17', `${NEWS}:8`],
      // 24 of 28 NATO members in 2013; NATO has 32 members today, 28 of them recognising.
      ['org-tally', NEWS_TITLE, 24, 28, 28, 32, true, null, `${NEWS}:8`],
      ['org-tally', NEWS_TITLE, 22, 27, 22, 27, false, null, `${NEWS}:8`],
      // Egypt "the 100th country" in June 2013; the table ranks it no. 94.
      ['milestone', NEWS_TITLE, 100, null, 94, null, true, '2013-06-26', `${NEWS}:12`],
      ['org-tally', NEWS_TITLE, 22, 27, 22, 27, false, '2013-06-26', `${NEWS}:12`],
      ['recognitions', NEWS_TITLE, 111, null, 110, 193, true, '2016', `${NEWS}:14`],
    ]);
  });

  it('has no figure beyond these 19 (four at line 5, nine more in the article, six on the news page)', () => {
    expect(rows).toHaveLength(19);
  });

  it('explains every figure that differs', () => {
    const unexplained = data.figures.filter((f) => f.differs && !f.explanation).map((f) => f.id);
    expect(unexplained).toEqual([]);
  });
});

describe("a party's rebuttal of another's withdrawal list (invented article)", () => {
  it('disputes the withdrawals the list claims, naming the party it rebuts, and claims no recognition (pages review 4, finding 4)', () => {
    const { doc } = fixtureArticle(
      'The Serbian Foreign Ministry claimed in May 2021 that a total of 5 countries had withdrawn their recognition: aside from the 3 listed above, Serbia also mentioned: Grenada, and Palau. In some of those cases, Kosovo\'s foreign ministry has called it "a fabrication".',
    );
    const report = new ReportBuilder();
    report.addDocument(doc);
    const claims = extractSentenceFacts(doc, countries, report).claims;
    expect(claims.map((c) => [c.id, c.what, c.subject, c.rebuts?.id ?? null])).toEqual([
      ['serbia-count-withdrawals-5', 'count', null, null],
      ['serbia-withdrew-grenada', 'withdrew', 'grenada', null],
      ['serbia-withdrew-palau', 'withdrew', 'palau', null],
      ['kosovo-disputes-serbian-withdrawals', 'disputes-withdrawals', null, 'serbia'],
    ]);
  });
});
