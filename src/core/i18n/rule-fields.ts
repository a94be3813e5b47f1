/**
 * What the budget, structure and content rules' texts share in every language: the fields that
 * several messages are made for from one template, and the helpers that make them. Each language
 * names the fields in its own module (rules-table-zh, rules-table-en); no text is here.
 */

/** The table's fields a message can be about. */
export type FieldName =
  | 'title'
  | 'unitName'
  | 'projectName'
  | 'use'
  | 'goals'
  | 'level1'
  | 'level2'
  | 'level3'
  | 'description'
  | 'value'
  | 'total'
  | 'fiscal'
  | 'other';

export const AMOUNTS: readonly FieldName[] = ['total', 'fiscal', 'other'];

/** One message per field from one template; `{field}` in the template becomes the field's name. */
export function perFieldIn(names: Readonly<Record<FieldName, string>>, fields: readonly FieldName[], template: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) out[f] = template.replace('{field}', names[f]);
  return out;
}

/** The same messages under ids with a suffix (`total` -> `totalWords`). */
export function suffixed(suffix: string, messages: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, m] of Object.entries(messages)) out[`${id}${suffix}`] = m;
  return out;
}
