/** Cause 5 of issue 15: the voice is read from what the sentence says. */
import { describe, expect, it } from 'vitest';
import { voiceOfSentence } from './fixtures';
import { speechVerbIndex } from '../../../../../src/ingest/extract/statements';

const voice = voiceOfSentence;

describe('voice', () => {
  it('quoted: the actor’s own words in quotation marks', () => {
    expect(voice('Chile said that it would "never recognise" the state.', { speaks: true })).toBe(
      'quoted',
    );
  });
  it('stated: an act told as past, dated or not', () => {
    expect(voice('Peru recognised the state.')).toBe('stated');
    expect(voice('Peru said it would wait.', { speaks: true })).toBe('stated');
  });
  it('described: a stance in the present or a standing record in the present perfect', () => {
    expect(voice('Peru does not recognise the state.')).toBe('described');
    expect(voice('Peru has resisted pressure to recognise the state.')).toBe('described');
  });
  it('analysis: the source reasons about the actor, or about its stance as the subject', () => {
    expect(voice('Many observers link it to the border.', { isSubject: false })).toBe('analysis');
    expect(voice('This position is rooted in legal arguments.')).toBe('analysis');
  });
  it('analysis: words in quotation marks that the sentence talks about, not anyone saying them', () => {
    expect(voice('"Chile can never be whole," is the refrain of its critics.')).toBe('analysis');
    expect(voice('“Never again” was the phrase heard in the square that year.')).toBe('analysis');
    expect(
      voice('"We will never recognise it," the minister of Chile said.', { speaks: true }),
    ).toBe('quoted');
  });
  it('a one-word term in quotation marks before its noun gives nobody’s words; a quoted judgement does', () => {
    expect(
      voice('In May 2009, the envoy of Chile said that the claim had no "legal" basis.', {
        speaks: true,
        dated: true,
      }),
    ).toBe('stated');
    expect(
      voice('The envoy of Chile said that the claim was "void" under the charter.', {
        speaks: true,
      }),
    ).toBe('quoted');
    expect(voice('The Chilean stance is "firm," resting on the charter.')).toBe('quoted');
  });
  it('analysis: a copula whose predicate weighs the actor ("is a key ally") is the source’s judgement', () => {
    expect(voice('Chile is a key ally of Peru in the region.')).toBe('analysis');
    expect(voice('Chile remains vital to the trade of the region.')).toBe('analysis');
    expect(voice('Chile is a member of the regional council.')).toBe('described');
  });
  it('described: an adverb of habit on a coordinated verb makes the present perfect a record', () => {
    expect(voice('Peru has chosen restraint and largely ignored the threats of its rivals.')).toBe(
      'described',
    );
    expect(voice('Peru has recalled its envoy and closed the embassy in Lima.')).toBe('stated');
  });
  it('described: a judgement told as a party’s view ("For Peru, …") describes that party’s stance', () => {
    expect(voice('For Peru, Chile’s support is seen as a shield against its rivals.')).toBe(
      'described',
    );
    expect(voice('Chile’s support is seen as a shield against its rivals.')).toBe('analysis');
  });
  it('a subject that points back ("the two states") is the actor the statement carries on', () => {
    expect(
      voice('the two states have kept close trade ties since 2015.', { isSubject: false }),
    ).toBe('described');
    expect(voice('its first reactions included recalling envoys.', { isSubject: false })).toBe(
      'analysis',
    );
  });
  it('a quotation in a sentence carrying the act on makes the statement quoted (the guide: any of its sentences)', () => {
    const first = 'In May 2009, the envoy of Chile stated that the claim was weak.';
    expect(
      voice(first, { text: `${first} He said that "the claim has no basis".`, dated: true }),
    ).toBe('quoted');
    expect(voice(first, { text: first, dated: true })).toBe('stated');
    expect(voice(first, { text: first, first: `Chile stated that it was "a weak claim".` })).toBe(
      'quoted',
    );
  });
  it('a participle after its noun ("documents issued by") is no speech verb: the stance stays described', () => {
    expect(speechVerbIndex('Peru recognises travel documents issued by the territory.')).toBe(-1);
    expect(speechVerbIndex('A statement released by the ministry said it would wait.')).toBe(37);
  });
  it('reported: the source gives someone else’s account, whatever its tense', () => {
    expect(voice('Peru did not want to take a position.', { reporter: 'leaked cables' })).toBe(
      'reported',
    );
  });
});

