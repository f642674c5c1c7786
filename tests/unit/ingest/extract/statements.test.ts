import { describe, expect, it } from 'vitest';
import {
  isDatedStatement,
  groupSentences,
  sentenceDate,
  splitStatements,
  statedDate,
} from '../../../../src/ingest/extract/statements';
import { parseWithdrawalNote } from '../../../../src/ingest/extract/withdrawalNote';
import { classifyEvent, eventDate } from '../../../../src/ingest/extract/events';
import { findFigures } from '../../../../src/ingest/extract/figures';

describe('splitStatements', () => {
  it('starts a new statement at a sentence opening with another date', () => {
    const pieces = splitStatements(
      'As of 2022, Greece does not recognise the independence of Kosovo. In 2018, Greece was one of 51 countries that voted against. Greece recognises travel documents issued by Kosovo.',
    );
    // "As of 2022" describes the state of things then; the undated last sentence is not shown under 2018.
    expect(pieces.map((p) => p.date)).toEqual([null, '2018', null]);
    expect(pieces[0]!.qualified).toEqual({ qualifier: 'as of', date: '2022' });
    expect(pieces[2]!.text).toMatch(/^Greece recognises travel documents/);
  });

  it('dates "the same day" by the statement before it, and gives a new speaker a statement of their own', () => {
    const pieces = splitStatements(
      "On 20 February 2020, the president of Kosovo, Hashim Thaçi, stated on Twitter thanking Jamaica for recognising Kosovo. However, this was denied by Jamaica's Minister of Foreign Affairs Kamina Johnson-Smith the same day.",
      (s) => /Johnson-Smith/.exec(s)?.[0] ?? /Hashim Thaçi/.exec(s)?.[0] ?? null,
    );
    expect(pieces.map((p) => [p.date, p.relative])).toEqual([
      ['2020-02-20', null],
      ['2020-02-20', 'the same day'],
    ]);
  });

  it('resolves a relative date against the statement before it, as a statement of its own', () => {
    const pieces = splitStatements(
      'In March 2008, Mourad Medelci stated that laws had to be adhered to. A year later, Medelci reaffirmed the position.',
    );
    expect(pieces.map((p) => [p.date, p.relative])).toEqual([
      ['2008-03', null],
      ['2009', 'A year later'],
    ]);
  });

  it('keeps an undated sentence that plainly continues the statement (pronoun, same speaker, quotation)', () => {
    const pronoun = splitStatements(
      'On 23 June 2008, the president sent a message to Boris Tadić. It reiterated the solidarity of Angola with Serbia.',
    );
    expect(pronoun).toHaveLength(1);
    const sameSpeaker = splitStatements(
      'In February 2008, Abkhazian president Sergei Bagapsh said "one thing". "Why not?", Bagapsh noted.',
      (s) => (/Bagapsh/.test(s) ? 'Sergei Bagapsh' : null),
    );
    expect(sameSpeaker).toHaveLength(1);
  });

  it("joins the act's outcome or circumstances, and the same verb again with 'also', to the act", () => {
    for (const text of [
      'On 5 May 2009, the assembly adopted a resolution on Peru. It was passed with 300 votes in favour.',
      'On 5 May 2009, the assembly hosted the Peruvian delegation. This was also the first time its flag flew there.',
      'On 5 May 2009, students staged a march in Lima. It was headed by one of their leaders.',
      'In May 2009, Peru and Chile agreed to open borders. Peru also agreed to lower its tariffs.',
    ])
      expect(splitStatements(text), text).toHaveLength(1);
    for (const text of [
      // Another verb with "also" is another act; a report opening "It was" is not the act's circumstance.
      'In May 2009, Peru recalled its ambassador. Peru also expelled two diplomats.',
      'On 5 May 2009, the assembly adopted a resolution. It was reported that Chile objected.',
    ])
      expect(splitStatements(text), text).toHaveLength(2);
  });

  it('never dates a statement by a qualified date, and keeps the qualifier', () => {
    const [piece] = splitStatements(
      'After 17 February 2008, when the Assembly declared independence, Kosovo began the campaign for recognition.',
    );
    expect(piece).toMatchObject({
      date: null,
      qualified: { qualifier: 'after', date: '2008-02-17' },
    });
    const [since] = splitStatements('Since 2011, the European Union has facilitated a dialogue.');
    expect(since).toMatchObject({ date: null, qualified: { qualifier: 'since', date: '2011' } });
  });

  it('does not date a statement by a date used as an adjective, in a relative clause or in what was said', () => {
    expect(
      splitStatements(
        "Cyprus continues to oppose Kosovo's 2008 unilateral declaration of independence.",
      )[0]!.date,
    ).toBeNull();
    expect(
      splitStatements(
        'Serbia backed violence, which ordered the subsequent March 17, 2008 attack on peacekeepers.',
      )[0]!.date,
    ).toBeNull();
    expect(
      splitStatements(
        'International governments are divided on Kosovo, which was declared in 2008.',
      )[0]!.date,
    ).toBeNull();
    expect(
      splitStatements(
        'Peru was allowed to take part in the Andean Dance Festival 2011 competition.',
      )[0]!.date,
    ).toBeNull();
    expect(
      splitStatements(
        'In a 3 December 2009 hearing at the ICJ, the delegation said that secession was not allowed.',
      )[0]!.date,
    ).toBe('2009-12-03');
  });

  it('starts a new undated statement when a new speaker is named, not dated by what that speaker reports', () => {
    const pieces = splitStatements(
      'In February 2008, Yasser Abed Rabbo said, "We deserve independence". Saeb Erekat responded that the Palestine Liberation Organization had already declared independence in 1988.',
      (s) => /Saeb Erekat/.exec(s)?.[0] ?? /Yasser Abed Rabbo/.exec(s)?.[0] ?? null,
    );
    expect(pieces.map((p) => p.date)).toEqual(['2008-02', null]);
  });

  it('splits run-on sentences glued without a space', () => {
    const pieces = splitStatements(
      'In June 2009, the prime minister called.In September 2014, Adam said it would consider recognition.',
    );
    expect(pieces.map((p) => p.date)).toEqual(['2009-06', '2014-09']);
  });

  it('gives an undated cell one undated statement', () => {
    expect(
      splitStatements("South Africa's reaction to the independence of Kosovo has been mixed."),
    ).toEqual([
      {
        text: "South Africa's reaction to the independence of Kosovo has been mixed.",
        date: null,
        qualified: null,
        relative: null,
        sentences: [0],
      },
    ]);
  });
});

