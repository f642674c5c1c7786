/**
 * `npm run gold`: the statement extraction scored against the hand-made gold set (tests/gold/).
 *   --failures   list the failures of the tune half (never the held half: its failures are not
 *                looked at, so its score stays an honest estimate)
 *   --field F    only failures of field F
 *   --held       also print the held half's score (measure it once, when the rules are done)
 */
import { loadAtlas } from '../src/ingest/loadAtlas';
import { loadGold } from '../tests/gold/gold';
import { formatScores, score } from '../tests/gold/score';

const args = process.argv.slice(2);
const data = await loadAtlas();
const gold = loadGold();
const halves = args.includes('--held') ? (['all', 'tune', 'held'] as const) : (['tune'] as const);
const scores = halves.map((half) => score(data.positions, gold, half));
console.log(
  `gold: ${gold.sentences.length} sentences, ${gold.statements.length} statements ` +
    `(${scores[0]!.goldPositions} attributed positions); ${scores[0]!.instances} pipeline statements in scope\n`,
);
console.log(formatScores(scores));
if (args.includes('--failures')) {
  const field = args.includes('--field') ? args[args.indexOf('--field') + 1] : null;
  const tune = scores[halves.indexOf('tune')]!.failures.filter(
    (f) => f.half === 'tune' && (!field || f.field === field),
  );
  console.log(`\n${tune.length} failures in the tune half:`);
  for (const f of tune)
    console.log(`- [${f.field}] ${f.at}\n    gold: ${f.gold}\n    got:  ${f.got}\n    ${f.text}`);
}
