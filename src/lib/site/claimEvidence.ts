/**
 * The source's words a claim is shown resting on. The ingest gives each claim the sentence that
 * asserted or denied it (`text`) and the statement's source excerpt (`sources[].excerpt`), which
 * may hold more sentences. A claim that a state recognises Kosovo can rest on a sentence telling
 * that recognition undone ("the army had intervened to reverse the recognition granted by the
 * civilian president"): it asserts the recognition was given, but read alone it tells the other
 * side. Such a claim is shown with the sentence of the same excerpt that tells it standing ("state
 * leaders promised to reconfirm their recognition"), after the end of its own sentence, dimmed
 * (pages review 7, finding 6).
 */
import type { Claim, Position } from '../../schemas';
import { splitSentences } from '../../ingest/extract/quotes';
import { closingWords } from './continuation';
import { squashSpace } from '../../shared/text';

// Claims that a state's recognition stands: a recognition, a note verbale recognising Kosovo.
const AFFIRMS = new Set<Claim['what']>(['recognises', 'disputed-note-verbale']);
const RECOGNITION = /\brecogni(?:s|z|tion)/i;
// Words that tell a recognition undone or denied.
const UNDONE =
  /\b(?:revers\w*|revok\w*|rescind\w*|annul\w*|withdr[ae]w\w*|cancel\w*|overturn\w*|retract\w*|suspend\w*|denie[sd]|deny\w*|never|not)\b/i;

export interface ClaimEvidence {
  /** The end of the claim's own sentence, dimmed before `text`; null when `text` is that sentence. */
  before: string | null;
  /** The sentence shown as the claim's words. */
  text: string;
}

/** The sentence a claim is shown resting on, and what of its own sentence stands before it. */
export function claimEvidence(claim: Pick<Claim, 'what' | 'text' | 'sources'>): ClaimEvidence {
  const own = { before: null, text: claim.text };
  if (!AFFIRMS.has(claim.what) || !UNDONE.test(claim.text)) return own;
  const sentence = squashSpace(claim.text);
  for (const ref of claim.sources) {
    const sentences = splitSentences(ref.excerpt).map(squashSpace);
    const at = sentences.indexOf(sentence);
    if (at < 0) continue;
    const standing = sentences.slice(at + 1).find((s) => RECOGNITION.test(s) && !UNDONE.test(s));
    if (standing) return { before: closingWords(claim.text), text: standing };
  }
  return own;
}

/**
 * The statement card of the same page that shows a claim's words whole, if any: the claim then
 * links to it rather than print the sentence again (pages review 8, finding 3: Mali's 50-word
 * sentence was its lead, its card and the words of both its claims).
 */
export function evidenceCard<T extends Pick<Position, 'id' | 'text'>>(
  words: string,
  cards: readonly T[],
): T | null {
  const own = squashSpace(words);
  return cards.find((c) => squashSpace(c.text).includes(own)) ?? null;
}
