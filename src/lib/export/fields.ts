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

/** The object a field holds (itself, the object of "object or null", or an array's items), if any. */
function objectOf(schema: JsonSchema): JsonSchema | undefined {
  const candidates = [
    schema,
    ...(schema.anyOf ?? []),
    schema.items,
    ...(schema.items?.anyOf ?? []),
  ];
  return candidates.find((s): s is JsonSchema => Boolean(s?.properties));
}

// An array described only on its items ("Every source passage …") is described by them.
const describe = (schema: JsonSchema): string =>
  schema.description ??
  schema.anyOf?.find((s) => s.description)?.description ??
  schema.items?.description ??
  '';

/**
 * The fields of one record of an array export, in schema order, each field that holds objects
 * followed by their fields ("context.kind", "context.text"): a reader of the export needs the
 * meaning of a nested field as much as of its parent (pages review 7, finding 10).
 */
export function exportFields(arraySchema: JsonSchema): ExportField[] {
  const item = arraySchema.items ?? {};
  const required = new Set(item.required ?? []);
  return Object.entries(item.properties ?? {}).flatMap(([name, schema]) => {
    const field = {
      name,
      type: typeSummary(schema),
      description: describe(schema),
      required: required.has(name),
    };
    const inner = objectOf(schema);
    const innerRequired = new Set(inner?.required ?? []);
    return [
      field,
      ...Object.entries(inner?.properties ?? {}).map(([sub, subSchema]) => ({
        name: `${name}.${sub}`,
        type: typeSummary(subSchema),
        description: describe(subSchema),
        required: innerRequired.has(sub),
      })),
    ];
  });
}
