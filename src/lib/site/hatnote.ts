/**
 * A wiki table's "See Belarus–Libya relations" is a pointer to an article the Atlas does not
 * carry (a hatnote): it tells the reader nothing about the relations, and the partner it names is
 * already the row's heading. The ingest keeps it (it is the evidence a blank name cell is
 * recovered from); pages show what is left of the note without it.
 */
const HATNOTE = /^(?:see(?: also)?|main articles?:|further information:)\s+[^.]*?(?:\.\s*|$)/i;

/** The note without a leading pointer to another article; null when nothing else is left. */
export function withoutHatnote(note: string | null): string | null {
  if (note === null) return null;
  const rest = note.replace(HATNOTE, '').trim();
  return rest === '' ? null : rest;
}
