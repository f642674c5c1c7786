/** Cause 2 of issue 15: actors are read from the subject, never guessed from a name elsewhere. */
import { describe, expect, it } from 'vitest';
import { readSubject } from '../../../../../src/ingest/extract/statement/subject';
import { mainClause } from '../../../../../src/ingest/extract/statement/mainClause';
import { isDemonymMention } from '../../../../../src/ingest/extract/actors';
import { finder, persons } from './fixtures';
import type { ActorRef } from '../../../../../src/schemas';

const read = (sentence: string) =>
  readSubject(sentence, finder.mentions(sentence), persons(), (m) => isDemonymMention(sentence, m));

describe('the subject of a statement', () => {
  it('makes a named NGO, paper or front the actor of its own report, not the state it reports on', () => {
    expect(
      read('In 2011, Human Rights Watch criticised Ruritania and Belarus for arrests.'),
    ).toMatchObject({
      kind: 'third-party',
      actor: { type: 'other', id: 'human-rights-watch' },
    });
    expect(
      read('The Polisario Front, which governs a territory, has stated that Peru erred.'),
    ).toMatchObject({
      kind: 'third-party',
      actor: { name: 'Polisario Front' },
    });
  });

  it('leaves a poll, a study, people of a nationality or "many countries" unattributed, with the reason', () => {
    for (const sentence of [
      'In one poll in 2019, some 60% of Serbian respondents opposed recognition.',
      'Several foreign, mainly Polish, journalists have been arrested in Belarus.',
      'Many countries fear secession because of their own regions.',
      // A sentence about no actor at all is not a statement of the state it names.
      'The weather in Chile was mild that year.',
    ]) {
      const r = read(sentence);
      expect(r.kind, sentence).toBe('unattributed');
      expect(r.kind === 'unattributed' && r.reason, sentence).toMatch(/its subject \(".+"\)/);
    }
  });

  it('leaves a group of states, an official no name places, and states saying it in a passive unattributed', () => {
    for (const [sentence, words] of [
      ['Several Andean states asked the council to wait.', 'group of people'],
      ['A ministry official said this was the tenth recognition.', 'official of no state'],
      ['It was argued by many countries that Peru would wait.', 'many countries'],
    ] as const) {
      const r = read(sentence);
      expect(r.kind, sentence).toBe('unattributed');
      expect(r.kind === 'unattributed' && r.reason, sentence).toContain(words);
    }
  });

  it('still places a named body, a state saying it in a passive, and a row’s unnamed spokesman', () => {
    expect(read('It was argued by the Government of Chile that the claim was weak.').kind).toBe(
      'actor',
    );
    expect(read('A White House spokesman said that the claim was weak.').kind).toBe('actor');
    const row = 'A presidential spokesman said that Peru would wait.';
    expect(
      readSubject(row, finder.mentions(row), persons(), (m) => isDemonymMention(row, m), true).kind,
    ).toBe('actor');
  });

  it('gives a state its own organs and officials named by nationality', () => {
    expect(
      read('In May 2010, the Peruvian Foreign Ministry stated that it would wait.'),
    ).toMatchObject({
      kind: 'actor',
      mention: { actor: { id: 'peru' } },
    });
    expect(read('Congress of the United States passed the Chile Democracy Act.')).toMatchObject({
      kind: 'actor',
      mention: { actor: { id: 'united-states' } },
    });
    expect(read('The Government of Chile does not recognise the claim.')).toMatchObject({
      kind: 'actor',
      mention: { actor: { id: 'chile' } },
    });
  });

  it('leaves passives with an agent, pronouns and postposed speakers to the speaker rules', () => {
    expect(
      read('A resolution was approved by the Board of Governors of the EBRD in 2012.').kind,
    ).toBe('actor');
    expect(read('It reiterated the solidarity of Angola with Serbia.').kind).toBe('refers-back');
    expect(
      read(
        'The issue of independence must be resolved by the UN, Russian President Vladimir Putin said.',
      ),
    ).toEqual({ kind: 'actor' });
  });

  it('takes a topic ("the issue of Kosovo") for no actor, but "the Government of" for one', () => {
    const r = read("The issue of Kosovo's status divides the council.");
    expect(r.kind === 'actor' && r.mention).toBeFalsy();
  });

  it('leaves an agentless passive whose subject names a state unattributed: who acted is not said', () => {
    for (const sentence of [
      'A Peru-Chile Trade Office was opened in Lima in 2020.',
      'After the war, Peru was placed under an interim administration.',
    ]) {
      const r = read(sentence);
      expect(r.kind, sentence).toBe('unattributed');
      expect(r.kind === 'unattributed' && r.reason, sentence).toContain('agentless passive');
    }
    // An agent, a state of things ("has been mixed") or an accession still tells whose act it is.
    expect(read('A Peru-Chile Trade Office was opened by Peru in 2020.').kind).toBe('actor');
    expect(read("Peru's reaction to Kosovo's independence has been mixed.").kind).toBe('actor');
    expect(read('In 2016, Peru was voted into UEFA.').kind).toBe('actor');
  });

  it('makes a named party inside a state the agent of its own act, not the state', () => {
    expect(
      read('On 6 August 2022, a bill was presented in the Congress by the Peruvian Unity party.'),
    ).toMatchObject({
      kind: 'third-party',
      actor: { type: 'other', id: 'peruvian-unity-party' },
    });
  });

  it('leads two coordinated third parties by the first, and names a study by its kind', () => {
    expect(read('Lima Albanians and Lima Serbs continued to disagree.')).toMatchObject({
      kind: 'third-party',
      actor: { id: 'lima-albanians' },
    });
    expect(
      read('According to a 2019 study, states with ties to Peru are more likely to agree.'),
    ).toMatchObject({ kind: 'third-party', actor: { id: 'study', name: 'a 2019 study' } });
  });

  it('reads whose veto or stance it is, past an opening aside in parentheses', () => {
    expect(
      read(
        'Despite Chile gaining support from many states (including Spain, Italy, and France), the veto power of Peru and Cuba has blocked the vote.',
      ),
    ).toMatchObject({ kind: 'actor', mention: { actor: { id: 'peru' } } });
  });

  it('leads a group of states by the member it names; a group of people is its own actor', () => {
    expect(
      read('Several former Andean republics, including neighbouring Peru, also expressed concern.'),
    ).toMatchObject({ kind: 'actor', mention: { actor: { id: 'peru' } } });
    // "member states": compromise reads "states" as the verb of "some member"; the group's head
    // is still the plural before the comma, and its first named member leads.
    for (const [sentence, id] of [
      [
        'Some member states, including Peru, Chile and Cuba, were firmly against the motion.',
        'peru',
      ],
      ['Several member states, including Chile and Peru, voted against the resolution.', 'chile'],
      ['A few member states, notably Cuba, abstained in the vote.', 'cuba'],
    ] as const)
      expect(read(sentence), sentence).toMatchObject({ kind: 'actor', mention: { actor: { id } } });
    // The journalists are their own actor, never the state some of them come from.
    expect(read('Several journalists, including some from Peru, also expressed concern.')).toEqual({
      kind: 'third-party',
      actor: { type: 'other', id: 'journalists', name: 'journalists' },
      basis: 'subject',
    });
  });
});

