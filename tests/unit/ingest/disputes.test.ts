/**
 * Disputed recognitions (src/ingest/disputes.ts): who says a state recognised Kosovo and who
 * denies it, each with its claimant. Expected claims are read by eye from the non-recognition
 * table of international-recognition-of-kosovo.txt (Jamaica line 238, Mali 253, Myanmar 260,
 * Paraguay 271, São Tomé and Príncipe 283).
 */
import { describe, expect, it } from 'vitest';
import { disputedRecognitionClaims, documentDate } from '../../../src/ingest/disputes';
import type { Position, SourceRef } from '../../../src/schemas';
import { realAtlas } from '../support/atlas';

const data = realAtlas();
const DISPUTE_KINDS = new Set([
  'recognises',
  'never-recognised',
  'disputed-note-verbale',
  'denied-note',
  'recognition-invalid',
]);

/** [claimant, what, date, line] of every dispute claim about a state, in a stable order. */
const disputesAbout = (state: string) =>
  data.claims
    .filter((c) => c.subject === state && DISPUTE_KINDS.has(c.what))
    .map((c) => [c.claimant.id, c.what, c.date, c.sources[0]!.line])
    .sort((a, b) => String(a).localeCompare(String(b)));

describe('disputed recognitions in the real sources', () => {
  it('Jamaica: Thaçi thanks Jamaica for recognising, its foreign minister denies it the same day', () => {
    expect(disputesAbout('jamaica')).toEqual([
      ['jamaica', 'never-recognised', '2020-02-20', 238],
      ['kosovo', 'recognises', '2020-02-20', 238],
    ]);
  });

  it('Mali: a note verbale reported, denied by the presidency, upheld by Pacolli', () => {
    expect(disputesAbout('mali')).toEqual([
      ['kosovo', 'recognises', null, 253],
      ['mali', 'never-recognised', null, 253],
      // "Following the August 2012 publication of a note verbale …": the note's own date.
      ['unattributed-reports', 'disputed-note-verbale', '2012-08', 253],
    ]);
  });

  it("Myanmar: a reported note of January 2014 that Kosovo's own ministers deny receiving", () => {
    expect(disputesAbout('myanmar')).toEqual([
      // They deny receiving the note, not that Myanmar recognised Kosovo.
      ['kosovo', 'denied-note', null, 260],
      ['unattributed-reports', 'disputed-note-verbale', '2014-01', 260],
    ]);
  });

  it("Paraguay: the April 2010 report is the reports' claim, not Paraguay's", () => {
    expect(disputesAbout('paraguay')).toEqual([
      ['unattributed-reports', 'recognises', '2010-04', 271],
    ]);
  });

  it('São Tomé and Príncipe: a resolution of March 2012, declared invalid in January 2013', () => {
    expect(disputesAbout('sao-tome-and-principe')).toEqual([
      ['kosovo', 'disputed-note-verbale', null, 283],
      ['kosovo', 'recognises', null, 283],
      ['sao-tome-and-principe', 'recognises', '2012-03', 283],
      // "New Prime Minister Gabriel Costa said that the process of recognition was an anomalous
      // situation": another person than President Pinto da Costa, so a statement (and claim) of its
      // own, undated (issue 15, boundaries).
      ['sao-tome-and-principe', 'recognition-invalid', null, 283],
      // "the recognition was invalid": a recognition given and disputed, not one never given.
      ['sao-tome-and-principe', 'recognition-invalid', '2013-01', 283],
    ]);
  });

  it('makes no dispute of a state no one says recognised Kosovo', () => {
    for (const state of ['russia', 'serbia', 'spain', 'china']) {
      expect(
        data.states.some((s) => s.id === state),
        state,
      ).toBe(true);
      expect(disputesAbout(state), state).toEqual([]);
    }
  });
});

/** A statement by `actor` (a state) holding only what the dispute rule reads. */
function statement(actor: string, text: string, date: string | null = null): Position {
  const source: SourceRef = { source: 'test', section: [], line: 7, anchor: 'L7', excerpt: text };
  return {
    actor: { type: 'state', id: actor, name: actor },
    parties: [],
    text,
    date,
    sources: [source],
  } as unknown as Position;
}

