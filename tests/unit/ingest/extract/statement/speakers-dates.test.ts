/** Causes 1 and 4 of issue 15: the act's own date wherever it stands; every speaker, named or not. */
import { describe, expect, it } from 'vitest';
import { clauseSpeakers } from '../../../../../src/ingest/extract/statement/speakers';
import { mainClause } from '../../../../../src/ingest/extract/statement/mainClause';
import {
  adverbialDate,
  groupSentences,
  statedDate,
} from '../../../../../src/ingest/extract/statements';
import type { ActorRef } from '../../../../../src/schemas';
import { persons } from './fixtures';

const peru: ActorRef = { type: 'state', id: 'peru', name: 'Peru' };
const osce: ActorRef = {
  type: 'organisation',
  id: 'osce',
  name: 'Organization for Security and Co-operation in Europe',
};

describe('the date of an act', () => {
  const dateOf = (sentence: string) => groupSentences([sentence], () => null, true)[0]!.date;

  it('is the date adverbial of its clause, late in the sentence too', () => {
    expect(
      dateOf(
        'Peru’s ambassador to Chile, Juan Soto, told a Lima daily in June 2009 that Peru would wait.',
      ),
    ).toBe('2009-06');
    expect(dateOf('A Peru-Chile trade office was opened in Lima in 2022.')).toBe('2022');
  });

  it('follows a name that is the verb’s object, not one that hangs off a noun', () => {
    expect(dateOf('The council of the league decided against Peru in 1997: no accord.')).toBe(
      '1997',
    );
    expect(dateOf('A trade office was opened in San Isidro in 2021.')).toBe('2021');
    expect(adverbialDate('He praised the president of Peru in 2009.')).toBe(false);
  });

  it('is not a year that opens a name running to the comma ("In 2020 UEFA … qualification,")', () => {
    expect(
      statedDate('In 2020 Andean Under-17 Cup qualification, the teams of Peru and Chile met.'),
    ).toBeNull();
    expect(statedDate('In 2009 Peru recognised the state.')?.date).toBe('2009');
  });

  it('counts a relative date from the sentence right before, or leaves it undated', () => {
    const pieces = groupSentences(
      [
        'On 3 May 2011 Peru expelled the envoy of Chile.',
        'At the same time Peru recalled its own envoy.',
        'Chile closed its embassy in Lima in late spring.',
        'At the same time the government of Peru ordered the mission to halve its staff.',
      ],
      () => null,
      true,
    );
    expect(pieces.map((p) => p.date)).toEqual(['2011-05-03', '2011-05-03', null, null]);
    expect(mainClause(pieces.at(-1)!.text).subject?.text).toBe('the government of Peru');
  });

  it('is the date of the occasion the act took place at ("in an April 2010 interview")', () => {
    expect(
      dateOf(
        'Juan Soto, the prime minister of Peru, stated in a May 2011 interview that it would wait.',
      ),
    ).toBe('2011-05');
    expect(dateOf('Chile later criticised a 2011 report on the talks.')).toBeNull();
  });

  it('is not a year inside a name or a noun phrase, nor one after a place', () => {
    expect(
      statedDate('Peru agreed to let Chile play in the 2014 World Judo Championships.'),
    ).toBeNull();
    expect(
      adverbialDate('The unrest was comparable to the Orange Revolution in Ukraine in 2004.'),
    ).toBe(false);
    expect(dateOf('Peru cited the 1999 Kosovo War in its statement.')).toBeNull();
  });

  it('is not the date of a participle after a noun ("the position adopted in 1997")', () => {
    expect(
      dateOf(
        'Following the position adopted in 1997, the league adopted a new approach in 1999, whereby fees would fall.',
      ),
    ).toBe('1999');
    expect(
      statedDate('Noting the agreement signed on 3 May 2001, Peru asked for talks.'),
    ).toBeNull();
    // A verb of the clause itself, straight before its adverbial, still dates it.
    expect(dateOf('The league adopted in 1999 a new approach.')).toBe('1999');
  });
});