describe('more splitting and dating rules', () => {
  it('splits ", but in <date>" and never dates a statement by a date inside its quotes', () => {
    const pieces = splitStatements(
      'On 12 March 2008, Sargsyan stated that it would not strain relations, but in September 2008 Sargsyan stated that Armenia had not recognised Kosovo.',
    );
    expect(pieces.map((p) => p.date)).toEqual(['2008-03-12', '2008-09']);
    expect(
      splitStatements(
        'NATO maintains that "KFOR shall remain, as agreed by Foreign Ministers in December 2007".',
      )[0]!.date,
    ).toBeNull();
  });
});

describe('prose statements', () => {
  it('needs a date and an active speech verb', () => {
    expect(
      isDatedStatement(
        'On 27 March 2008, Serbian Foreign Minister Vuk Jeremić said Serbia would request a review.',
      ),
    ).toBe(true);
    expect(
      isDatedStatement('Serbian Foreign Minister Vuk Jeremić said Serbia would request a review.'),
    ).toBe(false);
    expect(isDatedStatement('Kosovo, which was declared in 2008, is disputed.')).toBe(false);
  });
});

describe('withdrawal notes', () => {
  it('reads withdrawn, resumed and annulled with their dates', () => {
    expect(
      parseWithdrawalNote('Recognition withdrawn 18 January 2019, resumed 20 October 2023.'),
    ).toEqual({
      withdrawn: '2019-01-18',
      reversed: { date: '2023-10-20', how: 'resumed' },
    });
    expect(
      parseWithdrawalNote(
        'Recognition withdrawn 21 November 2017, withdrawal was annulled 2 February 2018.',
      )?.reversed,
    ).toEqual({ date: '2018-02-02', how: 'annulled' });
    expect(parseWithdrawalNote('Kosovo–Palau relations')).toBeNull();
  });
});

