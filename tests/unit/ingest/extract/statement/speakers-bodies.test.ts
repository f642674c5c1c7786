/** Issue 15, cause 4: bodies speak and act for their actor — a force, or the publisher of an account. */
import { describe, expect, it } from 'vitest';
import { clauseSpeakers } from '../../../../../src/ingest/extract/statement/speakers';
import { describeSpeaker } from '../../../../../src/ingest/extract/quotes';
import type { ActorRef } from '../../../../../src/schemas';
import { persons } from './fixtures';

const peru: ActorRef = { type: 'state', id: 'peru', name: 'Peru' };
const league: ActorRef = { type: 'organisation', id: 'andean-league', name: 'Andean League' };

describe('a force of the state as the subject', () => {
  it('is a body that acts for it', () => {
    expect(
      clauseSpeakers(
        'Later in 2005 the Peruvian riot police seized the offices of the union.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Peruvian riot police', role: null }]);
    expect(
      clauseSpeakers('In 2011 the Peruvian Army closed the border crossing.', peru, persons()),
    ).toEqual([{ name: 'Peruvian Army', role: null }]);
  });
});

describe('the body whose publication the source gives', () => {
  it('speaks for the actor it belongs to', () => {
    expect(
      clauseSpeakers(
        'According to the Andean Commission’s website, as of 2025, "The League has not yet ratified the agreement."',
        league,
        persons(),
      ),
    ).toEqual([{ name: 'Andean Commission', role: null }]);
    expect(
      clauseSpeakers(
        'According to the Peruvian Ministry of Trade’s press release, Peru will open an office.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Peruvian Ministry of Trade', role: null }]);
  });

  it('is no speaker when it is the actor itself or no body', () => {
    expect(
      clauseSpeakers(
        'According to the Andean League’s website, the League has not ratified it.',
        league,
        persons(),
      ),
    ).toEqual([]);
    expect(
      clauseSpeakers(
        'According to the Lima Times’s website, the League has not ratified it.',
        league,
        persons(),
      ),
    ).toEqual([]);
  });
});

describe('a role written before a name without a comma', () => {
  it('does not end in an adjective: the noun after it is the role’s, not the name’s', () => {
    expect(describeSpeaker('the President of Southern Ruritania Tomas Ali Baker')).toEqual({
      speaker: 'Tomas Ali Baker',
      role: 'President of Southern Ruritania',
    });
    expect(
      describeSpeaker('Peru’s Minister of Foreign Affairs and Foreign Trade Ana María Ruiz'),
    ).toEqual({
      speaker: 'Ana María Ruiz',
      role: 'Peru’s Minister of Foreign Affairs and Foreign Trade',
    });
    // A name of three words after a noun stays whole.
    expect(describeSpeaker('the Peruvian president Juan Carlos Soto')).toEqual({
      speaker: 'Juan Carlos Soto',
      role: 'Peruvian president',
    });
  });
});

describe('two people joined as the subject, each with a role', () => {
  const signed =
    'On 3 May 2013, Peru’s Foreign Minister, Juan Soto, and the President of the EBRD, Ana Ruiz, signed an agreement on trade.';

  it('are not one speaker, the last named', () => {
    expect(describeSpeaker(signed.slice(15, signed.indexOf(' signed')))).toBeNull();
  });

  it('keep only the one who speaks for the actor when the other’s role names another party', () => {
    expect(clauseSpeakers(signed, peru, persons())).toEqual([
      { name: 'Juan Soto', role: 'Peru’s Foreign Minister' },
    ]);
    expect(
      clauseSpeakers(
        'On 3 May 2013, the Peruvian Foreign Minister, Juan Soto, and the President of Chile, Ana Ruiz, signed an accord.',
        peru,
        persons(),
      ).map((s) => s.name),
    ).toEqual(['Juan Soto']);
  });

  it('are both kept when no role names the actor', () => {
    expect(
      clauseSpeakers(
        'On 19 February 2008, Chairman Juan Soto and OSCE Commissioner Ana Ruiz called for restraint.',
        peru,
        persons(),
      ).map((s) => s.name),
    ).toEqual(['Juan Soto', 'Ana Ruiz']);
  });
});

describe('a document as the subject', () => {
  it('is spoken by its author, a body or a person', () => {
    expect(
      clauseSpeakers(
        'In March 2009, a statement issued by the Peruvian Foreign Ministry stated that Peru would wait.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Peruvian Foreign Ministry', role: null }]);
    expect(
      clauseSpeakers(
        'In March 2009, a letter signed by President Juan Soto asked the council to act.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Juan Soto', role: 'President' }]);
  });

  it('has no speaker when its author is the actor itself', () => {
    expect(
      clauseSpeakers('A statement issued by Peru said that it would wait.', peru, persons()),
    ).toEqual([]);
  });
});

