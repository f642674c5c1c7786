import { describe, expect, it } from 'vitest';
import {
  agree,
  articleFor,
  reporterPhrase,
  count,
  listAnd,
  listAndParts,
  runningArticle,
} from '../../../../src/lib/site/english';
import { voiceLabel, voicesIn, VOICE_LABEL } from '../../../../src/lib/site/statement';

describe('English from counts and lists', () => {
  it('agrees in number and joins lists as a person writes them', () => {
    expect(count(1, 'member')).toBe('1 member');
    expect(count(5, 'member')).toBe('5 members');
    expect(agree(1, 'does', 'do')).toBe('does');
    expect(listAnd(['Cyprus', 'Greece', 'Spain'])).toBe('Cyprus, Greece and Spain');
    expect(listAndParts(3)).toEqual([
      { item: 0 },
      { literal: ', ' },
      { item: 1 },
      { literal: ' and ' },
      { item: 2 },
    ]);
  });
});

describe('the article before a name', () => {
  it('reads names built on a common noun with "the", proper names and acronyms without', () => {
    expect(articleFor('European Union')).toBe('the ');
    expect(articleFor('United States')).toBe('the ');
    expect(articleFor('Council of Europe')).toBe('the ');
    // "by Central European Free Trade Agreement itself" lacked it (pages review 8, #10).
    expect(articleFor('Central Ruritanian Free Trade Agreement')).toBe('the ');
    expect(articleFor('Southeast Ruritanian Co-operation Initiative')).toBe('the ');
    expect(articleFor('International Olympic Committee')).toBe('the ');
    // An association is "the" one too (FIFA's lead read "Fédération … Association is a …").
    expect(articleFor('Fédération Internationale de Football Association')).toBe('the ');
    expect(articleFor('Organization for Security and Co-operation in Europe')).toBe('the ');
    expect(articleFor('Serbia')).toBe('');
    expect(articleFor('NATO')).toBe('');
    expect(articleFor('Czech Republic')).toBe('the ');
    expect(articleFor('The Bahamas')).toBe('');
    // A body or a role without a name of its own: "by Argentine delegation" lacked it (re-check 8, #6).
    expect(articleFor('Ruritanian delegation')).toBe('the ');
    expect(articleFor('Freedonian government')).toBe('the ');
    expect(articleFor('Ruritania authorities')).toBe('the ');
    expect(articleFor("Ruritania's foreign ministry")).toBe('');
    expect(articleFor("Ruritania's Ministry of Foreign Affairs")).toBe('');
    expect(articleFor("People's Republic of Freedonia")).toBe('the ');
    expect(articleFor('Ana Petrova')).toBe('');
  });
});

describe('voices', () => {
  it('has a badge and a meaning for every voice, including those the extraction is adding', () => {
    for (const v of ['stated', 'quoted', 'reported', 'described', 'analysis'] as const)
      expect(VOICE_LABEL[v].badge.length).toBeGreaterThan(0);
    expect(voiceLabel('unknown-yet').badge).toBe('unknown-yet');
    expect(voicesIn([{ voice: 'analysis' }, { voice: 'stated' }])).toEqual(['stated', 'analysis']);
  });

  it('says what each voice means as the export schema defines it (re-check 6: a described stance can be dated)', () => {
    // `described` is a stance or policy told without an act — it may carry a "since" date, so the
    // legend must not promise "no date or speaker"; `reported` is someone else's account.
    expect(VOICE_LABEL.described.meaning).toBe(
      'the source’s own summary of the actor’s stance or policy, not an act on one occasion; not the actor’s words',
    );
    expect(VOICE_LABEL.reported.meaning).toBe(
      'what someone else, named or not, says the actor said or did; the source tells who reports it',
    );
  });
});

describe('BibTeX keys', () => {
  it('are the speaker’s surname, else the actor, and the year', async () => {
    const { citationKey } = await import('../../../../src/lib/site/citation');
    const actor = { type: 'state' as const, id: 'belarus', name: 'Belarus' };
    expect(
      citationKey({
        date: '2008-02',
        actor,
        speaker: { name: 'Alexander Lukashenko', role: null },
      }),
    ).toBe('Lukashenko2008');
    expect(citationKey({ date: null, actor, speaker: null })).toBe('Belarusnd');
    expect(citationKey({ date: '2010', actor, speaker: { name: 'Vuk Jeremić', role: null } })).toBe(
      'Jeremic2010',
    );
  });
});

describe('people', () => {
  it('are speakers named as persons, not ministries, delegations or parties', async () => {
    const { isPerson, personId } = await import('../../../../src/lib/site/people');
    expect(isPerson('Alexander Lukashenko')).toBe(true);
    expect(isPerson('Cemilev')).toBe(true);
    for (const body of [
      'Belarusian Foreign Ministry',
      'Bolivian delegation',
      'Kosovo’s foreign ministry',
      'European Solidarity party',
      'Moldovan government',
    ])
      expect(isPerson(body), body).toBe(false);
    expect(personId('Ekmeleddin İhsanoğlu')).toBe('ekmeleddin-ihsanoglu');
  });
});

describe('a mid-sentence "The" before a role (re-check 8, #12: "by The President of Cyprus")', () => {
  it('is lower-cased before a role or an office', () => {
    expect(
      runningArticle('It was said again in 2009 by The President of Ruritania Ann Smith.'),
    ).toBe('It was said again in 2009 by the President of Ruritania Ann Smith.');
    expect(runningArticle('Later, The Foreign Ministry of Ruritania agreed.')).toBe(
      'Later, the Foreign Ministry of Ruritania agreed.',
    );
  });
  it('is kept in a proper name and at a sentence’s start', () => {
    const names = 'The court in The Hague heard The Gambia, and The Times reported it.';
    expect(runningArticle(names)).toBe(names);
    expect(runningArticle('The President of Ruritania spoke. The Minister left.')).toBe(
      'The President of Ruritania spoke. The Minister left.',
    );
  });
});

describe('reporterPhrase', () => {
  it('gives a description the source introduced its article again, and leaves names alone', () => {
    expect(reporterPhrase('leaked 2011 cable from the embassy in Lima')).toBe(
      'a leaked 2011 cable from the embassy in Lima',
    );
    expect(reporterPhrase('unnamed report')).toBe('an unnamed report');
    expect(reporterPhrase('an unnamed report')).toBe('an unnamed report');
    expect(reporterPhrase('Interfax')).toBe('Interfax');
    expect(reporterPhrase('the Peruvian daily El Comercio')).toBe('the Peruvian daily El Comercio');
  });
});
