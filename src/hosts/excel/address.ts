/**
 * Addresses as Excel returns them: `Sheet1!B2:G30`, `'My sheet'!A1`, and lists of areas
 * `Sheet1!A1:B2, Sheet1!D4` (RangeAreas). Sheet names in quotes may contain `!`, `,` and `''`.
 */
import { parseA1, rectToA1, type Rect } from '../../core/engine/grid';

/** Splits an area list on commas that are not inside a quoted sheet name. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** The cell part of a possibly sheet-qualified reference: `'a!b'!A1:B2` -> `A1:B2`. */
export function stripSheet(ref: string): string {
  let quoted = false;
  let bang = -1;
  for (let i = 0; i < ref.length; i++) {
    if (ref[i] === "'") quoted = !quoted;
    else if (ref[i] === '!' && !quoted) bang = i;
  }
  return ref.slice(bang + 1).trim();
}

/** Excel's grid: 1,048,576 rows by 16,384 columns (A … XFD). */
export const EXCEL_ROWS = 1048576;
export const EXCEL_COLS = 16384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * A reference as Excel gives it: cells (`B2`, `B2:G30`), whole columns (`C:C`, `C:E`) and whole
 * rows (`3:3`, `3:5`), with or without `$`. Throws on anything else.
 */
export function parseRef(a1: string): Rect {
  const plain = a1.replace(/\$/g, '').trim();
  const cols = /^([A-Za-z]{1,3}):([A-Za-z]{1,3})$/.exec(plain);
  if (cols) {
    const [a, b] = [columnNumber(cols[1]), columnNumber(cols[2])];
    return { top: 0, bottom: EXCEL_ROWS - 1, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(plain);
  if (rows) {
    const [a, b] = [Number(rows[1]) - 1, Number(rows[2]) - 1];
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: EXCEL_COLS - 1 };
  }
  return parseA1(plain);
}

/** One sheet-qualified reference to a rectangle (`'It''s 表'!C:C` -> columns C). */
export function parseReference(ref: string): Rect {
  return parseRef(stripSheet(ref));
}

/** Every area of an area list. An empty string gives no areas. */
export function parseAreaList(address: string): Rect[] {
  return splitAreas(address).map(parseReference);
}

/** Normalises a caller's address (`$F$14`, `f14`, `A1:G14`) to plain upper-case A1. */
export function normalizeAddress(address: string): string {
  return rectToA1(parseReference(address));
}

/** The address Excel gives a rectangle: `C:C` for whole columns, `3:5` for whole rows, else A1. */
export function excelAddress(rect: Rect): string {
  const allRows = rect.top === 0 && rect.bottom === EXCEL_ROWS - 1;
  const allCols = rect.left === 0 && rect.right === EXCEL_COLS - 1;
  if (allRows && !allCols) {
    const a = rectToA1({ top: 0, left: rect.left, bottom: 0, right: rect.right }).replace(/\d+/g, '');
    return a.includes(':') ? a : `${a}:${a}`;
  }
  if (allCols && !allRows) return `${rect.top + 1}:${rect.bottom + 1}`;
  return rectToA1(rect);
}

/**
 * Joins addresses into comma-separated lists of at most `maxChars` characters each, for
 * `worksheet.getRanges`: one list per conditional format keeps each request small.
 */
export function joinAddresses(addresses: readonly string[], maxChars: number): string[] {
  const lists: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current !== '' && current.length + 1 + a.length > maxChars) {
      lists.push(current);
      current = '';
    }
    current = current === '' ? a : `${current},${a}`;
  }
  if (current !== '') lists.push(current);
  return lists;
}
