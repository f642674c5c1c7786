/** Issue 15, parties: whom a statement concerns, without adding a party the sentence does not name. */
import { describe, expect, it } from 'vitest';
import { readWikitext } from '../../../../../src/ingest/read/wikitext';
import { extractProsePositions, registerPersons } from '../../../../../src/ingest/prosePositions';
import { countries, finder, orgs, persons } from './fixtures';
import {
  asideActors,
  counterparts,
  speakersOfActor,
  withCounterparts,
} from '../../../../../src/ingest/extract/statement/parties';
import type { ActorRef } from '../../../../../src/schemas';

function prose(text: string, title: string) {
  const doc = readWikitext(`= ${title} =\n\n${text}\n`, {
    sourceId: 'fixture',
    file: 'fixture.txt',
  });
  const people = persons();
  registerPersons(doc, finder, people);
  return extractProsePositions(doc, countries, orgs, people, new Set()).positions;
}

describe('parties', () => {
  it("add the section's partner only when the sentence names no party, the article's own state included", () => {
    const [p] = prose(
      '== Relations with the European Union ==\nIn 2005, Amnesty International reported a pattern of harassment of human rights defenders in Belarus.',
      'Foreign relations of Belarus',
    );
    expect(p!.actor.id).toBe('amnesty-international');
    expect(p!.parties.map((x) => x.id)).toEqual(['belarus']);
    const [q] = prose(
      '== Relations with the European Union ==\nBelarus signed a visa facilitation agreement in 2019.',
      'Foreign relations of Belarus',
    );
    expect(q!.parties.map((x) => x.id)).toEqual(['european-union']);
  });
});

