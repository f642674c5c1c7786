import { describe, expect, it } from 'vitest';
import { querySearch } from '../../../../src/scripts/search/searchQuery';
import { fakeIndex, hit, state } from './searchPageParts';

describe('querySearch: one search as the page shows it', () => {
  it('keeps the undated pages after the dated ones in a sorted search', async () => {
    const { index } = fakeIndex((_q, o) =>
      o.sort ? [hit('b'), hit('a')] : [hit('a'), hit('b'), hit('c')],
    );
    const outcome = await querySearch(index, state('x', {}, 'newest'));
    expect(outcome.hits.map((h) => h.id)).toEqual(['b', 'a', 'c']);
    expect(outcome.undated).toBe(1);
  });

  it('counts a ticked group as if its own ticks were off', async () => {
    const { index, search } = fakeIndex(() => [], { status: { Recognised: 3 } });
    await querySearch(index, state('x', { status: ['Withdrawn'] }));
    expect(search).toHaveBeenCalledWith('x', { filters: {}, plain: true });
  });
});
