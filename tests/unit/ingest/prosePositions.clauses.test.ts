/**
 * Actor rules read from a clause's structure, checked on invented sentences of several shapes: who
 * speaks in a relative clause on "whose", whose side an unplaced official speaks for, a group of
 * people named by an agent noun, a subject whose apposition stands in commas before its verb.
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './extract/statement/fixtures';
import { extractProsePositions } from '../../../src/ingest/prosePositions';

function prose(text: string, title?: string) {
  const { doc, persons } = fixtureArticle(text, title);
  return extractProsePositions(doc, countries, orgs, persons, new Set());
}
const actors = (text: string, title?: string) =>
  prose(text, title).positions.map((p) => `${p.actor.type}:${p.actor.id}`);

describe('a relative clause on "whose": its speaker is the named noun it hangs from', () => {
  it('gives the act to the state the clause hangs from, in a passive or an active clause', () => {
    expect(
      actors(
        'The plan was welcomed by Norway, whose foreign ministry said it was "a step forward".',
      ),
    ).toEqual(['state:norway']);
    expect(
      actors(
        'The agreement was signed after talks with Japan, whose envoy stated that it was fair.',
      ),
    ).toEqual(['state:japan']);
    expect(
      actors(
        'The measure drew criticism from Brazil, whose foreign minister said it was unlawful.',
      ),
    ).toEqual(['state:brazil']);
  });

  it('leaves the sentence unattributed when the noun before "whose" names no actor', () => {
    const result = prose('The plan was welcomed by a minister, whose office said it was fair.');
    expect(result.positions).toEqual([]);
  });
});

describe('an "it" standing for a that-clause after a passive points back to no one', () => {
  it('does not carry the actor before into "It was reported that …", "It is believed that …"', () => {
    for (const second of [
      'It was reported that the envoy had not informed the Council in advance.',
      'It is believed that the talks had failed.',
      'It has been alleged that the officials were bribed.',
    ]) {
      const result = prose(`Sweden announced a new envoy. ${second}`);
      expect(result.positions.map((p) => p.text)).toEqual(['Sweden announced a new envoy.']);
      expect(result.unattributed.map((u) => u.sentence)).toEqual([second]);
    }
  });

  it('still carries the actor into an "It" that is the subject of its own act', () => {
    const result = prose('Sweden announced a new envoy. It was welcomed by the press.');
    expect(result.positions.map((p) => p.actor.id)).toEqual(['sweden']);
    expect(result.positions[0]!.text).toBe(
      'Sweden announced a new envoy. It was welcomed by the press.',
    );
  });
});

describe('a named official whose side is not given, announcing what a state will do, speaks for it', () => {
  it("takes the reported clause's subject, not a state named in a clause inside it", () => {
    const [p] = prose(
      'In 2012, Foreign Minister Ana Ruiz stated that Norway would not recognise Kosovo as long as Serbia did not.',
    ).positions;
    expect(p).toMatchObject({
      actor: { id: 'norway' },
      actorBasis: 'clause-subject',
      speakers: [{ name: 'Ana Ruiz', role: 'Foreign Minister' }],
    });
  });

  it('reads an opening time phrase, a finite verb and an object before "that"', () => {
    expect(
      actors(
        'The following day, Defence Minister Olav Berg announced that Norway had withdrawn its troops.',
      ),
    ).toEqual(['state:norway']);
    expect(
      actors('Minister Olav Berg told the assembled troops that Norway will keep its contingent.'),
    ).toEqual(['state:norway']);
  });

  it("reads a reported clause whose subject is the state's own stance, after a perfect with that", () => {
    expect(
      actors(
        "As of 2024, Foreign Minister Ana Ruiz has maintained that any change in Norway's position would depend on an agreement.",
      ),
    ).toEqual(['state:norway']);
    expect(
      actors(
        "In 2010, Minister Ana Ruiz said that Norway's recognition of the state would come later.",
      ),
    ).toEqual(['state:norway']);
    // What the state owns is no stance of its: not its own conduct announced.
    expect(actors("In 2010, Minister Ana Ruiz said that Norway's troops would stay.")).toEqual([]);
  });

  it('never gives the act to a state that is only a nationality, or to a speaker that is no person', () => {
    expect(
      actors('In 2012, Foreign Minister Ana Ruiz stated that Norwegian troops would stay.'),
    ).toEqual([]);
    expect(actors('In 2012, the newspaper stated that Norway would not recognise Kosovo.')).toEqual(
      [],
    );
    // The state is an object in the reported clause, not its subject.
    expect(
      actors('In 2012, Foreign Minister Ana Ruiz stated that the talks with Norway had failed.'),
    ).toEqual([]);
  });
});

describe('a short aside in commas between the subject and its verb is not part of either', () => {
  it('reads the subject before the aside', () => {
    expect(actors('Basque nationalists, by contrast, have cited the opinion as support.')).toEqual([
      'other:basque-nationalists',
    ]);
    expect(actors('Norway, on the other hand, has recognised the new government.')).toEqual([
      'state:norway',
    ]);
    expect(actors('Flemish journalists, in turn, criticised the decision.')).toEqual([
      'other:flemish-journalists',
    ]);
  });
});

describe('a relative clause in commas between a person and their verb leaves the verb theirs', () => {
  const placed = 'In 2019, Norwegian Prime Minister Ana Ruiz said that the talks had failed.';
  it.each([
    'Ana Ruiz, who succeeded Berg as prime minister in June 2018, has likewise ruled out recognition.',
    'Ruiz, whose term began in 2018, rejected the plan.',
    'Ana Ruiz, who met the envoy in May, has also opposed the plan.',
  ])('gives "%s" to the person\'s state', (second) => {
    const positions = prose(`${placed} ${second}`).positions;
    expect(positions.map((p) => [p.text, p.actor.id, p.actorBasis])).toEqual([
      [placed, 'norway', 'demonym'],
      [second, 'norway', 'person'],
    ]);
  });
});

describe("a state's court is its organ", () => {
  it.each([
    [
      'In June 2020, the Supreme Court of Norway dismissed an appeal by the federation.',
      'Supreme Court of Norway',
    ],
    [
      'In 2019, the Constitutional Court of Norway ruled that the law was void.',
      'Constitutional Court of Norway',
    ],
    ['The High Court of Norway rejected the claim in 2015.', 'High Court of Norway'],
  ])('gives "%s" to the state, the court speaking for it', (sentence, court) => {
    const [p] = prose(sentence).positions;
    expect(p).toMatchObject({
      actor: { type: 'state', id: 'norway' },
      actorBasis: 'possessor',
      speakers: [{ name: court, role: null }],
    });
  });
});

describe('a speaker of an actor carried from the sentence before is still read', () => {
  it.each([
    [
      'In October 2018, Foreign Minister Ana Ruiz told the daily Politiken that the plan had been "a failure".',
      { name: 'Ana Ruiz', role: 'Foreign Minister' },
    ],
    [
      'In 2019, Defence Minister Olav Berg said the troops would stay until the spring.',
      { name: 'Olav Berg', role: 'Defence Minister' },
    ],
  ])('%s', (second, speaker) => {
    const positions = prose(`In 2016, Sweden opened an embassy. ${second}`).positions;
    expect(positions.map((p) => [p.actor.id, p.actorBasis, p.speakers])).toEqual([
      ['sweden', 'subject', []],
      ['sweden', 'carried', [speaker]],
    ]);
  });
});

describe('a surname alone, of a person the article names in full, is that person and no body', () => {
  it.each([
    'The cabinet of Mariano Quetzoral was formed in 2011. In May 2018, Quetzoral stayed away from the summit.',
    'The cabinet of Elena Brannoch was formed in 2011. In 2019, Brannoch criticised the plan.',
  ])('%s', (text) => {
    expect(prose(text).positions).toEqual([]);
  });

  it('a one-word name the article never writes after a given name may still be a body', () => {
    expect(actors('In 2010, Gazprom signed a contract with the ministry.')).toEqual([
      'other:gazprom',
    ]);
  });
});

describe('a list introduced by "together with" takes part as a whole', () => {
  it('names every member of the list as a party', () => {
    const [p] = prose(
      'Norway does not recognise the state and is one of four members that have withheld recognition, together with Cyprus, Greece and Slovakia.',
    ).positions;
    expect(p!.parties.map((a) => a.id).sort()).toEqual(['cyprus', 'greece', 'slovakia']);
  });

  it('so does a list introduced by "alongside"', () => {
    const [p] = prose(
      'Norway was one of four members that did not recognise the declaration, alongside Cyprus, Greece and Slovakia.',
    ).positions;
    expect(p!.parties.map((a) => a.id).sort()).toEqual(['cyprus', 'greece', 'slovakia']);
  });
});

describe('an office apposed to a full name places the person', () => {
  const placed =
    'Ana Ruiz, Norwegian foreign minister from 2015 to 2019, became the first minister to visit the city.';
  it.each([
    ['The following year, Ruiz received the envoy in Oslo.', 'person', '2016'],
    ['In 2017, Ruiz signed a memorandum with the envoy.', 'person', '2017'],
  ])('gives "%s" to the state the apposed office names', (second, basis, date) => {
    const positions = prose(`${placed} ${second}`).positions;
    expect(positions.map((p) => [p.text, p.actor.id, p.actorBasis, p.date])).toEqual([
      [placed, 'norway', 'demonym', '2015'],
      [second, 'norway', basis, date],
    ]);
  });

  it('reads a person it places as the subject of "It was reported that …"', () => {
    const second = 'It was reported that Ruiz had privately assured the envoy.';
    const positions = prose(`${placed} ${second}`).positions;
    expect(positions.map((p) => [p.text, p.actor.id, p.actorBasis, p.voice])).toEqual([
      [placed, 'norway', 'demonym', 'stated'],
      [second, 'norway', 'person', 'reported'],
    ]);
  });

  it('an apposition that names no office places no one', () => {
    const text =
      'Ana Ruiz, Norwegian by birth, became the first minister to visit the city in 2015. In 2017, Ruiz signed a memorandum with the envoy.';
    expect(prose(text).positions.filter((p) => p.text.startsWith('In 2017'))).toEqual([]);
  });
});

describe('a body named with "for" and an "and" inside its name is one body', () => {
  it.each([
    [
      'The Nordic Foundation for Peace and Security (NFPS) argued in a 2020 paper that Norway should recognise the state.',
      'other:nordic-foundation-for-peace-and-security',
    ],
    [
      'The Baltic Institute for Trade and Development stated in 2019 that the tariffs had failed.',
      'other:baltic-institute-for-trade-and-development',
    ],
  ])('%s', (sentence, actor) => {
    expect(actors(sentence)).toEqual([actor]);
  });

  it('still lets the first of two coordinated names lead', () => {
    expect(actors('Kosovo Albanians and Kosovo Serbs continued to argue.')).toEqual([
      'other:kosovo-albanians',
    ]);
  });
});

describe('"According to X," before a clause whose subject is another actor reports that actor\'s act', () => {
  it("gives the act to the clause's subject, in the reported voice", () => {
    const [p] = prose(
      'According to Serbian officials, Norway voted against the bid at the assembly in November 2018.',
    ).positions;
    expect(p).toMatchObject({ actor: { id: 'norway' }, actorBasis: 'subject', voice: 'reported' });
  });

  it("keeps the account the party's own when the clause's subject is the party itself", () => {
    const [p] = prose(
      'According to the Norwegian ministry, Norway has never recognised the state.',
    ).positions;
    expect(p).toMatchObject({ actor: { id: 'norway' }, actorBasis: 'account' });
  });
});

describe("a state's governments, troops and soldiers named by its nationality are its organs", () => {
  it.each([
    'Norwegian governments have described their approach as one of "constructive engagement".',
    'Norwegian troops have served in the NATO-led force since June 1999.',
    'In 2009, Norwegian soldiers left the base.',
  ])('%s', (sentence) => {
    expect(prose(sentence).positions.map((p) => [p.actor.id, p.actorBasis])).toEqual([
      ['norway', 'demonym'],
    ]);
  });
});

describe('a relative clause on "who": its speaker is the office-holder it hangs from', () => {
  it.each([
    [
      'The withdrawal was announced by Norwegian Foreign Minister Ola Berg, who called it "a fair outcome" and said that the talks would go on.',
      'state:norway',
    ],
    [
      "The agreement was welcomed by Sweden's ambassador Karin Holm, who stated that it was a good day for the region.",
      'state:sweden',
    ],
    [
      'The move was criticised by the Finnish president Aino Virtanen, who warned that it would harm the talks.',
      'state:finland',
    ],
  ])('%s', (sentence, actor) => {
    expect(actors(sentence)).toEqual([actor]);
  });

  it('places no speaker when the state is not the office the clause hangs from', () => {
    expect(
      actors(
        'The report was written about Norway by the journalist Ola Berg, who said that the talks had failed.',
      ),
    ).toEqual([]);
  });
});

describe('an unnamed official serves the organ named right after it', () => {
  it.each([
    'A spokesman for the Norwegian government replied that the position had not changed.',
    'An official of the Norwegian ministry said that the talks had failed.',
  ])('%s', (sentence) => {
    expect(prose(sentence).positions.map((p) => [p.actor.id, p.actorBasis])).toEqual([
      ['norway', 'speaker'],
    ]);
  });

  it('leaves one serving no state unattributed', () => {
    const result = prose('A spokesman for the opposition said that the talks had failed.');
    expect(result.positions).toEqual([]);
    expect(result.unattributed).toHaveLength(1);
  });
});

describe('who conducted a poll or published a study is its author', () => {
  it.each([
    [
      'A poll conducted by the Oslo-based firm Nordmark Research in 2021 found that a majority of Norwegians opposed the plan.',
      'other:nordmark-research',
    ],
    [
      'A survey published by the Baltic Policy Group showed that most respondents supported the plan.',
      'other:baltic-policy-group',
    ],
  ])('%s', (sentence, actor) => {
    expect(actors(sentence)).toEqual([actor]);
  });

  it.each([
    [
      'A 2019 poll by the Danish institute Nordlys found that 58 per cent of Danes had no opinion on the plan.',
      'other:nordlys',
    ],
    [
      'A poll by Baltic Opinion Research in May 2020 found that 55 percent of Latvians opposed the plan.',
      'other:baltic-opinion-research',
    ],
    [
      'A survey by the polling firm Nordmark showed that most respondents supported the plan.',
      'other:nordmark',
    ],
  ])('the author may follow the noun with "by" alone: %s', (sentence, actor) => {
    expect(actors(sentence)).toEqual([actor]);
  });

  it('a poll with no author named stays unattributed', () => {
    expect(actors('A poll conducted in 2021 found that most Norwegians opposed the plan.')).toEqual(
      [],
    );
  });
});

describe('an office named by its state right before a full name places the person', () => {
  it.each([
    [
      'In 2021, Norwegian Deputy Foreign Minister Ana Berg met the envoy. Berg paid a working visit to Pristina in February 2022.',
      'norway',
    ],
    [
      "In 2021, Sweden's Foreign Minister Olav Lind met the envoy. Lind paid a working visit to Pristina in February 2022.",
      'sweden',
    ],
  ])('%s', (text, state) => {
    const positions = prose(text).positions;
    expect(positions.map((p) => [p.actor.id, p.actorBasis, p.date])).toEqual([
      [state, expect.any(String), '2021'],
      [state, 'person', '2022-02'],
    ]);
  });
});

describe('people named by a nationality who address another actor act for their state', () => {
  it('gives a request or an assurance to a named actor to the state of the people who make it', () => {
    expect(
      actors('Norwegian diplomats had privately asked Serbia to avoid any statement.'),
    ).toEqual(['state:norway']);
    expect(
      actors('In 2012, Japanese diplomats assured Brazil that the vote would be delayed.'),
    ).toEqual(['state:japan']);
    const [p] = prose(
      'According to the newspaper Daily Courier, Norwegian diplomats urged Japan not to sign the treaty.',
    ).positions;
    expect(p).toMatchObject({ actor: { id: 'norway' }, voice: 'reported' });
  });

  it('keeps people who address no actor a people, not their state', () => {
    expect(actors('Norwegian diplomats were critical of the plan.')).toEqual([]);
    expect(actors('Norwegian citizens opposed recognising Serbia in a poll.')).not.toContain(
      'state:norway',
    );
  });
});

describe('an analysis that points back names whose stance the acts reflect', () => {
  it('gives the sentence to the one actor it names as the owner of what the acts reflect', () => {
    expect(
      actors(
        "Serbia thanked Norway for its support in 2019. These steps reflect Norway's wish to keep channels open to Belgrade.",
      ),
    ).toEqual(['state:serbia', 'state:norway']);
    expect(
      actors(
        'In 2019, the Nordic Institute found that most voters opposed the plan. These attitudes reflect the weight of Japanese domestic politics, in which the matter is sensitive.',
      ),
    ).toEqual(['other:nordic-institute', 'state:japan']);
  });

  it('carries the actor before on when the verb is no analysis or two owners are named', () => {
    expect(
      actors(
        "Norway recognised Serbia in 2019. This decision angered Japan's government, which protested.",
      ),
    ).not.toContain('state:japan');
    expect(
      actors(
        "Serbia thanked Norway in 2019. These steps reflect Norway's wish and Japan's caution in the region.",
      ),
    ).toEqual(['state:serbia', 'state:serbia']);
  });
});

describe('an inference from the acts before is about the subject of its that-clause', () => {
  it('gives the sentence to the actor that is the that-clause subject or owns it', () => {
    expect(
      actors(
        "In 2019, the Nordic Institute found that trade had grown. These figures suggest that Norway's caution has not hindered trade with Serbia.",
      ),
    ).toEqual(['other:nordic-institute', 'state:norway']);
    expect(
      actors(
        'Serbia thanked Norway for its support in 2019. Those visits indicate that Japan now looks to the region for trade.',
      ),
    ).toEqual(['state:serbia', 'state:japan']);
    expect(
      actors(
        'Serbia thanked Norway in 2019. These steps imply that Norwegian ministers expect a settlement.',
      ),
    ).toEqual(['state:serbia', 'state:norway']);
  });

  it('reads no owner when the that-clause opens with a noun naming no actor', () => {
    expect(
      actors(
        'Serbia thanked Norway in 2019. These steps suggest that the talks with Japan have stalled.',
      ),
    ).not.toContain('state:japan');
  });
});

describe('"he" or "she" after an opening adverbial takes up the person who spoke before', () => {
  const read = (text: string) =>
    prose(text).positions.map((p) => [
      `${p.actor.type}:${p.actor.id}`,
      p.speakers.map((s) => s.name).join(', '),
      p.text.split(' ').slice(0, 4).join(' '),
    ]);

  it("gives the pronoun's act to the person's side, with the person as speaker", () => {
    expect(
      read(
        "Norway's foreign ministry has said that it hopes Japan will help. Foreign Minister Ana Ruiz said in Lima in December 2022 that Norway would stay the course. The same month, she met Japan's foreign minister in Tokyo.",
      ),
    ).toEqual([
      ['state:norway', "Norway's foreign ministry", "Norway's foreign ministry has"],
      ['state:norway', 'Ana Ruiz', 'Foreign Minister Ana Ruiz'],
      ['state:norway', 'Ana Ruiz', 'The same month, she'],
    ]);
    expect(
      read(
        'Norway opened an embassy in Lima in 2010. Prime Minister Lars Berg said in 2012 that the embassy would stay. A year later, he visited Japanese officials in Tokyo.',
      ).at(-1),
    ).toEqual(['state:norway', 'Lars Berg', 'A year later, he']);
  });
});

describe('an absolute "with" clause names the official who spoke for the act', () => {
  const speakers = (text: string) =>
    prose(text).positions.map((p) => p.speakers.map((s) => s.name));

  it("gives the main subject's own official, speaking in the -ing verb, as the speaker", () => {
    expect(
      speakers(
        'Norway condemned the decision in 2019, with its foreign minister Ana Ruiz calling it "a grave error".',
      ),
    ).toEqual([['Ana Ruiz']]);
    expect(
      speakers(
        'In 2020 Japan rejected the proposal, with its deputy foreign minister Kenji Sato describing it as premature.',
      ),
    ).toEqual([['Kenji Sato']]);
  });

  it('names no speaker when the "with" clause names no official', () => {
    expect(
      speakers(
        'Norway condemned the decision in 2019, with its neighbours calling it "a grave error".',
      ),
    ).toEqual([[]]);
  });
});

describe('a person named in apposition to a possessive noun is the speaker', () => {
  const speakers = (text: string) =>
    prose(text).positions.map((p) => p.speakers.map((s) => `${s.name} (${s.role})`));

  it('gives the named person, with the possessive noun as the role', () => {
    expect(
      speakers(
        "In March 2014, Norway's Foreign Minister Lars Berg visited Tokyo. A year later, his successor Ana Ruiz repeated the appeal in a letter.",
      ).at(-1),
    ).toEqual(['Ana Ruiz (his successor)']);
    expect(
      speakers(
        "In 2014, Norway's Foreign Minister Lars Berg visited Tokyo. In 2015, his deputy, Ana Ruiz, repeated the appeal.",
      ).at(-1),
    ).toEqual(['Ana Ruiz (his deputy)']);
  });

  it('names no speaker when the possessive noun has no person apposed', () => {
    expect(
      speakers(
        "In 2014, Norway's Foreign Minister Lars Berg visited Tokyo. In 2015, his successor repeated the appeal.",
      ).at(-1),
    ).toEqual([]);
  });
});

describe('a relation that changed is changed by the act its "when" clause tells', () => {
  const read = (text: string) =>
    prose(text).positions.map((p) => [
      `${p.actor.type}:${p.actor.id}`,
      p.date,
      p.speakers.map((s) => s.name ?? s.role),
    ]);

  it('gives the act to the subject of that clause, with the date between the verb and it', () => {
    expect(
      read(
        'Relations cooled in 2021, when Norway agreed to open its embassy in Jerusalem, a step that drew criticism across the region.',
      ),
    ).toEqual([['state:norway', '2021', []]]);
    expect(
      read(
        'Relations warmed in March 2015 when Japan lifted its visa requirement for Serbian citizens.',
      ),
    ).toEqual([['state:japan', '2015-03', []]]);
  });

  it('takes the common noun that opens the sentence for no speaker', () => {
    expect(read('Relations improved after Peru withdrew its objection in 2012.')).toEqual([
      ['state:peru', '2012', []],
    ]);
  });
});

describe("what a named medium wrote in its own editorial is the medium's view, not a report", () => {
  const read = (text: string) =>
    prose(text).positions.map((p) => [`${p.actor.type}:${p.actor.id}`, p.reporter ?? null]);

  it('gives the editorial to the medium, with no reporter', () => {
    expect(
      read(
        'The daily Vecer wrote in a 2020 editorial that the policy had become "a relic of another decade".',
      ),
    ).toEqual([['other:vecer', null]]);
    expect(
      read(
        'The newspaper Politika wrote in an editorial in 2015 that Norway should recognise Serbia.',
      ),
    ).toEqual([['other:politika', null]]);
  });

  it('keeps what the medium wrote of another actor a report of that actor', () => {
    expect(
      read(
        'The newspaper Politika wrote in 2015 that the Norwegian government was studying the plan.',
      ),
    ).toEqual([['state:norway', 'The newspaper Politika']]);
  });
});

describe("a body's office named by its pronoun, with no holder, speaks by its role", () => {
  const speakers = (text: string) =>
    prose(text).positions.map((p) => p.speakers.map((s) => `${s.name} (${s.role})`));

  it('gives the office as a role without a name', () => {
    expect(
      speakers(
        'Norway recognised Serbia in 2008. In 2010 its foreign minister visited Belgrade.',
      ).at(-1),
    ).toEqual(['null (foreign minister)']);
  });

  it('gives no speaker when what the pronoun owns is no office', () => {
    expect(
      speakers('Norway recognised Serbia in 2008. In 2010 its citizens voted in a referendum.').at(
        -1,
      ),
    ).toEqual([]);
  });
});

describe('a nationality on the subject of an agentless passive names the patient, not the agent', () => {
  it('leaves the clause unattributed, whatever noun the nationality is on', () => {
    expect(actors('Norwegian membership in the Council of Europe was not supported.')).toEqual([]);
    expect(actors('In 2004, the Japanese embassy was attacked.')).toEqual([]);
    expect(actors('The Norwegian application has been rejected twice.')).toEqual([]);
  });

  it('keeps the state named by its name, or the agent a passive names, as who acted', () => {
    expect(actors('Norwegian membership was opposed by Japan in 2004.')).toEqual(['state:japan']);
    expect(actors('Norwegian officials rejected the plan in 2004.')).toEqual(['state:norway']);
  });
});

describe('a body named by its kind alone is an organ of the organisation the paragraph named last', () => {
  it('gives its act to that organisation', () => {
    expect(
      actors(
        'Serbia applied for membership of the Council of Europe in 2022. The Parliamentary Assembly endorsed the application in 2024.',
      ),
    ).toEqual(['state:serbia', 'organisation:council-of-europe']);
    expect(
      actors(
        'In 2010, Norway joined the Council of Europe. In 2012, the Standing Committee adopted a report on the accession.',
      ),
    ).toEqual(['state:norway', 'organisation:council-of-europe']);
  });

  it('reads nothing when a state was named after the organisation, or no organisation was named', () => {
    expect(
      actors(
        'Serbia applied for membership of the Council of Europe in 2022, and Japan supported it. The Parliamentary Assembly endorsed the application in 2024.',
      ),
    ).not.toContain('organisation:council-of-europe');
    expect(
      actors(
        'Serbia applied for membership in 2022. The Parliamentary Assembly endorsed it in 2024.',
      ),
    ).not.toContain('organisation:council-of-europe');
  });
});
