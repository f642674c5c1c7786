/** The opening of an actor's page: reasons read from the sources' causal clauses, and the latest dated statement. */
import { describe, expect, it } from 'vitest';
import {
  latestLabel,
  latestStatement,
  latestWhen,
  leanedOnLabel,
  pointsBack,
  reasonsFor,
  reasonsLabel,
  sentenceBefore,
  toldBy,
} from '../../../../src/lib/site/lead';
import type { Position } from '../../../../src/schemas';

const position = (text: string, over: Partial<Position> = {}): Position =>
  ({
    id: 'x',
    topic: 'kosovo',
    date: null,
    text,
    sources: [{ source: 's', section: ['S'], line: 3, anchor: 'L3', excerpt: text }],
    ...over,
  }) as unknown as Position;

describe('reasons for the lead', () => {
  it('quotes the clause from its cue, cut where the sentence turns to something else', () => {
    const [reason] = reasonsFor([
      position(
        'The non-recognition is linked to opposition to independence movements, while another state has other reasons.',
      ),
    ]);
    expect(reason?.text).toBe('…linked to opposition to independence movements');
  });
  it('never cuts a reason to drop a last word or a date, and says whose act it is (pages review 8, finding 8)', () => {
    const long = `The non-recognition is linked to ${'its long and careful reading of the law and of '.repeat(4)}its own issues with domestic independence movements.`;
    const [reason] = reasonsFor([
      position(long, { voice: 'described', actor: { type: 'state', id: 'r', name: 'Ruritania' } }),
    ]);
    expect(reason?.text).toBe(`…${long.slice(long.indexOf('linked to')).replace(/\.$/, '')}`);
    expect(reason?.by).toBeNull();
    const [act] = reasonsFor([
      position(
        'The ministry stated its position based on the resolution on the status of the province.',
        {
          voice: 'stated',
          actor: { type: 'state', id: 'r', name: 'Ruritania' },
          speaker: null,
          speakers: [{ name: null, role: 'Ruritanian Foreign Ministry' }],
        },
      ),
    ]);
    expect(act?.text).toBe('…based on the resolution on the status of the province');
    expect(act?.by).toBe('the Ruritanian Foreign Ministry');
  });
  it('ends a reason that opens its sentence at its comma, and shows "due to" as "because of" (pages review 9, #7; review 10, #3)', () => {
    const [reason] = reasonsFor([
      position(
        'Due to claims that the province is part of its sovereign territory, its first reactions included recalling ambassadors.',
      ),
    ]);
    expect(reason?.text).toBe(
      '…because of claims that the province is part of its sovereign territory',
    );
  });
  it('names a speaker only for their own words; narration and reports are the source’s (re-check 8, finding 4)', () => {
    const ruritania = { type: 'state' as const, id: 'r', name: 'Ruritania' };
    const narration =
      'Due to claims that the province is part of its sovereign territory, it recalled envoys.';
    const [stated] = reasonsFor([
      position(narration, { voice: 'stated', actor: ruritania, speaker: null, speakers: [] }),
    ]);
    expect(stated?.by).toBeNull();
    const [reported] = reasonsFor([
      position('The envoy left because of the recognition.', {
        voice: 'reported',
        actor: ruritania,
        speaker: { name: 'Ana Petrova', role: null },
        speakers: [{ name: 'Ana Petrova', role: null }],
      }),
    ]);
    expect(reported?.by).toBeNull();
    const [quoted] = reasonsFor([
      position('The delegation argued that the declaration "breaches territorial integrity".', {
        voice: 'quoted',
        actor: ruritania,
        speaker: { name: 'Ruritanian delegation', role: null },
        speakers: [{ name: 'Ruritanian delegation', role: null }],
      }),
    ]);
    expect(quoted?.by).toBe('Ruritanian delegation');
  });
  it('starts a reason cut from inside its sentence with "…", one that opens it with its capital (re-check 8, #8)', () => {
    const [inside] = reasonsFor([
      position('The ministry objects based on the resolution on the status.'),
    ]);
    expect(inside?.text).toBe('…based on the resolution on the status');
  });
  it('ignores a "because" that is not about the status', () => {
    expect(reasonsFor([position('The match was moved because of rain.')])).toEqual([]);
  });
  it('does not take what was said for why: a speech verb introduces a claim, not a reason', () => {
    expect(
      reasonsFor([
        position(
          'Ruritania claims the number of recognitions is 80, stating that some states have withdrawn recognition.',
        ),
        position(
          'The minister said the country was analysing the independence declaration, saying that it took note.',
        ),
      ]),
    ).toEqual([]);
  });
  it('reads an actor’s argument as its reason: the clause after “argues that” (pages review 7, finding 4)', () => {
    const [reason] = reasonsFor([
      position(
        'Ruritania argues that such a unilateral declaration of independence sets a dangerous precedent, potentially undermining the legal order.',
      ),
    ]);
    // Whose argument it is stays with it when the sentence opens on its holder (re-check 9, N1).
    expect(reason?.text).toBe(
      'Ruritania argues that such a unilateral declaration of independence sets a dangerous precedent, potentially undermining the legal order',
    );
  });
  it('reads a view held, a belief and "the main reason" as reasons (pages review 9, #2)', () => {
    expect(
      reasonsFor(
        [
          position(
            'Ruritania takes the view that the province was not a unique case, but rather a dangerous precedent for states that face separatism.',
          ),
          position(
            'In March 2031, the minister stated that while Ruritania sympathised with its neighbours, it believed that international law had to be respected.',
          ),
          position(
            'While this matters, the main reason Ruritania does not recognise the independence of the province remains the northern question.',
          ),
          position(
            'Ruritania has not recognised the province as it considers the declaration a breach of its neighbour’s sovereignty.',
          ),
        ],
        4,
      ).map((r) => r.text),
    ).toEqual([
      'Ruritania takes the view that the province was not a unique case, but rather a dangerous precedent for states that face separatism',
      '…international law had to be respected',
      '…the main reason Ruritania does not recognise the independence of the province remains the northern question',
      '…as it considers the declaration a breach of its neighbour’s sovereignty',
    ]);
  });
  it('takes no comparative or temporal "as" for a reason', () => {
    expect(
      reasonsFor([
        position(
          'This view applies as much to the province as it does to other regions seeking independence.',
        ),
        position(
          'The ministry said Ruritania was following the situation as it develops in order to adopt a position on the independence declaration.',
        ),
      ]),
    ).toEqual([]);
  });
  it('leaves out a reason the lead’s latest statement already opens with, even cut (pages review 9, #8)', () => {
    const text =
      'According to leaked cables, Ruritania did not want to take a position on the province due to concerns with the precedent for the northern tribe, a people of the west, which had an active separatist movement for independence.';
    const shown =
      'According to leaked cables, Ruritania did not want to take a position on the province due to concerns with the precedent for the northern tribe, a people of the west …';
    expect(reasonsFor([position(text)], 3, shown)).toEqual([]);
    expect(reasonsFor([position(text)], 3, 'Something else.')).toHaveLength(1);
  });
  it('reads the view a consequence is drawn from as the reason: the clause before “therefore” (pages review 7, finding 4)', () => {
    const [reason] = reasonsFor([
      position(
        'The capital views the province as an integral part of Freedonia and, therefore, believes that its independence is a violation of Freedonia’s sovereignty.',
      ),
    ]);
    expect(reason?.text).toBe('The capital views the province as an integral part of Freedonia');
    // What a speaker stressed holds, not who stressed it; an adverb inside a clause is no connective.
    expect(
      reasonsFor([
        position(
          'On 6 October 2008, a director of the ministry stressed that Ruritania does not wish to encourage secession in any country and therefore does not support the independence of the province.',
        ),
        position('The ministry said the declaration could thus pose a threat to sovereign states.'),
      ]).map((r) => r.text),
    ).toEqual(['Ruritania does not wish to encourage secession in any country']);
    // A sentence that opens with the connective gives its reason elsewhere.
    expect(
      reasonsFor([position('Therefore, Ruritania does not recognise the independence.')]),
    ).toEqual([]);
  });
  it('keeps the statement and its first source line beside the reason', () => {
    const p = position('Ruritania waits because of its own territorial dispute.');
    expect(reasonsFor([p])).toEqual([
      {
        text: '…because of its own territorial dispute',
        position: p,
        source: { source: 's', section: ['S'], line: 3, anchor: 'L3', excerpt: p.text },
        by: null,
      },
    ]);
  });
  it('reads the reason from a later sentence of the statement, one reason per statement', () => {
    const reasons = reasonsFor([
      position(
        'Ruritania has not decided. It waits due to concern about secession. It also cites precedent because of history.',
      ),
    ]);
    expect(reasons.map((r) => r.text)).toEqual(['…because of concern about secession']);
  });
  it('skips statements on another topic and statements with no source line', () => {
    expect(
      reasonsFor([
        position('Ruritania objects because of territorial integrity.', { topic: 'relations' }),
        position('Ruritania objects because of sovereignty.', { sources: [] }),
      ]),
    ).toEqual([]);
  });
  it('gives each reason once, and no more than the limit', () => {
    const texts = reasonsFor(
      [
        position('A objects because of the precedent for secession.'),
        position('B objects because of the precedent for secession.'),
        position('C objects citing international law.'),
        position('D objects based on its sovereignty.'),
      ],
      2,
    ).map((r) => r.text);
    expect(texts).toEqual(['…because of the precedent for secession', '…citing international law']);
  });
  it('leaves out a reason whose words the lead shows besides, in its latest statement (re-check 8, #5)', () => {
    const latest =
      'At the court, the Ruritanian delegation argued that the declaration "breaches the obligation to respect the territorial integrity of Borduria", and that any solution "did not abolish Borduria’s sovereignty".';
    const texts = reasonsFor(
      [
        position('The minister said Ruritania objects because of the precedent for secession.'),
        position(latest, { id: 'latest' }),
        position('Ruritania objects citing international law.'),
      ],
      3,
      latest,
    ).map((r) => r.text);
    expect(texts).toEqual(['…because of the precedent for secession', '…citing international law']);
  });
  it('cuts a long clause where a phrase ends, never inside one, and marks the cut (pages review 9, #7)', () => {
    const long = `because of the status ${'and the long history '.repeat(12)}of it`;
    const [reason] = reasonsFor([position(`Ruritania objects ${long}.`)]);
    // 22 + 9 × 21 = 211 characters, then "and the l" reaches 220: the cut goes back to before the
    // "and" that opens the phrase, not after "and the".
    expect(reason?.text).toBe(
      '…because of the status and the long history and the long history and the long history and the long history and the long history and the long history and the long history and the long history and the long history …',
    );
    const [belarus] = reasonsFor([
      position(
        `The ministry said the settlement should progress under international law, based on resolution 99 which is the founding document certifying the sovereignty and territorial integrity of the Republic of Ruritania and its ${'neighbouring '.repeat(3)}lands, and based on the key provisions of the Charter and the Final Act, with the essential role of the Council bearing responsibility for peace.`,
      ),
    ]);
    expect(belarus?.text).toBe(
      '…based on resolution 99 which is the founding document certifying the sovereignty and territorial integrity of the Republic of Ruritania and its neighbouring neighbouring neighbouring lands …',
    );
  });
  it('keeps a quotation the reason is cut from inside as one, never a stray mark (pages review 9, #7: Uruguay; review 10, #2)', () => {
    const [reason] = reasonsFor([
      position(
        'According to a paper, "Ruritania has not recognised the province, because doing so would not accord with its three pillars of recognition."',
      ),
    ]);
    expect(reason?.text).toBe(
      '…"because doing so would not accord with its three pillars of recognition"',
    );
  });
  it('gives an opening pronoun its antecedent: the actor for "it", the speaker for "he" unless the label names him (pages review 9, #6)', () => {
    const ruritania = { type: 'state' as const, id: 'r', name: 'Ruritania' };
    const [it_] = reasonsFor([
      position(
        'The minister said that Ruritania would not recognise the province because it "supports the principle of territorial integrity", and he stressed the resolution.',
        {
          voice: 'reported',
          actor: ruritania,
          speaker: { name: 'Ana Petrova', role: null },
          speakers: [],
        },
      ),
    ]);
    expect(it_?.text).toBe(
      '…because [Ruritania] "supports the principle of territorial integrity", and he stressed the resolution',
    );
    const [he] = reasonsFor([
      position('The president refused to sign the recognition as he had not been consulted.', {
        voice: 'reported',
        actor: ruritania,
        speaker: { name: 'Ana Petrova', role: null },
        speakers: [],
      }),
    ]);
    expect(he?.text).toBe('…as [Ana Petrova] had not been consulted');
    const [labelled] = reasonsFor([
      position('The president refused to sign the recognition as he had not been consulted.', {
        voice: 'stated',
        actor: ruritania,
        speaker: { name: 'Ana Petrova', role: null },
        speakers: [{ name: 'Ana Petrova', role: null }],
      }),
    ]);
    expect(labelled?.by).toBe('Ana Petrova');
    expect(labelled?.text).toBe('…as he had not been consulted');
  });
});

