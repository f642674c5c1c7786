/**
 * Kosovo's membership of organisations (src/ingest/membership.ts), checked against the sources
 * read by eye: international-recognition-of-kosovo.txt lines 333–370 (the organisations' tables)
 * and kosovo-foreign-relations.txt line 44. Expected values are written out, never derived.
 */
import { describe, expect, it } from 'vitest';
import { kosovoMembership } from '../../../src/ingest/membership';
import type { Position, SourceRef } from '../../../src/schemas';
import { realAtlas } from '../support/atlas';

const CORE = 'international-recognition-of-kosovo';
const NEWS = 'kosovo-foreign-relations';

const data = realAtlas();
const membershipOf = (id: string) => {
  const o = data.organisations.find((x) => x.id === id);
  if (!o) throw new Error(`no organisation ${id}`);
  const m = o.kosovoMembership;
  return m && { status: m.status, since: m.since, source: m.source.source, line: m.source.line };
};

describe("Kosovo's membership of organisations, as the sources state it", () => {
  it.each([
    ['imf', 'member', '2009-06-29', CORE, 336],
    ['world-customs-organization', 'member', '2017-03-03', CORE, 344],
    ['ioc', 'member', '2014-12-09', CORE, 363],
    ['iru', 'member', '2009-05', CORE, 369],
    ['iba', 'member', '2009-05-28', CORE, 370],
    ['cefta', 'member', null, NEWS, 44],
    ['seci', 'member', null, NEWS, 44],
    ['interpol', 'rejected', null, CORE, 337],
    ['council-of-europe', 'planned', null, CORE, 333],
    ['ebu', 'not-member', null, CORE, 362],
    ['iso', 'not-member', null, CORE, 367],
  ])('%s: %s since %s (%s:%i)', (id, status, since, source, line) => {
    expect(membershipOf(id)).toEqual({ status, since, source, line });
  });

  it('EBRD: a member, at the row that approves it (the date it took effect is conditional)', () => {
    // Line 334 approves membership on 16 November 2012 "providing that, by 17 December 2012" the
    // procedures are done: the source does not say on which day it took effect.
    expect(membershipOf('ebrd')).toMatchObject({ status: 'member', source: CORE, line: 334 });
  });

  it('states nothing where the sources state nothing (NATO, OSCE, the UN, the OIC, IOM)', () => {
    // OSCE line 341 only says Serbia opposes membership; IOM line 338 discusses prospects.
    for (const id of ['nato', 'osce', 'united-nations', 'oic', 'iom'])
      expect(membershipOf(id), id).toBeNull();
  });

  // The FIFA row (line 364) also tells the UEFA vote of April 2016: joining UEFA is not joining FIFA.
  it('FIFA: a member since 13 May 2016 (line 364), not the UEFA vote of April 2016', () => {
    expect(membershipOf('fifa')).toEqual({
      status: 'member',
      since: '2016-05-13',
      source: CORE,
      line: 364,
    });
  });

  it('World Bank: a member since 29 June 2009, citing its own row (line 343), not the IMF row', () => {
    expect(membershipOf('world-bank')).toEqual({
      status: 'member',
      since: '2009-06-29',
      source: CORE,
      line: 343,
    });
  });
});

/** A position holding only what the membership rule reads: its text and first source. */
function statement(text: string, line = 1): Position {
  const source: SourceRef = {
    source: 'test',
    section: [],
    line,
    anchor: `L${line}`,
    excerpt: text,
  };
  return { text, sources: [source] } as unknown as Position;
}

describe('the membership rule on single statements', () => {
  it('dates membership by the date nearest the last statement of it, not the first date', () => {
    const m = kosovoMembership([
      statement(
        'In April 2016, Kosovo was voted into UEFA, and on 13 May 2016, at the 66th FIFA congress in Mexico City, Kosovo (along with Gibraltar) was voted into the organisation.',
      ),
    ]);
    expect(m).toMatchObject({ status: 'member', since: '2016-05-13' });
  });

  it('lets a statement of full membership outrank an earlier provisional step', () => {
    const m = kosovoMembership([
      statement(
        'Kosovo was a provisional member of the IOC from 22 October 2014 through 9 December 2014.',
        1,
      ),
      statement(
        'The Olympic Committee of Kosovo became a full member of the International Olympic Committee on 9 December 2014.',
        2,
      ),
    ]);
    expect(m).toMatchObject({ status: 'member', since: '2014-12-09', source: { line: 2 } });
  });

  it('gives no date to a rejection and none to a statement that Kosovo is not a member', () => {
    expect(
      kosovoMembership([
        statement(
          'Kosovo has tried to join Interpol on three different occasions, most recently in November 2018, when it received positive votes from 68 countries, falling short of the two-thirds majority needed.',
        ),
      ]),
    ).toMatchObject({ status: 'rejected', since: null });
    expect(
      kosovoMembership([
        statement('Kosovo is not a member of the governing structures for the ISO.'),
      ]),
    ).toMatchObject({ status: 'not-member', since: null });
  });

  it('reads nothing into a sentence that does not name Kosovo', () => {
    expect(
      kosovoMembership([statement('Gibraltar became a full member of FIFA on 13 May 2016.')]),
    ).toBeNull();
  });
});

describe('a membership phrase whose object is another body', () => {
  const at = (text: string) => [
    { text, sources: [{ source: 's', section: [], line: 1, anchor: 'L1', excerpt: text }] },
  ];
  const FIFA = ['FIFA', 'Fédération Internationale de Football Association'];

  it('is not read as joining this organisation', () => {
    expect(kosovoMembership(at('In March 2015, Kosovo was voted into UEFA.'), FIFA)).toBeNull();
  });

  it('is read when the object is this organisation or "the organisation"', () => {
    expect(
      kosovoMembership(at('On 2 May 2015, Kosovo was voted into the organisation.'), FIFA)?.since,
    ).toBe('2015-05-02');
    expect(kosovoMembership(at('Kosovo is a member of CEFTA and SECI.'), ['SECI'])?.status).toBe(
      'member',
    );
  });
});
