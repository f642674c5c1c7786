/** Cause 3 of issue 15: one act per statement — boundaries within and between sentences. */
import { describe, expect, it } from 'vitest';
import {
  nameEnding,
  sharesSubject,
  splitActs,
} from '../../../../../src/ingest/extract/statement/clauses';
import { groupSentences } from '../../../../../src/ingest/extract/statements';
import { finder } from './fixtures';

const named = (t: string) => finder.mentions(t).length > 0;

describe('a sentence that tells two acts', () => {
  it('is cut where a clause with its own date begins', () => {
    expect(
      splitActs(
        'In March 2015, Fiji was admitted to the league, and on 2 May 2015, at its congress in Suva, Tonga was voted into the federation.',
        named,
      ),
    ).toEqual([
      'In March 2015, Fiji was admitted to the league',
      'on 2 May 2015, at its congress in Suva, Tonga was voted into the federation.',
    ]);
  });

  it('is not cut before the last item of a serial list of names', () => {
    const sentence =
      'Peru recognised and supported former Spanish colonies such as Chile, Bolivia, and Ecuador, which were admitted to the league.';
    expect(splitActs(sentence, named)).toEqual([sentence]);
  });

  it('is cut where a clause with a subject of its own names another speaker', () => {
    expect(
      splitActs(
        'In June 2009, the President of Chile welcomed the decision, but a presidential spokesman said that Peru was not planning to follow.',
        named,
      ),
    ).toHaveLength(2);
  });

  it('stays whole when the second part carries on what was said, or the first part is a list', () => {
    expect(
      splitActs(
        'He said that Chile will not recognise it, and that the decision was final.',
        named,
      ),
    ).toHaveLength(1);
    expect(
      splitActs(
        'In May 2008, Russia, China, and India released a joint statement calling for talks.',
        named,
      ),
    ).toHaveLength(1);
  });
});

describe('a clause of another actor inside the sentence', () => {
  const nameBefore = nameEnding(finder);
  it('cuts a relative clause telling an act of the actor named right before it, the name kept in both', () => {
    expect(
      splitActs(
        'The claim is rejected by Chile, with the backing of Argentina, which has vetoed every motion on it.',
        named,
        nameBefore,
      ),
    ).toEqual([
      'The claim is rejected by Chile, with the backing of Argentina',
      'Argentina, which has vetoed every motion on it.',
    ]);
  });
  it('leaves a relative clause that is passive, has its own subject, describes, or belongs to the subject', () => {
    for (const s of [
      'The claim rests on its independence from Chile, which was declared in 1990.',
      'Peru has kept close ties with Chile, which it borders for 500 kilometres.',
      'The league sent an observer mission to Peru, which included twenty officials.',
      'Argentina, which has vetoed every motion, said it would wait.',
    ])
      expect(splitActs(s, named, nameBefore)).toEqual([s]);
  });
  it('cuts a clause after "after" / "after which" that opens with a subject naming someone', () => {
    expect(
      splitActs(
        'In May 2012, Peru closed its embassy in Lima, after a Chilean newspaper printed the letter on 4 April 2012.',
        named,
      ),
    ).toEqual([
      'In May 2012, Peru closed its embassy in Lima',
      'after a Chilean newspaper printed the letter on 4 April 2012.',
    ]);
    expect(
      splitActs(
        'Peru suspended the trade talks, after which Chile imposed a tax on imports.',
        named,
      ),
    ).toEqual(['Peru suspended the trade talks', 'after which Chile imposed a tax on imports.']);
    // No subject of its own naming anyone: the same act.
    const one = 'Peru suspended the trade talks, after long consultations with its partners.';
    expect(splitActs(one, named)).toEqual([one]);
  });

  it('cuts a concessive clause off when the main clause names its own actor', () => {
    expect(
      splitActs(
        'While many smaller states recognise the territory, Argentina argues that the move sets a precedent.',
        named,
      ),
    ).toEqual([
      'While many smaller states recognise the territory',
      'Argentina argues that the move sets a precedent.',
    ]);
    // A concession about what was said before tells no act of its own.
    const about = 'While this is a factor, the main reason Peru waits is the border.';
    expect(splitActs(about, named)).toEqual([about]);
    // "it" points back into the concessive clause: one act.
    const one =
      'Although the Andean Parliament has no say over foreign policy, it was seen to be expressing a view.';
    expect(splitActs(one, named)).toEqual([one]);
  });

  it('keeps a concessive clause when the main clause’s head names no one ("the parameters of Peru’s policy")', () => {
    const whole =
      'Though the new government of Peru was an improvement in many ways, the general parameters of Peru’s border policy remained unchanged.';
    expect(splitActs(whole, named)).toEqual([whole]);
  });
});

