/**
 * Issue 15, stop 26: a sentence that names a state or organisation, and whose actor no rule finds,
 * is reported unattributed with its reason, never dropped in silence (the prose ledger's "lost").
 * A role and a name with no side, and a clause cut from a sentence whose names stand in the other
 * clause, are the shapes that fell through. Every sentence here is invented.
 */
import { describe, expect, it } from 'vitest';
import { countries, fixtureArticle, orgs } from './fixtures';
import { extractProsePositions } from '../../../../../src/ingest/prosePositions';

function read(text: string) {
  const { doc, persons } = fixtureArticle(text);
  return extractProsePositions(doc, countries, orgs, persons, new Set());
}

describe('a sentence naming a state whose actor no rule finds', () => {
  it('is reported with its subject when a role and a name give no side', () => {
    const r = read(
      'Governor Luis Pardo took a harder line, saying in 2010 that Chile had broken its word.',
    );
    expect(r.positions).toEqual([]);
    expect(r.unattributed.map((u) => u.reason)).toContain(
      'its subject ("Governor Luis Pardo") is not a state, an organisation or a person the sources place, and no rule says who acted',
    );
  });

  it('is reported when the names stand in the other clause of its sentence', () => {
    const r = read(
      'Senator Marta Quispe took the same line, stating in March 2008 that the declaration breached a resolution of the United Nations.',
    );
    expect(r.positions).toEqual([]);
    expect(r.unattributed.length).toBeGreaterThan(0);
    expect(r.unattributed[0]!.reason).toMatch(/^its subject \("Senator Marta Quispe"\)/);
  });
});
