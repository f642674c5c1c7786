/**
 * A state's nationality or name inside a body's name or a person's role ("the Ruritanian Orthodox
 * Church", "the Ruritanian Relief Committee for Borduria", "Ruritanian Patriarch Irinej", "the
 * Ruritanian daily Politika") says where the body or the person is from, not that the state acts:
 * only a state's own organ or official ("the Ruritanian government", "Ruritanian President X") acts
 * for it. A church and its clergy, a party and its leaders, a charity, foundation or non-state
 * committee, a company, a club or federation, a newspaper or broadcaster, a university or institute
 * act for themselves. These are words of English, not of one article.
 */

// The heads of bodies that are no organ of a state. "Committee" is one unless a word of the name says
// it is a parliament's or a government's (`ORGAN_COMMITTEE`); "Council", "Agency", "Office" and "Bank"
// are left out: a state's sports council, news agency or national bank is as often its organ.
export const OWN_BODY_HEAD =
  /^(?:Church|Churches|Patriarchate|Synod|Diocese|Eparchy|Archdiocese|Mosque|Community|Party|Movement|Foundation|Fund|Charity|Trust|Society|Association|Federation|League|Club|Company|Corporation|Group|Airlines?|Institute|University|Academy|Centre|Center|Committee|Red\s+Cross|Red\s+Crescent|Daily|Newspaper|Broadcaster|Television|Radio|Network|Times|Post|Herald|Tribune|Journal|News)$/;
// What makes a committee a state's: the parliament's, the government's, a ministry's.
const ORGAN_COMMITTEE =
  /\b(?:Parliamentary|Parliament|Senate|Congressional|Assembly|Government|Governmental|Ministerial|Inter-?[Mm]inisterial|Foreign|Defen[cs]e|Security|State)\b/;
// Roles held in a church, a party, a company, a newspaper or a team: the person acts for that body
// (a national team's coach serves its federation, no organ of the state).
export const OWN_ROLE_HEAD =
  /^(?:Patriarch|Archbishop|Bishop|Metropolitan|Priest|Imam|Mufti|Rabbi|Abbot|Monk|Cleric|Clergy|Editor|Columnist|Journalist|Businessman|Businesswoman|Tycoon|Historian|Writer|Novelist|Scholar|Professor|Athlete|Player|Coach|Singer)$/i;
// A small-letter noun of kind before a medium's or a body's name ("the Ruritanian daily Politika").
const OWN_KIND_NOUN =
  /^(?:daily|weekly|newspaper|paper|magazine|broadcaster|channel|tabloid|news\s+agency|agency|news\s+portal|portal|website|church|charity|foundation|party|firm|company|club|federation|university|institute|think[\s-]tank|NGO|opposition|patriarch|archbishop|bishop|metropolitan|cleric|imam|mufti)$/i;

// A role held in the body named just before ("party leader", "Church's head").
const ROLE_WORD =
  /^(?:leader|chairman|chairwoman|chair|president|head|member|spokes(?:man|woman|person)|founder|editor)$/i;
const ROLE_AFTER =
  /^\s+(?:leader|chairman|chairwoman|chair|president|head|member|spokes(?:man|woman|person)|founder|editor)\b/i;
// The words of a state's organs and offices: what a state owns that acts for it.
const ORGAN_WORD =
  /^(?:government|ministry|minister|president|presidency|prime|premier|foreign|parliament|assembly|senate|congress|embassy|ambassador|envoy|army|military|forces|troops|police|authorities|officials?|delegation|diplomats?|spokes(?:man|woman|person)|king|queen|emir|leadership|cabinet|state)$/i;
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