describe('sentences joined into one statement', () => {
  const group = (sentences: string[]) =>
    groupSentences(sentences, () => null, true).map((p) => p.sentences);

  it('joins a sentence that carries the same act on (the content of the message)', () => {
    expect(
      group([
        'On 23 June 2010, the president of Chile sent a message to his Peruvian counterpart.',
        'It reiterated the solidarity of Chile with Peru.',
      ]),
    ).toEqual([[0, 1]]);
  });

  it('keeps a sentence opening with "It" or "He" apart when it tells another act or has its own date', () => {
    expect(
      group([
        'Chile recognised the state on 18 February 2010.',
        'It has played an active role in the talks since then.',
      ]),
    ).toEqual([[0], [1]]);
    expect(
      group([
        'In March 2008, the minister stated that Chile would wait.',
        'He said in June 2009 that Chile would never recognise it.',
      ]),
    ).toEqual([[0], [1]]);
  });
});

describe('one subject, two verbs, each with its own date', () => {
  it('is cut before the second verb when it brings a date of its own', () => {
    expect(
      splitActs(
        'In May 2011, Fiji and Tonga signed a trade accord in Suva and, after long talks, ratified a customs protocol the following year.',
        named,
      ),
    ).toEqual([
      'In May 2011, Fiji and Tonga signed a trade accord in Suva',
      'after long talks, ratified a customs protocol the following year.',
    ]);
    expect(
      splitActs(
        'In 2009 Fiji signed the treaty and through its parliament in 2011 ratified it.',
        named,
      ),
    ).toEqual(['In 2009 Fiji signed the treaty', 'through its parliament in 2011 ratified it.']);
  });
  it('stays whole when only one verb is dated', () => {
    const one = 'In 2009 Fiji signed the treaty and ratified it without delay.';
    expect(splitActs(one, named)).toEqual([one]);
    const undated = 'Fiji signed the treaty and ratified it the following year.';
    expect(splitActs(undated, named)).toEqual([undated]);
  });
  it('dates the second act by a relative date that closes its clause', () => {
    const pieces = groupSentences(
      [
        'In May 2011, Fiji signed a trade accord',
        'after long and difficult talks in the capital, ratified a customs protocol on tariffs the following month.',
      ],
      () => null,
      true,
    );
    expect(pieces.map((p) => [p.date, p.relative])).toEqual([
      ['2011-05', null],
      ['2011-06', 'the following month'],
    ]);
  });
});

describe('a sentence that carries the act before it on', () => {
  const group = (sentences: string[]) =>
    groupSentences(sentences, () => null, true).map((p) => [p.date, p.sentences]);
  it('tells the terms of the agreement a cut clause’s sentence made ("Under the terms of the agreement, …")', () => {
    expect(
      group([
        'In May 2011, Fiji signed a trade agreement',
        'through further talks accepted a timetable the following month.',
        'Under the terms of the agreement, Fiji opened its ports.',
      ]),
    ).toEqual([
      ['2011-05', [0]],
      ['2011-06', [1, 2]],
    ]);
  });
  it('names the act’s document or occasion again ("The resolution rejected …")', () => {
    expect(
      group([
        'On 3 May 2010, the assembly of Fiji adopted a resolution on the border.',
        'The resolution rejected any partition of the islands.',
      ]),
    ).toEqual([['2010-05-03', [0, 1]]]);
  });
  it('tells more of what was just done, with a pronoun as a passive subject ("It was headed by …")', () => {
    expect(
      group([
        'On 11 March 2008, the front staged a protest in Suva.',
        'It was headed by one of its leaders, and its agenda cited the border.',
      ]),
    ).toHaveLength(1);
  });
  it('has the same subject do again what was told ("Fiji also agreed …")', () => {
    expect(
      group([
        'In May 2011, Fiji and Tonga agreed to lower tariffs.',
        'Fiji also agreed to open its ports for one year.',
      ]),
    ).toEqual([['2011-05', [0, 1]]]);
  });
  it('is a new act when the noun, the subject or the verb is new', () => {
    expect(
      group([
        'On 3 May 2010, the assembly of Fiji adopted a resolution on the border.',
        'The treaty rejected any partition of the islands.',
      ]),
    ).toHaveLength(2);
    expect(
      group([
        'In May 2011, Fiji and Tonga agreed to lower tariffs.',
        'Fiji also closed its embassy in Samoa.',
      ]),
    ).toHaveLength(2);
    expect(
      group(['In May 2011, Fiji recognised the state.', 'It has played a part in the talks.']),
    ).toHaveLength(2);
  });
});

describe('the same speaker taken up again', () => {
  it('by the first word of a name written family name first ("Kao drew … and stated")', () => {
    const pieces = groupSentences(
      [
        'On 6 May 2008, the director at the ministry of Peru, Lim Sokha, said that Peru would wait.',
        'Lim drew parallels to other claims and stated that Peru would not take sides.',
        'Sokha questioned whether the claim was lawful.',
      ],
      (s) => (/Lim Sokha/.test(s) ? 'Lim Sokha' : null),
      true,
    );
    expect(pieces.map((p) => [p.date, p.sentences])).toEqual([['2008-05-06', [0, 1, 2]]]);
  });
  it('not by a first word that is no part of the speaker’s name', () => {
    const pieces = groupSentences(
      [
        'On 6 May 2008, the director at the ministry of Peru, Lim Sokha, said that Peru would wait.',
        'Chile drew parallels to other claims and stated that it would not take sides.',
      ],
      (s) => (/Lim Sokha/.test(s) ? 'Lim Sokha' : null),
      true,
    );
    expect(pieces).toHaveLength(2);
  });
});

