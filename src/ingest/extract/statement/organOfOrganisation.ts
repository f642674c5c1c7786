/**
 * "Kosovo applied for membership of the Council of Europe. … The Parliamentary Assembly endorsed
 * the recommendation": a body named by its kind alone — capitalised words ending in the noun of an
 * assembly or a committee, with no owner in its name — is an organ of the organisation the
 * paragraph named last, when no state or other body was named after that organisation (Kosovo,
 * whose relations the articles tell, is not counted). An organ of an organisation acts for it, as
 * the Council of the European Union does for the Union. With a state named after the organisation,
 * the body may be that state's ("The National Assembly …"), and nothing is read here.
 */
import type { Mention } from '../actors';

// Organ nouns an organisation's bodies are named by. A state's organs share them, so the guard is
// the paragraph's last named actor, not the noun.
const ORGAN_HEAD =
  /^(?:\p{Lu}[\p{L}\p{M}-]*\s+){1,3}(?:Assembly|Committee|Council|Commission|Conference|Board|Secretariat)$/u;

/**
 * The organisation whose organ `name` (the subject as written, article dropped) is, read from the
 * mentions of the paragraph before the sentence (`before`, in order), or null.
 */
export function organOfOrganisation(
  name: string,
  before: Mention[],
  isArticleTopic: (m: Mention) => boolean,
): Mention | null {
  if (!ORGAN_HEAD.test(name.trim())) return null;
  const last = before.filter((m) => !isArticleTopic(m)).at(-1);
  return last && last.actor.type === 'organisation' ? last : null;
}