export interface OwnBody {
  /** `body`: a body of its own; `role`: a person holding a role in such a body; `member`: a member
   * of a body (even the state's own), who speaks for themselves. */
  kind: 'body' | 'role' | 'member';
  /**
   * The body's name as written: from the nationality on when it is part of it ("Ruritanian Orthodox
   * Church"), the name after a noun of kind when that noun says what the body is ("Politika" of
   * "the Ruritanian daily Politika"); null when no name is written whole.
   */
  name: string | null;
  /** Where the words read as the body's name or the role end, counted from the text's start. */
  end: number;
}

const CAPITALISED = /^\p{Lu}[\p{L}\p{M}'’.&-]*$/u;

/**
 * Whether `after`, the text right after a nationality or a state's name, makes it part of a body of
 * its own or of a role in one, rather than the state acting. `written` is the nationality or name
 * itself, to give the body's whole name. Null when the words after name a state's organ or official,
 * or nothing this rule reads (the other actor rules decide).
 */
export function ownBodyAfter(written: string, after: string): OwnBody | null {
  // "the Ruritanian member of the Presidency": a member of a body speaks for themselves, not for it.
  // "the EU Member States", "Ruritanian member states" are the states themselves, not members.
  const member = /^\s+members?\b(?!\s+(?:states|countries|nations))/.exec(after);
  if (member) return { kind: 'member', name: null, end: member[0].length };
  // "Ruritania's Orthodox Church", "Ruritania's largest opposition party", "Ruritania's Patriarch
  // X": what the state "owns" here is a body of its own or a role in one, whose name is not written.
  const owned = /^['’]s\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(after);
  if (owned) {
    const words = owned[1]!.split(/\s+/);
    // The first head among the few words after "'s" decides: an organ ("Ruritania's foreign
    // minister") leaves it to the state; a body or a role of its own makes it no state's.
    for (const [i, w] of words.entries()) {
      if (ORGAN_WORD.test(w)) return null;
      // "Ruritania's opposition to …" is its stance; "Ruritania's opposition party" is a body.
      if (
        /^opposition$/i.test(w) &&
        !/^(?:part(?:y|ies)|leaders?|movement|bloc)$/i.test(words[i + 1] ?? '')
      )
        return null;
      if (OWN_ROLE_HEAD.test(w)) return { kind: 'role', name: null, end: owned[0].length };
      if (OWN_BODY_HEAD.test(capital(w)) || OWN_KIND_NOUN.test(w))
        return {
          kind: words.slice(i + 1).some((n) => ROLE_WORD.test(n)) ? 'role' : 'body',
          name: null,
          end: owned[0].length,
        };
    }
    return null;
  }
  // "Ruritanian daily Politika", "the Ruritanian opposition party": a noun of kind, then any name.
  // A word may qualify the kind ("football club", "state broadcaster"): the kind is the last word.
  const kindAt = (re: RegExp) => {
    const m = re.exec(after);
    return m && OWN_KIND_NOUN.test(m[1]!) ? m : null;
  };
  const kind =
    kindAt(
      /^\s+\p{Ll}[\p{Ll}-]*\s+(news\s+agency|news\s+portal|think[\s-]tank|\p{Ll}[\p{Ll}-]*)(?=[\s,.;]|$)/u,
    ) ??
    kindAt(/^\s+(news\s+agency|news\s+portal|think[\s-]tank|\p{Ll}[\p{Ll}-]*|NGO)(?=[\s,.;]|$)/u);
  if (kind && OWN_KIND_NOUN.test(kind[1]!)) {
    // "the Ruritanian opposition leader X": a role in the body the kind names.
    const role =
      /^(?:patriarch|archbishop|bishop|metropolitan|cleric|imam|mufti)$/i.test(kind[1]!) ||
      ROLE_AFTER.test(after.slice(kind[0].length));
    // The body's own name after its kind ("daily Politika") is its name; the kind is not part of it.
    const own = role
      ? null
      : /^\s+(\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.&-]*){0,4})/u.exec(
          after.slice(kind[0].length),
        );
    return {
      kind: role ? 'role' : 'body',
      name: own ? own[1]! : null,
      end: kind[0].length + (own ? own[0].length : 0),
    };
  }
  // Capitalised words after it, up to the first small-letter word: the name's own words. The name
  // goes on through "of", "for", "and", "on" and "the" before a capitalised word ("… Committee for
  // Borduria and Chechnya").
  const words =
    /^\s+((?:\p{Lu}[\p{L}\p{M}'’.&-]*)(?:\s+(?:(?:of|for|and|on|the)\s+)*\p{Lu}[\p{L}\p{M}'’.&-]*)*)/u.exec(
      after,
    );
  if (!words) return null;
  // "and" joins two names unless it stands inside an "of" or "for" phrase ("the Ruritanian Orthodox
  // Church and Borduria" is two; "… Committee for Borduria and Chechnya" is one name).
  const all = words[1]!.split(/\s+/);
  const of = all.findIndex((t) => /^(?:of|for|on)$/.test(t));
  const and = all.indexOf('and');
  const tokens = and >= 0 && (of < 0 || and < of) ? all.slice(0, and) : all;
  const named = tokens.join(' ');
  // The head is the last capitalised word before the name goes on into "of"/"for" ("Committee" of
  // "Relief Committee for Borduria"), else the last word: a person's name after a role ends it
  // ("Patriarch Irinej"), so a role is read as the first word that is one.
  const role = tokens.findIndex((t) => OWN_ROLE_HEAD.test(t));
  const bodyAt = tokens.findIndex(
    (t, i) =>
      (OWN_BODY_HEAD.test(t) || (i > 0 && OWN_BODY_HEAD.test(`${tokens[i - 1]} ${t}`))) &&
      (i === tokens.length - 1 ||
        !CAPITALISED.test(tokens[i + 1]!) ||
        /^(?:of|for|on)$/.test(tokens[i + 1]!)),
  );
  // A role before any body word ("Patriarch Irinej"): the person holds a role in a body of their own.
  if (role >= 0 && (bodyAt < 0 || role < bodyAt))
    return { kind: 'role', name: null, end: words[0].length };
  if (bodyAt < 0) return null;
  const end = after.indexOf(named) + named.length;
  const head = tokens.slice(0, bodyAt + 1).join(' ');
  if (/^Committee$/.test(tokens[bodyAt]!) && ORGAN_COMMITTEE.test(head)) return null;
  // "the Ruritanian Radical Party leader X": a role in the body after its name is a role too.
  const rest = after.slice(end);
  if (ROLE_AFTER.test(rest)) return { kind: 'role', name: null, end };
  return { kind: 'body', name: `${written} ${named}`, end };
}

