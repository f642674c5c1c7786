/**
 * Where quoted words are. A quotation is the speaker's words, not the Atlas's, so nothing inside
 * one is linked or restyled.
 */

/** A quoted span: `start` at the opening mark, `end` just after the closing mark. */
export interface QuotedSpan {
  start: number;
  end: number;
  /** Offsets of the words between the marks. */
  innerStart: number;
  innerEnd: number;
  /** False when the text ends before the closing mark. */
  closed: boolean;
}

// Opening mark → the marks that may close it. "„" is closed by “ (German) or ” (Polish usage).
const DOUBLE_QUOTES: Record<string, readonly string[]> = {
  '\u201C': ['\u201D'],
  '"': ['"'],
  '\u00AB': ['\u00BB'],
  '\u201E': ['\u201C', '\u201D'],
};

/** Double-quoted spans, outermost only, left to right. */
export function doubleQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const closers = DOUBLE_QUOTES[text[i] ?? ''];
    if (!closers) {
      i++;
      continue;
    }
    let close = -1;
    for (let j = i + 1; j < text.length; j++) {
      if (closers.includes(text[j] ?? '')) {
        close = j;
        break;
      }
    }
    if (close === -1) {
      spans.push({
        start: i,
        end: text.length,
        innerStart: i + 1,
        innerEnd: text.length,
        closed: false,
      });
      break;
    }
    spans.push({ start: i, end: close + 1, innerStart: i + 1, innerEnd: close, closed: true });
    i = close + 1;
  }
  return spans;
}

// ’ doubles as the apostrophe ("Serbia’s"), so it closes a single quotation only when no letter
// follows it.
function singleQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\u2018' && open === -1) open = i;
    else if (c === '\u2019' && open !== -1 && !/\p{L}/u.test(text[i + 1] ?? '')) {
      spans.push({ start: open, end: i + 1, innerStart: open + 1, innerEnd: i, closed: true });
      open = -1;
    }
  }
  if (open !== -1)
    spans.push({
      start: open,
      end: text.length,
      innerStart: open + 1,
      innerEnd: text.length,
      closed: false,
    });
  return spans;
}

/**
 * Quoted ranges for link suppression. An unclosed quotation runs to the end of the text: a
 * missing link costs less than a link inside someone's words.
 */
export function quotedRanges(text: string): Array<{ start: number; end: number }> {
  return [...doubleQuotedSpans(text), ...singleQuotedSpans(text)].map(({ start, end }) => ({
    start,
    end,
  }));
}