describe('an opening date phrase with no comma after it', () => {
  it('ends where the subject begins, so a later appositive is no subject ("Later in 2005 the police …, an association …")', () => {
    const sentence =
      'Later in 2005 the Peruvian riot police seized the offices of the Union of Chileans in Peru, an association representing the minority.';
    expect(mainClause(sentence).subject).toMatchObject({ text: 'the Peruvian riot police' });
    expect(read(sentence)).toMatchObject({ kind: 'actor', mention: { actor: { id: 'peru' } } });
  });
});

describe('the act a sentence tells past its subject', () => {
  it('gives "This proved correct when <actor> <verb>" to the actor of the when-clause', () => {
    expect(read('This proved to be correct when Peru withdrew from the pact in 2011.')).toEqual(
      expect.objectContaining({
        kind: 'actor',
        mention: expect.objectContaining({ actor: expect.objectContaining({ id: 'peru' }) }),
        basis: 'clause-subject',
      }),
    );
    expect(read('It turned out right when Chile recalled its envoy.')).toMatchObject({
      kind: 'actor',
      mention: { actor: { id: 'chile' } },
    });
    // A when-clause about no act of a named actor leaves the reading to the other rules.
    expect(read('This proved correct when the talks collapsed.').kind).toBe('refers-back');
  });

  it('lets a speaker after the words decide, even when the words open with another state', () => {
    // The subject of the quoted words ("Chile's declaration") is not who speaks.
    expect(
      read(
        '"Chile\'s declaration creates deep concerns in the Republic of Peru," the Peruvian government said in a statement.',
      ),
    ).toEqual({ kind: 'actor' });
    expect(
      read("Chile's claim is baseless, the Peruvian foreign ministry stated on Monday."),
    ).toEqual({ kind: 'actor' });
  });

  it('gives "The dispute escalated as <actor> responded …" to the actor of the as-clause', () => {
    expect(
      read(
        'The dispute between Chile and Peru escalated further as Peru responded by recalling its envoy.',
      ),
    ).toMatchObject({ kind: 'actor', mention: { actor: { id: 'peru' } }, basis: 'clause-subject' });
    expect(read('Relations soured when Chile expelled two diplomats.')).toMatchObject({
      kind: 'actor',
      mention: { actor: { id: 'chile' } },
    });
    // A relation that is only described, with no act that changed it, names no actor.
    expect(read('The dispute between Chile and Peru escalated further in 2005.')).not.toMatchObject(
      {
        basis: 'clause-subject',
      },
    );
  });

  it('makes the body whose own website put a document out its author', () => {
    expect(
      read(
        'In June 2008, an article was published on the website of the Organisation of Islamic Cooperation saying that Peru erred.',
      ),
    ).toMatchObject({ kind: 'actor', mention: { actor: { id: 'oic' } }, basis: 'agent' });
    // Published about a body, on no channel of its own: who published it is not said.
    expect(
      read('In June 2008, an article was published about the Organisation of Islamic Cooperation.'),
    ).not.toMatchObject({ kind: 'actor', mention: { actor: { id: 'oic' } } });
  });

  it('lets a surname alone saying something speak in its table row, but not in prose', () => {
    const sentence = 'Quispemayta stated that he believes the motive was the situation.';
    const inRow = readSubject(
      sentence,
      finder.mentions(sentence),
      persons(),
      (m) => isDemonymMention(sentence, m),
      true,
    );
    expect(inRow).toEqual({ kind: 'actor' });
    expect(read(sentence).kind).toBe('unattributed');
    // Not saying anything: no row rule for it.
    const acted = 'Quispemayta resigned in protest.';
    expect(
      readSubject(acted, finder.mentions(acted), persons(), (m) => isDemonymMention(acted, m), true)
        .kind,
    ).toBe('unattributed');
  });
});

