import { describe, expect, it } from 'vitest';
import type { Position } from '../../../../src/schemas';
import {
  byDate,
  latestSortDate,
  speakerOf,
  statementHeading,
  summarySpeaker,
  statementYears,
  leadWords,
  cutsReason,
  saidBy,
  summaryWords,
  wordsAround,
  placedWords,
  quotesSetApart,
} from '../../../../src/lib/site/statement';

describe('statement headings carry the date as written and the speaker', () => {
  const actor = { type: 'state' as const, id: 'belarus', name: 'Belarus' };
  it("uses the statement's speaker and role", () => {
    const p = {
      date: '2008-02',
      actor,
      speaker: { name: 'Alexander Lukashenko', role: 'Belarusian President' },
    };
    expect(statementHeading(p)).toBe('February 2008 — Alexander Lukashenko, Belarusian President');
    expect(speakerOf({ ...p, speaker: { name: 'A', role: null } })).toBe('A');
  });
  it('says whose words a statement is as its heading does, or null when only its actor speaks', () => {
    const p = { actor, speaker: { name: 'Erato Example', role: 'Ruritanian Foreign Minister' } };
    expect(saidBy(p)).toBe('Erato Example, Ruritanian Foreign Minister');
    expect(saidBy(p, false)).toBe('Erato Example');
    const spokesman = { name: null, role: 'presidential spokesman' };
    expect(saidBy({ actor, speaker: null, speakers: [spokesman] }, false)).toBe(
      'the presidential spokesman',
    );
    expect(saidBy({ actor, speaker: null })).toBeNull();
  });
  it('sets no "the" before a role the source gives with its own determiner (pages review 9, #11)', () => {
    const some = { name: null, role: 'Some Ruritanian and Bordurian deputies' };
    expect(statementHeading({ date: null, actor, speaker: null, speakers: [some] })).toBe(
      'Undated — Some Ruritanian and Bordurian deputies',
    );
    expect(saidBy({ actor, speaker: null, speakers: [{ name: null, role: 'two envoys' }] })).toBe(
      'two envoys',
    );
    expect(
      saidBy({ actor, speaker: null, speakers: [{ name: null, role: 'Ruritania’s envoy' }] }),
    ).toBe('Ruritania’s envoy');
  });
  it('falls back to the actor and marks undated statements', () => {
    expect(statementHeading({ date: null, actor, speaker: null })).toBe('Undated — Belarus');
  });
  it('starts the name in a heading with a capital, a role alone too (pages review 8, #12)', () => {
    const spokesman = { name: null, role: 'government spokesman' };
    expect(statementHeading({ date: null, actor, speaker: null, speakers: [spokesman] })).toBe(
      'Undated — The government spokesman',
    );
  });
  it('orders statements by date with a stable tie-break, undated last', () => {
    const ps = [
      { id: 'b', date: '2008-02' },
      { id: 'c', date: null },
      { id: 'a', date: '2008-02' },
      { id: 'd', date: '2007' },
    ];
    expect(byDate(ps).map((p) => p.id)).toEqual(['d', 'a', 'b', 'c']);
  });
  it('gives the latest date for sorting and the distinct years', () => {
    expect(latestSortDate([{ date: '2008-02' }, { date: '2022' }, { date: null }])).toBe(
      '2022-01-01',
    );
    expect(latestSortDate([{ date: null }])).toBeNull();
    expect(
      statementYears([{ year: 2022 }, { year: 2008 }, { year: 2008 }, { year: null }]),
    ).toEqual([2008, 2022]);
  });
});

// A statement with no sentence to lean on recorded by the ingest.
const alone = (text: string): Pick<Position, 'text' | 'context'> => ({ text, context: null });

describe('summaryWords', () => {
  it('marks a statement cut from its sentence with an ellipsis, and leaves a whole one as it is', () => {
    expect(
      summaryWords(alone('after which Ruritania imposed a tax on goods from Freedonia.'), 30),
    ).toBe('… after which Ruritania imposed …');
    expect(summaryWords(alone('Ruritania imposed a tax.'), 30)).toBe('Ruritania imposed a tax.');
  });
});

