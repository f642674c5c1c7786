/**
 * Line maps: which file line each stretch of a block's text starts on (the reader's counterpart of
 * unist `position`), so a sentence inside a paragraph joined from several lines is cited at its own.
 */
export type LineMap = Array<{ offset: number; line: number }>;

/** The file line holding the character at `offset` of the mapped text. */
export function lineAt(map: LineMap, offset: number): number {
  let line = map[0]?.line ?? 1;
  for (const entry of map) {
    if (entry.offset > offset) break;
    line = entry.line;
  }
  return line;
}

/** The map of `length` characters starting at `offset`, rebased to start at 0. */
export function sliceLineMap(map: LineMap, offset: number, length: number): LineMap {
  const out: LineMap = [{ offset: 0, line: lineAt(map, offset) }];
  for (const entry of map) {
    if (entry.offset <= offset || entry.offset >= offset + length) continue;
    if (out.at(-1)!.line !== entry.line)
      out.push({ offset: entry.offset - offset, line: entry.line });
  }
  return out;
}
