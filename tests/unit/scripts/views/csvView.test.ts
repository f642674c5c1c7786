import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../src/lib/export/exports';
import {
  csvOfIds,
  csvRecords,
  firstField,
  viewFilename,
} from '../../../../src/scripts/views/csvView';

const EXPORT =
  'id,name,url,note\r\n' +
  'ruritania,Ruritania,/states/ruritania/,"said ""no"", then\r\nyes"\r\n' +
  '"free,donia",Freedonia,/states/freedonia/,\r\n' +
  'atlantis,Atlantis,https://elsewhere.example/atlantis,sunk\r\n';

describe('csvRecords and firstField', () => {
  it('splits records at line breaks outside quotes, with CRLF, LF or CR', () => {
    expect(csvRecords(EXPORT)).toEqual([
      'id,name,url,note',
      'ruritania,Ruritania,/states/ruritania/,"said ""no"", then\r\nyes"',
      '"free,donia",Freedonia,/states/freedonia/,',
      'atlantis,Atlantis,https://elsewhere.example/atlantis,sunk',
    ]);
    expect(csvRecords('a\nb\rc')).toEqual(['a', 'b', 'c']);
  });

  it('reads the first field, unquoting it', () => {
    expect(firstField('ruritania,Ruritania')).toBe('ruritania');
    expect(firstField('"free,donia",Freedonia')).toBe('free,donia');
    expect(firstField('"say ""hi""",x')).toBe('say "hi"');
  });
});

describe('csvOfIds', () => {
  it('keeps the header and the rows of the ids, in the view’s order, skipping unknown ids', () => {
    expect(csvOfIds(EXPORT, ['atlantis', 'nowhere', 'free,donia'])).toBe(
      'id,name,url,note\r\n' +
        'atlantis,Atlantis,https://elsewhere.example/atlantis,sunk\r\n' +
        '"free,donia",Freedonia,/states/freedonia/,\r\n',
    );
  });

  it('makes the url column’s site paths absolute for a downloaded file', () => {
    expect(csvOfIds(EXPORT, ['ruritania', 'atlantis'], 'https://atlas.example')).toBe(
      'id,name,url,note\r\n' +
        'ruritania,Ruritania,https://atlas.example/states/ruritania/,"said ""no"", then\r\nyes"\r\n' +
        'atlantis,Atlantis,https://elsewhere.example/atlantis,sunk\r\n',
    );
  });
});

describe('viewFilename', () => {
  it('names the file after the view’s filters, folded to plain words', () => {
    expect(viewFilename('atlas-states', { region: 'Africa', status: 'recognised' })).toBe(
      'atlas-states-africa-recognised.csv',
    );
    expect(viewFilename('atlas-states', { region: 'Côte d’Ivoire & co.', status: '' })).toBe(
      'atlas-states-cote-d-ivoire-co.csv',
    );
    expect(viewFilename('atlas-states', {})).toBe('atlas-states.csv');
  });
});

describe('CSV of a view', () => {
  const csv = toCsv(
    ['id', 'name', 'note'],
    [
      ['a', 'Alpha', 'plain'],
      ['b', 'Beta, "the second"', 'line one\nline two'],
      ['c', 'Gamma', null],
    ],
  );

  it('splits records without breaking quoted commas, quotes and line breaks', () => {
    expect(csvRecords(csv)).toHaveLength(4);
    expect(firstField('"x,y",1')).toBe('x,y');
    expect(firstField('"say ""hi""",1')).toBe('say "hi"');
  });

  it('keeps the header and the rows of the view, in the view’s order', () => {
    const out = csvOfIds(csv, ['c', 'b']);
    const records = csvRecords(out);
    expect(records[0]).toBe('id,name,note');
    expect(records.slice(1).map(firstField)).toEqual(['c', 'b']);
    expect(out).toContain('"line one\nline two"');
    expect(csvOfIds(csv, ['zzz'])).toBe('id,name,note\r\n');
  });

  it('makes the url column absolute wherever it stands, quoted fields and later columns kept', () => {
    const exported =
      'id,name,url,basis\r\nmali,"Mali, Republic of",/states/mali/,non-recognition-table\r\n';
    expect(csvOfIds(exported, ['mali'], 'https://atlas.example')).toBe(
      'id,name,url,basis\r\nmali,"Mali, Republic of",https://atlas.example/states/mali/,non-recognition-table\r\n',
    );
  });

  it('returns every record of any export unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), fc.string()), { maxLength: 8 }),
        (rows) => {
          const unique = [...new Map(rows.map((r) => [r[0], r])).values()];
          const text = toCsv(['id', 'value'], unique);
          expect(
            csvOfIds(
              text,
              unique.map((r) => r[0]),
            ),
          ).toBe(text);
        },
      ),
    );
  });
});