describe('latest dated statement', () => {
  it('is the statement with the latest date of its own, undated ones left out', () => {
    const early = position('a', { id: 'a', date: '2009-03' });
    const late = position('b', { id: 'b', date: '2012-01-15' });
    const undated = position('c', { id: 'c', date: null });
    expect(latestStatement([late, undated, early])?.position.id).toBe('b');
  });
  it('is undefined when no statement has a date', () => {
    expect(latestStatement([position('c')])).toBeUndefined();
    expect(latestStatement([])).toBeUndefined();
  });
});

describe('latest statement: by date, by the date its source places it after, then by source order', () => {
  const at = (line: number) => [
    { source: 's', section: ['S'], line, anchor: `L${line}`, excerpt: '' },
  ];
  // Mali's page (pages review 7, finding 6): its one statement has no date of its own, but its
  // source places it after the August note; it is the latest, and the lead says when.
  it('takes a statement placed after a date as later than anything within that date', () => {
    const note = position('a', { id: 'a', date: '2031-08-15', voice: 'stated', sources: at(3) });
    const denial = position('b', {
      id: 'b',
      voice: 'stated',
      qualifiedDate: { qualifier: 'after', date: '2031-08' },
      sources: at(4),
    });
    const latest = latestStatement([denial, note]);
    expect(latest?.position.id).toBe('b');
    expect(latestWhen(latest!)).toBe('after August 2031');
    expect(latestLabel(latest!, 'Ruritanian officials')).toBe(
      'Latest statement, by Ruritanian officials: after August 2031.',
    );
    // A joint act is told as one (pages review 10, #1).
    expect(latestLabel(latest!, null, null, 'Elbonia and Freedonia')).toBe(
      'Latest statement, jointly with Elbonia and Freedonia: after August 2031.',
    );
    // Nothing known makes it later than a statement dated in a later month.
    const september = position('c', { id: 'c', date: '2031-09', voice: 'stated', sources: at(5) });
    expect(latestStatement([denial, note, september])?.position.id).toBe('c');
    expect(latestWhen(latestStatement([denial, note, september])!)).toBe('September 2031');
  });
  it('takes an undated act its paragraph tells after a dated one as later, and says so', () => {
    const text =
      'On 29 March 2031 the minister said yes. Then the spokesman stated that he had been misread.';
    const said = position('On 29 March 2031 the minister said yes.', {
      id: 'said',
      date: '2031-03-29',
      voice: 'stated',
      sources: at(7),
    });
    const misread = position('Then the spokesman stated that he had been misread.', {
      id: 'misread',
      voice: 'stated',
      sources: at(7),
    });
    const offset = (p: Position) => text.indexOf(p.text);
    const latest = latestStatement([misread, said], offset);
    expect(latest?.position.id).toBe('misread');
    expect(latestWhen(latest!)).toBe(
      'undated; the source tells it after the statement of 29 March 2031',
    );
    // A sentence a person writes, the speaker named once (pages review 8, finding 7).
    expect(latestLabel(latest!, 'the government spokesman')).toBe(
      'Latest statement, by the government spokesman: undated; the source tells it after the statement of 29 March 2031.',
    );
  });
  it('does not take a statement its paragraph tells after a dated one as later when it says it went before', () => {
    const said = position('a', { id: 'said', date: '2031-03-29', voice: 'stated', sources: at(7) });
    const told = (id: string, text: string) =>
      position(text, { id, voice: 'stated', sources: at(7) });
    const offsets: Record<string, number> = { said: 0 };
    const offset = (p: Position) => offsets[p.id] ?? 50;
    for (const text of [
      'The National Assembly had issued a statement condemning the declaration.',
      'Earlier, the ministry said it would wait.',
    ])
      expect(latestStatement([said, told('back', text)], offset)?.position.id).toBe('said');
    // A pluperfect inside what was said is told in order: the saying came after.
    expect(
      latestStatement(
        [said, told('on', 'The spokesman stated that the minister had been misinterpreted.')],
        offset,
      )?.position.id,
    ).toBe('on');
  });
  it('does not order across paragraphs, nor a description, nor without knowing where each stands', () => {
    const said = position('x', { id: 'said', date: '2031-03-29', voice: 'stated', sources: at(7) });
    const elsewhere = position('y', { id: 'elsewhere', voice: 'stated', sources: at(9) });
    const described = position('z', { id: 'described', voice: 'described', sources: at(7) });
    const offsets: Record<string, number> = { said: 0, elsewhere: 50, described: 50 };
    const offset = (p: Position) => offsets[p.id] ?? -1;
    expect(latestStatement([said, elsewhere, described], offset)?.position.id).toBe('said');
    const unknown = position('w', { id: 'unknown', voice: 'stated', sources: at(7) });
    expect(latestStatement([said, unknown])?.position.id).toBe('said');
  });
  it('keeps a dated statement "Latest dated" and is undefined with nothing placed', () => {
    const dated = position('a', { id: 'a', date: '2009-03', voice: 'described' });
    expect(latestStatement([dated])?.placement.kind).toBe('dated');
    expect(latestWhen(latestStatement([dated])!)).toBe('March 2009');
    expect(latestLabel(latestStatement([dated])!, null)).toBe(
      'Latest dated statement: March 2009.',
    );
    expect(toldBy('Ruritania - Foreign Relations')).toBe('Ruritania - Foreign Relations says:');
    // A body without a name of its own is "the" one (re-check 8, #6).
    expect(latestLabel(latestStatement([dated])!, 'Ruritanian delegation')).toBe(
      `Latest dated statement, by the Ruritanian delegation: ${latestWhen(latestStatement([dated])!)}.`,
    );
    expect(latestStatement([position('c', { id: 'c', voice: 'stated' })])).toBeUndefined();
  });
});

