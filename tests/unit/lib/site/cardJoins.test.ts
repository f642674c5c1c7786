/**
 * The one choice between a card's dimmed context and a pointer to another card of its page
 * (re-check 7, N1): a card reads as English a person would write.
 */
import { describe, expect, it } from 'vitest';
import { cardJoins, foldedInto, inReadingOrder } from '../../../../src/lib/site/continuation';
import type { Position } from '../../../../src/schemas';

type Card = Pick<Position, 'id' | 'text' | 'sources' | 'context'>;
const sources = [{ source: 'ruritania', line: 3 }] as Position['sources'];
const enclosing = (text: string) => ({
  kind: 'enclosing' as const,
  text,
  source: 'ruritania',
  line: 3,
});
const preceding = (text: string) => ({
  kind: 'preceding' as const,
  text,
  source: 'ruritania',
  line: 3,
});

// One sentence cut in two cards at its "although".
const sentence =
  'The Government of Ruritania does not recognise Freedonia as a sovereign state, although the two countries have enjoyed normal trade since 2020 and have agreed not to block each other’s accession to the Union.';
const doesNot: Card = {
  id: 'does-not',
  text: 'The Government of Ruritania does not recognise Freedonia as a sovereign state',
  sources,
  context: enclosing(sentence),
};
const twoCountries: Card = {
  id: 'two-countries',
  text: 'the two countries have enjoyed normal trade since 2020 and have agreed not to block each other’s accession to the Union.',
  sources,
  context: enclosing(sentence),
};
// A long sentence shown whole by its own card, and a sentence that leans on it.
const longStance =
  'On 11 February 2008 the Ruritanian Foreign Minister said that Ruritania would never recognise a state declared outside the framework of the United Nations Security Council.';
const stance: Card = { id: 'stance', text: longStance, sources, context: null };
const reiterated: Card = {
  id: 'reiterated',
  text: 'This stance was reiterated in October 2009 by the President of Ruritania.',
  sources,
  context: preceding(longStance),
};
const other: Card = { id: 'other', text: 'Ruritania kept a mission.', sources, context: null };

describe('cardJoins: a clause cut from inside its sentence keeps its linking words', () => {
  it('shows "… although" before "the two countries" when no card above shows the words before it', () => {
    const { before } = cardJoins(twoCountries, [other, twoCountries, doesNot]);
    expect(before).toEqual({
      kind: 'words',
      words:
        'The Government of Ruritania does not recognise Freedonia as a sovereign state, although',
    });
  });

  it('points at the card above that shows the sentence’s first half, its linking word kept (re-check 8, #2: Serbia line 3)', () => {
    const cards = [other, doesNot, twoCountries];
    expect(cardJoins(twoCountries, cards).before).toEqual({
      kind: 'pointer',
      card: doesNot,
      below: false,
      link: '…although',
    });
    expect(cardJoins(doesNot, cards).after).toEqual({
      kind: 'pointer',
      card: twoCountries,
      below: true,
    });
  });
});

