/**
 * Addresses as Excel returns them: `Sheet1!B2:G30`, `'My sheet'!A1`, and lists of areas
 * `Sheet1!A1:B2, Sheet1!D4` (RangeAreas). Sheet names in quotes may contain `!`, `,` and `''`.
 */
import { parseA1, rectToA1, type Rect } from '../../core/grid';

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

/** One sheet-qualified reference to a rectangle. */
export function parseReference(ref: string): Rect {
  return parseA1(stripSheet(ref));
}

/** Every area of an area list. An empty string gives no areas. */
export function parseAreaList(address: string): Rect[] {
  return splitAreas(address).map(parseReference);
}

/** Normalises a caller's address (`$F$14`, `f14`, `A1:G14`) to plain upper-case A1. */
export function normalizeAddress(address: string): string {
  return rectToA1(parseA1(stripSheet(address)));
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