describe('wordsAround', () => {
  const said =
    'On 23 June 2008, the president of Ruritania sent a message to his Freedonian counterpart saying that the border would stay open.';
  const text = alone(said);

  it('gives the words around a mention past the opening, with an ellipsis on each cut side', () => {
    expect(wordsAround(text, said.indexOf('Freedonian'), 60)).toBe(
      '… a message to his Freedonian counterpart saying that the …',
    );
  });

  it('gives the opening words when the mention is among them, or none is found', () => {
    expect(wordsAround(text, said.indexOf('Ruritania'), 90)).toBe(
      'On 23 June 2008, the president of Ruritania sent a message to his Freedonian counterpart …',
    );
    expect(wordsAround(text, undefined, 40)).toBe('On 23 June 2008, the president of …');
    expect(wordsAround(alone('Short text naming Freedonia.'), 18, 90)).toBe(
      'Short text naming Freedonia.',
    );
  });

  it('does not open inside a title or a name, but at its first word', () => {
    const song =
      'In 2018, a singer born in Ruritania was permitted to perform the song Live It Up in the 2018 Freedonia World Cup held there.';
    expect(wordsAround(alone(song), song.indexOf('Freedonia World'), 56)).toBe(
      '… Live It Up in the 2018 Freedonia World Cup held there.',
    );
  });

  it('keeps the window inside the text when the mention is near its end', () => {
    const out = wordsAround(text, said.indexOf('open'), 60);
    expect(out).toBe('… counterpart saying that the border would stay open.');
  });
});

describe('leadWords: what a lead quotes of the latest statement', () => {
  it('gives the whole first sentence when it is not long, not words cut before their object', () => {
    const text =
      'In May 2014, it was reported that Ruritania’s Ministry of Foreign Affairs had sent a note to officials informing them that they had recognised its independence. However, the officials denied it.';
    expect(leadWords(text)).toBe(
      'In May 2014, it was reported that Ruritania’s Ministry of Foreign Affairs had sent a note to officials informing them that they had recognised its independence.',
    );
  });

  it('does not end the sentence at an abbreviation', () => {
    expect(leadWords('Mr. Smith, the U.S. envoy to Ruritania, said so. Then he left.')).toBe(
      'Mr. Smith, the U.S. envoy to Ruritania, said so.',
    );
  });

  it('cuts a long sentence at a clause boundary after its object, not at a word before it (pages review 5, finding 3)', () => {
    const text =
      'In March 2031, the envoy of Ruritania’s office for Borduria, Anna Example, announced that the Ruritanian Council had decided to allow the free passage of all lorries with Bordurian plates across Ruritanian land, starting from 1 May 2031, and that the rule would be reviewed.';
    const undated = text.replace(
      ', starting from 1 May 2031,',
      ', for the coming years of talks between the two capitals,',
    );
    expect(leadWords(undated)).toBe(
      'In March 2031, the envoy of Ruritania’s office for Borduria, Anna Example, announced that the Ruritanian Council had decided to allow the free passage of all lorries with Bordurian plates across Ruritanian land …',
    );
  });

  it('never drops a date or a few last words in a cut (pages review 8, finding 8)', () => {
    const text =
      'In March 2031, the envoy of Ruritania’s office for Borduria, Anna Example, announced that the Ruritanian Council had decided to allow the free passage of all lorries with Bordurian plates across Ruritanian land, starting from 1 May 2031, and that the rule would be reviewed.';
    // Dropping ", starting from 1 May 2031, …" would lose when the rule holds.
    expect(leadWords(text)).toBe(text);
    const short =
      'In March 2031, the envoy of Ruritania’s office for Borduria, Anna Example, announced that the Ruritanian Council had decided to allow the free passage of all lorries with Bordurian plates across the whole of the Ruritanian land, with no exceptions.';
    expect(leadWords(short)).toBe(short);
  });

  it('quotes a long sentence with no clause end whole, never cut at a word (pages review 7, finding 4)', () => {
    // No comma to cut at: a cut at a word would end "… long talks came …" or "… cited …".
    const long = `Ruritania said that ${'very '.repeat(19)}long talks came to the decision that the council was final and binding on all of the parties to the accord and on all who signed it later.`;
    expect(leadWords(long)).toBe(long);
    const crimea =
      'But in 2031, when it recognised the Declaration of Independence of the Republic of Borduria, Ruritania’s Ministry of Foreign Affairs cited the earlier declaration and the court’s opinion as evidence that such declarations are lawful (the precedent).';
    expect(leadWords(crimea)).toBe(crimea);
  });

  it('does not cut at a comma the main clause has not begun by: an opening phrase, a name in apposition', () => {
    const note =
      'Following the August 2031 publication of a note verbale recognising the independence of Borduria, purportedly signed by the acting President of Ruritania, Anna Example, state media in Ruritania issued a statement in which the Presidency denied it.';
    expect(leadWords(note)).toBe(note);
  });

  it('never cuts away what a verb of saying said: its "that" clause or a participle of saying (pages review 9, #1)', () => {
    // A cut at ", that" (or at the apposition's ", who") left the setting and dropped the statement.
    const affirmed =
      'On 3 May 2031, the Ruritanian Foreign Minister Anna Example visited Bordurian capital Szohod and affirmed in a joint press conference with her Bordurian counterpart, Jan Other, that Ruritania supported the territorial integrity of Borduria.';
    expect(leadWords(affirmed)).toBe(affirmed);
    const told =
      'In April 2031, it was reported that the Ruritanian president had told a Bordurian pilot, Jan Other, who was on a journey around the lakes and hills of the southern provinces, that Ruritania had already recognised Borduria but had kept it quiet.';
    expect(leadWords(told)).toBe(told);
    const letter =
      'In August 2031, the Ruritanian Parliament Speaker Anna Example received a long letter from the chairman of the Parliament of the island of Borduria, Jan Other, stating that the island states would soon take a joint decision on recognition.';
    expect(leadWords(letter)).toBe(letter);
  });

  it('still cuts after what was said has begun', () => {
    const said = `Ruritania's minister said that the talks had ended with the ${'long and careful '.repeat(6)}decision to wait, while the other ministers of the council stayed away from the talks and from the city and its many halls for weeks.`;
    expect(leadWords(said)).toBe(said.slice(0, said.indexOf(', while')) + ' …');
  });

  it('falls back to the opening words when the first sentence is long', () => {
    const long = `Ruritania said ${'that it would wait and see, '.repeat(10)}and then decide.`;
    const words = leadWords(long);
    // Cut at the last comma within the sentence budget: a whole "that it would wait and see".
    expect(words).toBe(
      `Ruritania said ${'that it would wait and see, '.repeat(6)}that it would wait and see …`,
    );
  });
});