describe('events', () => {
  it('classifies dated sentences and ignores dates after "since"', () => {
    expect(
      classifyEvent("On 8 October 2008, the UN General Assembly adopted Serbia's resolution"),
    ).toBe('vote');
    expect(
      classifyEvent(
        'On 22 July 2010, the ICJ ruled that the declaration did not violate international law',
      ),
    ).toBe('court');
    expect(
      classifyEvent('In April 2013, Kosovo and Serbia reached an agreement to normalise relations'),
    ).toBe('agreement');
    expect(
      classifyEvent('In September 2020, Serbia and Kosovo agreed to normalise economic ties.'),
    ).toBe('agreement');
    expect(
      classifyEvent('However, the process of normalisation stalled in November 2018'),
    ).toBeNull();
    expect(
      classifyEvent(
        'Russia had agreed to allow Kosovo to participate in the 2014 World Judo Championships',
      ),
    ).toBeNull();
    expect(
      eventDate(
        'A ministry official said this was the 100th recognition since Kosovo declared independence from Serbia in February 2008',
      ),
    ).toBeNull();
    expect(eventDate('On June 26, 2013 Egypt became the 100th country to recognize Kosovo')).toBe(
      '2013-06-26',
    );
  });
});

describe('stated figures', () => {
  it('reads "N out of M" tallies with organisation names and claimed counts with their claimant', () => {
    const f = findFigures(
      'As of Y , 22 out of 27 () European Union member states, 28 out of 32 () NATO member states and 37 out of 57 () Organisation of Islamic Cooperation member states have recognised Kosovo.',
    );
    expect(f.map((x) => [x.organisation, x.value, x.outOf])).toEqual([
      ['European Union', 22, 27],
      ['NATO', 28, 32],
      ['Organisation of Islamic Cooperation', 37, 57],
    ]);
    const claims = findFigures(
      'Kosovo claims that the number of countries recognising its independence is 120, whilst Serbia claims the number is 84, stating that some countries have withdrawn recognition.',
    );
    expect(claims.map((x) => [x.claimant, x.value])).toEqual([
      ['Kosovo', 120],
      ['Serbia', 84],
    ]);
  });

  it('reads counts written as words within a named group', () => {
    const f = findFigures(
      'Eight (including all five founding BRICS countries), however, have not recognised Kosovo as an independent state.',
      { group: 'G20' },
    );
    expect(f.map((x) => [x.kind, x.organisation, x.value, x.outOf])).toEqual([
      ['org-not-recognising', 'G20', 8, null],
      ['org-tally', 'BRICS', 0, 5],
    ]);
  });
});

describe('sentenceDate: the time after the statement before', () => {
  it('places "In the days that followed" after the previous date, with no date of its own', () => {
    expect(
      sentenceDate('In the days that followed, several members spoke out.', '2009-03-02'),
    ).toEqual({
      date: null,
      qualified: { qualifier: 'after', date: '2009-03-02' },
      relative: null,
    });
    expect(sentenceDate('In the following weeks, the ministry wrote to them.', '2011-05')).toEqual({
      date: null,
      qualified: { qualifier: 'after', date: '2011-05' },
      relative: null,
    });
  });

  it('gives nothing with no previous date, and leaves a date of its own alone', () => {
    expect(sentenceDate('In the days that followed, several members spoke out.', null)).toEqual({
      date: null,
      qualified: null,
      relative: null,
    });
    expect(
      sentenceDate('In the days that followed, on 4 March 2009, they spoke.', '2009-03-02').date,
    ).toBe('2009-03-04');
  });
});

