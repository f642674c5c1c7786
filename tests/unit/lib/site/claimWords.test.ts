/**
 * The claim vocabulary (src/lib/site/claimWords.ts) and the status verb (src/shared/status.ts): one
 * wording per claim and status, for every list that says what a claim or a status places a state as.
 */
import { describe, expect, it } from 'vitest';
import {
  claimantAtStart,
  CLAIM_VERB,
  CLAIMANT_DOES,
  claimFrame,
  claimGroupDates,
  claimPlacement,
  claimedWhen,
  claimText,
  claimUnnamed,
  isDescribedClaimant,
} from '../../../../src/lib/site/claimWords';
import { STATUS_VERB } from '../../../../src/shared/status';

describe('the claim vocabulary', () => {
  it('says what a claim places a state as, for one state and several, naming the subject', () => {
    expect(CLAIM_VERB).toEqual({
      recognises: ['recognises Kosovo', 'recognise Kosovo'],
      withdrew: ['withdrew recognition', 'withdrew recognition'],
      'never-recognised': ['never recognised Kosovo', 'never recognised Kosovo'],
      'disputed-note-verbale': ['sent a note recognising Kosovo', 'sent notes recognising Kosovo'],
      count: ['a count', 'a count'],
      'denied-note': [
        'denies receiving the reported note of recognition',
        'deny receiving the reported note of recognition',
      ],
      'recognition-invalid': [
        'did not validly recognise Kosovo',
        'did not validly recognise Kosovo',
      ],
      'disputes-withdrawals': ['did not withdraw recognition', 'did not withdraw recognition'],
    });
  });

  it("a claimant's own denial of a note reads with the claimant as its subject, never 'says'", () => {
    expect(CLAIMANT_DOES).toEqual({
      'denied-note': [
        'denies receiving the note of recognition reported from',
        'deny receiving the notes of recognition reported from',
      ],
    });
    expect(claimText('Kosovo', 'denied-note', 'Myanmar')).toBe(
      'Kosovo denies receiving the note of recognition reported from Myanmar',
    );
    expect(claimUnnamed('Kosovo', 'denied-note')).toBe(
      'denies receiving the reported note of recognition, without naming the state',
    );
  });

  it('tells every claim in one frame: the claimant says the state did it', () => {
    expect(claimText('Serbia', 'withdrew', 'Togo')).toBe('Serbia says Togo withdrew recognition');
    expect(claimText('Kosovo', 'recognises', 'Mali')).toBe('Kosovo says Mali recognises Kosovo');
    expect(claimText('unnamed reports', 'recognises', 'Paraguay')).toBe(
      'Unnamed reports say Paraguay recognises Kosovo',
    );
    expect(claimText('Jamaica', 'never-recognised', 'Jamaica')).toBe(
      'Jamaica says it never recognised Kosovo',
    );
    expect(claimFrame('Kosovo', 'recognises', 3)).toEqual({
      says: 'says',
      verb: 'recognise Kosovo',
    });
    expect(claimFrame('Serbia', 'withdrew', 2)).toEqual({
      says: 'says',
      verb: 'withdrew recognition',
    });
  });

  it('a claim that names no state says so, in the same frame, never as if it named one', () => {
    expect(claimUnnamed('Kosovo', 'recognises')).toBe(
      'says a state recognises Kosovo, without naming it',
    );
    expect(claimUnnamed('unnamed reports', 'disputed-note-verbale')).toBe(
      'say a state sent a note recognising Kosovo, without naming it',
    );
  });

  it('a recognition called invalid is told as given and disputed, never as never given (pages review 4, finding 3)', () => {
    expect(claimText('São Tomé and Príncipe', 'recognition-invalid', 'São Tomé and Príncipe')).toBe(
      'São Tomé and Príncipe says it did not validly recognise Kosovo',
    );
    expect(claimText('Serbia', 'recognition-invalid', 'Togo')).toBe(
      'Serbia says Togo did not validly recognise Kosovo',
    );
  });

  it('a rebuttal naming no state names the party it rebuts, not a recognition (pages review 4, finding 4)', () => {
    expect(claimUnnamed('Kosovo', 'disputes-withdrawals', 'Serbia')).toBe(
      'disputes some of the withdrawals Serbia claims, without naming which',
    );
    expect(claimUnnamed('unnamed reports', 'disputes-withdrawals', 'Serbia')).toBe(
      'dispute some of the withdrawals Serbia claims, without naming which',
    );
    // With no party to name it keeps the one frame.
    expect(claimUnnamed('Kosovo', 'disputes-withdrawals')).toBe(
      'says a state did not withdraw recognition, without naming it',
    );
  });

  it('a claimant named by a description is plural, one named by its name is not', () => {
    expect(isDescribedClaimant('unnamed reports')).toBe(true);
    expect(isDescribedClaimant('Kosovo')).toBe(false);
    expect(isDescribedClaimant('Élysée Palace')).toBe(false);
  });
});