describe('speakers', () => {
  it('are two when two people are joined by "and"', () => {
    const s = clauseSpeakers(
      'On 19 February 2008, Chairman Ilkka Kanerva and OSCE Minorities Commissioner Knut Vollebæk called for restraint.',
      osce,
      persons(),
    );
    expect(s.map((x) => x.name)).toEqual(['Ilkka Kanerva', 'Knut Vollebæk']);
  });

  it('may be a role without a name, or a body', () => {
    expect(
      clauseSpeakers('A presidential spokesman said that Peru would wait.', peru, persons()),
    ).toEqual([{ name: null, role: 'presidential spokesman' }]);
    expect(
      clauseSpeakers('The Peruvian Congress adopted a resolution in 2010.', peru, persons())[0],
    ).toMatchObject({ name: 'Peruvian Congress' });
  });

  it('are none when the actor itself is the subject', () => {
    expect(clauseSpeakers('Peru recognised the state in 2010.', peru, persons())).toEqual([]);
  });
});

describe('speakers joined by "and"', () => {
  it('are one when "and" belongs to a name ("Convergence and Union general secretary …")', () => {
    const s = clauseSpeakers(
      'In March 2012, Convergence and Union general secretary Josep Antoni Duran asked for recognition.',
      { type: 'other', id: 'catalonia', name: 'Catalonia' },
      persons(),
    );
    expect(s.map((x) => x.name)).toEqual(['Josep Antoni Duran']);
  });
});

describe('surnames joined by "and"', () => {
  const known = () => {
    const r = persons();
    r.add({ name: 'Juan Soto', role: 'Peruvian Foreign Minister', actor: peru });
    r.add({ name: 'Ana Ruiz', role: 'Deputy Prime Minister of Peru', actor: peru });
    r.add({ name: 'Teuta Brevaj', role: 'Peruvian envoy', actor: peru });
    r.add({ name: 'Arbnor Zukorli', role: 'Peruvian envoy to Chile', actor: peru });
    return r;
  };
  it('are each a speaker, as written, when the article names both in full', () => {
    expect(
      clauseSpeakers(
        'However, Soto and Ruiz quickly denied that they had met the envoy.',
        peru,
        known(),
      ),
    ).toEqual([
      { name: 'Soto', role: null },
      { name: 'Ruiz', role: null },
    ]);
    expect(clauseSpeakers('In 2011, Zukorli and Brevaj signed the accord.', peru, known())).toEqual(
      [
        { name: 'Zukorli', role: null },
        { name: 'Brevaj', role: null },
      ],
    );
  });
  it('are none when a half is no person the article names', () => {
    expect(clauseSpeakers('Soto and Lima denied the report.', peru, known())).toEqual([]);
    expect(clauseSpeakers('Zukorli and Brevaj denied the report.', peru, persons())).toEqual([]);
  });
});

