import { describe, expect, it } from 'vitest';
import { normaliseText, SourceError } from '../../../../src/ingest/read/document';

describe('normaliseText', () => {
  it('strips a BOM, turns CRLF and lone CR into LF, keeps every line', () => {
    expect(normaliseText('\uFEFFone\r\ntwo\rthree\nfour')).toBe('one\ntwo\nthree\nfour');
  });

  it('drops control characters but keeps tabs, and a control inside CR LF makes one break', () => {
    expect(normaliseText('a\u0000b\tc\u007F\r\u0007\nd')).toBe('ab\tc\nd');
  });

  it('keeps a BOM that is not at the start (it is text there)', () => {
    expect(normaliseText('a\uFEFFb')).toBe('a\uFEFFb');
  });
});

describe('SourceError', () => {
  it('says file:line, what was expected and what was found, in one line', () => {
    const e = new SourceError('x.txt', 12, 'a country code', 'ZZZ');
    expect(e.message).toBe('x.txt:12: expected a country code, found "ZZZ"');
    expect(e.stack).toBe(`SourceError: ${e.message}`);
  });

  it('adds the column when known and cuts what was found at 80 characters', () => {
    const e = new SourceError('x.txt', 3, 'a date', 'y'.repeat(100), 7);
    expect(e.message).toBe(`x.txt:3:7: expected a date, found "${'y'.repeat(80)}"`);
  });
});