describe('parties read from where a name stands', () => {
  const peru = { type: 'state', id: 'peru', name: 'Peru' } as const;
  const chile = { type: 'state', id: 'chile', name: 'Chile' } as const;
  const league = { type: 'organisation', id: 'league', name: 'League' } as const;
  const at = (
    sentence: string,
    name: string,
    actor: typeof peru | typeof chile | typeof league,
  ) => {
    const index = sentence.indexOf(name);
    return { actor, index, end: index + name.length };
  };
  it('the other side of a meeting, talks, an agreement or a letter is a party', () => {
    const s =
      'In a 3 May 2012 meeting with Chile’s deputy minister, the Peruvian president said Peru would decide.';
    expect(counterparts(s, [at(s, 'Chile', chile), at(s, 'Peruvian', peru)])).toEqual([chile]);
    const t = 'Peru’s foreign minister met the Prime Minister of Chile in Lima.';
    expect(counterparts(t, [at(t, 'Chile', chile)])).toEqual([chile]);
    const u = 'Peru recognised the state of Chile in 2010.';
    expect(counterparts(u, [at(u, 'Chile', chile)])).toEqual([]);
  });
  it('a meeting dated or placed before "with" still names its other side', () => {
    const s = 'At a meeting on 4 May 2012 with Chile’s foreign minister, Peru’s envoy said …';
    expect(counterparts(s, [at(s, 'Chile', chile)])).toEqual([chile]);
    const t = 'During a meeting in Geneva with Chile’s deputy minister, the League’s head said …';
    expect(counterparts(t, [at(t, 'Chile', chile)])).toEqual([chile]);
  });
  it('the state supported, criticised or asked, and the one whose backing the act had', () => {
    const cases: Array<[string, string]> = [
      ['Peru has remained against, supporting Chile as one of its key allies.', 'Chile'],
      ["Peru supports Chile's position on the border.", 'Chile'],
      ["Peru's leaders have criticized Chile's stance as out of touch.", 'Chile'],
      ['In 2009 Peru refused a request from Chile to recognise the state.', 'Chile'],
      ['Peru has resisted pressure to change course, with the backing of Chile.', 'Chile'],
      ['Peru provides economic support to Chile.', 'Chile'],
    ];
    for (const [s, name] of cases)
      expect(counterparts(s, [at(s, name, chile)]), s).toEqual([chile]);
  });
  it('the state a stance is for or against, the state left, deferred to or taxed', () => {
    const cases = [
      'Peru immediately took a pro-Chilean stance.',
      'Peru declared its independence from Chile in 1821.',
      'Peru objected to the plan in deference to Chile.',
      'Peru imposed a 100 percent tax on importing Chilean goods.',
    ];
    for (const s of cases) {
      const name = s.includes('Chilean') ? 'Chilean' : 'Chile';
      expect(counterparts(s, [at(s, name, chile)]), s).toEqual([chile]);
    }
  });
  it('a nationality after pro- or anti- is a side only before a word of stance or politics', () => {
    const s = 'Quispe said the motive was the anti-Chilean situation in the north.';
    expect(counterparts(s, [at(s, 'Chilean', chile)])).toEqual([]);
    const t = 'Peru backed the anti-Chilean camp in the assembly.';
    expect(counterparts(t, [at(t, 'Chilean', chile)])).toEqual([chile]);
    // The state's own name after anti- is its side whatever follows.
    const u = 'Peru joined an anti-Chile coalition.';
    expect(counterparts(u, [at(u, 'Chile', chile)])).toEqual([chile]);
  });
  it('a stance for or against Kosovo is the topic, not a party', () => {
    const kosovo = { type: 'other', id: 'kosovo', name: 'Kosovo' } as const;
    const s = 'Peru has maintained its anti-Kosovo independence stance.';
    const i = s.indexOf('Kosovo');
    expect(counterparts(s, [{ actor: kosovo, index: i, end: i + 6 }])).toEqual([]);
  });
  it("the opening possessor's own support or commitment names its partner; alignment too", () => {
    const s = "Peru's support for Chile has been crucial.";
    expect(counterparts(s, [at(s, 'Peru', peru), at(s, 'Chile', chile)])).toEqual([chile]);
    const t = "Peru's long commitment to Chile stems from history.";
    expect(counterparts(t, [at(t, 'Peru', peru), at(t, 'Chile', chile)])).toEqual([chile]);
    const u = 'In return, Peru often aligns itself with Chilean positions.';
    expect(counterparts(u, [at(u, 'Chilean', chile)])).toEqual([chile]);
  });
  it("a third party's support named as a noun is not the actor's act", () => {
    const s = "For Peru, the League's support for Chile is an obstacle.";
    expect(
      counterparts(s, [at(s, 'Peru', peru), at(s, 'League', league), at(s, 'Chile', chile)]),
    ).toEqual([]);
    const v = "Peru and Bolivia have no relations due to the League's support for Chile.";
    expect(counterparts(v, [at(v, 'Peru', peru), at(v, 'Chile', chile)])).toEqual([]);
    const t = 'Peru recognised Chile, supported by many.';
    expect(counterparts(t, [at(t, 'Chile', chile)])).toEqual([]);
  });
  it('the mediator of "League-mediated talks", and two actors as one subject', () => {
    const s = 'Peru and Chile are holding League-mediated talks.';
    const named = [at(s, 'Peru', peru), at(s, 'Chile', chile), at(s, 'League', league)];
    expect(counterparts(s, named)).toEqual([peru, chile, league]);
    const t = 'On 17 June 2013 Peru and Chile exchanged liaison officers.';
    expect(counterparts(t, [at(t, 'Peru', peru), at(t, 'Chile', chile)])).toEqual([peru, chile]);
    // A list in an object, not a subject: no partners.
    const u = 'The League praised Peru and Chile for their work.';
    expect(counterparts(u, [at(u, 'Peru', peru), at(u, 'Chile', chile)])).toEqual([]);
  });
  it('not a name after a verb of agreeing in a condition, nor one a concession names', () => {
    const s = 'Peru may change its stance if independence will be agreed with Chile.';
    expect(counterparts(s, [at(s, 'Chile', chile)])).toEqual([]);
    const t = 'Despite protests by Chile, Peru went ahead with the plan.';
    expect(asideActors(t, [at(t, 'Chile', chile)])).toEqual([]);
  });
  it('not a name inside what was said', () => {
    const s = 'Peru said "without an agreement with Chile, we would set a precedent".';
    expect(counterparts(s, [at(s, 'Chile', chile)])).toEqual([]);
  });
  it('a name in parentheses, a comparison, a venue or an opening cause is an aside', () => {
    const s = 'Peru is not a member of the League (like Chile).';
    expect(asideActors(s, [at(s, 'League', league), at(s, 'Chile', chile)])).toEqual([chile]);
    const t = 'Peru was one of 53 states that supported the law at the League.';
    expect(asideActors(t, [at(t, 'League', league)])).toEqual([league]);
    const u = 'Due to strained relations with Chile, Peru turned to the League.';
    expect(asideActors(u, [at(u, 'Chile', chile), at(u, 'League', league)])).toEqual([chile]);
    const v = 'He accused Chile of stirring a revolt comparable to the one in Peru in 2004.';
    expect(asideActors(v, [at(v, 'Chile', chile), at(v, 'Peru', peru)])).toEqual([peru]);
  });
  it('an opening cause goes on past "as well as"; a clause that only dates the act is an aside', () => {
    const s =
      'Due to strained ties with the League, as well as disputes with Chile, Peru looked east.';
    expect(asideActors(s, [at(s, 'League', league), at(s, 'Chile', chile)])).toEqual([
      league,
      chile,
    ]);
    const t = 'Peru voiced support for the plan a day after Chile declared it was worried.';
    expect(asideActors(t, [at(t, 'Chile', chile)])).toEqual([chile]);
    const u = 'Peru signed the plan after Chile, which had waited longer.';
    expect(asideActors(u, [at(u, 'Chile', chile)])).toEqual([]);
  });
  it('a people’s word before a thing of the people ("Chilean newspaper") names no party', () => {
    const s = 'Peru closed the main Chilean newspaper in the region.';
    expect(asideActors(s, [at(s, 'Chilean', chile)])).toEqual([chile]);
    const t = 'Peru expelled the Chilean ambassador.';
    expect(asideActors(t, [at(t, 'Chilean', chile)])).toEqual([]);
    const u = 'Peru closed Chile media offices.';
    expect(asideActors(u, [at(u, 'Chile', chile)])).toEqual([]);
  });
  it('adds the other sides and takes the asides out, each once', () => {
    const s = 'Peru met Chile (like the League) and signed an agreement with Chile.';
    expect(
      withCounterparts(
        [league],
        [{ sentence: s, mentions: [at(s, 'Chile', chile), at(s, 'League', league)] }],
      ),
    ).toEqual([chile]);
  });
});