describe('the pointer to the statement a latest statement leans on', () => {
  it('is the site’s own sentence, set apart from what the source says (re-check 8, finding 3)', () => {
    const label = leanedOnLabel('Ana Petrova, Ruritanian Foreign Minister', '11 February 2008');
    expect(label).toBe(
      'following the statement by Ana Petrova, Ruritanian Foreign Minister, of 11 February 2008',
    );
    expect(label).not.toContain('says:');
    expect(leanedOnLabel('Ruritanian government', null)).toBe(
      'following the statement by the Ruritanian government',
    );
  });
  it('is a clause of the label, which reads as one sentence (the brief’s #5: Cyprus)', () => {
    const dated = position('This stance was reiterated in October 2009.', {
      id: 'r',
      date: '2009-10',
      voice: 'stated',
    });
    expect(
      latestLabel(
        latestStatement([dated])!,
        'Ivan Horvat',
        leanedOnLabel('Ana Petrova, Ruritanian Foreign Minister', '11 February 2008'),
      ),
    ).toBe(
      'Latest dated statement, by Ivan Horvat: October 2009, following the statement by Ana Petrova, Ruritanian Foreign Minister, of 11 February 2008.',
    );
  });
});

describe('a lead whose first words point back (re-check 8, #6)', () => {
  const line =
    'On 2 May 2009 the minister, Ann Smith, gave an interview in Borduria, in which she said Ruritania would recognise Freedonia. The printed version of the interview led the opposition to call for her resignation, and the spokesman stated that the minister had been misquoted.';
  it('is told by a pronoun or an unintroduced "the <noun>" in its first clause', () => {
    expect(
      pointsBack(
        'The printed version of the interview led the opposition to call for her resignation, and',
      ),
    ).toBe(true);
    expect(pointsBack('This stance was repeated in 2010.')).toBe(true);
    expect(pointsBack('It was denied by the ministry.')).toBe(true);
    expect(pointsBack('The decision was welcomed.')).toBe(true);
  });
  it('is not told by a name, a date, or a role the page’s actor holds', () => {
    expect(pointsBack('On 2 May 2009 the minister, Ann Smith, gave an interview.')).toBe(false);
    expect(
      pointsBack('The government spokesman stated that the minister had been misquoted.'),
    ).toBe(false);
    expect(pointsBack('The Government of Ruritania does not recognise Freedonia.')).toBe(false);
    expect(pointsBack('Ruritania recognised Freedonia in 2009.')).toBe(false);
    expect(pointsBack('The minister Ann Smith said her government would not.')).toBe(false);
  });
  it('gets the source’s sentence before it, and nothing for a line’s first sentence', () => {
    expect(sentenceBefore(line, 'The printed version of the interview led the opposition')).toBe(
      'On 2 May 2009 the minister, Ann Smith, gave an interview in Borduria, in which she said Ruritania would recognise Freedonia.',
    );
    expect(sentenceBefore(line, 'On 2 May 2009 the minister, Ann Smith')).toBeNull();
    expect(sentenceBefore(line, 'Words the line does not hold at all')).toBeNull();
  });
});

describe('the label of a lead’s reasons (re-check 9, N3)', () => {
  it('does not say "reason" twice when the reason’s own words name it one', () => {
    expect(
      reasonsLabel([{ text: '…the main reason Ruritania does not recognise Borduria remains X' }]),
    ).toBe('The sources say:');
    expect(
      reasonsLabel([{ text: 'the reason given was the border' }, { text: 'because of Y' }]),
    ).toBe('The sources say:');
  });

  it('names them reasons otherwise', () => {
    expect(reasonsLabel([{ text: 'because of objections to the plan' }])).toBe(
      'The reason the sources give:',
    );
    expect(reasonsLabel([{ text: 'because of X' }, { text: 'due to reasonable doubts' }])).toBe(
      'Reasons the sources give:',
    );
  });
});
