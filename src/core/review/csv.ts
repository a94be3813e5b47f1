/**
 * CSV as Excel opens it: UTF-8 with a byte-order mark (without it Excel on Windows reads Chinese
 * as the local code page), CRLF line ends, fields quoted when they hold a comma, a quote, a line
 * break or leading/trailing spaces (RFC 4180).
 *
 * Text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula
 * when the file is opened (CSV injection); such text gets a leading `'` unless guarding is turned
 * off. Numbers are written as numbers and never guarded.
 */

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Start with U+FEFF (default true). */
  bom?: boolean;
  /** Default `\r\n`. */
  eol?: '\r\n' | '\n';
  /** Prefix formula-like text with `'` (default true). */
  guardFormulas?: boolean;
}

export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvField(cell: CsvCell, guardFormulas = true): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const text = guardFormulas && FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const eol = options.eol ?? '\r\n';
  const guard = options.guardFormulas ?? true;
  const body = rows.map((row) => row.map((cell) => csvField(cell, guard)).join(',')).join(eol);
  return (options.bom ?? true ? BOM : '') + body + (rows.length > 0 ? eol : '');
}

/**
 * Reads CSV into rows of text (RFC 4180: quoted fields may hold commas, quotes and line breaks).
 * A leading BOM is dropped; a final line end does not make an empty row.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < src.length) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\r' && src[i + 1] === '\n') {
      endRow();
      i++;
    } else if (ch === '\n' || ch === '\r') endRow();
    else field += ch;
    i++;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
