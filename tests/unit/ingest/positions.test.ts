/** Statement ids, and one position per statement across sources (positions.ts). */
import { describe, expect, it } from 'vitest';
import {
  mergePositions,
  positionId,
  resolveCountryCell,
  sameActTold,
  sameStatement,
} from '../../../src/ingest/positions';
import type { ActorRef } from '../../../src/schemas';
import { CHILE, PERU, raw, ref } from './rawPositions';
import { countries } from './extract/statement/fixtures';

const url = (a: ActorRef) => `/${a.id}/`;

describe('positionId', () => {
  it('is the actor, the date and the first five words that are not date words', () => {
    expect(positionId('peru', '2009-04', 'In April 2009, Peru said it would wait and see.')).toBe(
      'peru-2009-04-peru-said-it-would-wait',
    );
  });
  it('says undated when there is no date, and folds diacritics', () => {
    expect(positionId('turkiye', null, 'Türkiye’s minister objected.')).toBe(
      'turkiye-undated-turkiye-s-minister-objected',
    );
  });
});

describe('sameStatement', () => {
  it('matches the same event told with more or fewer words, not a different one', () => {
    expect(
      sameStatement(
        'In September 2020, Serbia and Kosovo agreed to normalise economic ties.',
        'In September 2020, under an agreement brokered by the United States, Serbia and Kosovo agreed to normalise economic ties.',
      ),
    ).toBe(true);
    expect(
      sameStatement(
        'In September 2020, Serbia and Kosovo agreed to normalise economic ties.',
        'In September 2020, Serbia opened an embassy in Jerusalem.',
      ),
    ).toBe(false);
  });
  it('compares the opening sentences only', () => {
    expect(
      sameStatement(
        'Peru said it would wait. Chile agreed.',
        'Peru said it would wait. Bolivia objected.',
      ),
    ).toBe(true);
  });
});

describe('sameActTold', () => {
  const a = raw({
    date: '2014-03',
    text: 'In March 2014, Peru cited the declaration when it annexed Ruritania.',
    refs: [ref('a', 1)],
  });
  const b = raw({
    date: '2014',
    text: 'In 2014, Peru used the declaration to justify annexing Ruritania.',
    refs: [ref('b', 7)],
  });
  const always = () => true;
  it('is one act when dates agree at the shorter precision and a rare name is shared', () => {
    expect(sameActTold(a, b, always)).toBe(true);
  });
  it('is not when the shared name is common, the dates differ, or both come from one source', () => {
    expect(sameActTold(a, b, () => false)).toBe(false);
    expect(sameActTold(a, { ...b, date: '2015' }, always)).toBe(false);
    expect(sameActTold(a, { ...b, refs: [ref('a', 9)] }, always)).toBe(false);
    expect(sameActTold(a, { ...b, date: null }, always)).toBe(false);
  });
  it('is not when the only rare name shared is the person who acted in either telling', () => {
    const quispe = (n: string) => n === 'Quispe';
    const lima = raw({
      date: '2023',
      text: 'In 2023, a visit by Foreign Minister Ana Quispe to the capital for a regional conference.',
      refs: [ref('a', 3)],
    });
    const quito = raw({
      date: '2023-03',
      text: 'In March 2023, Foreign Minister Ana Quispe paid a visit to the capital for a conference.',
      refs: [ref('b', 5)],
      speakers: [{ name: 'Ana Quispe', role: 'Foreign Minister' }],
    });
    expect(sameActTold(lima, { ...quito, speakers: [] }, quispe)).toBe(true);
    expect(sameActTold(lima, quito, quispe)).toBe(false);
    expect(sameActTold(quito, lima, quispe)).toBe(false);
  });
  it('is not when the two tellings name other parties, none in common, unless they quote alike', () => {
    const BOLIVIA: ActorRef = { type: 'state', id: 'bolivia', name: 'Bolivia' };
    expect(sameActTold({ ...a, parties: [CHILE] }, { ...b, mentions: [CHILE] }, always)).toBe(true);
    expect(sameActTold({ ...a, parties: [CHILE] }, { ...b, parties: [BOLIVIA] }, always)).toBe(
      false,
    );
    const quoted = ' It called the step "a precedent no one can now take back".';
    expect(
      sameActTold(
        { ...a, text: a.text + quoted, parties: [CHILE] },
        { ...b, text: b.text + quoted, parties: [BOLIVIA] },
        always,
      ),
    ).toBe(true);
  });
  it('is not when few content words are shared', () => {
    expect(
      sameActTold(
        a,
        { ...b, text: 'In 2014, Peru opened talks on fishing quotas with Ruritania.' },
        always,
      ),
    ).toBe(false);
  });
});

