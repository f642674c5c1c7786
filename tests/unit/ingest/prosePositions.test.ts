import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './extract/statement/fixtures';
import { extractProsePositions } from '../../../src/ingest/prosePositions';
import { extractTablePositions, mergePositions } from '../../../src/ingest/positions';
import { ReportBuilder } from '../../../src/ingest/report';
import { splitGluedHeadings } from '../../../src/ingest/read/gluedHeadings';
import { headingPartnerHolds } from '../../../src/ingest/extract/statement/parties';

function prose(text: string, title?: string) {
  const { doc, persons } = fixtureArticle(text, title);
  const report = new ReportBuilder();
  report.addDocument(doc);
  const raw = [
    ...extractTablePositions(doc, countries, orgs, report, persons),
    ...extractProsePositions(doc, countries, orgs, persons, new Set()).positions,
  ];
  return mergePositions(raw, (a) => `/${a.id}/`);
}

describe("voice: what an actor said, what a source reports of it, and the source's analysis", () => {
  it('tells a dated act (stated) from an undated stance the source reports (described)', () => {
    const [described, stated] = [
      prose('Cyprus takes the view that Kosovo was not a sui generis case.')[0]!,
      prose('In October 2009, Cyprus said that it would not recognise Kosovo.')[0]!,
    ];
    expect(described).toMatchObject({ actor: { id: 'cyprus' }, voice: 'described', date: null });
    expect(stated).toMatchObject({ actor: { id: 'cyprus' }, voice: 'stated', date: '2009-10' });
  });

  it("marks the source's own reasoning about a state as analysis", () => {
    const [p] = prose(
      'Serbia is a key Russian ally, and its opposition is vital to Russia’s strategic interests.',
    );
    expect(p).toMatchObject({ actor: { id: 'serbia' } });
    const [q] = prose(
      'Russia, a traditional ally of Serbia, has been one of the most vocal opponents of independence.',
    );
    expect(q).toMatchObject({ actor: { id: 'russia' }, voice: 'described' });
  });

  it('never gives a sentence whose subject is no actor to a state it names elsewhere', () => {
    expect(
      prose(
        "The need to deal with problems stemming from Belgrade's policy opened the Kosovo leadership to accusations.",
      ),
    ).toEqual([]);
  });

  it('carries the actor into a sentence that refers back to it, one stance each', () => {
    const positions = prose(
      'Slovakia refuses to recognise Kosovo. It would inflame tensions within Slovak politics.',
    );
    expect(positions.map((p) => p.actor.id)).toEqual(['slovakia', 'slovakia']);
    expect(positions[0]).toMatchObject({ voice: 'described' });
  });
});

describe('speakers', () => {
  it('completes a surname from the name and office the same article gives elsewhere', () => {
    const positions = prose(
      'In December 2012, Serbian Prime Minister Ivica Dačić agreed to appoint a liaison officer. In March 2013, Dačić said that his government would never recognise Kosovo.',
    );
    const later = positions.find((p) => p.date === '2013-03')!;
    expect(later).toMatchObject({
      actor: { id: 'serbia' },
      speaker: { name: 'Ivica Dačić', role: 'Serbian Prime Minister' },
    });
  });

  it('names the agent of a passive ("reiterated … by The President of Cyprus …") and never lets a role swallow a name', () => {
    const table =
      '| Country | Position |\n| CYP | This stance was reiterated in October 2009 by The President of Cyprus Dimitris Christofias, who said Cyprus would not recognise Kosovo. |';
    const [p] = prose(table);
    expect(p!.speaker).toEqual({ name: 'Dimitris Christofias', role: 'President of Cyprus' });
    const [mejlis] = prose(
      '== Positions taken by other actors ==\n| Entity | Position |\n| Mejlis of the Crimean Tatar People | Mustafa Dzhemilev, the Chairman of the Mejlis of the Crimean Tatar People, declared that he supported the right of self-determination, including Kosovo. |',
    );
    expect(mejlis!.speaker).toEqual({
      name: 'Mustafa Dzhemilev',
      role: 'Chairman of the Mejlis of the Crimean Tatar People',
    });
  });

  it('labels a quotation from a document as such', () => {
    const [p] = prose(
      'On 15 July 2008, the IMF issued a statement saying "It has been determined that Kosovo has seceded from Serbia".',
    );
    expect(p!.quotes[0]).toMatchObject({ kind: 'document' });
  });
});