describe('cardJoins: a pointer stands for a long sentence another card shows in full', () => {
  it('points at the card above, and says "see below" of one further down', () => {
    expect(cardJoins(reiterated, [other, stance, reiterated]).before).toEqual({
      kind: 'pointer',
      card: stance,
      below: false,
    });
    expect(cardJoins(reiterated, [other, reiterated, stance]).before).toEqual({
      kind: 'pointer',
      card: stance,
      below: true,
    });
  });

  it('is never used on the page’s first card', () => {
    expect(cardJoins(reiterated, [reiterated, stance]).before).toEqual({
      kind: 'words',
      words:
        '… that Ruritania would never recognise a state declared outside the framework of the United Nations Security Council.',
    });
  });

  it('stands for a short sentence leaned on too, which another card shows (pages review 8, #2)', () => {
    const fired: Card = {
      id: 'fired',
      text: 'The president fired his air defence chief over the incident.',
      sources,
      context: null,
    };
    const replacements: Card = {
      id: 'replacements',
      text: 'Their replacements were told to use force.',
      sources,
      context: preceding(fired.text),
    };
    expect(cardJoins(replacements, [other, fired, replacements]).before).toEqual({
      kind: 'pointer',
      card: fired,
      below: false,
    });
  });

  it('shows a sentence cut in two cards, and leaned on by a third, once (pages review 8, #2: Greece)', () => {
    const both =
      'Ruritania has maintained a long-term position of supporting Borduria, and Ruritania has not recognized Freedonia’s independence.';
    const supporting: Card = {
      id: 'supporting',
      text: 'Ruritania has maintained a long-term position of supporting Borduria',
      sources,
      context: enclosing(both),
    };
    const notRecognised: Card = {
      id: 'not-recognised',
      text: 'Ruritania has not recognized Freedonia’s independence.',
      sources,
      context: enclosing(both),
    };
    const however: Card = {
      id: 'however',
      text: 'However, Ruritania views the situation to be irreversible.',
      sources,
      context: preceding(both),
    };
    const cards = [other, supporting, notRecognised, however];
    expect(cardJoins(supporting, cards).after).toEqual({
      kind: 'pointer',
      card: notRecognised,
      below: true,
    });
    expect(cardJoins(notRecognised, cards).before).toEqual({
      kind: 'pointer',
      card: supporting,
      below: false,
    });
    expect(cardJoins(however, cards).before).toEqual({
      kind: 'pointer',
      card: notRecognised,
      below: false,
    });
  });

  it('is not used when the card leaned on shows only part of the sentence', () => {
    const part: Card = {
      id: 'part',
      // its card shows the rest of the sentence cut ("that Ruritania would never recognise …")
      text: 'On 11 February 2008 the Ruritanian Foreign Minister said',
      sources,
      context: enclosing(longStance),
    };
    expect(cardJoins(reiterated, [other, part, reiterated]).before?.kind).toBe('words');
  });

  it('stands for a long rest of a sentence that the next card begins exactly', () => {
    const whole =
      'Ruritania has had an ongoing discussion to relaunch reforms, concluding an arrangement for a staff-monitored programme with the fund in 2001.';
    const discussion: Card = {
      id: 'discussion',
      text: 'Ruritania has had an ongoing discussion to relaunch reforms',
      sources,
      context: enclosing(whole),
    };
    const concluding: Card = {
      id: 'concluding',
      text: 'concluding an arrangement for a staff-monitored programme with the fund in 2001.',
      sources,
      context: enclosing(whole),
    };
    expect(cardJoins(discussion, [other, discussion, concluding]).after).toEqual({
      kind: 'pointer',
      card: concluding,
      below: true,
    });
    // and the card it points at points back, its words not shown twice, its own after "…"
    expect(cardJoins(concluding, [other, discussion, concluding]).before).toEqual({
      kind: 'pointer',
      card: discussion,
      below: false,
      link: '…',
    });
  });
});

describe('cardJoins: one sentence told on two lines of a source with its commas moved', () => {
  // The February card's sentence (line 9) and the March card's (line 36) differ in a comma and a
  // hyphen: "… mediated dialogue and through further …" / "… Union-mediated dialogue and, through".
  const line9 =
    'In February 2023, Ruritania and Freedonia agreed to a proposed treaty in Union mediated dialogue and through further negotiations accepted a roadmap for it the following month.';
  const line36 =
    'In February 2023, Ruritania and Freedonia agreed to a proposed treaty in Union-mediated dialogue and, through further negotiations, accepted a roadmap for it the following month.';
  const february: Card = {
    id: 'february',
    text: 'In February 2023, Ruritania and Freedonia agreed to a proposed treaty in Union mediated dialogue',
    sources,
    context: enclosing(line9),
  };
  const march: Card = {
    id: 'march',
    text: 'through further negotiations, accepted a roadmap for it the following month. Under its terms Ruritania recognised Freedonia’s passports.',
    sources,
    context: { ...enclosing(line36), line: 36 },
  };
  it('the later card points at the earlier, with its "and,", and the earlier points on (re-check 8, #5)', () => {
    const cards = [other, february, march];
    expect(cardJoins(march, cards).before).toEqual({
      kind: 'pointer',
      card: february,
      below: false,
      link: '…and,',
    });
    expect(cardJoins(february, cards).after).toEqual({
      kind: 'pointer',
      card: march,
      below: true,
    });
  });
});

