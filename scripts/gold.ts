/**
 * `npm run gold`: the statement extraction scored against the hand-made gold set (tests/gold/),
 * with and without the editorial corrections.
 *   --failures   list the failures of the tune half (never the held half: its failures are not
 *                looked at, so its score stays an honest estimate)
 *   --field F    only failures of field F
 *   --held       also print the held half's score (measure it once, when the rules are done)
 */
import { loadAtlas } from '../src/ingest/loadAtlas';
import { runGold } from '../tests/gold/run';

const args = process.argv.slice(2);
const data = await loadAtlas();
const halves = args.includes('--held') ? (['all', 'tune', 'held'] as const) : (['tune'] as const);
const run = runGold(data.positions, [...halves]);
console.log(run.text);
if (args.includes('--failures')) {
  const field = args.includes('--field') ? args[args.indexOf('--field') + 1] : null;
  const tune = run.corrected[halves.indexOf('tune')]!.failures.filter(
    (f) => f.half === 'tune' && (!field || f.field === field),
  );
  console.log(`\n${tune.length} failures in the tune half:`);
  for (const f of tune)
    console.log(`- [${f.field}] ${f.at}\n    gold: ${f.gold}\n    got:  ${f.got}\n    ${f.text}`);
}