describe('attribution', () => {
  it("gives another party's statement in a state's row to that party, with the row's state as a party", () => {
    const [p] = prose(
      '| Country | Position |\n| NAM | In September 2010, Serbian Foreign Minister Vuk Jeremić stated that Namibia has no intentions of recognising Kosovo. |',
    );
    expect(p).toMatchObject({
      actor: { id: 'serbia' },
      parties: [{ id: 'namibia' }],
      voice: 'stated',
    });
  });

  it('keeps a state that reports another’s act as the reporter, never the actor ("According to Peru, …")', () => {
    const [p] = prose(
      "| Country | Position |\n| CHL | According to Peru, Kosovo's foreign minister and his delegation were refused visas in May 2011. |",
    );
    expect(p).toMatchObject({ actor: { id: 'chile' }, reporter: 'Peru', voice: 'reported' });
    // Done to the row's own state, the refusal is not the row's act: who refused is not said.
    expect(
      prose(
        "| Country | Position |\n| CHL | According to Peru, Chile's foreign minister was refused a visa in May 2011. |",
      ),
    ).toEqual([]);
  });

  it('gives a subject that points back ("the two sides", "Bilaterally the two countries") the actor before', () => {
    const pieces = prose(
      'In 2010, Peru and Chile agreed to hold talks. In 2013, the two sides began to normalise relations. Bilaterally the two countries have a trade agreement.',
    );
    expect(pieces.map((p) => [p.actor.id, p.text.slice(0, 20)])).toEqual([
      ['peru', 'In 2010, Peru and Ch'],
      ['peru', 'In 2013, the two sid'],
      ['peru', 'Bilaterally the two '],
    ]);
  });

  it('does not guess the article state for "the two countries" in the section on a partner', () => {
    // Which of the two acted is not said: the article's own state would be a guess (issue 15).
    expect(
      prose(
        '== Chile ==\nBilaterally the two countries have a trade agreement and an investment agreement.',
        'Foreign relations of Peru',
      ),
    ).toEqual([]);
  });

  it('leaves a phrase the source talks about, and what carries on an unplaced group, unattributed', () => {
    const { doc, persons } = fixtureArticle(
      'Many countries fear Kosovo independence because of their own regions. These sentiments are seldom expressed openly in Kosovo. "Kosovo can never be independent," is the refrain.',
    );
    const out = extractProsePositions(doc, countries, orgs, persons, new Set());
    expect(out.positions).toEqual([]);
    expect(out.unattributed.map((u) => u.reason)).toEqual([
      expect.stringContaining('a group of people'),
      expect.stringContaining('carries on the sentence before'),
      expect.stringContaining('a phrase in quotation marks'),
    ]);
    // "This" or "It" may point further back, to a state named before: not carried. The scholars
    // are an actor of their own, and what bore their view out is Peru's act.
    const told = prose(
      'In 2009, Peru joined the pact. Some scholars doubt the pact. This proved correct when Peru left it in 2011.',
    );
    expect(told.map((p) => [p.text, p.actor.id])).toEqual(
      expect.arrayContaining([
        ['Some scholars doubt the pact.', 'scholars'],
        ['This proved correct when Peru left it in 2011.', 'peru'],
      ]),
    );
  });

  // Voice by ruling 2 of the guide (stop 27): a present verb of saying on no occasion describes
  // the group's standing view.
  it('tells what a group says in a passive of saying ("it is contended by some historians") as theirs, described', () => {
    const [p] = prose(
      'However, it is contended by some historians that the pact with Peru cannot work.',
    );
    expect(p).toMatchObject({ actor: { type: 'other', id: 'historians' }, voice: 'described' });
  });

  it('gives a judgement told "For <party>," to that party, not to the state it judges', () => {
    const [p] = prose("For Chile, Peru's support for Cuba is a significant obstacle to its aims.");
    expect(p).toMatchObject({ actor: { id: 'chile' } });
    // Kosovo's own view too: Kosovo is the viewpoint, not context.
    const [k] = prose(
      "For Kosovo, Peru's unwavering support for Serbia is a significant obstacle to its aims.",
    );
    expect(k).toMatchObject({ actor: { id: 'kosovo' } });
    // Not a judgement: "For Chile, Peru pledged …" is Peru's act.
    expect(prose('For Chile, Peru pledged to build a school in 2012.')[0]).toMatchObject({
      actor: { id: 'peru' },
    });
  });

  it('does not give a row to the subject of an agentless passive (who it was done to)', () => {
    const [p] = prose(
      "| Country | Position |\n| CHL | In May 2011, Peru's foreign minister was refused a visa to attend a summit in Chile. |",
    );
    expect(p!.actor.id).toBe('chile');
  });

  it('gives a verb phrase cut from a clause ("…, concluding an accord in 2001") that clause’s subject', () => {
    const parts = prose(
      'Cyprus held long talks with the bank on a loan, concluding an accord on its terms in 2001.',
    ).map((p) => [p.actor.id, p.date]);
    expect(parts).toHaveLength(2);
    expect(parts).toEqual(
      expect.arrayContaining([
        ['cyprus', null],
        ['cyprus', '2001'],
      ]),
    );
    const conjunct = prose(
      'In May 2011, Cyprus and Chile signed a trade agreement and through further talks accepted a timetable the following month.',
    ).map((p) => [p.actor.id, p.date]);
    expect(conjunct).toHaveLength(2);
    expect(conjunct).toEqual(
      expect.arrayContaining([
        ['cyprus', '2011-05'],
        ['cyprus', '2011-06'],
      ]),
    );
  });

  it('carries an act on in a sentence about what it made ("The opinion was closely tailored …")', () => {
    const found = prose(
      'In July 2010, Cyprus released an opinion on the border. The opinion was closely tailored to the island’s history.',
    );
    expect(found.map((p) => [p.actor.id, p.date, p.text])).toEqual([
      [
        'cyprus',
        '2010-07',
        'In July 2010, Cyprus released an opinion on the border. The opinion was closely tailored to the island’s history.',
      ],
    ]);
  });

  it('names every state of a joint act as a party', () => {
    const [p] = prose(
      'In May 2008, Russia, China, and India released a joint statement calling for new negotiations between Belgrade and Pristina.',
    );
    expect(p!.actor.id).toBe('russia');
    expect(p!.parties.map((x) => x.id).sort()).toEqual(['china', 'india']);
  });

  it("tells the relations of an article's state with a partner named in its section as relations, not Kosovo", () => {
    const [p] = prose(
      '== Relations with Sweden ==\nIn August 2012, Belarus expelled all Swedish diplomats and closed its embassy in Stockholm.',
      'Foreign relations of Belarus',
    );
    expect(p).toMatchObject({ actor: { id: 'belarus' }, topic: 'relations', date: '2012-08' });
    expect(p!.parties.map((x) => x.id)).toContain('sweden');
  });
});

