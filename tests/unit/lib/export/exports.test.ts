import { describe, expect, it } from 'vitest';
import { rebase, toCsv } from '../../../../src/lib/export/exports';

describe('exports', () => {
  it('quotes CSV fields holding commas, quotes or newlines and leaves others bare', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "no"'],
          [1, null],
          ['line\nbreak', true],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""no"""\r\n1,\r\n"line\nbreak",true\r\n');
  });

  it('prefixes site URLs with the deployed base path', () => {
    expect(rebase('/', [{ url: '/states/france/' }])).toEqual([{ url: '/states/france/' }]);
    expect(rebase('/atlas/', [{ id: 'x', url: '/states/x/#p' }])).toEqual([
      { id: 'x', url: '/atlas/states/x/#p' },
    ]);
  });
});

describe('JSON Schema of the exports', () => {
  it('is generated from the Zod schemas with the public field names', async () => {
    const { exportJsonSchema } = await import('../../../../src/lib/export/exports');
    const schema = exportJsonSchema() as unknown as Record<
      string,
      { items: { properties: Record<string, { description?: string }>; required: string[] } }
    >;
    const state = schema['states.json']!.items;
    for (const field of [
      'id',
      'name',
      'iso3',
      'kind',
      'status',
      'recognition',
      'withdrawal',
      'diplomaticRelations',
      'organisations',
      'url',
    ]) {
      expect(state.required, field).toContain(field);
      expect(state.properties[field]?.description, field).toBeTruthy();
    }
    expect(Object.keys(schema['positions.json']!.items.properties)).toEqual(
      expect.arrayContaining(['id', 'actor', 'date', 'text', 'quotes', 'sources', 'url']),
    );
    expect(Object.keys(schema['organisations.json']!.items.properties)).toEqual(
      expect.arrayContaining([
        'id',
        'name',
        'abbreviation',
        'kind',
        'members',
        'recognising',
        'url',
      ]),
    );
  });
});
