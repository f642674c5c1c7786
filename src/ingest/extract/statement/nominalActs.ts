/**
 * "Jamaica refused a request from the United States to recognise Kosovo", "Serbia held elections
 * despite warnings from the UN that such a move violated the resolution": a noun of asking or
 * warning, with who asked after "from" or "by" and what was asked or said after it (a to-infinitive,
 * a that-clause, "for" and its object), tells that actor's act inside another's sentence. The phrase
 * is cut out as a part of its own; the sentence stays whole for its own act.
 */
import { doubleQuotedSpans } from '../../../shared/quotes';
import { mainClause } from './mainClause';

// Nouns of an act of asking, warning or offering: what they name is said by someone to someone.
const ACT_NOUN =
  '(?:requests?|demands?|calls?|appeals?|pleas?|warnings?|proposals?|offers?|invitations?|ultimatums?|petitions?|entreaties|entreaty)';
// The phrase: the noun with its determiner or adjectives, "from"/"by", the agent up to the
// complement that says what was asked ("to" and a verb, not "to the …"; "that"; "for").
const NOMINAL_ACT = new RegExp(
  String.raw`(?:\b(?:a|an|the|repeated|several|many|numerous|further|earlier|formal|official|urgent)\s+)*\b${ACT_NOUN}\s+(?:from|by)\s+((?:the\s+)?\p{Lu}[^,;"“]{0,80}?)\s+(?=to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those)\b)\p{Ll}+|that\s|for\s)`,
  'gu',
);
// Where the phrase's complement ends: a comma or semicolon, a second verb of the sentence's own
// subject ("… and moved rapidly to …"), or the sentence's end.
const COMPLEMENT_END = /[,;]|\s+and\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b/u;

// "a visit by Foreign Minister Ana Ruiz to Lima in 2019" (a list item, or a part that opens with
// it): a visit is the visitor's act; the visitor stands after "by", up to where the visit went.
const VISIT_ACT =
  /^(?:(?:a|an|the)\s+)?(?:(?:official|state|working|private|first|second|further|return)\s+)*visits?\s+by\s+((?:the\s+)?\p{Lu}[^,;"“()]{0,80}?)\s+(?=(?:to|in)\s+\p{Lu})/u;

// "A 2014 grant from the Qatar Fund for Development for a children's ward" (a list item): a grant,
// loan or donation is the giver's act; the giver stands after "from", up to what it was for.
const GIFT_ACT =
  /^(?:(?:a|an|the)\s+)?(?:(?:19|20)\d{2}\s+)?(?:grants?|loans?|donations?)\s+(?:of\s+[^,;"“()]{1,30}?\s+)?from\s+((?:the\s+)?\p{Lu}[^,;"“()]{0,60}?)\s+(?=(?:for|to)\s)/iu;

// "Scholarships for Kosovar students …, paid for by the Saudi government since 2002" (a list item
// with no verb of its own): what the agent pays for or runs is its standing act.
const FUNDED_THING =
  /^\p{Lu}[^,;:"“()]*,\s+(?:paid\s+for|funded|financed|sponsored|run)\s+by\s+((?:the\s+)?\p{Lu}[^,;:"“()]{0,60}?)(?=\s+(?:since|from|until|in|for|through)\s|\s*[,;.]|\s*$)/u;
// "the Saudi government": an organ named by its state's adjective, which names the state.
const DEMONYM_ORGAN =
  /^(?:the\s+)?\p{Lu}[\p{L}-]*\s+(?:government|ministry|authorities|state|embassy)$/u;

interface NominalAgent {
  text: string;
  index: number;
  /** A visit: an unplaced visitor is reported, not carried from the sentence before. */
  visit: boolean;
  /** What the agent pays for or runs: a standing act. */
  standing: boolean;
  /** The agent is an organ named by its state's adjective ("the Saudi government"). */
  organ: boolean;
}

/** The agent a part that opens with such a phrase names ("the United States"), with its index; null otherwise. */
export function nominalActAgent(part: string): NominalAgent | null {
  NOMINAL_ACT.lastIndex = 0;
  const asking = NOMINAL_ACT.exec(part);
  const visit = asking ? null : VISIT_ACT.exec(part);
  const gift = asking || visit ? null : GIFT_ACT.exec(part);
  // The funded thing has no verb of its own: "Peru's embassy, run by …" is a noun phrase; a clause
  // ("Peru opened the school, run by …") tells its subject's act.
  const funded =
    asking || visit || gift
      ? null
      : (() => {
          const f = FUNDED_THING.exec(part);
          return f && mainClause(part.slice(0, part.indexOf(','))).verb === null ? f : null;
        })();
  const m = asking ?? visit ?? gift ?? funded;
  if (!m || m.index !== 0) return null;
  const index = funded ? m[0].length - m[1]!.length : m[0].lastIndexOf(m[1]!);
  return {
    text: m[1]!,
    index,
    visit: visit !== null,
    standing: funded !== null,
    organ: DEMONYM_ORGAN.test(m[1]!.trim()),
  };
}

/**
 * The part, then each act phrase inside it whose agent `named` names and is not the part's own
 * actor (`sameActor`): "a request from the United States to recognise Kosovo".
 */
export function nominalActs(
  part: string,
  named: (text: string) => boolean,
  ownActor: (agent: string) => boolean = () => false,
): string[] {
  const quoted = doubleQuotedSpans(part);
  const out = [part];
  for (const m of part.matchAll(NOMINAL_ACT)) {
    // At the start the phrase is the part's own subject: the part is already its act.
    if (m.index < 4 || quoted.some((q) => m.index >= q.start && m.index < q.end)) continue;
    const agent = m[1]!.trim();
    if (!named(agent) || ownActor(agent)) continue;
    const after = m.index + m[0].length;
    const end = COMPLEMENT_END.exec(part.slice(after));
    out.push(part.slice(m.index, end ? after + end.index : part.length).trim());
  }
  return out;
}