describe("a section's partner ('Relations with …') as the party of a sentence that names none", () => {
  const article = (paragraph: string) =>
    prose(
      `== Relations with the European Union ==\nIn May 2009 Belarus and the EU agreed on cooperation in the partnership. ${paragraph}`,
      'Foreign relations of Belarus',
    );
  const partiesOf = (found: ReturnType<typeof prose>, opening: string) =>
    found.find((p) => p.text.includes(opening))?.parties.map((x) => x.id);

  it('holds while the paragraph has named no other party (pages review 4, finding 6)', () => {
    const found = article('In 2011 Belarus left the partnership for good.');
    expect(partiesOf(found, 'left the partnership')).toEqual(['european-union']);
  });

  it('does not hold once the paragraph has turned to another party', () => {
    const found = prose(
      '== Relations with the European Union ==\nIn August 2012, Belarus expelled the ambassador of Sweden and closed its embassy in Stockholm. Lukashenko also dismissed his air defence chief over the incident. Their replacements have been told to use force against intrusions.',
      'Foreign relations of Belarus',
    );
    const replacements = found.find((p) => p.text.includes('Their replacements'));
    expect(replacements).toBeDefined();
    expect(replacements!.parties.map((x) => x.id)).not.toContain('european-union');
  });
});

describe('headingPartnerHolds', () => {
  const eu = { type: 'organisation' as const, id: 'european-union', name: 'European Union' };
  const belarus = { type: 'state' as const, id: 'belarus', name: 'Belarus' };
  const sweden = { type: 'state' as const, id: 'sweden', name: 'Sweden' };
  const kosovo = { type: 'state' as const, id: 'kosovo', name: 'Kosovo' };

  it('holds when the paragraph before names only the partner, the actor, its own state or Kosovo', () => {
    expect(headingPartnerHolds(eu, [belarus, null], [])).toBe(true);
    expect(headingPartnerHolds(eu, [belarus, null], [belarus, eu, kosovo])).toBe(true);
    expect(headingPartnerHolds(eu, [sweden, belarus], [belarus])).toBe(true);
  });

  it('does not hold when it names anyone else', () => {
    expect(headingPartnerHolds(eu, [belarus, null], [belarus, sweden])).toBe(false);
  });
});

