/**
 * Everyone a statement names as speaking or acting for its actor: people with their roles, a role
 * with no name ("a presidential spokesman"), a body ("the Presidency of Mali", "the European
 * Parliament"). Two people joined by "and" are two speakers ("Chairman Ilkka Kanerva and OSCE
 * Minorities Commissioner Knut Vollebæk"), never one whose role swallows the other's name.
 *
 * The speaker rules of quotes.ts read who says quoted words and the subject of a speech verb;
 * here the subject of the main clause is read too, so a speaker who acts ("the prime minister,
 * Lado Gurgenidze, gave an interview") or a body that decides counts.
 */
import type { ActorRef, SpeakerRef } from '../../../schemas';
import type { PersonRegistry } from '../persons';
import { describeSpeaker } from '../quotes';
import { clauseStart, isPersonalName, mainClause } from './mainClause';

const ARTICLE = /^(?:the|a|an)\s+/i;
// A role without a name must name an office ("a ministry official", "the Paraguayan president").
const ROLE_WORD =
  /\b(?:president|presidency|minister|ministry|spokes\w+|officials?|ambassador|secretary|chair\w*|director|envoy|representative|delegate|leaders?|head|chief|commissioner|king|queen|prime|premier|governor|speaker|mayor|government|authorities)\b/i;
const SUBORDINATOR = /^(?:though|although|while|whilst|when|if|because|as|since|whereas)\b/i;
// An appositive name right after the subject: "the prime minister, Lado Gurgenidze, gave".
const APPOSITIVE = /^,\s+((?:\p{Lu}[\p{L}\p{M}'’.-]+\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+),/u;

/** The actor itself named as subject ("Russia called …", "the EU stated") is no speaker. */
function isActorItself(text: string, actor: ActorRef): boolean {
  const bare = text
    .replace(ARTICLE, '')
    .replace(/['’]s$/, '')
    .trim()
    .toLowerCase();
  const name = actor.name.toLowerCase();
  return bare === name || name.includes(bare) || /^[A-Z]{2,6}$/.test(text.replace(ARTICLE, ''));
}

function fromPhrase(phrase: string, persons: PersonRegistry): SpeakerRef | null {
  const described = describeSpeaker(phrase);
  if (!described || described === 'pronoun') return null;
  const name = described.speaker;
  if (name) {
    if (persons.isOnlyPlace(name)) return null;
    const known = persons.resolve(name);
    return known
      ? { name: known.name, role: described.role ?? known.role }
      : { name, role: described.role };
  }
  const role = described.role?.replace(ARTICLE, '');
  return role && ROLE_WORD.test(role) ? { name: null, role } : null;
}

/**
 * The speakers of the main clause of `sentence`: its subject read as one person, role or body, or
 * several joined by "and". Empty when the subject is the actor itself, a pronoun or no one.
 */
export function clauseSpeakers(
  sentence: string,
  actor: ActorRef,
  persons: PersonRegistry,
  namesActor: (text: string) => boolean = () => false,
): SpeakerRef[] {
  const clause = mainClause(sentence);
  if (!clause.subject || clause.refersBack) return [];
  // "Though Russia …": a subordinate clause the parse took for the main one.
  if (SUBORDINATOR.test(clause.subject.text)) return [];
  const zone = sentence.slice(clauseStart(sentence), clause.subject.end);
  const appositive = APPOSITIVE.exec(sentence.slice(clause.subject.end));
  const phrase = appositive ? `${zone}, ${appositive[1]}` : zone;
  // Two speakers only when each side of "and" names a person ("Chairman Ilkka Kanerva and OSCE
  // Minorities Commissioner Knut Vollebæk"); "Convergence and Union general secretary …" is one.
  const halves = phrase.split(/\s+and\s+(?=(?:the\s+)?\p{Lu})/u);
  const named = (p: string) => {
    const d = describeSpeaker(p);
    return d !== null && d !== 'pronoun' && d.speaker !== null && isPersonalName(d.speaker);
  };
  const parts = halves.length > 1 && halves.every(named) ? halves : [phrase];
  const out: SpeakerRef[] = [];
  for (const part of parts) {
    if (isActorItself(part, actor) || namesActor(part)) continue;
    const speaker = fromPhrase(part, persons);
    // A body or a person is written with capitals; "general parameters of …" is neither.
    if (speaker?.name && !/^\p{Lu}/u.test(speaker.name)) continue;
    if (speaker && !out.some((s) => s.name === speaker.name && s.role === speaker.role))
      out.push(speaker);
  }
  // A role with no name that a named speaker holds is that speaker, not a second one.
  return out.filter(
    (s) =>
      s.name !== null ||
      !out.some(
        (t) => t.name !== null && t.role !== null && s.role !== null && t.role.includes(s.role),
      ),
  );
}