describe('cardJoins: a sentence leaned on is shown once when its card shows its rest whole', () => {
  it('points at the card whose words end the sentence after it, dimmed', () => {
    const whole =
      'Ruritania has resisted pressure to talk to Freedonia, with the backing of Borduria, which wants a settlement.';
    const resisted: Card = {
      id: 'resisted',
      text: 'Ruritania has resisted pressure to talk to Freedonia, with the backing of Borduria',
      sources,
      context: enclosing(whole),
    };
    const inReturn: Card = {
      id: 'in-return',
      text: 'In return, Ruritania sides with Borduria.',
      sources,
      context: preceding(whole),
    };
    expect(cardJoins(inReturn, [other, inReturn, resisted]).before).toEqual({
      kind: 'pointer',
      card: resisted,
      below: true,
    });
  });
});

describe('foldedInto: a card whose words another card shows whole is not shown twice', () => {
  type Folding = Card & Pick<Position, 'voice' | 'date'>;
  const described = { voice: 'described' as const, date: null };
  const first: Folding = { ...twoCountries, ...described };
  const half: Folding = { ...doesNot, ...described };
  const misc: Folding = { ...other, ...described };
  it('takes the first half into the page’s first card, which shows the sentence whole (re-check 8, #2)', () => {
    expect(foldedInto(half, [first, misc, half])).toBe(first);
    expect(foldedInto(first, [first, misc, half])).toBeNull();
  });
  it('keeps the card when the other card points at it instead', () => {
    expect(foldedInto(half, [misc, half, first])).toBeNull();
  });
  it('keeps the card when the other card tells it in another voice or with another date', () => {
    expect(foldedInto(half, [{ ...first, voice: 'stated' }, misc, half])).toBeNull();
    expect(foldedInto(half, [{ ...first, date: '2020' }, misc, half])).toBeNull();
  });
});

describe('one sentence, one card: the cases review 9 found (pages review 9, #4)', () => {
  const line = (text: string) => enclosing(text);
  const meeting =
    'On 3 May 2030, the President of Freedonia, Ana Petrova, had a meeting with the president of the Assembly, Jan Novak Kowalski, who stated that he will continue to support Freedonia in all initiatives.';
  const petrova: Card = {
    id: 'petrova',
    text: 'On 3 May 2030, the President of Freedonia, Ana Petrova, had a meeting with the president of the Assembly, Jan Novak Kowalski,',
    sources,
    context: line(meeting),
  };
  const novak: Card = {
    id: 'novak',
    text: 'the president of the Assembly, Jan Novak Kowalski, who stated that he will continue to support Freedonia in all initiatives.',
    sources,
    context: line(meeting),
  };

  it('a card whose opening another card prints as its own points at it and shows only the rest', () => {
    expect(cardJoins(novak, [petrova, novak]).before).toEqual({
      kind: 'pointer',
      card: petrova,
      below: false,
      link: '…',
      own: 'who stated that he will continue to support Freedonia in all initiatives.',
    });
  });

  it('the rest of a sentence another card prints as its own is pointed at, not repeated', () => {
    expect(cardJoins(petrova, [petrova, novak]).after).toEqual({
      kind: 'pointer',
      card: novak,
      below: true,
    });
  });

  it('a card opening on a sentence another card prints whole shows only what it adds', () => {
    const pledged: Card = {
      id: 'pledged',
      text: 'In May 2030, the chairman, Jan Novak, pledged to work for a stronger role for Freedonia. Novak added that Freedonia would in the near future be a member of the council.',
      sources,
      context: null,
    };
    const however: Card = {
      id: 'however',
      text: 'Novak added that Freedonia would in the near future be a member of the council. However, the secretary-general commented that membership depends on the members.',
      sources,
      context: null,
    };
    expect(cardJoins(however, [pledged, however]).before).toEqual({
      kind: 'pointer',
      card: pledged,
      below: false,
      link: '…',
      own: 'However, the secretary-general commented that membership depends on the members.',
    });
    // The first of two cards printing the same words keeps them; the page's first card points
    // at no card below it.
    expect(cardJoins(pledged, [pledged, however]).before).toBeNull();
    expect(cardJoins(however, [however, pledged]).before).toBeNull();
  });

  it('a sentence leaned on that a card tells after another of its own is pointed at (Belarus)', () => {
    const stated = 'They stated that the procedure is "illegal" under international law.';
    const negated: Card = {
      id: 'negated',
      text: 'Ruritania among other participants negated a right to secession. They stated that the procedure is illegal under international law.',
      sources,
      context: null,
    };
    const aligns: Card = {
      id: 'aligns',
      text: 'This position aligns with Ruritania’s general course.',
      sources,
      context: preceding(stated),
    };
    expect(cardJoins(aligns, [other, negated, aligns]).before).toEqual({
      kind: 'pointer',
      card: negated,
      below: false,
    });
  });
});

