import { describe, expect, it } from 'vitest';
import { rebase, toCsv, withBase } from '../../src/lib/export/exports';

describe('exports', () => {
  it('quotes CSV fields holding commas, quotes or newlines and leaves others bare', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "no"'], [1, null], ['line\nbreak', true]])).toBe('a,b\r\n"x, y","say ""no"""\r\n1,\r\n"line\nbreak",true\r\n');
  });

  it('prefixes site URLs with the deployed base path', () => {
    expect(withBase('/', '/states/france/')).toBe('/states/france/');
    expect(withBase('/atlas/', '/states/france/')).toBe('/atlas/states/france/');
    expect(rebase('/atlas/', [{ id: 'x', url: '/states/x/#p' }])).toEqual([{ id: 'x', url: '/atlas/states/x/#p' }]);
  });
});
