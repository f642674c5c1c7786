/**
 * Where a sentence places a named person by the office it gives them, in the two shapes the
 * register's other readings miss: the office first, with the name in apposition ("the Czech foreign
 * minister, Tomáš Petříček,"), and the name first with an office "of" a state ("Václav Klaus, the
 * president of the Czech Republic,"). And "X's successor, Y" (or "Y, X's predecessor,"), which
 * places Y in X's office, so in X's state once the article places X.
 *
 * Only the state written in the office's own words places the person: a state named anywhere else
 * in the sentence (what they said, where they went) says nothing of whose official they are.
 */
import type { ActorRef } from '../../schemas';
import type { Mention } from './actors';
import { alternation, capitalised, OFFICES } from './statement/offices';

export interface PlacedPerson {
  name: string;
  role: string;
  actor: ActorRef;
}

const NAME = String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,2}\p{Lu}[\p{L}\p{M}'’-]+`;
const OFFICE = alternation([...OFFICES, ...capitalised(OFFICES)]);
// "the Czech foreign minister, Tomáš Petříček" after the state's name or nationality: at most two
// lower-case or capitalised words of portfolio, the office, a comma, the full name, then a comma
// or the verb.
const OFFICE_APPOSED_NAME = new RegExp(
  String.raw`^(?:['’]s)?\s+((?:[\p{L}-]+\s+){0,2}?(?:${OFFICE}))\s*,\s+(${NAME})(?=\s*[,.;]|\s+\p{Ll})`,
  'u',
);
// "Václav Klaus, the president of the Czech Republic," — the name, then "the <office> of".
const NAME_OFFICE_OF = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(${NAME}),\s+((?:the|then|then-)\s*(?:[\p{Ll}-]+\s+){0,2}?(?:${OFFICE})\s+of\s+(?:the\s+)?)$`,
  'u',
);

/** The people `sentence` places by an office naming its state, with that state. */
export function officePlacedPeople(sentence: string, mentions: Mention[]): PlacedPerson[] {
  const out: PlacedPerson[] = [];
  for (const m of mentions) {
    if (m.actor.type !== 'state') continue;
    const before = sentence.slice(0, m.index);
    // The office opens its phrase: "the Czech foreign minister", not "… visited the Czech …".
    const opener = /(?:^|[\s,(])(?:the\s+|then\s+)?$/i.exec(before);
    const after = OFFICE_APPOSED_NAME.exec(sentence.slice(m.end));
    if (opener && after && !m.prepositional)
      out.push({
        name: after[2]!,
        role: `${sentence.slice(m.index, m.end)} ${after[1]!.trim()}`.replace(/\s+/g, ' '),
        actor: m.actor,
      });
    const of = NAME_OFFICE_OF.exec(before);
    // The state ends the apposition: "the president of the Czech Republic," or at the sentence's end.
    if (of && /^\s*(?:[,.;]|$)/.test(sentence.slice(m.end)))
      out.push({
        name: of[1]!,
        role: `${of[2]!.replace(/^(?:the|then-?)\s*/, '')}${sentence.slice(m.index, m.end)}`,
        actor: m.actor,
      });
  }
  return out;
}

export interface Succession {
  /** The person placed in the office ("Miloš Zeman"). */
  name: string;
  /** The name of the one whose office it was, as written ("Klaus"). */
  of: string;
  relation: 'successor' | 'predecessor';
}

const SURNAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;
const SUCCESSION_FIRST = new RegExp(
  String.raw`(?<![\p{L}\p{M}])((?:${SURNAME}\s+){0,2}${SURNAME})['’]s\s+(successor|predecessor),\s+(${NAME})(?=\s*[,.;]|\s+\p{Ll})`,
  'gu',
);
const SUCCESSION_AFTER = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(${NAME}),\s+((?:${SURNAME}\s+){0,2}${SURNAME})['’]s\s+(successor|predecessor)\s*[,.;]`,
  'gu',
);

/** "Klaus's successor, Miloš Zeman", "Miloš Zeman, Klaus's successor,": who followed whom. */
export function successions(sentence: string): Succession[] {
  const out: Succession[] = [];
  for (const m of sentence.matchAll(SUCCESSION_FIRST))
    out.push({ name: m[3]!, of: m[1]!, relation: m[2] as Succession['relation'] });
  for (const m of sentence.matchAll(SUCCESSION_AFTER))
    out.push({ name: m[1]!, of: m[2]!, relation: m[3] as Succession['relation'] });
  return out;
}