describe('a concession after the main clause', () => {
  it('is an act of its own, whatever its subject', () => {
    expect(
      splitActs(
        'The government of Fiji does not recognise Tonga as a state, although the two countries have traded freely since 2020.',
        named,
      ),
    ).toEqual([
      'The government of Fiji does not recognise Tonga as a state',
      'the two countries have traded freely since 2020.',
    ]);
  });
  it('stays whole when it only comments on the act ("although this had little effect")', () => {
    const s =
      'Fiji has been in a customs union with Tonga since 1996, although this has had little effect.';
    expect(splitActs(s, named)).toEqual([s]);
    const t = 'Fiji recognised Tonga, although reluctantly.';
    expect(splitActs(t, named)).toEqual([t]);
  });
});

describe('a relative clause with a subject of its own', () => {
  it('is another actor’s act when it names who does it ("…, which Fiji uses to justify …")', () => {
    expect(
      splitActs(
        'The league’s resolution reaffirmed the border of Tonga, which Fiji uses to justify its stance.',
        named,
      ),
    ).toEqual([
      'The league’s resolution reaffirmed the border of Tonga',
      'which Fiji uses to justify its stance.',
    ]);
  });
  it('stays whole when a present causative tells the consequence of the clause before', () => {
    for (const s of [
      'By 2012 every member of the league had recognised Fiji, which makes the region one of the few where no state dissents.',
      'In 2015 the last donor withdrew from Tonga, which leaves the islands without any lender.',
    ])
      expect(splitActs(s, named, nameEnding(finder))).toEqual([s]);
  });
  it('stays whole after a noun phrase with no verb of its own (a list item)', () => {
    for (const s of [
      'the regional postal union and the island development fund, which Fiji joined in June 2009;',
      'the new harbour authority of the southern islands, which Tonga founded in 2011.',
    ])
      expect(splitActs(s, named)).toEqual([s]);
  });
  it('stays whole when the subject names no one the finder knows', () => {
    const s = 'Fiji signed the treaty with Tonga, which Congress later ratified.';
    expect(splitActs(s, named)).toEqual([s]);
  });
});

describe('a participle clause after the main clause', () => {
  it('is a later act of its own when it has a date and the main clause has none', () => {
    expect(
      splitActs(
        'Fiji held long talks with the bank on a loan, concluding an accord on its terms in 2001.',
        named,
      ),
    ).toEqual([
      'Fiji held long talks with the bank on a loan',
      'concluding an accord on its terms in 2001.',
    ]);
  });
  it('stays with the main clause when it has no date, or the main clause has one', () => {
    for (const sentence of [
      'The court released its opinion on the treaty, affirming that the treaty was valid.',
      'In 1999 Fiji held long talks with the bank, concluding an accord in 2001.',
      // A copula ranks the act the participle tells: one act.
      'Tonga was the last of the six, recognising Fiji on 3 May 2011.',
      'Samoa was the first state in the region, signing the treaty in 2004.',
    ])
      expect(splitActs(sentence, named)).toEqual([sentence]);
  });
  it('stays with a main clause that only says what its subject is (the act it ranks)', () => {
    for (const sentence of [
      'Tonga was the second of the islands, signing the accord on 4 May 2003.',
      'Samoa was among the first members, opening a mission in 2009.',
      'Vanuatu has been the largest donor since then, pledging a new grant in 2015.',
    ])
      expect(splitActs(sentence, named)).toEqual([sentence]);
  });
});

describe('a part with no subject of its own', () => {
  it('is a verb phrase cut after its subject: a participle, or words in lower case before a verb', () => {
    for (const part of [
      'concluding an accord in 2001.',
      'through further talks accepted a timetable the following month.',
      'through further talks, accepted a timetable.',
      'in 2011 ratified it.',
    ])
      expect(sharesSubject(part), part).toBe(true);
  });
  it('is not a clause with a subject or a pronoun of its own', () => {
    for (const part of [
      'in 2011 Fiji ratified it.',
      'after which Fiji imposed a tax.',
      'the two countries have signed an accord.',
      'which Fiji uses to justify its stance.',
    ])
      expect(sharesSubject(part), part).toBe(false);
  });
});

describe('"and" before a subject pronoun', () => {
  it('opens a clause of its own with no comma before it ("… and they were allowed …")', () => {
    expect(
      splitActs(
        'However, there is a fishing accord between Fiji and Tonga and they were allowed to fish in its waters.',
        named,
      ),
    ).toEqual([
      'However, there is a fishing accord between Fiji and Tonga',
      'they were allowed to fish in its waters.',
    ]);
  });
  it('leaves ", and he stressed …" to the speaker rules, and "and" between names alone', () => {
    for (const sentence of [
      'He said that Fiji will not recognise it, and he stressed that the resolution called for talks.',
      'There is a fishing accord between Fiji and Tonga and the two states renew it each year.',
    ])
      expect(splitActs(sentence, named)).toEqual([sentence]);
  });
});