describe('a body a government holds', () => {
  const france: ActorRef = { type: 'state', id: 'france', name: 'France' };

  it('speaks with the government as its role', () => {
    expect(
      clauseSpeakers(
        "The French government's Office for Africa said on 3 May 2011 that France would not recognise the region.",
        france,
        persons(),
      ),
    ).toEqual([{ name: 'Office for Africa', role: 'French government' }]);
  });

  it('held by the state by name keeps its whole name', () => {
    expect(
      clauseSpeakers(
        "Peru's Ministry of Culture announced on 3 May 2011 that the exhibition would open.",
        peru,
        persons(),
      ),
    ).toEqual([{ name: "Peru's Ministry of Culture", role: null }]);
  });
});

describe('a speaker named after the words it said', () => {
  it('speaks when the main clause gives the actor itself as subject', () => {
    expect(
      clauseSpeakers(
        "Peru will not change its course, the Peruvian government's Office for Trade announced on May 3, 2011, and Peru will keep its word.",
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Office for Trade', role: 'Peruvian government' }]);
    expect(
      clauseSpeakers(
        'Peru will not change its course, the Peruvian ambassador said.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: null, role: 'Peruvian ambassador' }]);
  });

  it('is no speaker when it is the actor itself or a clause before a content verb', () => {
    expect(
      clauseSpeakers('Peru will not change its course, Peru announced.', peru, persons()),
    ).toEqual([]);
    expect(
      clauseSpeakers(
        'Peru wrote: "We will not change course, the Andean ambassador said, and we agree."',
        peru,
        persons(),
      ),
    ).toEqual([]);
    expect(
      clauseSpeakers(
        'Peru will not change its course, as the Peruvian ambassador said that it would not.',
        peru,
        persons(),
      ),
    ).toEqual([]);
  });
});

describe('a body of the actor named by the actor’s name or alias', () => {
  // The finder reads "ALM" (an alias) and "Andean …" as the League.
  const namesLeague = (t: string) => /\bALM\b|\bAndean\b/.test(t);
  it('speaks for it: a mission, a parliament', () => {
    expect(
      clauseSpeakers(
        'In March 2008 the ALM mission in Lima told the Chilean government to stop.',
        league,
        persons(),
        namesLeague,
      ),
    ).toEqual([{ name: 'ALM mission in Lima', role: null }]);
    expect(
      clauseSpeakers(
        'The Andean Parliament released a statement in March 2005 in which it denounced Chile.',
        league,
        persons(),
        namesLeague,
      ),
    ).toEqual([{ name: 'Andean Parliament', role: null }]);
  });
  it('the actor itself by its name is no speaker', () => {
    expect(
      clauseSpeakers(
        'In 2008 the Andean League told Chile to stop.',
        league,
        persons(),
        namesLeague,
      ),
    ).toEqual([]);
  });
});

describe('a group of a government’s people, a body in session, a body and its leader', () => {
  it('"government representatives" is a role without a name', () => {
    expect(
      clauseSpeakers(
        'In June 2011, Peruvian government representatives explained that they had doubts.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: null, role: 'Peruvian government representatives' }]);
  });
  it('members acting in a body’s session act as that body', () => {
    expect(
      clauseSpeakers(
        "On 2 May 2009, at the League's 36th session of the Council of Foreign Ministers in Lima, the 20 member states adopted a resolution.",
        league,
        persons(),
      ),
    ).toEqual([{ name: 'Council of Foreign Ministers', role: null }]);
    // Without the session, a collective of members names no speaker.
    expect(
      clauseSpeakers('In 2009 the 20 member states adopted a resolution.', league, persons()),
    ).toEqual([]);
  });
  it('a body "under" its leader is two speakers', () => {
    expect(
      clauseSpeakers(
        "In March 2012, Trinidad and Tobago's Council of Ministers under then Prime Minister Juan Soto adopted a resolution.",
        peru,
        persons(),
      ),
    ).toEqual([
      { name: "Trinidad and Tobago's Council of Ministers", role: null },
      { name: 'Juan Soto', role: 'Prime Minister' },
    ]);
  });
});

describe('a role keeps the place or body it is held at', () => {
  it('"Ambassador to <place>", "Representative to the <body>" where the parse ends the subject early', () => {
    expect(
      clauseSpeakers(
        "In March 2011, Peru's Ambassador to Austria reportedly stated that Peru would wait.",
        peru,
        persons(),
      ),
    ).toEqual([{ name: null, role: "Peru's Ambassador to Austria" }]);
    expect(
      clauseSpeakers(
        'In May 2010, the Peruvian Ambassador to the United Nations said that Peru would wait.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: null, role: 'Peruvian Ambassador to the United Nations' }]);
  });
  it('with the holder named after it, the name is the speaker and the whole role is the role', () => {
    expect(
      clauseSpeakers(
        "In May 2010, Peru's Ambassador to Chile, Juan Soto, said that Peru would wait.",
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Juan Soto', role: "Peru's Ambassador to Chile" }]);
  });
  it('"of <body>" already read stays one role', () => {
    expect(
      clauseSpeakers(
        "In May 2010, Peru's Minister of Foreign Affairs said that Peru would wait.",
        peru,
        persons(),
      ),
    ).toEqual([{ name: null, role: "Peru's Minister of Foreign Affairs" }]);
  });
});

describe('a document of a named body as the subject', () => {
  const un: ActorRef = { type: 'organisation', id: 'united-nations', name: 'United Nations' };

  it('has the body as its speaker, named before or after the document', () => {
    expect(
      clauseSpeakers(
        'A United Nations Security Council (UNSC) resolution adopted in May 2011 called on the parties to negotiate.',
        un,
        persons(),
      ),
    ).toEqual([{ name: 'United Nations Security Council', role: null }]);
    expect(
      clauseSpeakers('The Andean Parliament’s resolution urged Peru to act.', league, persons()),
    ).toEqual([{ name: 'Andean Parliament', role: null }]);
    expect(
      clauseSpeakers(
        'A resolution of the Council of Ministers declared that the border should be opened.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Council of Ministers', role: null }]);
  });

  it('has no speaker when no body is named or the document is the actor’s own', () => {
    expect(
      clauseSpeakers('A Peruvian resolution urged the League to act.', peru, persons()),
    ).toEqual([]);
    expect(
      clauseSpeakers('A resolution of the Andean League urged Peru to act.', league, persons()),
    ).toEqual([]);
  });
});

describe('a person known by a title, with an office in apposition, as the subject', () => {
  const holySee: ActorRef = { type: 'other', id: 'holy-see', name: 'Holy See' };

  it('speaks, with the apposed office as the role', () => {
    expect(
      clauseSpeakers(
        'In May 2011, the Pope, then head of the Catholic Church, sent a letter to the king of Peru saying that he prays for peace.',
        holySee,
        persons(),
      ),
    ).toEqual([{ name: 'Pope', role: 'head of the Catholic Church' }]);
    expect(
      clauseSpeakers(
        'The Emir of Ruritania, the head of state, told reporters that Peru would be recognised.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Emir of Ruritania', role: 'head of state' }]);
    expect(
      clauseSpeakers(
        'On 2 March 2012, the 3rd Sultan of Lima, now chairman of the regional council, wrote to the League.',
        league,
        persons(),
      ),
    ).toEqual([{ name: '3rd Sultan of Lima', role: 'chairman of the regional council' }]);
  });

  it('takes no aside or clause between commas for an office', () => {
    for (const sentence of [
      'The Pope, visibly moved, said that he prays for peace.',
      'The Pope, who was in Lima, said that he prays for peace.',
      'The Pope, head of the Catholic Church, and the King of Peru met in Lima.',
    ])
      expect(clauseSpeakers(sentence, holySee, persons())).not.toContainEqual(
        expect.objectContaining({ name: 'Pope' }),
      );
  });
});

describe('a clause cut after its antecedent, with a relative pronoun as its subject', () => {
  it('has the antecedent speak, a body or a person in office', () => {
    expect(
      clauseSpeakers(
        'the Peruvian Foreign Ministry, which summoned the Chilean ambassador in Lima.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: 'Peruvian Foreign Ministry', role: null }]);
    expect(
      clauseSpeakers(
        'the Peruvian president, who called the vote a mistake in 2011.',
        peru,
        persons(),
      ),
    ).toEqual([{ name: null, role: 'Peruvian president' }]);
  });

  it('reads no antecedent when the pronoun is not the subject of the clause that opens the text', () => {
    expect(
      clauseSpeakers(
        'Peru, which recognised the state in 2008, said it was fair.',
        peru,
        persons(),
      ),
    ).toEqual([]);
  });
});