describe('speakers given respectively, bodies and roles without a capital', () => {
  it('are two when two roles and two names are given in the same order', () => {
    expect(
      clauseSpeakers(
        'In a 3 May 2012 meeting with the envoy, both the Peruvian president and the Minister of Trade, Juan Soto and Ana Ruiz, said that Peru would decide soon.',
        peru,
        persons(),
      ),
    ).toEqual([
      { name: 'Juan Soto', role: 'Peruvian president' },
      { name: 'Ana Ruiz', role: 'Minister of Trade' },
    ]);
  });
  it('may be a body written without capitals, or a plural role', () => {
    expect(
      clauseSpeakers(
        'In May 2005 the Union’s executive commission called for calm.',
        osce,
        persons(),
      ),
    ).toEqual([{ name: 'Union’s executive commission', role: null }]);
    expect(clauseSpeakers('Peru’s leaders have criticised the plan.', peru, persons())).toEqual([
      { name: null, role: 'Peru’s leaders' },
    ]);
  });
  it('may be a body whose acronym spells more than the actor’s name', () => {
    const un: ActorRef = { type: 'organisation', id: 'united-nations', name: 'United Nations' };
    expect(clauseSpeakers('In 2008, the UNSC approved the mission.', un, persons())).toEqual([
      { name: 'UNSC', role: null },
    ]);
    expect(clauseSpeakers('In 2008, the UN approved the mission.', un, persons())).toEqual([]);
  });
  it('a body’s acronym stays a speaker when the actor finder names the actor by it', () => {
    const un: ActorRef = { type: 'organisation', id: 'united-nations', name: 'United Nations' };
    // The finder knows UNSC and UN as the United Nations, as the atlas's finder does.
    const namesUn = (text: string) => /^(?:the\s+)?(?:UNSC|UN)$/.test(text.trim());
    expect(
      clauseSpeakers('In 2008, the UNSC approved the mission.', un, persons(), namesUn),
    ).toEqual([{ name: 'UNSC', role: null }]);
    expect(clauseSpeakers('In 2008, the UN approved the mission.', un, persons(), namesUn)).toEqual(
      [],
    );
  });
  it('a pronoun subject takes up the subject of the opening clause before it', () => {
    expect(
      clauseSpeakers(
        'Although the Peruvian Congress had no say in the matter, it welcomed the plan in 2010.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Peruvian Congress', role: null }]);
    expect(
      clauseSpeakers(
        'Although Peru had no say in the matter, it welcomed the plan.',
        peru,
        persons(),
      ),
    ).toEqual([]);
    expect(clauseSpeakers('It welcomed the plan in 2010.', peru, persons())).toEqual([]);
  });
  it('are none when the subject is joined with people who hold no office', () => {
    expect(
      clauseSpeakers(
        'Peru’s government and its people view the plan as a threat.',
        peru,
        persons(),
      ),
    ).toEqual([]);
  });
});

describe('dates of cut clauses, reports and stages', () => {
  const dates = (sentences: string[]) =>
    groupSentences(sentences, () => null).map((p) => [p.date, p.qualified]);
  it('a clause cut from a sentence stands under the sentence’s opening date', () => {
    expect(
      dates([
        'In May 2008, the president of Peru welcomed the plan',
        'a presidential spokesman said that Peru would wait.',
      ]),
    ).toEqual([
      ['2008-05', null],
      ['2008-05', null],
    ]);
  });
  it('"after which" is after it; a subordinate clause or a new sentence takes nothing', () => {
    expect(
      dates(['However, the talks stalled in May 2018', 'after which Peru raised its tariffs.']),
    ).toEqual([
      ['2018-05', null],
      [null, { qualifier: 'after', date: '2018-05' }],
    ]);
    expect(
      dates(['In May 2008, Peru welcomed the plan', 'when its envoy visited Lima.'])[1],
    ).toEqual([null, null]);
    expect(dates(['In May 2008, Peru welcomed the plan.', 'Chile said nothing.'])[1]).toEqual([
      null,
      null,
    ]);
  });
  it('the year of the report an account is given from dates it ("According to a 2019 survey")', () => {
    expect(
      dates(['According to a 2019 survey, states near Peru are more likely to trade with it.']),
    ).toEqual([['2019', null]]);
  });
  it('the year (or month) of an indefinite subject the sentence opens on dates its act', () => {
    expect(
      dates(['A 2015 survey by a Lima institute found that most Peruvians had no view.']),
    ).toEqual([['2015', null]]);
    expect(dates(['An April 2019 poll showed that a majority of Chileans opposed it.'])).toEqual([
      ['2019-04', null],
    ]);
    // A definite noun points to background; a year in a name is no act's year.
    expect(dates(['The 1999 war ended with the withdrawal of the troops.'])).toEqual([
      [null, null],
    ]);
    expect(dates(['A 2018 FIFA World Cup qualifier was played in Lima.'])).toEqual([[null, null]]);
  });
  it('a qualified date opening a later stage of a sequence qualifies that stage only', () => {
    expect(
      dates([
        'Peru has played a role in the dispute, first as a member of the group, then, after 2004, during the talks.',
      ]),
    ).toEqual([[null, null]]);
    expect(
      dates(['Peru has had normal trade relations with Chile since 2020 and has opened a port.']),
    ).toEqual([[null, { qualifier: 'since', date: '2020' }]]);
  });
});
