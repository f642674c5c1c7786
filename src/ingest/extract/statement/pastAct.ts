import nlp from 'compromise';

// Verbs whose simple past tells a state held, not something done on an occasion: the copula and
// possession ("had no representation"), and keeping a stance ("remained neutral").
const STATIVE = new Set(['be', 'have', 'remain', 'stay', 'keep', 'maintain', 'hold', 'continue']);

/**
 * Whether a clause tells an act done on one occasion: its first verb (compromise's parse) is in the
 * simple past and is not a verb of state. "Ruritania agreed to open a consulate" and "Peru signed
 * the accord" tell acts; "Peru has no embassy", "Peru had no embassy" and "Peru remained neutral"
 * tell stances; "Peru had opened an embassy" is told as before the occasion, not on it.
 */
export function tellsPastAct(clause: string): boolean {
  const first = (
    nlp(clause).verbs().json() as Array<{
      verb?: { infinitive?: string; grammar?: { form?: string } };
    }>
  )[0]?.verb;
  if (!first || first.grammar?.form !== 'simple-past') return false;
  return !STATIVE.has(first.infinitive ?? '');
}