// A sentence read as a table row's cell (optionally with the row's actor).
const inTableRow = (sentence: string, row?: ActorRef) =>
  readSubject(
    sentence,
    finder.mentions(sentence),
    persons(),
    (m) => isDemonymMention(sentence, m),
    true,
    row,
  );

describe('a definite act or organ in a table row', () => {
  const inRow = (sentence: string) => inTableRow(sentence);

  it('is the row’s own act or organ: the row decides', () => {
    expect(inRow('However, the recognition did not take place.')).toEqual({ kind: 'actor' });
    expect(inRow('After a long debate, the council members failed to reach a consensus.')).toEqual({
      kind: 'actor',
    });
  });

  it('takes "the member states" of an organisation’s row for the organisation in session', () => {
    expect(inRow('In 2011, the 41 member states adopted a resolution on the question.')).toEqual({
      kind: 'actor',
    });
    expect(inRow('In 2012, the member states failed to agree.')).toEqual({ kind: 'actor' });
  });

  it('is nobody’s in prose, and an owner or a plain noun is not the row’s by this rule', () => {
    expect(read('However, the recognition did not take place.').kind).toBe('unattributed');
    expect(inRow('The weather did not help.').kind).toBe('unattributed');
  });
});

describe('a group named by the adjective of the row’s own name', () => {
  const westmarch: ActorRef = { type: 'other', id: 'westmarch', name: 'Westmarch' };
  const inRow = (sentence: string) => inTableRow(sentence, westmarch);

  it('is the row’s actor: "the Westmarchian separatist parties" in the row of Westmarch', () => {
    expect(inRow('In 2017, the Westmarchian separatist parties called for a vote.')).toEqual({
      kind: 'actor',
    });
  });

  it('is not the row’s when the adjective is another name’s, or the row’s name is short', () => {
    expect(inRow('In 2017, the Eastmarchian separatist parties called for a vote.')).not.toEqual({
      kind: 'actor',
    });
    const norland: ActorRef = { type: 'other', id: 'norl', name: 'Norl' };
    expect(
      inTableRow('In 2017, the Norlish separatist parties called for a vote.', norland),
    ).not.toEqual({ kind: 'actor' });
    // Not in a row: no row's name to be formed on.
    expect(read('In 2017, the Westmarchian separatist parties called for a vote.')).not.toEqual({
      kind: 'actor',
    });
  });
});

