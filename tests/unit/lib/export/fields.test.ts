import { describe, expect, it } from 'vitest';
import { exportFields, typeSummary } from '../../../../src/lib/export/fields';
import { exportJsonSchema, CSV_COLUMNS, statesCsv } from '../../../../src/lib/export/exports';

describe('data page fields', () => {
  const schema = exportJsonSchema();

  it('lists every field of every JSON export from its schema, with a description', () => {
    const fields = exportFields(schema['states.json'] as Parameters<typeof exportFields>[0]);
    expect(fields.map((f) => f.name)).toContain('withdrawal');
    expect(fields.find((f) => f.name === 'status')?.type).toBe(
      'one of recognised, withdrawn, not-recognised',
    );
    expect(fields.find((f) => f.name === 'iso3')?.type).toBe('string or null');
    expect(fields.find((f) => f.name === 'organisations')?.type).toBe('array of string');
    expect(fields.every((f) => f.description.length > 0)).toBe(true);
  });

  it('names the CSV columns the exporter writes', () => {
    expect(statesCsv([]).trim()).toBe(CSV_COLUMNS['states.csv'].join(','));
    expect(typeSummary({})).toBe('any');
  });
});