describe('a day or month without a year takes the year of the date before it', () => {
  it('dates "on 3 November" and "in late June" in the anchor\'s year, dropping "late"', () => {
    expect(sentenceDate('The envoys met again on 3 November.', null, '2011-10-12')).toEqual({
      date: '2011-11-03',
      qualified: null,
      relative: 'on 3 November',
    });
    expect(
      sentenceDate('This led to the recall of two attachés from Lima in late June.', null, '1999'),
    ).toEqual({ date: '1999-06', qualified: null, relative: 'in late June' });
  });

  it('takes the next year only when the month falls earlier and the text says it came later', () => {
    expect(
      sentenceDate('The following treaty was signed in February.', null, '2014-11-20').date,
    ).toBe('2015-02');
    expect(sentenceDate('The treaty was signed in February.', null, '2014-11-20').date).toBe(
      '2014-02',
    );
  });

  it('guesses no year without an anchor, and keeps a qualifier', () => {
    expect(sentenceDate('The envoys met again on 3 November.', null, null).date).toBeNull();
    expect(sentenceDate('The embassy stayed shut until 5 May.', null, '2020-04-01')).toEqual({
      date: null,
      qualified: { qualifier: 'until', date: '2020-05-05' },
      relative: null,
    });
    expect(
      sentenceDate('The minister said "we will meet on 9 July" to the press.', null, '2012').date,
    ).toBeNull();
    expect(
      sentenceDate("Chile's 12 October expulsion was condemned by Peru.", null, '2011').date,
    ).toBeNull();
  });

  it('carries the year across a paragraph, and a relative date counts from the resolved one', () => {
    const pieces = groupSentences(
      [
        'On 12 October 2011 Chile expelled a Peruvian consul.',
        'The consul was replaced in a quiet ceremony.',
        'Two more attachés were sent home from Santiago in late November.',
        'At the same time Peru closed its trade office.',
      ],
      () => null,
      true,
    );
    expect(pieces.map((p) => p.date)).toEqual(['2011-10-12', null, '2011-11', '2011-11']);
  });
});

describe('a year on the document that opens the sentence', () => {
  it('"A leaked 2010 cable states …" dates the cable, not the act it tells', () => {
    expect(
      statedDate('A leaked 2010 cable from Lima states that the minister said no.'),
    ).toBeNull();
    expect(statedDate('The 2010 report of the council states that Peru agreed.')).toBeNull();
    expect(statedDate('In a 2010 letter, Peru said no.')?.date).toBe('2010');
  });
});

