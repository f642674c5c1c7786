import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidByte } from '../../../../src/ingest/read/decode';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeUtf8', () => {
  it('decodes valid UTF-8, accents and all', () => {
    expect(decodeUtf8(utf8('Skënder Hyseni\nSão Tomé'), 'a.txt')).toBe('Skënder Hyseni\nSão Tomé');
  });

  it('stops at the first invalid byte with file:line:column, the column in characters', () => {
    // Line 2 is "Tomé " (5 characters) then a stray 0xFF: column 6.
    const text = Uint8Array.from([...utf8('São\nTomé '), 0xff, ...utf8(' and more')]);
    expect(() => decodeUtf8(text, 'x.txt')).toThrow(
      'x.txt:2:6: expected valid UTF-8 text (invalid byte 0xFF)',
    );
  });
});

describe('firstInvalidByte', () => {
  it.each([
    ['valid ASCII and two-byte ë', bytes(0x61, 0xc3, 0xab, 0x62), -1],
    ['a lone continuation byte', bytes(0x61, 0x80), 1],
    ['an overlong two-byte form of "/"', bytes(0xc0, 0xaf), 0],
    ['a UTF-16 surrogate written as UTF-8', bytes(0x61, 0xed, 0xa0, 0x80), 1],
    ['a sequence cut short at the end', bytes(0x61, 0x62, 0xe2, 0x82), 2],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
  ])('%s → %i', (_what, input, at) => {
    expect(firstInvalidByte(input)).toBe(at);
  });
});
