/**
 * "Ruritania submitted a statement to the International Court of Justice. … On 22 July 2010, the
 * court found …": a definite body noun alone as the subject points back to the body the paragraph
 * named before whose name that noun heads, not to the actor of the sentence before. The name is
 * given as written; null when the paragraph names no such body or names two different ones (which
 * one is meant is then a guess).
 */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;

export function bodyNamedBefore(subject: string, before: string): string | null {
  const noun = /^the\s+(\p{Ll}{3,})$/iu.exec(subject.trim())?.[1];
  if (!noun) return null;
  const head = noun[0]!.toUpperCase() + noun.slice(1).toLowerCase();
  // Capitalised words before the head, then its "of"/"for"/"on" phrase if it has one.
  const name = new RegExp(
    String.raw`(?:${NAME_WORD}\s+)*${head}(?:\s+(?:of|for|on)\s+(?:the\s+)?${NAME_WORD}(?:\s+(?:of\s+|and\s+|the\s+)*${NAME_WORD})*)?(?![\p{L}\p{M}])`,
    'gu',
  );
  const names = new Set<string>();
  for (const m of before.matchAll(name)) {
    const written = m[0].replace(/^(?:The|A|An|In|On|At|After|Before|By)\s+/u, '');
    // The head alone ("the Court") names no body beyond the noun itself.
    if (written !== head) names.add(written);
  }
  return names.size === 1 ? [...names][0]! : null;
}