describe('"since then" places a statement from the date of the one before', () => {
  it('"have since then said", "ever since", "since that time" are since the previous date', () => {
    const since = (date: string) => ({
      date: null,
      qualified: { qualifier: 'since', date },
      relative: null,
    });
    expect(
      sentenceDate('Chilean officials have since then said that Chile will wait.', '2009-04-02'),
    ).toEqual(since('2009-04-02'));
    expect(sentenceDate('Relations have been cold ever since.', '2011-05')).toEqual(
      since('2011-05'),
    );
    expect(sentenceDate('Since that time, Peru has kept its embassy shut.', '2004')).toEqual(
      since('2004'),
    );
  });
  it('"has since" between a perfect’s auxiliary and its participle is since the previous date', () => {
    expect(
      sentenceDate('However, Ruiz has since distanced himself from the plan.', '2010-08'),
    ).toEqual({
      date: null,
      qualified: { qualifier: 'since', date: '2010-08' },
      relative: null,
    });
    expect(
      sentenceDate('The two states have since signed a trade accord.', '2012').qualified,
    ).toEqual({ qualifier: 'since', date: '2012' });
    // "since" as a preposition with its own object is a date of its own, not a pointer back.
    expect(sentenceDate('Peru has since 2012 kept its embassy shut.', '2009').qualified).toEqual({
      qualifier: 'since',
      date: '2012',
    });
  });
  it('no previous date, a date of its own, or the words inside a quotation leave it alone', () => {
    expect(sentenceDate('Officials have since then said that Peru will wait.', null)).toEqual({
      date: null,
      qualified: null,
      relative: null,
    });
    expect(sentenceDate('Since then, on 4 March 2010, Peru reopened it.', '2009-04').date).toBe(
      '2010-03-04',
    );
    expect(
      sentenceDate('Ruiz said that "nothing has changed since then" in Lima.', '2009-04').qualified,
    ).toBeNull();
  });
  it('a run dates the "since then" sentence from the sentence before it', () => {
    const pieces = groupSentences(
      [
        'On 2 April 2009, the Chilean ministry released a statement that it would wait.',
        'Chilean officials have since then said that Chile does not intend to act.',
      ],
      () => null,
      true,
    );
    expect(pieces.map((p) => [p.date, p.qualified])).toEqual([
      ['2009-04-02', null],
      [null, { qualifier: 'since', date: '2009-04-02' }],
    ]);
  });
});

describe('sentenceDate: a year before the noun of the subject that acts', () => {
  const dated = (sentence: string) => sentenceDate(sentence, null).date;
  it('dates the act of a survey, study or report told in the past tense', () => {
    expect(dated('A 2019 survey of voters showed that most opposed the plan.')).toBe('2019');
    expect(dated('The 2004 report argued that the mission had failed.')).toBe('2004');
    expect(dated('A 2011 study by a local institute found that exports had doubled.')).toBe('2011');
  });
  it('dates an indefinite act noun in any tense, a definite one only when it tells a finding', () => {
    // The guide: a year on the noun that names the act dates it ("A 2016 poll found …"); a
    // definite noun points back to something the article placed ("The 1999 war ended …").
    expect(dated('A 2015 resolution of the assembly calls on members to act.')).toBe('2015');
    expect(dated('The 2015 resolution of the assembly calls on members to act.')).toBeNull();
    expect(dated('The 1999 war ended with the withdrawal of the troops.')).toBeNull();
  });
  it('keeps that date on the statement after another dated one', () => {
    const pieces = groupSentences(
      [
        'In March 2010, the ministry opened a trade office in the capital.',
        'A 2013 survey of traders found that exports had doubled.',
      ],
      () => null,
      true,
    );
    expect(pieces.map((p) => p.date)).toEqual(['2010-03', '2013']);
  });
  it('leaves a possessive year and a year in a name undated', () => {
    expect(dated("Kosovo's 2008 declaration angered the government.")).toBeNull();
    expect(dated('The 2018 FIFA World Cup drew large crowds.')).toBeNull();
  });
});

describe('groupSentences: a dated act after a stance with no date', () => {
  const group = (sentences: string[]) =>
    groupSentences(
      sentences,
      () => null,
      true,
      (i) => (i > 0 ? sentences[i - 1]! : null),
    ).map((p) => [p.text, p.date]);
  it('is an act of its own when its verb dates it', () => {
    expect(
      group([
        'The Nordic Council has no common position on Ruritania',
        'its secretary-general welcomed the truce between Ruritania and Freedonia in a 2016 speech.',
      ]),
    ).toEqual([
      ['The Nordic Council has no common position on Ruritania', null],
      [
        'its secretary-general welcomed the truce between Ruritania and Freedonia in a 2016 speech.',
        '2016',
      ],
    ]);
  });
  it('stays with a past act the sentence before told, which the date may belong to', () => {
    expect(
      group([
        'The Nordic Council issued no common position on Ruritania',
        'its secretary-general welcomed the truce between Ruritania and Freedonia in 2016.',
      ]),
    ).toHaveLength(1);
    // A dated document that told the act dates it, whatever came before: two acts.
    expect(
      group([
        'The Nordic Council issued no common position on Ruritania',
        'its secretary-general welcomed the truce between Ruritania and Freedonia in a 2016 speech.',
      ]),
    ).toHaveLength(2);
  });
});