describe('voice: the verb decides between an act and a stance', () => {
  it('stance verbs describe, in any tense, unless a date makes them one occasion', () => {
    expect(voice('Peru has had a long dialogue with the bank.')).toBe('described');
    expect(voice('Peru has played a part in the talks.')).toBe('described');
    expect(voice('Farmers and fishermen continued to have opposite views on the plan.')).toBe(
      'described',
    );
    expect(voice('Chile maintained a small presence in the field.')).toBe('described');
    expect(voice('Chile maintained a small presence in the field.', { dated: true })).toBe(
      'stated',
    );
  });
  it('a perfect of a verb of saying with its "that" clause gives words said: stated', () => {
    expect(voice('The Peruvian envoy has explained that the mission is lawful.')).toBe('stated');
    // Ruling 3 of the guide: a class of people, a repetition or a verb of continuing conduct
    // describes a standing position (tests/gold/README.md, "Voice"; voiceRulings.test.ts).
    expect(
      voice(
        'Peruvian officials have explained that the mission is lawful, since it works under a neutral mandate.',
      ),
    ).toBe('described');
    expect(
      voice(
        'Chilean deputies have repeatedly argued that secession sets a precedent for the north.',
      ),
    ).toBe('described');
    expect(
      voice(
        'Since 2019, Foreign Minister Ana Ruiz has maintained that any change needs an agreement.',
      ),
    ).toBe('described');
    // The stance verb with an object holds a state; the present tells a standing view.
    expect(voice('Chile has maintained a small presence in the field.')).toBe('described');
    expect(voice('Peru maintains that the border is closed.')).toBe('described');
  });
  it('a perfect whose object is a stance holds it: described; changing it is an act', () => {
    expect(voice('Peru has taken a more cautious line.')).toBe('described');
    expect(voice('Lima has tied its position to the principle of integrity.')).toBe('described');
    expect(voice('The two parties have adopted a common approach to the border.')).toBe(
      'described',
    );
    expect(voice('Peru has changed its position on the border.')).toBe('stated');
    expect(voice('Peru has taken a more cautious line.', { dated: true })).toBe('stated');
  });
  it('a subject quantified by "no" tells that no one acted: described, even bounded by a date', () => {
    expect(voice('By 2015 no Peruvian government had changed that policy.', { dated: true })).toBe(
      'described',
    );
    expect(voice('No Chilean minister has visited the capital since 2010.')).toBe('described');
    expect(voice('None of its ministers attended the summit in 2012.', { dated: true })).toBe(
      'described',
    );
    // Words in quotation marks are still someone's.
    expect(
      voice('No Peruvian official said more than that it was "a matter for the parties".', {
        speaks: true,
      }),
    ).toBe('quoted');
  });
  it('a present perfect or progressive of an act verb tells an act', () => {
    expect(voice('Peru has closed the main opposition newspaper.')).toBe('stated');
    expect(voice('Peru, which has blocked the bid of Chile.')).toBe('stated');
    expect(voice('Peru and Chile are holding talks on the border.')).toBe('stated');
    expect(voice('Peru, which advocates a negotiated solution.')).toBe('described');
  });
  it('a relative clause closed by a comma before the main verb is an aside: the main verb decides', () => {
    expect(
      voice('Ambassador Ana Ruiz, who held the post until 2014, opened a consulate in the north.'),
    ).toBe('stated');
    expect(voice('The Peruvian envoy, who is based in Lima, visited the capital twice.')).toBe(
      'stated',
    );
    // Cut off at its end, the relative clause is the act itself.
    expect(voice('Peru, which advocates a negotiated solution.')).toBe('described');
  });
  it('reads the participle the parse may leave after an auxiliary ("have since then said")', () => {
    expect(
      voice('The Peruvian envoy has since then said that Peru will not recognise it.', {
        speaks: true,
      }),
    ).toBe('stated');
    // A class of people ("Peruvian officials") speaks on no one occasion: ruling 3, described.
    expect(
      voice('Peruvian officials have since then said that Peru will not recognise it.', {
        speaks: true,
      }),
    ).toBe('described');
  });
  it('a present perfect over a span is a standing record', () => {
    expect(voice('Since 2011, the League has facilitated talks between Peru and Chile.')).toBe(
      'described',
    );
    expect(voice('Peru has hosted the talks for many years.')).toBe('described');
  });
  it('a habit in the present perfect is a standing record', () => {
    expect(voice('Peru has consistently used its veto to block the bid.')).toBe('described');
    // "generally", "usually", "regularly": the habit of many occasions, not one.
    expect(voice('Chile has generally voted against such bids where a vote is held.')).toBe(
      'described',
    );
    expect(voice('Peru has usually abstained in these votes.')).toBe('described');
    expect(voice('Peru has regularly sent observers to the talks.')).toBe('described');
  });
  it('a speech verb in the present tells a standing view', () => {
    expect(voice('Peru argues that the move sets a precedent.', { speaks: true })).toBe(
      'described',
    );
    expect(voice('Peru argued that the move set a precedent.', { speaks: true })).toBe('stated');
  });
  it('a passive past tells an act', () => {
    expect(voice('they were allowed to take part in the contest', { isSubject: true })).toBe(
      'stated',
    );
  });
  it('a speech verb inside an abstract subject does not make the actor speak', () => {
    expect(
      voice(
        'The position that the government of Peru maintains is supported by respect for such prerogatives as legal interpretations, political partnerships, and more generally by the stance against perceived encroachments in the region.',
        { speaks: true },
      ),
    ).toBe('analysis');
    expect(
      voice(
        'While this is a factor, the main reason Peru does not recognise it remains the border.',
        {
          speaks: true,
        },
      ),
    ).toBe('analysis');
    expect(voice('The statement of Peru said that it would wait.', { speaks: true })).toBe(
      'stated',
    );
  });
  it('reads the head of the subject after an opening aside, and no verb in a bare "-ing" word', () => {
    expect(
      voice(
        'Despite Chile gaining support from many states (including major powers such as Spain, Italy, and France), the veto power of Peru and Bolivia, combined with lobbying, has prevented Chile from joining.',
      ),
    ).toBe('analysis');
    expect(
      voice('For Chile, Peru’s unwavering support for Bolivia is an obstacle to its plans.'),
    ).toBe('described');
    expect(
      voice(
        'Although there has been some direct private investment in Peru, its development has been relatively slow.',
      ),
    ).toBe('described');
  });
  it('a stance of an abstract subject stays the source’s analysis', () => {
    expect(voice('Peru’s support for Chile has been crucial to the talks.')).toBe('analysis');
  });
});

