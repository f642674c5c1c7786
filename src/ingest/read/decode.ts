/**
 * Strict UTF-8 decoding of input files. Node's default decoding turns an invalid byte into U+FFFD,
 * which would then be published on pages and in exports as if the source had written it; here an
 * invalid byte is an error naming the file, the line and the column where it stands.
 */
import { SourceError } from './document';

const strict = new TextDecoder('utf-8', { fatal: true });

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the byte there starts none. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  const [n, min, max] =
    b >= 0xc2 && b <= 0xdf
      ? [2, 0x80, 0xbf]
      : b === 0xe0
        ? [3, 0xa0, 0xbf]
        : b === 0xed
          ? [3, 0x80, 0x9f]
          : b >= 0xe1 && b <= 0xef
            ? [3, 0x80, 0xbf]
            : b === 0xf0
              ? [4, 0x90, 0xbf]
              : b >= 0xf1 && b <= 0xf3
                ? [4, 0x80, 0xbf]
                : b === 0xf4
                  ? [4, 0x80, 0x8f]
                  : [0, 0, 0];
  if (n === 0 || i + n > bytes.length) return 0;
  // Only the second byte has a narrower range (overlongs, surrogates, above U+10FFFF).
  if (bytes[i + 1]! < min || bytes[i + 1]! > max) return 0;
  for (let k = 2; k < n; k++) if (bytes[i + k]! < 0x80 || bytes[i + k]! > 0xbf) return 0;
  return n;
}

/** Offset of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const n = sequenceLength(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/**
 * Decodes `bytes` as UTF-8, throwing a SourceError at `file:line:column` (1-based; the column
 * counts characters) on the first invalid byte.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    const before = strict.decode(bytes.subarray(0, Math.max(at, 0)));
    const lines = before.split(/\r\n|\r|\n/);
    const byte = bytes[at]?.toString(16).toUpperCase().padStart(2, '0') ?? '??';
    throw new SourceError(
      file,
      lines.length,
      `valid UTF-8 text (invalid byte 0x${byte})`,
      undefined,
      [...lines.at(-1)!].length + 1,
    );
  }
  checkVisible(text, file);
  return text;
}

// Characters no reader sees: a zero-width space or joiner, a soft hyphen. Inside a code or a name
// they silently make another word ("DOM" that matches no state, a "Lukashenko" search does not
// find). A byte-order mark is encoding noise the text normalisation removes wherever it stands.
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\u00AD]/u;
// UTF-8 read once as Windows-1252 and saved again ("Ã©" for "é", "â€™" for "’"): valid bytes,
// wrong letters, published as they stand unless stopped here.
const DOUBLE_ENCODED =
  /Ã[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|â(?:€|[\u0080-\u00BF])/u;

/** Stops at the first invisible character or sign of double encoding, with its line and column. */
function checkVisible(text: string, file: string): void {
  for (const [re, expected] of [
    // Double encoding first: it also leaves invisible characters ("í" read as "Ã" + soft hyphen).
    [
      DOUBLE_ENCODED,
      'UTF-8 text decoded once (a letter that reads like UTF-8 decoded as Windows-1252',
    ],
    [INVISIBLE, 'visible text (an invisible character'],
  ] as const) {
    const m = re.exec(text);
    if (!m) continue;
    const lines = text.slice(0, m.index).split(/\r\n|\r|\n/);
    const code = m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new SourceError(
      file,
      lines.length,
      `${expected}, U+${code}, stands here: delete it or re-save the file as UTF-8)`,
      m[0],
      [...lines.at(-1)!].length + 1,
    );
  }
}
