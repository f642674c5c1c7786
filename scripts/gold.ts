/**
 * `npm run gold`: the statement extraction scored against the hand-made gold set (tests/gold/),
 * with and without the editorial corrections.
 *   --failures   list the failures of the tune half (never the held half: its failures are not
 *                looked at, so its score stays an honest estimate)
 *   --field F    only failures of field F
 *   --by-basis   actor precision of the tune half per rule that decided the actor (actorBasis)
 *   --held       also print the held half's score (measure it once, when the rules are done)
 *   --unseen     score the unseen articles of tests/gold/unseen/ instead (rules alone, the tune
 *                articles; with --held the held articles too); with --failures [--field F] [--article ID], the tune article's
 *                failures only: the held article's are refused; --only ID,ID scores those articles alone;
 *                with --by-basis the tune articles' actor precision per actorBasis (refused with --held)
 */
import { loadAtlas } from '../src/ingest/loadAtlas';
import { runGold } from '../tests/gold/run';
import { formatBases } from '../tests/gold/score';
import { runUnseen, unseenFailures } from '../tests/gold/unseen';

const args = process.argv.slice(2);
const option = (name: string) =>
  args.includes(name) ? (args[args.indexOf(name) + 1] ?? null) : null;
if (args.includes('--unseen')) {
  if (args.includes('--failures') && args.includes('--held')) {
    console.error(
      "gold --unseen: the held article's failures are never listed, so its score stays an honest estimate; drop --held",
    );
    process.exit(1);
  }
  if (args.includes('--by-basis') && args.includes('--held')) {
    console.error(
      "gold --unseen: the held articles' actor precision is never broken down by rule: choosing rules from it would tune them on the held articles; drop --held",
    );
    process.exit(1);
  }
  // A damaged unseen folder or a refused article is a sentence naming its file, not a stack trace.
  const orStop = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      console.error(`gold --unseen: ${(error as Error).message}`);
      process.exit(1);
    }
  };
  const run = orStop(() =>
    runUnseen(process.cwd(), undefined, {
      withHeld: args.includes('--held'),
      only: option('--only')?.split(',') ?? null,
    }),
  );
  console.log(run.text);
  // The tune articles only (scores[0]): the held articles' figures are read whole, never by rule.
  if (args.includes('--by-basis')) console.log(`\nRules alone:\n${formatBases(run.scores[0])}`);
  if (args.includes('--failures')) {
    const failures = orStop(() =>
      unseenFailures(run, { article: option('--article'), field: option('--field') }),
    );
    console.log(`\n${failures.length} failures in the tune article:`);
    for (const f of failures)
      console.log(`- [${f.field}] ${f.at}\n    gold: ${f.gold}\n    got:  ${f.got}\n    ${f.text}`);
  }
  process.exit(0);
}
const data = await loadAtlas();
const halves = args.includes('--held') ? (['all', 'tune', 'held'] as const) : (['tune'] as const);
const run = runGold(data.positions, [...halves]);
console.log(run.text);
if (args.includes('--by-basis')) {
  // The tune half only: the held half's failures are never looked at, by field or by rule.
  const tune = halves.indexOf('tune');
  console.log(`\nWith the editorial corrections:\n${formatBases(run.corrected[tune]!)}`);
  console.log(`\nRules alone:\n${formatBases(run.uncorrected[tune]!)}`);
}
if (args.includes('--failures')) {
  const field = args.includes('--field') ? args[args.indexOf('--field') + 1] : null;
  const tune = run.corrected[halves.indexOf('tune')]!.failures.filter(
    (f) => f.half === 'tune' && (!field || f.field === field),
  );
  console.log(`\n${tune.length} failures in the tune half:`);
  for (const f of tune)
    console.log(`- [${f.field}] ${f.at}\n    gold: ${f.gold}\n    got:  ${f.got}\n    ${f.text}`);
}