describe('voice: a statement is quoted when any of its sentences quotes its speaker', () => {
  const joined = (first: string, ...rest: string[]) =>
    voice(first, { text: [first, ...rest].join(' '), speaks: true });
  it('"He said that "…"" after a reported first sentence', () => {
    expect(
      joined(
        'On 3 May 2011, Soto stated that recognition could harm the talks.',
        'He said that "while Peru does not oppose it, a settlement is better".',
      ),
    ).toBe('quoted');
  });
  it('a speech verb and a comma before the words ("X questioned, "…"")', () => {
    expect(
      joined(
        'In May 2010, the minister of Peru, Ana Ruiz, repeated an earlier view.',
        'Ruiz asked, "if Palau is recognised, what about Tuvalu?"',
      ),
    ).toBe('quoted');
  });
  it('words followed by their speech verb (""…," said Ruiz")', () => {
    expect(
      joined(
        'Ana Ruiz responded that Peru had acted long ago.',
        '"We need real change, not a declaration," said Ruiz.',
      ),
    ).toBe('quoted');
  });
  it('one quoted word after a speech verb ("They stated that it is "illegal" under …")', () => {
    expect(
      joined(
        'Peru among other states denied a general right to secession.',
        'They stated that the procedure is "illegal" under international law.',
      ),
    ).toBe('quoted');
  });
  it('a speech verb whose clause goes without "that" ("said the decision reflected "…"")', () => {
    expect(
      joined(
        'Ruritania recognised the state on 3 March 2011.',
        'Foreign Minister Ana Vell said the decision honoured "the will of its people".',
      ),
    ).toBe('quoted');
    expect(
      joined(
        'In July 2012 Osterlich recognised the state.',
        'The presidency stated the step had been taken "after long reflection".',
      ),
    ).toBe('quoted');
    expect(
      joined(
        'Borduria closed its embassy in 2014.',
        'The minister told parliament it would "reopen when the time comes".',
      ),
    ).toBe('quoted');
    // Words after a comma or a semicolon are no part of that clause.
    expect(
      joined(
        'Ruritania recognised the state in 2011.',
        'Vell said the decision was final; the "precedent" question was left open.',
      ),
    ).toBe('stated');
    expect(
      joined(
        'Ruritania recognised the state in 2011.',
        'Vell said the decision was final, with the "precedent" question left open.',
      ),
    ).toBe('stated');
  });
  it('a participle of saying after the main clause ("…, warning that it would "…"")', () => {
    const first = (text: string) => voice(text, { dated: true, isSubject: false });
    expect(
      first(
        'In May 2016 he opposed the plan for a new border, warning that it would "set the region alight".',
      ),
    ).toBe('quoted');
    expect(
      first('In 2012 she refused the offer, adding that Peru would "never trade its principles".'),
    ).toBe('quoted');
    // A quoted name after a participle that gives no words stays nobody's words.
    expect(first('In 2012 she visited the region, opening the "Casa Peru" centre.')).toBe('stated');
  });
  it('a phrase in quotation marks that no verb of saying introduces quotes nobody', () => {
    expect(
      joined(
        'In May 2014, Peru used the case as a reason for its own decision.',
        'It cited the so-called "Palau precedent" in the debate.',
      ),
    ).toBe('stated');
    expect(
      joined(
        'Peru recognised the state in 2010.',
        'The "external" self-determination of the state was discussed.',
      ),
    ).toBe('stated');
  });
});

