/**
 * The Atlas's subject (Kosovo), read once from content/editorial/subject.yaml: the ingest, the
 * pages and the map name it through these constants, never through a literal id, name or
 * `/\bKosov/`. Node only (it reads the editorial folder); the search page's browser code does not
 * need it.
 */
import type { ActorRef } from '../schemas';
import { editorialSubject } from './editorial';
import { escapeRegExp } from './text';

const subject = editorialSubject();

/** The subject as an actor: it speaks, claims and is spoken of, but is no state of the tables. */
export const SUBJECT: Readonly<ActorRef> = Object.freeze({
  type: 'other',
  id: subject.id,
  name: subject.name,
});

// `\b` without the u flag: a word opening with the stem, as in "Kosovo's" or "pro-Kosovo".
const STEM = new RegExp(`\\b${escapeRegExp(subject.stem)}`);

/** True when the text names the subject (a word opening with its stem: "Kosovo", "Kosovar"). */
export function mentionsSubject(text: string): boolean {
  return STEM.test(text);
}