describe('the status verb', () => {
  it('one wording per status, singular and plural', () => {
    expect(STATUS_VERB).toEqual({
      recognised: ['recognises Kosovo', 'recognise Kosovo'],
      withdrawn: [
        'recognised Kosovo and withdrew recognition',
        'recognised Kosovo and withdrew recognition',
      ],
      'not-recognised': ['does not recognise Kosovo', 'do not recognise Kosovo'],
    });
  });

  it('dates a group of claims: one date, each date with its states, or none', () => {
    const names: Record<string, string> = { a: 'Aland', b: 'Borduria', c: 'Carpania' };
    const nameOf = (id: string) => names[id]!;
    expect(
      claimGroupDates(
        [
          { subject: 'a', date: '2020-03', what: 'withdrew' as const },
          { subject: 'b', date: '2020-03', what: 'withdrew' as const },
        ],
        nameOf,
      ),
    ).toBe('said in March 2020');
    expect(
      claimGroupDates(
        [
          { subject: 'c', date: null, what: 'withdrew' as const },
          { subject: 'b', date: '2019', what: 'withdrew' as const },
          { subject: 'a', date: '2020-02-20', what: 'withdrew' as const },
          { subject: 'b', date: '2019', what: 'withdrew' as const },
        ],
        nameOf,
      ),
    ).toBe('Borduria: said in 2019; Aland: said on 20 February 2020; Carpania: no date given');
    expect(
      claimGroupDates([{ subject: 'a', date: null, what: 'withdrew' as const }], nameOf),
    ).toBeNull();
    // Two claims about one state: its name is said once, by the sentence, not beside each date.
    expect(
      claimGroupDates(
        [
          { subject: 'a', date: null, what: 'withdrew' as const },
          { subject: 'a', date: '2013-01', what: 'withdrew' as const },
        ],
        nameOf,
      ),
    ).toBe('said in January 2013, and once undated');
    // "undated" is counted after the dates, never listed as one of them (re-check 7, N4).
    expect(
      claimGroupDates(
        [
          { subject: 'a', date: null, what: 'withdrew' as const },
          { subject: 'a', date: '2014-03', what: 'withdrew' as const },
          { subject: 'a', date: null, what: 'withdrew' as const },
          { subject: 'a', date: '2013-01', what: 'withdrew' as const },
        ],
        nameOf,
      ),
    ).toBe('said in January 2013 and in March 2014, and twice undated');
    expect(
      claimGroupDates(
        [
          { subject: 'a', date: '2014-03', what: 'withdrew' as const },
          { subject: 'a', date: '2013-01', what: 'withdrew' as const },
        ],
        nameOf,
      ),
    ).toBe('said twice: in January 2013 and in March 2014');
  });

  it('words the date of every claim "said", a denial and a recognition alike: no verb takes a side (pages review 7, finding 8)', () => {
    expect(claimedWhen({ what: 'never-recognised', date: '2020-02-20' })).toBe(
      'said on 20 February 2020',
    );
    expect(claimedWhen({ what: 'denied-note', date: '2014-01' })).toBe('said in January 2014');
    expect(claimedWhen({ what: 'withdrew', date: '2020-03' })).toBe('said in March 2020');
    expect(claimedWhen({ what: 'recognises', date: '2012-03' })).toBe('said in March 2012');
    expect(
      claimedWhen(
        { what: 'disputed-note-verbale', date: null },
        { qualifier: 'after', date: '2012-08' },
      ),
    ).toBe('said after August 2012');
    expect(claimedWhen({ what: 'recognises', date: null })).toBeNull();
    const nameOf = () => 'Aland';
    expect(
      claimGroupDates(
        [
          { subject: 'a', date: null, what: 'recognition-invalid' as const },
          { subject: 'a', date: '2013-01', what: 'recognition-invalid' as const },
        ],
        nameOf,
      ),
    ).toBe('said in January 2013, and once undated');
  });

  it('places an undated claim by the date qualifier of the claimant’s own statement of the same sentence (re-check 6, #7)', () => {
    const sentence =
      'Following the May 2011 publication of a note recognising Kosovo, the Presidency of Aland denied recognising Kosovo.';
    const at = (line: number) => [{ source: 'ruritania', line }];
    const aland = { type: 'state' as const, id: 'aland', name: 'Aland' };
    const denial = {
      date: null,
      what: 'never-recognised' as const,
      subject: 'aland',
      claimant: aland,
      sources: at(12),
      text: sentence,
    };
    const statement = {
      actor: aland,
      date: null,
      qualifiedDate: { qualifier: 'after' as const, date: '2011-05' },
      sources: at(12),
      text: sentence,
    };
    const placed = claimPlacement(denial, [statement]);
    expect(placed).toEqual({ qualifier: 'after', date: '2011-05' });
    expect(claimedWhen(denial, placed)).toBe('said after May 2011');
    expect(
      claimGroupDates(
        [denial],
        () => 'Aland',
        (c) => claimPlacement(c, [statement]),
      ),
    ).toBe('said after May 2011');
    // Another actor's statement, another line, or a state of things ("as of") places nothing.
    const none = [
      { ...statement, actor: { ...aland, id: 'borduria' } },
      { ...statement, sources: at(13) },
      { ...statement, qualifiedDate: { qualifier: 'as of' as const, date: '2011-05' } },
    ];
    for (const other of none) expect(claimPlacement(denial, [other])).toBeNull();
    // A dated claim keeps its own date.
    expect(claimPlacement({ ...denial, date: '2012' }, [statement])).toBeNull();
  });
});

describe('claimantAtStart', () => {
  it('capitalises a described claimant opening a list item, never a proper name (pages review 7, finding 7)', () => {
    expect(claimantAtStart('unnamed reports')).toBe('Unnamed reports');
    expect(claimantAtStart('Kosovo')).toBe('Kosovo');
  });
});