describe('voice: a body that denies or says in the present speaks on an occasion', () => {
  it('a ministry, office or spokesperson that "denies" or "says" is stated', () => {
    expect(voice("However, Peru's Foreign Ministry denies that it met them.")).toBe('stated');
    expect(voice('The ministry’s spokesman says that no note was sent.')).toBe('stated');
  });
  it('so does any speaking body of the vocabulary (offices.ts): a press service, an embassy', () => {
    expect(voice("Peru's press service denies that the note was sent.")).toBe('stated');
    expect(voice('The Peruvian embassy insists that no note was sent.')).toBe('stated');
  });
  it('a government that maintains tells a standing view, like the state itself', () => {
    expect(voice('The Peruvian government maintains that the border is closed.')).toBe('described');
  });
  it('a state’s own present-tense view, or a ministry’s stance verb, stays described', () => {
    expect(voice('Chile denies that the territory is a state.')).toBe('described');
    expect(voice('Chile argues that the act sets a precedent.')).toBe('described');
    expect(voice('The ministry considers the vote fair.')).toBe('described');
  });
});

describe('voice: a subject the parser misses, behind an opening phrase and an aside', () => {
  it('an abstract head ("the lack of …") is the source’s analysis', () => {
    expect(
      voice(
        'Despite its growth, the lack of recognition by Peru and others, notably four member states, remains a barrier to its plans.',
      ),
    ).toBe('analysis');
  });
});