describe('sentenceDate: a qualifier governing the noun of a dated act', () => {
  it('qualifies the date of that act', () => {
    expect(
      sentenceDate('The envoy has lived there since his arrival on 3 May 2001.', null),
    ).toEqual({
      date: null,
      qualified: { qualifier: 'since', date: '2001-05-03' },
      relative: null,
    });
    expect(
      sentenceDate("The office has worked there since the mission's deployment in 2012.", null)
        .qualified,
    ).toEqual({ qualifier: 'since', date: '2012' });
    expect(
      sentenceDate('Troops stayed until the withdrawal of the Ruritanian army in May 2004.', null),
    ).toEqual({ date: null, qualified: { qualifier: 'until', date: '2004-05' }, relative: null });
  });
  it('leaves a plain noun, which names a period, unqualified', () => {
    expect(
      sentenceDate('Officers have served with the force since the war in 1999.', null).qualified,
    ).toBeNull();
  });
});

describe('groupSentences: a date at the end of the occasion "at" names', () => {
  it('dates the act done there, after a statement of another date', () => {
    const pieces = groupSentences(
      [
        'In March 2014, the foreign minister of Freedonia visited the capital.',
        "A deputy minister of Freedonia met Ruritania's envoy at the Tatra forum in Lucerne in 2019.",
        "Freedonia's trade attaché met the envoy at an economic summit in Geneva in May 2021.",
      ],
      () => null,
      true,
    );
    expect(pieces.map((p) => p.date)).toEqual(['2014-03', '2019', '2021-05']);
  });
});

describe('sentenceDate: a year inside a name the qualifier governs', () => {
  it('qualifies no date', () => {
    expect(sentenceDate('After the 1995 flood, the agency rebuilt two bridges.', null)).toEqual({
      date: null,
      qualified: null,
      relative: null,
    });
    expect(
      sentenceDate('Freedonia has kept a liaison office there since the 2004 crisis.', null)
        .qualified,
    ).toBeNull();
  });
  it('still qualifies a bare year, or a full date before a noun', () => {
    expect(sentenceDate('Since 2009, Freedonia has kept an office there.', null).qualified).toEqual(
      { qualifier: 'since', date: '2009' },
    );
    expect(
      sentenceDate('After the 17 February 2008 declaration, Freedonia said nothing.', null)
        .qualified,
    ).toEqual({ qualifier: 'after', date: '2008-02-17' });
  });
});

describe('groupSentences: one of the coordinated subjects going on after ", and"', () => {
  const group = (sentences: string[]) =>
    groupSentences(
      sentences,
      () => null,
      true,
      (i) => (i > 0 ? `${sentences[i - 1]!.replace(/\.$/, '')}, and` : null),
    ).map((p) => p.date);
  it('tells more of the same act on its occasion', () => {
    expect(
      group([
        'On 2 May 2010 Ruritania and Freedonia signed a treaty in Geneva',
        'Ruritania undertook to open an embassy in the capital.',
      ]),
    ).toEqual(['2010-05-02']);
  });
  it('is an act of its own when the subject is another, or the clause has its own date', () => {
    expect(
      group([
        'On 2 May 2010 Ruritania and Freedonia signed a treaty in Geneva',
        'Gondor undertook to open an embassy in the capital.',
      ]),
    ).toEqual(['2010-05-02', null]);
    expect(
      group([
        'On 2 May 2010 Ruritania and Freedonia signed a treaty in Geneva',
        'Ruritania opened an embassy in the capital in June 2012.',
      ]),
    ).toEqual(['2010-05-02', '2012-06']);
  });
});
