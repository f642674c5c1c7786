import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, builtSite, elements, fileForPath, parsePage, textOf } from './builtSite';

/** The home page shows the contested totals side by side, each with who states it. */
describe('contested figures on the home page', () => {
  let rows: string[];
  beforeAll(() => {
    assertBuilt();
    const file = fileForPath(builtSite.base, builtSite)!;
    const table = [...elements(parsePage(file))].find((e) => e.tagName === 'table' && e.properties?.id === 'figures-table');
    expect(table, 'figures table on the home page').toBeDefined();
    rows = [...elements(table!)].filter((e) => e.tagName === 'tr').map((tr) => textOf(tr).replace(/\s+/g, ' '));
  });

  it.each([
    ['Kosovo', '120'],
    ['Serbia', '84'],
    ['Third-party sources', '110'],
    ['International recognition of Kosovo', '110'],
  ])('shows %s stating %s beside the computed figure', (who, value) => {
    expect(rows.some((r) => r.includes(who) && r.includes(value) && r.includes('110'))).toBe(true);
  });
});
