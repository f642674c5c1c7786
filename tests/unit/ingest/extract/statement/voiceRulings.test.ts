/**
 * Issue 15, the three voice rulings of stop 27 (tests/gold/README.md, "Voice"): a negated act tied
 * to an occasion is stated, with none described; a present verb of saying with no occasion or
 * speaker is described; an undated present perfect of continuing or repeated conduct is described,
 * of one completed act stated. Both sides of each ruling; every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { voiceOfSentence } from './fixtures';
import {
  isGenericPlural,
  negationOnOccasion,
  tellsRepetition,
} from '../../../../../src/ingest/extract/statement/aspect';

const voice = voiceOfSentence;

describe('ruling 1: a negated act', () => {
  it('tied to an occasion in its clause is stated', () => {
    expect(voice('Norland did not object to Kosovo’s application at the council.')).toBe('stated');
    expect(voice('Estavia did not oppose its accession to the two banks, including:')).toBe(
      'stated',
    );
    expect(voice('Norland has not opposed the request for admission.')).toBe('stated');
  });
  it('with its complement left unsaid points back to the occasion just told: stated', () => {
    expect(voice('Norland did not object.')).toBe('stated');
    expect(voice('Estavia, which had opened an embassy in May 2019, did not object.')).toBe(
      'stated',
    );
  });
  it('with no occasion is a standing stance: described', () => {
    expect(voice('Norland does not recognise Kosovo.')).toBe('described');
    expect(voice('Estavia has never objected to its membership.')).toBe('described');
    expect(voice('Norland did not recognise the new constitution.')).toBe('described');
    expect(voice('Estavia has not recognised the declaration.')).toBe('described');
  });
  it('reads the occasion after the negated verb only', () => {
    expect(negationOnOccasion('Norland did not object to the vote.')).toBe(true);
    expect(negationOnOccasion('After the vote, Norland did not change its policy.')).toBe(false);
    expect(negationOnOccasion('Norland never objected to the vote.')).toBe(false);
  });
});

describe('ruling 2: a present verb of saying', () => {
  it('with no date, speaker or occasion describes a standing position', () => {
    expect(voice('Valdoria claims that the declaration breached international law.')).toBe(
      'described',
    );
    expect(
      voice('Valdoria claims the number is 90, stating that two states have withdrawn.', {
        speaks: true,
      }),
    ).toBe('described');
    expect(voice('Valdoria asserts that the border is closed.', { speaks: true })).toBe(
      'described',
    );
  });
  it('with a named speaker (an organ or a person) tells an act: stated', () => {
    expect(
      voice('Its Ministry of Foreign Affairs holds that the question is for the parties.'),
    ).toBe('stated');
    expect(voice('Its foreign ministry claims that the border is closed.')).toBe('stated');
  });
  it('in the past or with a date tells an act: stated', () => {
    expect(voice('Valdoria claimed that the declaration breached international law.')).toBe(
      'stated',
    );
    expect(
      voice('Valdoria claims in a 2021 note that the declaration breached the law.', {
        dated: true,
        speaks: true,
      }),
    ).toBe('stated');
  });
  it('an impersonal passive whose agent holds the view is described; with no agent, analysis', () => {
    expect(
      voice('However, it is argued by some jurists that the treaty is void.', { speaks: true }),
    ).toBe('described');
    expect(voice('It is widely assumed that the treaty is void.', { speaks: true })).toBe(
      'analysis',
    );
  });
});

describe('ruling 3: an undated present perfect', () => {
  it('of a continuing conduct is described', () => {
    expect(voice('Ostrana has lobbied African states against recognition.')).toBe('described');
    expect(voice('Ostrana, for its part, has courted Estavia through arms sales.')).toBe(
      'described',
    );
    expect(
      voice('Foreign Minister Ana Ruiz has maintained that any change needs an agreement.', {
        speaks: true,
      }),
    ).toBe('described');
  });
  it('of a repeated conduct is described', () => {
    expect(
      voice('President Ana Ruiz has visited the capital more than a dozen times.', {
        speaks: true,
      }),
    ).toBe('described');
    expect(
      voice('Ostrana has said on several occasions that it finds the plan harmful.', {
        speaks: true,
      }),
    ).toBe('described');
  });
  it('by a class of people with no occasion is described', () => {
    expect(voice('Ostranian officials have named two conditions for any change:')).toBe(
      'described',
    );
    expect(
      voice('Valdoria’s leaders have criticised the stance as out of touch.', { speaks: true }),
    ).toBe('described');
    expect(
      voice('Northern separatists, by contrast, have cited the opinion as support.', {
        speaks: true,
      }),
    ).toBe('described');
  });
  it('of a single completed act is stated', () => {
    expect(voice('Ostrana has opened an embassy in Pristina.')).toBe('stated');
    expect(voice('Ostrana has signed an agreement with Estavia.')).toBe('stated');
    expect(voice('Ostrana has likewise said that it will not change its stance.')).toBe('stated');
    // Particular people, picked out by a determiner, told twice: two acts one can date.
    expect(voice('These officials have visited the capital twice.')).toBe('stated');
  });
  it('in the passive with its agent tells the act; with none, the participle may be a state', () => {
    expect(voice('Which has been greeted with relief by many Estavians as a victory.')).toBe(
      'stated',
    );
    expect(voice('Ostrana has been criticised by several of its neighbours.')).toBe('stated');
    expect(voice('Ostrana’s reaction to the declaration has been mixed.')).toBe('described');
  });
  it('of a prevention that lasts (a verb of blocking with a "from" clause) is described', () => {
    expect(voice('Ostrana, which has blocked Estavia from becoming a member.')).toBe('described');
    expect(voice('Ostrana has prevented Estavia from joining the bank.')).toBe('described');
    // Blocking a bid, or a "from" that opens a relative clause, blocks once.
    expect(voice('Ostrana, which has blocked the bid of Estavia.')).toBe('stated');
    expect(voice('Ostrana has blocked the bid, from which Estavia withdrew.')).toBe('stated');
  });
  it('with an occasion or a date tells an act: stated', () => {
    expect(
      voice('Ostranian officials have said at the summit that the plan is harmful.', {
        speaks: true,
      }),
    ).toBe('stated');
    expect(voice('Ostrana has lobbied African states against recognition.', { dated: true })).toBe(
      'stated',
    );
  });
  it('tells a class of people from particular people, and many occasions from two', () => {
    expect(isGenericPlural('Ostranian officials')).toBe(true);
    expect(isGenericPlural('Kosovo’s leaders')).toBe(true);
    expect(isGenericPlural('These officials')).toBe(false);
    expect(isGenericPlural('Its ministers')).toBe(false);
    expect(isGenericPlural('Kosovo Albanians')).toBe(false);
    expect(tellsRepetition('has met him more than a dozen times')).toBe(true);
    expect(tellsRepetition('has met him on several occasions')).toBe(true);
    expect(tellsRepetition('has met him twice')).toBe(false);
  });
});