describe('summarySpeaker: who spoke, once, in a statement in brief (pages review 8, #12)', () => {
  const actor = { type: 'state' as const, id: 'ruritania', name: 'Ruritania' };
  const speaker = { name: 'Anna Example', role: 'Ruritanian Foreign Minister' };
  it('names the speaker the opening words do not name', () => {
    expect(summarySpeaker({ actor, speaker }, 'The minister said no.')).toBe(
      ', Anna Example, Ruritanian Foreign Minister',
    );
  });
  it('does not name again a speaker the opening words name, nor the actor itself', () => {
    expect(
      summarySpeaker({ actor, speaker }, 'In February 2031, Foreign Minister Anna Example said …'),
    ).toBe('');
    expect(summarySpeaker({ actor, speaker: { name: 'Ruritania', role: null } }, 'x')).toBe('');
  });
});

describe('leadWords keeps a relative clause that finishes a reason (re-check 9, N2)', () => {
  it('does not cut the relative clause that says why a precedent matters', () => {
    const reason =
      'According to a leaked memo, Ruritania did not want to take a stand on the matter due to concerns with the precedent for the Bordurian minority, a people living mostly in the eastern hills, which had a strong movement for independence from Ruritania.';
    expect(leadWords(reason)).toBe(reason);
    expect(cutsReason(reason, reason.indexOf(', which'))).toBe(true);
  });

  it('still drops a relative clause after a main clause with no reason open', () => {
    const plain = `In March 2031, the Ruritanian foreign minister met her Bordurian counterpart in the capital and signed a ${'long and careful '.repeat(5)}treaty, which the two parliaments ratified in the following spring after long debates.`;
    expect(cutsReason(plain, plain.indexOf(', which'))).toBe(false);
    expect(leadWords(plain)).toBe(`${plain.slice(0, plain.indexOf(', which'))} …`);
  });

  it('a reason closed by a semicolon before the relative clause may lose it', () => {
    const closed =
      'Ruritania abstained because of the precedent; the vote passed, which surprised many.';
    expect(cutsReason(closed, closed.indexOf(', which'))).toBe(false);
  });
});

describe('placedWords: a statement placed only against a date (pages review 9, #13)', () => {
  it('words a state of things as of a date as one, and anything placed after or since one as undated', () => {
    expect(placedWords({ qualifier: 'since', date: '2010-08' })).toBe(
      'undated, some time since August 2010',
    );
    expect(placedWords({ qualifier: 'as of', date: '2011' })).toBe(
      'the state of things as of 2011, not something said then',
    );
    expect(placedWords({ qualifier: 'after', date: '2008' })).toBe('undated, some time after 2008');
    expect(placedWords({ qualifier: 'by', date: '2010' })).toBe('undated, by 2010');
  });
});

describe('quotesSetApart', () => {
  const quote = (text: string, speaker: string | null) =>
    ({ text, speaker, kind: 'speech' }) as unknown as Position['quotes'][number];
  it('sets apart a quotation the card does not show whole, not a marked term or a shown quote', () => {
    const text = 'The minister called it "principled" and said "we will not change course".';
    expect(
      quotesSetApart({
        text,
        quotes: [
          quote('principled', null),
          quote('we will not change course', 'Ana Ruiz'),
          quote('the door stays open to talks with all sides', 'Ana Ruiz'),
        ],
      }).map((q) => q.text),
    ).toEqual(['the door stays open to talks with all sides']);
  });
});
