import os from 'node:os';
import path from 'node:path';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../../src/ingest';

// A new article of a known format needs a manifest entry and nothing else.
const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-sixth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a sixth source article', () => {
  it('is read, extracted and cited with no code change', () => {
    cpSync(path.resolve('content/sources'), dir, { recursive: true });
    writeFileSync(
      path.join(dir, 'chile-kosovo-relations.txt'),
      [
        '= Chile–Kosovo relations =',
        '',
        '== Position ==',
        'On 3 March 2011, Chilean Foreign Minister Alfredo Moreno said that "Chile will study the matter carefully".',
        '',
        '| Country | Position |',
        '| CHL | In April 2012, the Chilean Senate discussed Kosovo. |',
        '',
      ].join('\n'),
    );
    appendFileSync(
      path.join(dir, 'sources.yaml'),
      '\n- id: chile-kosovo-relations\n  file: chile-kosovo-relations.txt\n  title: Chile–Kosovo relations\n  publisher: Test fixture\n  format: wikitext\n',
    );
    const data = ingest({ sourcesDir: dir, editorialDir: path.resolve('content/editorial') });
    expect(data.sources.map((s) => s.id)).toContain('chile-kosovo-relations');
    const fromSixth = data.positions.filter((p) =>
      p.sources.some((s) => s.source === 'chile-kosovo-relations'),
    );
    expect(fromSixth.map((p) => [p.actor.id, p.date])).toEqual(
      expect.arrayContaining([
        ['chile', '2011-03-03'],
        ['chile', '2012-04'],
      ]),
    );
    expect(fromSixth.find((p) => p.date === '2011-03-03')!.quotes[0]).toMatchObject({
      speaker: 'Alfredo Moreno',
    });
    expect(data.report.unexplainedLosses).toEqual([]);
  }, 30_000);
});
