/**
 * The verbs by which an actor speaks or takes a stance in a sentence, and the test that tells such
 * a verb from the same word used as a noun ("five EU member states", "Serbian claims", "its
 * denials"). One list, read by the statement splitter (`speechVerbIndex`) and the voice rules.
 */
import nlp from 'compromise';
import { allDemonyms } from '../../../shared/vocabulary';

/** Past and present forms of speaking or taking a stance ("said", "states", "denied", "rejects"). */
export const SPEECH_VERB_WORDS =
  /\b(said|says|claims|stated|states|announced|wrote|declared|affirmed|reaffirmed|reiterated|claimed|called|expressed|stressed|refused|welcomed|issued|released|told|noted|urged|agreed|denied|promised|indicated|opposed|compared|accused|recognised|recognized|argued|pledged|added|continued|cited|thanked|commented|hailed|regarded|responded|published|insisted|confirmed|explained|warned|emphasi[sz]ed|acknowledged|asserted|replied|criticised|criticized|condemned|rejected|denies|insists|argues|maintains|rejects)\b/;

/**
 * Verbs that introduce someone's words, for quotations and their speakers ("said", "questioned",
 * "issued a statement"); a narrower list than the stance verbs above.
 */
export const QUOTING_VERB_SOURCE = String.raw`(?<!-)\b(?:said|says|stated|wrote|writes|declared|announced|added|noted|told|stressed|affirmed|reaffirmed|reiterated|argued|claimed|insisted|questioned|asked|wondered|responded|replied|warned|urged|remarked|explained|regarded|hailed|called|accused|emphasi[sz]ed|ruled|saying|stating|claiming|writing|(?:issued|released|published|sent|made|adopted)\s+(?:a|an)\s+(?:\w+\s+)?(?:statement|release|communication|message|letter|telegram|declaration|resolution))\b`;

// Words after which an "-s" form can only be a noun: a determiner, a quantifier, a number or a preposition
// ("the states", "five states", "many claims", "from states that …"), or "member" ("member states").
const NOUN_BEFORE =
  /^(?:the|a|an|its|their|his|her|our|these|those|such|many|some|several|few|other|all|both|each|any|no|two|three|four|five|six|seven|eight|nine|ten|dozens|member|from|of|to|in|with|by|for|among|between|against|on|about|\d+)$/i;

let demonymSet: ReadonlySet<string> | null = null;
const isDemonym = (word: string) => (demonymSet ??= allDemonyms()).has(word);
// compromise's lexicon, read on the word alone: "territorial", "conflicting", "sovereign".
const isAdjective = (word: string) => /^\p{Ll}/u.test(word) && nlp(word).has('#Adjective');

/**
 * Whether the speech-verb word at `index` of `sentence` is a plural noun: an "-s" form after a
 * determiner, a number, "member", a possessive ("Serbia's claims"), a nationality ("Serbian
 * claims") or an adjective ("territorial claims"). A subject ends in a noun, never in these, so
 * "the ministry states", "Kosovo's Foreign Ministry denies" keep their verb.
 */
export function isNounUse(sentence: string, index: number, word: string): boolean {
  if (!/s$/.test(word) || /^(?:says|was)$/.test(word)) return false;
  // "Russia, which …, states": a word before a comma is no modifier of the verb.
  const previous = /(\S+)\s+$/u.exec(sentence.slice(0, index))?.[1];
  if (!previous || /[,;:)]$/.test(previous)) return false;
  return (
    NOUN_BEFORE.test(previous) ||
    /['’]s?$/.test(previous) ||
    isDemonym(previous) ||
    isAdjective(previous)
  );
}
