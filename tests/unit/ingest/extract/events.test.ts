/**
 * The event rules (src/ingest/extract/events.ts) are grammar: each is tested here on sentences
 * written for the test, not taken from the sources, so a rule that only fits one source sentence
 * fails. Membership joins come from membership.ts and the editorial `membership` patterns.
 */
import { describe, expect, it } from 'vitest';
import { classifyEvent, eventActs } from '../../../../src/ingest/extract/events';
import type { SourcePatterns } from '../../../../src/shared/sourcePatterns';

const NO_PHRASES: Pick<SourcePatterns, 'membership' | 'events'> = { membership: [], events: [] };
const classify = (sentence: string) => classifyEvent(sentence, NO_PHRASES);

describe('event kinds on invented sentences', () => {
  it('a court of any name, and its ruling in the active voice', () => {
    expect(classify('On 3 May 2011 the Constitutional Court ruled that the law was void.')).toBe(
      'court',
    );
    expect(classify('The court delivered its judgment on 9 March 2015, in private.')).toBe('court');
    expect(classify('The court building was opened on 9 March 2015.')).toBeNull();
  });

  it('an assembly vote, by its adopted resolution', () => {
    expect(classify('On 4 April 2019 the Assembly adopted a motion of thanks.')).toBe('vote');
    expect(classify('A Parliamentary Assembly resolution of 2 June 2016 called for talks.')).toBe(
      'vote',
    );
  });

  it('a declaration of independence, active or passive', () => {
    expect(classify('Ruritania declared its independence on 1 June 1999.')).toBe('declaration');
    expect(
      classify('the secession of Ruritania, whose independence was declared in 1999, is disputed'),
    ).toBe('declaration');
    expect(classify('Independence Day is declared a holiday in 1999.')).toBeNull();
  });

  it('an agreement concluded, or normalisation agreed with up to two words before it', () => {
    expect(classify('In 2019 both governments signed a trade agreement.')).toBe('agreement');
    expect(classify('In May 2021 the parties agreed to normalise relations.')).toBe('agreement');
    expect(classify('In May 2021 the parties agreed to a gradual normalisation of ties.')).toBe(
      'agreement',
    );
    expect(classify('In May 2021 the parties agreed for full political normalization.')).toBe(
      'agreement',
    );
    expect(
      classify('In May 2021 the parties agreed to meet again before any talk of normalisation.'),
    ).toBeNull();
  });

  it('a membership joined, by the grammar or by an editorial phrase', () => {
    expect(classify('In March 2017 Ruritania became the 190th member of the league.')).toBe(
      'membership',
    );
    expect(classify('In March 2017 Ruritania was admitted by acclamation.')).toBeNull();
    const phrase = { re: /\badmitted by acclamation\b/u, status: 'member' as const };
    const withPhrase = { membership: [phrase], events: [] } as unknown as typeof NO_PHRASES;
    expect(classifyEvent('In March 2017 Ruritania was admitted by acclamation.', withPhrase)).toBe(
      'membership',
    );
    const planned = {
      membership: [{ ...phrase, status: 'planned' as const }],
      events: [],
    } as unknown as typeof NO_PHRASES;
    expect(
      classifyEvent('In March 2017 Ruritania was admitted by acclamation.', planned),
    ).toBeNull();
  });

  it('the first rule that matches names the event: a milestone before a membership', () => {
    expect(
      classify(
        'In 2014 Ruritania became the 108th country to recognise it and became a member of the bank.',
      ),
    ).toBe('milestone');
  });

  it("an editorial phrase joins its kind's grammar, in the kind's place in the order", () => {
    const sentence = 'On 5 May 2015 the RCC ruled that the vote was void.';
    expect(classify(sentence)).toBeNull();
    const court = { membership: [], events: [{ re: /\bRCC ruled\b/u, kind: 'court' as const }] };
    expect(classifyEvent(sentence, court as unknown as typeof NO_PHRASES)).toBe('court');
    // A milestone still comes first: the phrase adds to the court rule, not ahead of the others.
    expect(
      classifyEvent(
        'In 2015 the RCC ruled on the 108th recognition.',
        court as unknown as typeof NO_PHRASES,
      ),
    ).toBe('milestone');
  });
});

describe('eventActs: one event per act, each with its date and parties', () => {
  // An invented finder: the names it knows, by id.
  const NAMES: Record<string, string> = {
    Ruritania: 'ruritania',
    Freedonia: 'freedonia',
    Kosovo: 'kosovo',
    'Nordic Council': 'nordic-council',
    Norway: 'norway',
  };
  const find = (text: string) =>
    Object.entries(NAMES)
      .filter(([name]) => text.includes(name))
      .map(([, id]) => id);
  const acts = (sentence: string) => eventActs(sentence, find, NO_PHRASES);

  it('cuts a second act dated relative to the first, and dates it from the first', () => {
    const out = acts(
      'In June 2019, Ruritania and Freedonia agreed to a proposed normalisation plan in Nordic Council-mediated talks and, through further talks, accepted a roadmap for its implementation the following month.',
    );
    expect(out.map((a) => [a.kind, a.date, a.dateRelative])).toEqual([
      ['agreement', '2019-06', null],
      ['agreement', '2019-07', 'the following month'],
    ]);
    expect(out[1]!.title).toBe(
      'Ruritania and Freedonia, through further talks, accepted a roadmap for its implementation the following month.',
    );
  });

  it("names the subject's actors and the mediator as parties, never Kosovo", () => {
    const out = acts(
      'In June 2019, Kosovo and Freedonia agreed to normalise relations in talks brokered by Norway.',
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.parties).toEqual(['freedonia', 'norway']);
    expect(acts('On 3 May 2011, Kosovo signed an agreement with Freedonia.')[0]!.parties).toEqual(
      [],
    );
  });

  it('leaves an act with no date of its own or relative to the first off', () => {
    const out = acts(
      'In June 2019, Ruritania and Freedonia agreed to normalise relations and, after long talks, accepted a roadmap for its implementation.',
    );
    expect(out.map((a) => a.date)).toEqual(['2019-06']);
  });

  it('a sentence that is not an event gives none', () => {
    expect(acts('In June 2019, Ruritania and Freedonia discussed trade.')).toEqual([]);
  });
});