describe('a person who competed or performed, as a pronoun', () => {
  it('is no state: the state named where it happened did not act', () => {
    expect(
      read(
        'She later won a silver medal, once again in Ruritania during the 2018 Balkan Judo Championships.',
      ),
    ).toMatchObject({
      kind: 'unattributed',
      reason: expect.stringMatching(/^its subject \("She"\)/),
    });
    expect(
      read('He managed to repeat the feat in Peru at the 2019 Andean Games, this time in Lima.'),
    ).toMatchObject({ kind: 'unattributed' });
  });
  it('still points back when the pronoun speaks or acts for the state', () => {
    expect(read('She later said that Ruritania would not recognise Kosovo.')).toEqual({
      kind: 'refers-back',
    });
    expect(
      read('They later won a silver medal in Peru at the 2019 Andean Games.'),
    ).not.toMatchObject({
      kind: 'unattributed',
    });
  });
});

describe('a body of another actor that only is, in a table row', () => {
  const ioc: ActorRef = {
    type: 'organisation',
    id: 'ioc',
    name: 'International Olympic Committee',
  };
  const inRow = (sentence: string) => inTableRow(sentence, ioc);

  it('is not the row’s position: unattributed, with the body’s owner in the reason', () => {
    for (const sentence of [
      'The Chess Federation of Peru has been in existence since 1992.',
      'The National Rowing Council of Chile exists since 1990.',
      'Peru’s Football Association is one of the oldest in the region.',
    ])
      expect(inRow(sentence)).toMatchObject({
        kind: 'unattributed',
        reason: expect.stringMatching(
          /is a body of (?:Peru|Chile), not of the row's International Olympic Committee/,
        ),
      });
  });

  it('leaves an act of the body, a fact about the row’s actor, or prose to the other rules', () => {
    // The body acted: not a stative verb.
    expect(inRow('The Chess Federation of Peru joined the games in 2014.').kind).not.toBe(
      'unattributed',
    );
    // The rest of the sentence names the row's actor: a fact of the row's own.
    expect(inRow('The Chess Federation of Peru is a full member of the IOC.').kind).not.toBe(
      'unattributed',
    );
    // Not in a row: nothing to narrow.
    expect(read('The Chess Federation of Peru has been in existence since 1992.').kind).not.toBe(
      'unattributed',
    );
  });
});