describe('inReadingOrder: a card comes after the card it follows (pages review 9, #13)', () => {
  type Dated = Card & Pick<Position, 'date' | 'voice'>;
  const resisted: Dated = {
    id: 'resisted',
    text: 'Ruritania has resisted pressure to recognise Freedonia, with the backing of its ally.',
    sources,
    context: null,
    date: null,
    voice: 'described',
  };
  const inReturn: Dated = {
    id: 'in-return',
    text: 'In return, Ruritania often aligns itself with its ally.',
    sources,
    context: preceding(resisted.text),
    date: null,
    voice: 'described',
  };
  const dated: Dated = { ...inReturn, id: 'dated', date: '2020-09' };

  it('moves an undated card below the card it leans on', () => {
    expect(inReadingOrder([inReturn, other as Dated, resisted]).map((c) => c.id)).toEqual([
      'other',
      'resisted',
      'in-return',
    ]);
  });

  it('keeps a card that shows the words of the card it follows, which is left out (Serbia line 3)', () => {
    const sentence =
      'The Government of Ruritania does not recognise Freedonia, although the two countries have normal trade since 2020.';
    const govt: Dated = {
      id: 'govt',
      text: 'The Government of Ruritania does not recognise Freedonia',
      sources,
      context: enclosing(sentence),
      date: null,
      voice: 'described',
    };
    const trade: Dated = {
      id: 'trade',
      text: 'the two countries have normal trade since 2020.',
      sources,
      context: enclosing(sentence),
      date: null,
      voice: 'described',
    };
    expect(inReadingOrder([trade, govt]).map((c) => c.id)).toEqual(['trade', 'govt']);
  });

  it('keeps a dated card where its date puts it, and an order with nothing to move', () => {
    expect(inReadingOrder([dated, resisted]).map((c) => c.id)).toEqual(['dated', 'resisted']);
    expect(inReadingOrder([resisted, inReturn]).map((c) => c.id)).toEqual([
      'resisted',
      'in-return',
    ]);
  });

  it('keeps the order when the card that would come first leans on a card shown after the list', () => {
    const recognised: Dated = {
      id: 'recognised',
      text: 'Ruritania recognised Freedonia on 18 February 2030, just after its declaration.',
      sources,
      context: null,
      date: '2030-02-18',
      voice: 'described',
    };
    const played: Dated = {
      id: 'played',
      text: 'It has played an active role in settling the question of Freedonia, first as a member of the group.',
      sources,
      context: preceding(recognised.text),
      date: null,
      voice: 'described',
    };
    const secondly: Dated = {
      id: 'secondly',
      text: 'Secondly, Ruritania kept an active presence in the field.',
      sources,
      context: preceding(played.text),
      date: null,
      voice: 'described',
    };
    expect(inReadingOrder([secondly, played], [recognised]).map((c) => c.id)).toEqual([
      'secondly',
      'played',
    ]);
    expect(inReadingOrder([secondly, played]).map((c) => c.id)).toEqual(['played', 'secondly']);
  });
});