describe('parties of prose statements', () => {
  it('include the other side of a meeting and leave out a name in parentheses', () => {
    const [p] = prose(
      '== Politics ==\nIn May 2012, Belarus held talks with Chile on trade (like Peru).',
      'Foreign relations of Belarus',
    );
    expect(p!.parties.map((x) => x.id)).toEqual(['chile']);
  });
});

describe('speakersOfActor: a co-signer with another actor’s role speaks for that actor', () => {
  const peruRef: ActorRef = { type: 'state', id: 'peru', name: 'Peru' };
  const chile: ActorRef = { type: 'state', id: 'chile', name: 'Chile' };
  const league: ActorRef = { type: 'organisation', id: 'league', name: 'League' };
  const named = (role: string) =>
    ([peruRef, chile, league] as const).flatMap((actor) => {
      const i = role.indexOf(actor.name);
      return i < 0 ? [] : [{ actor, index: i, end: i + actor.name.length }];
    });
  const minister = { name: 'Ana Ruiz', role: "Peru's Foreign Minister" };
  const head = { name: 'Karl Berg', role: 'Secretary-General of the League' };

  it('drops the other side’s representative and gives its body as a party', () => {
    expect(speakersOfActor(peruRef, [minister, head], named)).toEqual({
      speakers: [minister],
      parties: [league],
    });
  });

  it('keeps a lone speaker whose role names another body: the rules cannot tell', () => {
    expect(speakersOfActor(peruRef, [head], named)).toEqual({ speakers: [head], parties: [] });
  });

  it('keeps a role that names a place it works in, not whom it serves', () => {
    const envoy = { name: 'Luis Paz', role: 'ambassador to Chile' };
    expect(speakersOfActor(peruRef, [minister, envoy], named).speakers).toEqual([minister, envoy]);
  });
});
