/**
 * Issue 15 (unseen articles): ", a claim that Pristina rejects" — a noun in apposition with a "that"
 * relative clause whose verb takes the noun as object is another actor's act.
 */
import { describe, expect, it } from 'vitest';
import { splitActs } from '../../../../../src/ingest/extract/statement/clauses';
import { mainClause } from '../../../../../src/ingest/extract/statement/mainClause';
import { finder } from './fixtures';

const named = (t: string) => finder.mentions(t).length > 0;
const actorOf = (t: string) => finder.mentions(t)[0]?.actor.id ?? null;

describe('a noun in apposition with a "that" relative clause of another actor', () => {
  it("is cut off as that actor's act", () => {
    expect(
      splitActs(
        'Chile says that the treaty of 1904 settled the border, a view that Bolivia disputes.',
        named,
        () => -1,
        actorOf,
      ),
    ).toEqual([
      'Chile says that the treaty of 1904 settled the border',
      'a view that Bolivia disputes.',
    ]);
    expect(
      splitActs(
        'Peru argues that the fishing zone extends two hundred miles, a claim that Ecuador has rejected.',
        named,
        () => -1,
        actorOf,
      ),
    ).toHaveLength(2);
    // A capital standing for its government before its verb.
    expect(
      splitActs(
        'Montenegro holds that the border was settled by the congress of 1878, a reading that Belgrade rejects.',
        named,
        () => -1,
        actorOf,
      ),
    ).toEqual([
      'Montenegro holds that the border was settled by the congress of 1878',
      'a reading that Belgrade rejects.',
    ]);
  });

  it('stays whole when "that" opens what the noun says (the verb has its object)', () => {
    const sentence =
      'The envoy returned from the talks early, a sign that Bolivia rejected the offer of a corridor.';
    expect(splitActs(sentence, named, () => -1, actorOf)).toEqual([sentence]);
  });
});

describe('the subject of a cut "that" relative clause', () => {
  it('is the name after "that" when the clause ends at its verb', () => {
    expect(mainClause('a view that Bolivia disputes.').subject?.text).toBe('Bolivia');
    expect(mainClause('a claim that Ecuador has rejected.').subject?.text).toBe('Ecuador');
  });
  it('stays the noun when "that" opens the words of a verb of saying', () => {
    expect(
      mainClause('a senior spokesman said that the Republic of Chile was not planning to sign.')
        .subject?.text,
    ).toBe('a senior spokesman');
  });
});
