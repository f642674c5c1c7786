import { describe, expect, it } from 'vitest';
import { exportFields, typeSummary } from '../../../../src/lib/export/fields';
import {
  exportJsonSchema,
  CSV_COLUMNS,
  positionsCsv,
  statesCsv,
} from '../../../../src/lib/export/exports';
import type { Position } from '../../../../src/schemas';

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

  it('lists the fields of a field that holds an object, with their meaning (pages review 7, finding 10)', () => {
    const fields = exportFields(schema['positions.json'] as Parameters<typeof exportFields>[0]);
    const names = fields.map((f) => f.name);
    expect(names.slice(names.indexOf('context'), names.indexOf('context') + 5)).toEqual([
      'context',
      'context.kind',
      'context.text',
      'context.source',
      'context.line',
    ]);
    const kind = fields.find((f) => f.name === 'context.kind')!;
    expect(kind.type).toBe('one of enclosing, preceding');
    expect(kind.description).toMatch(/^`enclosing`: `text` is the whole sentence/);
    expect(kind.required).toBe(true);
    expect(fields.find((f) => f.name === 'context.line')?.type).toBe('integer');
    // An array of objects lists its items' fields too.
    expect(names).toContain('quotes.speaker');
    expect(fields.every((f) => f.description.length > 0)).toBe(true);
  });

  it('gives each statement in positions.csv the sentence it leans on, after the published columns (pages review 7, finding 10)', () => {
    const header =
      'id,actor_type,actor_id,actor_name,speaker,date,text,quotes,sources,url,context_kind,context_text,context_source,context_line';
    const leaning = {
      id: 'ruritania-undated-their-replacements',
      actor: { type: 'state', id: 'ruritania', name: 'Ruritania' },
      speaker: null,
      date: null,
      text: 'Their replacements were told to use force.',
      quotes: [],
      sources: [{ source: 'ruritania', line: 4 }],
      url: '/states/ruritania/#ruritania-undated-their-replacements',
      context: {
        kind: 'preceding',
        text: 'Its president fired his air defence chief, over the incident.',
        source: 'ruritania',
        line: 3,
      },
    } as unknown as Position;
    expect(
      positionsCsv([leaning, { ...leaning, id: 'alone', context: null }]).split('\r\n'),
    ).toEqual([
      header,
      'ruritania-undated-their-replacements,state,ruritania,Ruritania,,,Their replacements were told to use force.,,ruritania:4,/states/ruritania/#ruritania-undated-their-replacements,preceding,"Its president fired his air defence chief, over the incident.",ruritania,3',
      'alone,state,ruritania,Ruritania,,,Their replacements were told to use force.,,ruritania:4,/states/ruritania/#ruritania-undated-their-replacements,,,,',
      '',
    ]);
  });

  it('names the CSV columns the exporter writes', () => {
    expect(statesCsv([]).trim()).toBe(CSV_COLUMNS['states.csv'].join(','));
    expect(typeSummary({})).toBe('any');
  });
});
