/**
 * `npm run ingest` — run the pipeline and summarise it.
 *   --report  print, per source, rows seen, entries made and every reported row with file:line and reason
 *   --check   exit non-zero on an unexplained loss (the build's content loader fails the same way)
 *   --json    print the report as JSON
 * Sources and editorial dirs default to content/; ATLAS_SOURCES_DIR / ATLAS_EDITORIAL_DIR override.
 */
import { SourceError } from '../src/ingest/read/document';
import { loadAtlas } from '../src/ingest/loadAtlas';
import { formatReport } from '../src/ingest/formatReport';

const args = new Set(process.argv.slice(2));
try {
  const data = await loadAtlas();
  if (args.has('--json')) console.log(JSON.stringify(data.report, null, 2));
  else console.log(formatReport(data, { detail: args.has('--report') }));
  if (data.report.unexplainedLosses.length > 0) {
    console.error(
      `\n${data.report.unexplainedLosses.length} unexplained loss(es):\n${data.report.unexplainedLosses.join('\n')}`,
    );
    process.exit(1);
  }
} catch (error) {
  if (error instanceof SourceError) {
    console.error(`ingest failed: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
