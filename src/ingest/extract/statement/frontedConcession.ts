/**
 * A fronted concession with a subject of its own ("Despite Kosovo gaining recognition …, the veto
 * … has prevented …"): where it ends, and whether a text is only that phrase. Read by the clause
 * splitter (clauses.ts) and the background rules (background.ts), apart from both so neither
 * imports the other's module for it.
 */
// "Despite Kosovo gaining recognition …, the veto of Russia has prevented …": a fronted concession
// with a subject of its own before its "-ing" verb tells a circumstance, not the act; "Despite
// being recognised …, Kosovo's lack …" has the main clause's subject and stays with it.
const FRONTED_CONCESSION =
  /^(?:Despite|In spite of)\s+(?!being\b|having\b)(?:[\p{L}'’-]+\s+){1,5}?\p{Ll}{2,}ing\b/u;

/**
 * Where a fronted concession with its own subject ("Despite Kosovo gaining …,") ends: the index of
 * the comma that closes it outside brackets, or -1 when the text is no such phrase followed by more.
 */
export function frontedConcessionEnd(text: string): number {
  return FRONTED_CONCESSION.test(text) ? firstOuterComma(text) : -1;
}

/** The index of the first comma outside brackets, where a fronted clause ends; -1 when none. */
export function firstOuterComma(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) return i;
  }
  return -1;
}

/** Whether `text` is only a fronted concession with its own subject, cut off its main clause. */
export function isFrontedConcession(text: string): boolean {
  return FRONTED_CONCESSION.test(text) && frontedConcessionEnd(text) === -1;
}