describe('the dispute rule on single statements', () => {
  it('dates a disputed note by its coming out, and not the denial that followed it', () => {
    const claims = disputedRecognitionClaims([
      statement(
        'ruritania',
        'Following the March 2016 release of a note verbale recognising Kosovo, purportedly signed by the president, Ruritania denied recognising Kosovo.',
      ),
    ]);
    expect(claims.map((c) => [c.claimant.id, c.what, c.date, c.id])).toEqual([
      [
        'unattributed-reports',
        'disputed-note-verbale',
        '2016-03',
        'unattributed-reports-disputed-note-verbale-ruritania-2016-03',
      ],
      ['ruritania', 'never-recognised', null, 'ruritania-never-recognised-ruritania'],
    ]);
    expect(documentDate('the 2019 publication of a note verbale')).toBe('2019');
    expect(documentDate('a note published in 2019')).toBeNull();
  });

  it('takes a denial as a claim only about a state someone says recognised Kosovo', () => {
    expect(
      disputedRecognitionClaims([
        statement('ruritania', 'In 2011 Ruritania denied visas to the Kosovo national team.'),
      ]),
    ).toEqual([]);
  });

  it('gives a reported recognition to the reports, and the denial to the state', () => {
    const claims = disputedRecognitionClaims([
      statement(
        'ruritania',
        'In May 2015, it was reported that Ruritania had recognised Kosovo. Ruritania denied this.',
      ),
    ]);
    expect(claims.map((c) => [c.claimant.id, c.what, c.subject, c.date])).toEqual([
      ['unattributed-reports', 'recognises', 'ruritania', '2015-05'],
      ['ruritania', 'never-recognised', 'ruritania', null],
    ]);
  });

  it('a denial of receiving a note is a denied note, not a denial of the recognition', () => {
    const claims = disputedRecognitionClaims([
      statement(
        'ruritania',
        'In May 2015, it was reported that Ruritania had recognised Kosovo by a letter. Its embassy denied that it had ever received such a letter.',
      ),
    ]);
    expect(claims.map((c) => [c.claimant.id, c.what])).toEqual([
      ['unattributed-reports', 'recognises'],
      ['ruritania', 'denied-note'],
    ]);
    const flat = disputedRecognitionClaims([
      statement(
        'ruritania',
        'In May 2015, it was reported that Ruritania had recognised Kosovo. Ruritania denied this in a note.',
      ),
    ]);
    expect(flat.map((c) => c.what)).toEqual(['recognises', 'never-recognised']);
  });

  it('a recognition called invalid or irregular is disputed as given, not denied as never given', () => {
    const kinds = (denial: string) =>
      disputedRecognitionClaims([
        statement(
          'ruritania',
          `In May 2015, it was reported that Ruritania had recognised Kosovo. ${denial}`,
        ),
      ]).map((c) => [c.claimant.id, c.what]);
    for (const denial of [
      "In June 2016, Ruritania's new president said that the recognition was invalid.",
      'Its prime minister said the recognition had been null and void from the start.',
      'The cabinet declared that the process of recognition was a wholly irregular act.',
      'Its parliament ruled that the recognition is not valid under the constitution.',
    ])
      expect(kinds(denial), denial).toEqual([
        ['unattributed-reports', 'recognises'],
        ['ruritania', 'recognition-invalid'],
      ]);
    // A denial of the act itself stays a denial that it was given.
    expect(kinds('Its prime minister denied that Ruritania had ever recognised Kosovo.')).toEqual([
      ['unattributed-reports', 'recognises'],
      ['ruritania', 'never-recognised'],
    ]);
    // Upholding the recognition's validity asserts it; it is no denial.
    expect(kinds('Its prime minister said that the recognition remains valid.')).toEqual([
      ['unattributed-reports', 'recognises'],
      ['ruritania', 'recognises'],
    ]);
  });

  it('reads "purportedly" as reported speech, like "reportedly" (English, not one source line)', () => {
    const claims = disputedRecognitionClaims([
      statement('ruritania', 'In June 2016, Ruritania purportedly had recognised Kosovo.'),
    ]);
    expect(claims.map((c) => [c.claimant.id, c.what, c.subject, c.date])).toEqual([
      ['unattributed-reports', 'recognises', 'ruritania', '2016-06'],
    ]);
  });
});
