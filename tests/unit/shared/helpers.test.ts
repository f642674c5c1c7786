import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../../src/shared/files';
import { monthNames } from '../../../src/shared/months';
import { escapeHtml, escapeRegExp, stripDiacritics } from '../../../src/shared/text';
import { joinUrl, normaliseBase } from '../../../src/shared/url';

describe('stripDiacritics', () => {
  it('drops combining marks, keeps case and letters that are no letter plus mark', () => {
    expect(stripDiacritics('Dačić')).toBe('Dacic');
    expect(stripDiacritics('São Tomé and Príncipe'.normalize('NFD'))).toBe('Sao Tome and Principe');
    expect(stripDiacritics('Türkiye')).toBe('Turkiye');
    expect(stripDiacritics('Đurić, Łódź, Ørsted')).toBe('Đuric, Łodz, Ørsted');
  });

  it('splits compatibility forms into plain letters', () => {
    expect(stripDiacritics('ﬁnal')).toBe('final');
  });
});

describe('escapeHtml', () => {
  it('escapes the five markup characters and nothing else', () => {
    expect(escapeHtml(`<a href="x">Tom & 'Jerry'</a> – č`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt; – č',
    );
  });
});

describe('escapeRegExp', () => {
  it('makes every special character literal', () => {
    const text = 'U.S. (a|b) [c] {2} ^$ *+? \\';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('U.S.')).test('UxSx')).toBe(false);
  });
});

describe('normaliseBase and joinUrl', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['atlas', '/atlas/'],
    ['/atlas', '/atlas/'],
    ['atlas/', '/atlas/'],
    ['//a/b//', '/a/b/'],
  ])('normaliseBase(%j) is %j', (base, expected) => {
    expect(normaliseBase(base)).toBe(expected);
  });

  it.each([
    ['/', 'states/france/', '/states/france/'],
    ['', 'states/france/', '/states/france/'],
    ['/atlas', 'states/france/', '/atlas/states/france/'],
    ['/atlas/', '/states/france/', '/atlas/states/france/'],
    ['/atlas//', '//states/', '/atlas/states/'],
    ['/atlas/', '', '/atlas/'],
  ])('joinUrl(%j, %j) is %j', (base, page, expected) => {
    expect(joinUrl(base, page)).toBe(expected);
  });
});

describe('monthNames', () => {
  it('gives the English long and short month names in calendar order', () => {
    const long = monthNames('long');
    const short = monthNames('short');
    expect([long[0], long[1], long[8], long[11]]).toEqual([
      'January',
      'February',
      'September',
      'December',
    ]);
    expect([short[0], short[4], short[8]]).toEqual(['Jan', 'May', 'Sep']);
    expect(new Set([...long, ...short]).size).toBe(12 + 11); // "May" is both
  });
});

describe('listFiles', () => {
  it('lists nested files as sorted POSIX paths relative to the folder, without folders', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'atlas-files-'));
    try {
      mkdirSync(path.join(dir, 'b', 'c'), { recursive: true });
      mkdirSync(path.join(dir, 'empty'));
      for (const file of ['z.txt', 'b/c/d.html', 'b/a.json'])
        writeFileSync(path.join(dir, file), '');
      expect(listFiles(dir)).toEqual(['b/a.json', 'b/c/d.html', 'z.txt']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