/**
 * "the Football Federation of Ruritania", "the Islamic Community of Ruritania": a body of its own
 * named by its kind and "of" the state. `before` is the text up to the state's name; the words of the
 * name before "of" and where they start in `before`, or null when they name no such body (a
 * "Government of", an "Assembly of" is the state's own).
 */
export function ownBodyBefore(before: string): { name: string; start: number } | null {
  const m =
    /(?<![\p{L}\p{M}'’-])((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){0,4}(\p{Lu}[\p{L}-]*))\s+of\s+(?:the\s+)?$/u.exec(
      before,
    );
  if (!m || !OWN_BODY_HEAD.test(m[2]!)) return null;
  if (m[2] === 'Committee' && ORGAN_COMMITTEE.test(m[1]!)) return null;
  // "The Football Federation": a capitalised article opening the sentence is not part of the name.
  const name = m[1]!.replace(/^The\s+/, '');
  return { name, start: m.index + m[1]!.length - name.length };
}

/**
 * Whether the words before a state's name make it the body a member belongs to ("a member of the
 * Ruritanian parliament", "members of Ruritania's assembly"): what a member says or does is their
 * own, not the act of the body or of its state (issue 15: members of a parliament are a third party).
 */
export function memberOfBefore(before: string): boolean {
  return /\b[Mm]embers?\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/u.test(before);
}
