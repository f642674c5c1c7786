// The result list in batches: the first batch after a search, the next on "Show more". A batch
// whose search has been overtaken by a newer one is dropped, never appended to the newer list.
import type { SearchHit } from './pagefindClient';
import { renderResult } from './renderResults';

export interface ResultPager {
  /** Empties the list and holds `hits` for the batches to come. */
  reset(hits: SearchHit[]): void;
  /**
   * Renders the next batch; `stillCurrent` is asked once its data has loaded. `preferredYears`
   * moves statements of the filtered years first; `query()` is the search as it stands when the
   * batch is shown (the results name the searched person's own statements).
   */
  appendNext(
    stillCurrent: () => boolean,
    preferredYears: readonly string[],
    query?: () => string,
  ): Promise<void>;
}

export function resultPager(
  list: HTMLOListElement,
  more: HTMLButtonElement,
  pageSize: number,
): ResultPager {
  let pending: SearchHit[] = [];
  return {
    reset(hits) {
      list.replaceChildren();
      pending = hits;
    },
    async appendNext(stillCurrent, preferredYears, query = () => '') {
      const batch = pending.slice(0, pageSize);
      pending = pending.slice(pageSize);
      const offset = list.children.length;
      const data = await Promise.all(batch.map((hit) => hit.data()));
      if (!stillCurrent()) return;
      const q = query();
      data.forEach((result, i) =>
        list.append(renderResult(result, offset + i + 1, preferredYears, q)),
      );
      more.hidden = pending.length === 0;
      more.textContent = `Show ${Math.min(pageSize, pending.length)} more`;
    },
  };
}
