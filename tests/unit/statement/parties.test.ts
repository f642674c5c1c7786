/** Issue 15, parties: whom a statement concerns, without adding a party the sentence does not name. */
import { describe, expect, it } from 'vitest';
import { readWikitext } from '../../../src/ingest/read/wikitext';
import { extractProsePositions, registerPersons } from '../../../src/ingest/prosePositions';
import { countries, finder, orgs, persons } from './fixtures';

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
