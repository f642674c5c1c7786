// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { resultPager } from '../../../../src/scripts/search/resultPager';
import { hit, searchPage } from './searchPageParts';

describe('resultPager: results in batches', () => {
  it('renders a batch, offers the rest, and drops a batch whose search was overtaken', async () => {
    const { ui } = searchPage();
    const pager = resultPager(ui.results, ui.more, 2);
    pager.reset([hit('a', 'Austria'), hit('b', 'Belgium'), hit('c', 'Chile')]);
    await pager.appendNext(() => true, []);
    expect([...ui.results.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'Austria',
      'Belgium',
    ]);
    expect(ui.more.hidden).toBe(false);
    expect(ui.more.textContent).toBe('Show 1 more');
    await pager.appendNext(() => false, []);
    expect(ui.results.children.length).toBe(2);
  });
});
