/**
 * The content loader of every collection: the way Starlight builds, `astro build` (and
 * `astro dev`) runs the ingest itself, once per process (loadAtlas memoises it), and the build
 * fails on an unexplained loss: a table row neither made into an entry nor reported, a lost row
 * of a recognition table, a figure that disagrees with its tables, a line no reader accounted for.
 * Damaged input (SourceError) stops it with file:line and no stack trace.
 */
import type { Loader } from 'astro/loaders';
import { loadAtlas } from '../../ingest/loadAtlas';
import type { AtlasData } from '../../schemas';

/** The data, or an error listing each row the ingest lost without a reason, by file:line. */
export function accountedFor(data: AtlasData): AtlasData {
  const losses = data.report.unexplainedLosses;
  if (losses.length === 0) return data;
  const error = new Error(
    `The ingest lost ${losses.length} source row(s), figure(s) or line(s) without a reason; explain them in ` +
      `content/editorial/ (losses.yaml for a recognition-table row or a figure) or fix the input or the reader ` +
      `(npm run ingest -- --report lists every row):\n${losses.join('\n')}`,
  );
  // The list is the whole story: no stack trace after it.
  error.stack = error.message;
  throw error;
}

type Entry = { id: string } & Record<string, unknown>;

/** A loader for one collection: its entries out of the checked ingest result. */
export function atlasLoader(collection: string, entriesOf: (data: AtlasData) => Entry[]): Loader {
  return {
    name: `atlas:${collection}`,
    load: async ({ store, parseData, generateDigest, logger }) => {
      const entries = entriesOf(accountedFor(await loadAtlas()));
      store.clear();
      for (const entry of entries) {
        const data = await parseData({ id: entry.id, data: entry });
        store.set({ id: entry.id, data, digest: generateDigest(data) });
      }
      logger.info(`${entries.length} entries from the ingest`);
    },
  };
}
