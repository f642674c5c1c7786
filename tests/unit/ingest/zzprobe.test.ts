import { it } from 'vitest';
import { readWikitext } from '../../../src/ingest/read/wikitext';
import { extractProsePositions, registerPersons } from '../../../src/ingest/prosePositions';
import { countries, finder, orgs, persons } from './extract/statement/fixtures';
import { readFileSync } from 'node:fs';
it('probe', () => {
  const all = readFileSync('tests/gold/unseen/kosovo-czech-relations.txt', 'utf8').split('\n');
  const text = process.env.PROBE ?? all[23]!;
  const doc = readWikitext(`= Kosovo–Czech Republic relations =\n\n${text}\n`, { sourceId: 'f', file: 'f.txt' });
  const people = persons();
  registerPersons(doc, finder, people);
  const r = extractProsePositions(doc, countries, orgs, people, new Set());
  for (const p of r.positions) console.log(p.actor.id, (p as any).actorBasis, '|', p.text.slice(0, 90));
  console.log(JSON.stringify(Object.keys(r)));
});