describe('glued headings', () => {
  const context =
    'independence position political diplomatic dimensions Kosovo Kosovo Kosovo Kosovo Kosovo Russia Russia Russia Russia Russia';
  it('splits a Title-Case heading run into the prose from the sentence after it', () => {
    const pieces = splitGluedHeadings(
      "It still reverberates. Background and Russia's Position on Kosovo's Independence Kosovo declared its independence.",
      context,
    );
    expect(pieces.map((p) => [p.kind, p.text])).toEqual([
      ['text', 'It still reverberates.'],
      ['heading', "Background and Russia's Position on Kosovo's Independence"],
      ['text', 'Kosovo declared its independence.'],
    ]);
  });

  it('leaves names and titled people alone', () => {
    for (const text of [
      'It began. The Republic of Kosovo has embassies.',
      'It began. Russian Foreign Minister Sergey Lavrov said so.',
      'It began. The United Nations Security Council remains divided.',
    ]) {
      expect(splitGluedHeadings(text, context).every((p) => p.kind === 'text')).toBe(true);
    }
  });
});

describe('a personal pronoun taking up the person the sentence before named as its subject', () => {
  it('speaks for that sentence’s actor, even where its own words name Kosovo', () => {
    const positions = prose(
      'In 2019 Kosovo\'s Foreign Minister Ana Ruiz travelled to Chile to seek support. She said that Kosovo had "many friends in the region".',
    );
    expect(positions).toHaveLength(1);
    expect(positions[0]).toMatchObject({ actor: { id: 'kosovo' }, date: '2019', voice: 'quoted' });
    expect(positions[0]!.text).toContain('She said that Kosovo had');
    const [visit] = prose(
      'In May 2015 Kosovo\'s Deputy Foreign Minister David Marku met officials in Lima. He told them that Kosovo wanted "closer ties" with the region.',
    );
    expect(visit).toMatchObject({ actor: { id: 'kosovo' }, date: '2015-05', voice: 'quoted' });
  });

  it('takes up a person only: after a state as the subject, "He" is no one the rules place', () => {
    const positions = prose(
      'In 2019 Kosovo sent a delegation to Chile. He said that Kosovo had "many friends in the region".',
    );
    expect(positions.map((p) => p.text)).toEqual(['In 2019 Kosovo sent a delegation to Chile.']);
  });
});

describe('list items that finish the sentence before the colon', () => {
  it('are read with it, as one statement of its actor, whatever the items name', () => {
    const positions = prose(
      'Peruvian officials have named two conditions for any change of position:\n' +
        '* a binding agreement between Chile and Bolivia;\n' +
        '* a common position of the European Union on the border.',
    );
    expect(positions.map((p) => p.actor.id)).toEqual(['peru']);
    expect(positions[0]!.text).toBe(
      'Peruvian officials have named two conditions for any change of position: a binding agreement between Chile and Bolivia; a common position of the European Union on the border.',
    );
  });

  it('carry a dated intro on too', () => {
    const positions = prose(
      'In May 2014 the Chilean foreign ministry set out its terms for talks:\n' +
        '* an end to the blockade;\n' +
        '* a meeting of both presidents in Lima.',
    );
    expect(positions).toHaveLength(1);
    expect(positions[0]).toMatchObject({ actor: { id: 'chile' }, date: '2014-05' });
    expect(positions[0]!.text).toContain('; a meeting of both presidents in Lima.');
  });

  it('stay statements of their own when they open with a subject of their own', () => {
    const positions = prose(
      'Chile took several steps that year:\n' +
        '* Bolivia recognised the state in May 2012;\n' +
        '* Peru recognised it in June 2012.',
    );
    expect(positions.map((p) => p.actor.id)).toEqual(expect.arrayContaining(['bolivia', 'peru']));
  });
});
