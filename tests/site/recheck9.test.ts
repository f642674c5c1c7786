/**
 * Re-check 9's low and cosmetic findings on the built pages: one label per stacked table cell
 * (N7); a lead's words leaned on keep a name with its role (N5) and its reason's relative clause
 * (N2); a reasons line says "reason" once (N3); a lead sets quotations as its cards do (N8).
 */
import { describe, expect, it } from 'vitest';
import {
  assertBuilt,
  elements,
  htmlFiles,
  parsePage,
  hasClass,
  squashedText,
  findByClass,
  leadPart,
  statePageFiles,
} from './builtSite';

assertBuilt();
const text = squashedText;
const find = findByClass;
const lead = leadPart;

describe('stacked tables (re-check 9, N7)', () => {
  it('no cell of a stacked table starts with the label the narrow layout sets before it', () => {
    const doubled: string[] = [];
    let cells = 0;
    for (const file of htmlFiles()) {
      for (const table of elements(parsePage(file))) {
        if (table.tagName !== 'table' || !hasClass(table, 'stack')) continue;
        for (const td of elements(table)) {
          const label = td.tagName === 'td' ? td.properties?.dataLabel : undefined;
          if (typeof label !== 'string') continue;
          cells += 1;
          // The label, singular or plural, then a colon: "Source: Source: …" at 390 px.
          const own = new RegExp(`^${label.replace(/s$/, '')}s?:`, 'i');
          if (own.test(text(td))) doubled.push(`${file}: ${label}: ${text(td).slice(0, 60)}`);
        }
      }
    }
    expect(cells).toBeGreaterThan(100);
    expect(doubled).toEqual([]);
  });
});

describe('the lead’s words (re-check 9, N2, N3, N5, N8)', () => {
  it('Jamaica: the words leaned on keep Thaçi’s role, with no comma left dangling', () => {
    expect(lead('jamaica', 'latest')).toContain(
      '… the president of Kosovo, Hashim Thaçi, stated on Twitter',
    );
  });

  it('Zambia: the latest statement keeps the clause that says why the precedent worried it', () => {
    expect(lead('zambia', 'latest')).toContain(
      'western Zambia, which had an active separatist movement for independence from Zambia.',
    );
  });

  it('Romania: the reasons line says "reason" once', () => {
    const reasons = lead('romania', 'reasons');
    expect(reasons).toContain('the main reason Romania does not recognise');
    expect(reasons.match(/\breasons?\b/gi)).toHaveLength(1);
  });

  it('no lead prints straight quotation marks around words its card sets in <q>', () => {
    const straight: string[] = [];
    const states = statePageFiles();
    for (const file of states) {
      for (const e of elements(parsePage(file))) {
        if (e.tagName !== 'p' || !['lead', 'reasons', 'latest'].some((c) => hasClass(e, c)))
          continue;
        if (/"[^"]+"/.test(text(e))) straight.push(`${file}: ${text(e).slice(0, 80)}`);
      }
    }
    expect(states.length).toBeGreaterThan(150);
    expect(straight).toEqual([]);
    const latest = find(parsePage('states/lebanon/index.html'), 'p', 'latest')!;
    const quotes = [...elements(latest)].filter((e) => e.tagName === 'q').map(text);
    expect(quotes).toContain('the sovereignty and territorial integrity');
  });
});