describe('voice: a negated present or perfect is a standing stance, whoever speaks elsewhere', () => {
  it('"has not recognised", "does not recognise", "has never", "has no" are described', () => {
    expect(voice('Peru has not recognised the new republic.')).toBe('described');
    expect(voice('Since the vote, Chile does not recognise the islands as a state.')).toBe(
      'described',
    );
    expect(voice('Ruritania has never recognised the breakaway region.')).toBe('described');
    expect(voice('Freedonia has no policy towards the province.')).toBe('described');
  });
  it('a speech verb the clause does not use, or a second clause’s speaker, gives it no voice', () => {
    // `speaks` is set from "recognised" in the speech list or from the sentence's other clause.
    expect(voice('Peru has not recognized the republic.', { speaks: true })).toBe('described');
    expect(voice('Freedonia has no policy towards the province.', { speaks: true })).toBe(
      'described',
    );
  });
  it('a date of its own, an affirmative act, words given by "saying" or "not only" keep their voice', () => {
    expect(voice('Peru has not recognised the republic.', { dated: true })).toBe('stated');
    expect(voice('Peru has recognised the republic.')).toBe('stated');
    expect(
      voice('Chile does not recognise the island, saying that talks must come first.', {
        speaks: true,
      }),
    ).toBe('stated');
    expect(voice('Peru has not only recognised the republic but opened an embassy.')).toBe(
      'stated',
    );
  });
});

describe('voice: a speech verb after the words is the main verb', () => {
  it('"…, X said at …" is stated, whatever the verb of the words', () => {
    expect(
      voice('It is important to keep talking, Ruiz said at a press conference in Lima.', {
        speaks: true,
      }),
    ).toBe('stated');
    expect(
      voice('The border remains open to trade, the Chilean minister Ana Soto told reporters.', {
        speaks: true,
      }),
    ).toBe('stated');
    expect(voice('There is no reason to hurry, he added.', { speaks: true })).toBe('stated');
  });
  it('with quotation marks the words are quoted; a stance with no speech verb after it stays described', () => {
    expect(voice('"It is important to keep talking," Ruiz said.', { speaks: true })).toBe('quoted');
    expect(voice('Peru is a member of the group, and remains one.')).toBe('described');
  });
});

describe('voice: a relative clause on the object', () => {
  it('a relative clause after the main verb tells of the object: the main verb decides', () => {
    expect(voice('Peru supported the visa plan, which took effect in May.')).toBe('stated');
    expect(voice('Chile backed a free trade deal, which came into force later.')).toBe('stated');
    // Cut from its main clause, the relative's own verb is all there is.
    expect(voice('Peru, which advocates a negotiated solution.')).toBe('described');
  });
});

describe('voice: a demonstrative subject that names a thing, in the present or perfect, is the source reasoning', () => {
  it('present, perfect, or a present the parser gives no form: analysis', () => {
    expect(voice('These meetings suggest that Peru now values trade above recognition.')).toBe(
      'analysis',
    );
    expect(voice('This difference has allowed Chile to keep its consulate open.')).toBe('analysis');
    expect(voice('These visits show that the two sides still talk.')).toBe('analysis');
  });
  it('a plural abstract head ("These positions") is as abstract as its singular', () => {
    expect(voice('These positions were shaped by fear of a precedent in the region.')).toBe(
      'analysis',
    );
    expect(voice('Its policies were driven by concern for the minority.')).toBe('analysis');
  });
  it('a past of a thing told, or a demonstrative naming who acts, is no reasoning', () => {
    expect(voice('These officials have visited the capital twice.')).toBe('stated');
    expect(voice('Peru has opened an embassy in the capital.')).toBe('stated');
  });
});

describe('voice: a perfect of saying with any adverb, and a named person who says it', () => {
  it('an adverb that does not end in -ly between the auxiliary and the verb: stated', () => {
    expect(voice('Peru has likewise said that it will not change its stance.')).toBe('stated');
    expect(voice('The ministry has also stated that talks will go on.')).toBe('stated');
  });
  it('a person named as the subject speaks even when no actor was placed as subject', () => {
    expect(
      voice('Ana Ruiz, who became president in 2020, has likewise said that Peru will wait.', {
        isSubject: false,
      }),
    ).toBe('stated');
  });
  it('a negated perfect of saying tells no words', () => {
    expect(voice('Peru has never said that it will recognise the state.')).toBe('described');
    expect(voice('Ana Ruiz has not said that Peru will wait.', { isSubject: false })).not.toBe(
      'stated',
    );
  });
});