describe('mergePositions', () => {
  it('joins one statement told in two sources: both lines, the longer text, the finer date', () => {
    const [p, ...rest] = mergePositions(
      [
        raw({ date: '2009', text: 'Peru said it would wait.', refs: [ref('a', 1)] }),
        raw({
          date: '2009',
          text: 'Peru said it would wait for the court.',
          refs: [ref('b', 4), ref('a', 1)],
        }),
      ],
      url,
    );
    expect(rest).toEqual([]);
    expect(p?.text).toBe('Peru said it would wait for the court.');
    expect(p?.sources.map((s) => `${s.source}:${s.line}`)).toEqual(['a:1', 'b:4']);
    expect(p?.id).toBe('peru-2009-peru-said-it-would-wait');
    expect(p?.url).toBe('/peru/#peru-2009-peru-said-it-would-wait');
    expect(p?.year).toBe(2009);
  });
  it('keeps how each source tells the statement: one telling per source, in the order of sources', () => {
    const [p] = mergePositions(
      [
        raw({ date: '2009', text: 'Peru said it would wait.', refs: [ref('a', 1)] }),
        raw({
          date: '2009',
          voice: 'quoted',
          text: 'Peru said it would wait "for the court".',
          refs: [ref('b', 4)],
        }),
        raw({
          date: '2009',
          voice: 'described',
          text: 'Peru said it would wait.',
          refs: [ref('a', 7)],
        }),
      ],
      url,
    );
    expect(p?.voice).toBe('stated');
    expect(p?.tellings).toEqual([
      { source: 'a', voice: 'stated' },
      { source: 'b', voice: 'quoted' },
    ]);
  });

  it('lists each party and each mention once, however often the sentence names it', () => {
    const CHILE = { type: 'state' as const, id: 'chile', name: 'Chile' };
    const UN = { type: 'organisation' as const, id: 'united-nations', name: 'United Nations' };
    const [p] = mergePositions(
      [raw({ parties: [CHILE, CHILE], mentions: [UN, CHILE, UN], refs: [ref('a', 1)] })],
      url,
    );
    expect(p?.parties).toEqual([CHILE]);
    expect(p?.mentions).toEqual([UN]);
  });

  it('keeps two actors, or two dates, apart; suffixes ids that would clash', () => {
    const out = mergePositions(
      [
        raw({ date: '2009', text: 'Peru said it would wait.' }),
        raw({ date: '2010', text: 'Peru said it would wait.' }),
        raw({ actor: CHILE, date: '2009', text: 'Peru said it would wait.' }),
        raw({ date: null, text: 'Peru said it would wait.' }),
        raw({ date: null, text: 'Peru said it would wait, again.', refs: [ref('b', 2)] }),
      ],
      url,
    );
    expect(out.map((p) => p.id)).toEqual([
      'chile-2009-peru-said-it-would-wait',
      'peru-2009-peru-said-it-would-wait',
      'peru-2010-peru-said-it-would-wait',
      'peru-undated-peru-said-it-would-wait',
      'peru-undated-peru-said-it-would-wait-2',
    ]);
  });
  it('leaves the actor out of its parties and mentions, and Kosovo and parties out of mentions', () => {
    const KOSOVO: ActorRef = { type: 'state', id: 'kosovo', name: 'Kosovo' };
    const [p] = mergePositions(
      [
        raw({
          parties: [PERU, CHILE],
          mentions: [PERU, CHILE, KOSOVO, { ...CHILE, id: 'bolivia', name: 'Bolivia' }],
        }),
      ],
      url,
    );
    expect(p?.parties).toEqual([CHILE]);
    expect(p?.mentions.map((m) => m.id)).toEqual(['bolivia']);
  });
});

describe('resolveCountryCell', () => {
  it('reads a three-letter code, a name, or a blank cell from the statement', () => {
    expect(resolveCountryCell('PER', '', countries)?.record.id).toBe('peru');
    expect(resolveCountryCell('Peru', '', countries)).toEqual({
      record: expect.objectContaining({ id: 'peru' }),
      recovered: null,
    });
    expect(
      resolveCountryCell('', 'The Peruvian government said it would wait.', countries),
    ).toEqual({
      record: expect.objectContaining({ id: 'peru' }),
      recovered: 'name cell blank; recovered from "peruvian" in the statement',
    });
  });
  it('is null for a name it does not know and a blank cell with no state in the statement', () => {
    expect(resolveCountryCell('Ruritania', '', countries)).toBeNull();
    expect(resolveCountryCell('', 'The government said it would wait.', countries)).toBeNull();
  });
});
