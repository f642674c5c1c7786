/**
 * The field list of each JSON export, read from its generated JSON Schema, so the data page
 * documents exactly what the schemas (src/schemas) say and cannot drift from them.
 */

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  [key: string]: unknown;
};

export interface ExportField {
  name: string;
  type: string;
  description: string;
  required: boolean;
}

/** A short type in words: "string", "string or null", "one of a, b", "array of object". */
export function typeSummary(schema: JsonSchema): string {
  if (schema.enum) return `one of ${schema.enum.map(String).join(', ')}`;
  if (schema.anyOf) return [...new Set(schema.anyOf.map(typeSummary))].join(' or ');
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return (
    types
      .map((t) => (t === 'array' && schema.items ? `array of ${typeSummary(schema.items)}` : t))
      .join(' or ') || 'any'
  );
}

/** Top-level fields of one record of an array export, in schema order. */
export function exportFields(arraySchema: JsonSchema): ExportField[] {
  const item = arraySchema.items ?? {};
  const required = new Set(item.required ?? []);
  return Object.entries(item.properties ?? {}).map(([name, schema]) => ({
    name,
    type: typeSummary(schema),
    description: schema.description ?? schema.anyOf?.find((s) => s.description)?.description ?? '',
    required: required.has(name),
  }));
}
