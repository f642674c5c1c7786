/**
 * Third parties (issue 15): a report by an NGO about a state is the NGO's statement, on the NGO's
 * own page, and on the state's page only as a statement that concerns it — never among the
 * state's own statements.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { assertBuilt, distDir } from './builtSite';

const page = (route: string) => readFileSync(path.join(distDir, route, 'index.html'), 'utf8');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('third parties', () => {
  beforeAll(() => assertBuilt());

  it('have an index and a page each, with their statements in full', () => {
    expect(text(page('actors'))).toMatch(/Amnesty International — \d+ statements?/);
    const amnesty = text(page('actors/amnesty-international'));
    expect(amnesty).toContain('Amnesty International reported a pattern of deliberate obstruction');
    expect(fromHtml(page('actors/amnesty-international')).children.length).toBeGreaterThan(0);
  });

  it('open with their name as running English writes it', () => {
    expect(text(page('actors/international-court-of-justice'))).toContain(
      'The International Court of Justice is named in the sources',
    );
    expect(text(page('actors/amnesty-international'))).toContain(
      'Amnesty International is named in the sources',
    );
  });

  it('are not shown as the state they report on', () => {
    const positions = JSON.parse(
      readFileSync(path.join(distDir, 'data', 'positions.json'), 'utf8'),
    ) as Array<{ actor: { id: string }; text: string }>;
    const amnesty = positions.filter((p) => p.text.startsWith('In 2005, Amnesty International'));
    expect(amnesty.map((p) => p.actor.id)).toEqual(['amnesty-international']);
    expect(
      positions.filter((p) => p.actor.id === 'belarus' && /Amnesty|Reporters Without/.test(p.text)),
    ).toEqual([]);
  });
});
