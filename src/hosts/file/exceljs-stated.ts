/**
 * What ExcelJS makes one object for per cell or per column of a range a worksheet's XML states,
 * counted from the XML in one pass before ExcelJS is given the file (the annotated copy,
 * ./copy-check.ts; the browser preview, src/preview/preflight.ts). ExcelJS has no limits of its own:
 * - `<col min max>`: Column.fromModel makes a column for every number from 1 to the largest `max`
 *   (or `min`), Excel's 16,384 or not: `max="99999999"` took a 2.6 KB file's copy past 60 s and 3 GB;
 * - `<dataValidation sqref>`: every cell of every range gets an entry (A1:XFD1048576, 17 billion);
 * - `<mergeCell ref>`: an object per merged cell, whatever the row's digits (A1:A999999999);
 * - the workbook's `<definedName>` ranges (./definedNameCells below): an object per cell.
 * Addresses are decoded as ExcelJS decodes them (colCache.decodeAddress: letters, then digits, any
 * number of them), so what is counted is what ExcelJS would make. Work: the bytes of the XML, once.
 */
import { decodeText } from './xlsx-parse';

/** True for a character of an XML name (letters, digits, `_`, `-`, `.`, `:`; ASCII is enough here). */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 58) || c === 95 || c === 45 || c === 46;
}

/**
 * Each tag of the XML once, left to right: its name without a prefix (`x:row` as `row`) and the
 * text from its name to its `>`, or to the next `<` when that comes first (a part cut short or
 * broken). Work: the bytes, once. The patterns this replaces looked for an attribute anywhere
 * before the next `>` and were tried again from every `<mergeCell` or `<c` with no `>` after it
 * (a comment or a broken part of `<mergeCell ` repeated: 880 KB took 50 s, each doubling 4–5×).
 */
export function eachTag(xml: string, visit: (name: string, attrs: string) => void): void {
  const n = xml.length;
  let lt = xml.indexOf('<');
  // The first `>` at or after where it was looked for (n: none): found once for every tag before it.
  let gt = -1;
  while (lt >= 0) {
    let j = lt + 1;
    while (j < n && isNameChar(xml.charCodeAt(j))) j++;
    if (gt < j) {
      gt = xml.indexOf('>', j);
      if (gt < 0) gt = n;
    }
    // A tag ends at its `>`, or where the next one starts (a part cut short or broken).
    const next = xml.indexOf('<', j);
    const end = next >= 0 && next < gt ? next : gt;
    if (j > lt + 1) {
      const full = xml.slice(lt + 1, j);
      const colon = full.lastIndexOf(':');
      visit(colon >= 0 ? full.slice(colon + 1) : full, xml.slice(j, end));
    }
    lt = next;
  }
}

const MIN = /\smin\s*=\s*(["'])([^"']*)\1/;
const MAX = /\smax\s*=\s*(["'])([^"']*)\1/;
const SQREF = /\ssqref\s*=\s*(["'])([^"']*)\1/;
const REF = /\sr\s*=\s*(["'])([^"']*)\1/;
const NAME = /\sname\s*=\s*(["'])([^"']*)\1/;

/** An attribute's value in a tag's text (either quote), or undefined. */
function tagAttr(attrs: string, pattern: RegExp): string | undefined {
  const m = pattern.exec(attrs);
  return m ? m[2] : undefined;
}

/**
 * A cell address as ExcelJS's colCache.decodeAddress reads it: letters make the column,
 * digits the row (as many as there are), `$` is skipped, and another character after both ends it.
 * Undefined without a column and a row.
 */
export function looseAddress(ref: string): { row: number; col: number } | undefined {
  let col = 0;
  let row = 0;
  let hasCol = false;
  let hasRow = false;
  for (let i = 0; i < ref.length; i++) {
    // Small letters counted as capitals (ExcelJS skips them): counted, never fewer cells.
    const c = ref.charCodeAt(i) & ~(ref.charCodeAt(i) >= 97 && ref.charCodeAt(i) <= 122 ? 32 : 0);
    if (!hasRow && c >= 65 && c <= 90) {
      hasCol = true;
      col = col * 26 + c - 64;
    } else if (c >= 48 && c <= 57) {
      hasRow = true;
      row = row * 10 + c - 48;
    } else if (hasRow && hasCol && c !== 36) break;
  }
  return hasCol && hasRow ? { row, col } : undefined;
}

/**
 * The cells of `A1:B2` (either corner first) or `A1` as ExcelJS reads them; 0 when it is not an
 * address. A row or column past what a number holds (400 digits: ExcelJS's parseInt gives Infinity,
 * and its loop from Infinity to Infinity never ends) counts as Infinity, never as NaN, which every
 * limit would have let through.
 */
export function looseRangeCells(ref: string): number {
  const [a, b = a] = ref.split(':');
  const p = looseAddress(a);
  const q = looseAddress(b);
  if (!p || !q) return 0;
  const cells = (Math.abs(q.row - p.row) + 1) * (Math.abs(q.col - p.col) + 1);
  return Number.isNaN(cells) ? Infinity : cells;
}

/**
 * ExcelJS's reading of a `<col>` number (parseInt of the text, 0 when absent or not a number). A
 * number past what a double holds is Infinity, as ExcelJS reads it (its column loop never ends), not 0.
 */
function colNumber(v: string | undefined): number {
  const n = parseInt(v || '0', 10);
  return Number.isNaN(n) ? 0 : n;
}

export interface StatedByWorksheet {
  /** Columns ExcelJS's Column.fromModel makes: the largest `max`, or `min` − 1, of the `<col>` elements. */
  columns: number;
  /** Cells the `<dataValidation sqref>` ranges cover (ExcelJS keeps an entry per cell). */
  validationCells: number;
  /**
   * Each row's last column, added up: the cells the preview's reader asks ExcelJS for (getCell of
   * every column up to a row's last cell), and the annotated copy's reading. A number in column XFD
   * on 1,000 rows took the preview to 4 GB and V8's out-of-memory crash.
   */
  rowSlots: number;
}

/** A visitor of eachTag's tags, and what it has counted once the XML is read. */
export interface TagCount<T> {
  visit(name: string, attrs: string): void;
  result(): T;
}

/** One pass of eachTag over the XML with each counter (a worksheet read once for all of them). */
export function countTags(xml: string, counters: readonly TagCount<unknown>[]): void {
  eachTag(xml, (name, attrs) => {
    for (const c of counters) c.visit(name, attrs);
  });
}

/** statedByWorksheet's counter, for a pass shared with others (src/preview/preflight.ts). */
export function statedCounter(): TagCount<StatedByWorksheet> {
  let columns = 0;
  let validationCells = 0;
  let rowSlots = 0;
  let rowEnd = 0;
  let col = 0;
  return {
    visit(name, attrs) {
      if (name === 'row') {
        rowSlots += rowEnd;
        rowEnd = col = 0;
      } else if (name === 'c') {
        // A cell without `r` follows the one before (as ExcelJS places it).
        const ref = tagAttr(attrs, REF);
        col = (ref === undefined ? undefined : looseAddress(ref)?.col) ?? col + 1;
        if (col > rowEnd) rowEnd = col;
      } else if (name === 'col') {
        columns = Math.max(columns, colNumber(tagAttr(attrs, MIN)) - 1, colNumber(tagAttr(attrs, MAX)));
      } else if (name === 'dataValidation') {
        const sqref = tagAttr(attrs, SQREF);
        if (sqref !== undefined) for (const ref of sqref.split(/\s+/)) validationCells += looseRangeCells(ref);
      }
    },
    result: () => ({ columns, validationCells, rowSlots: rowSlots + rowEnd }),
  };
}

/** What a worksheet's XML makes ExcelJS allocate beyond its cells and merged areas (see above). */
export function statedByWorksheet(xml: string): StatedByWorksheet {
  const counter = statedCounter();
  countTags(xml, [counter]);
  return counter.result();
}

/** A range ExcelJS's DefinedNames keeps cell by cell: one holding an absolute cell (`$A$1`). */
const ABSOLUTE_CELL = /\$\w+\$\d/;
/** Where a `<definedName>` starts or ends, with or without a prefix. */
const NAME_BOUNDARY = /<\/?(?:[\w.-]+:)?definedName(?![\w.:-])/g;

/** The text of XML content, as a parser joins it: markup (tags, comments) left out, entities decoded. */
function contentText(content: string): string {
  const pieces = content.split('<');
  let text = pieces[0];
  for (let k = 1; k < pieces.length; k++) {
    const gt = pieces[k].indexOf('>');
    if (gt >= 0) text += pieces[k].slice(gt + 1);
  }
  return decodeText(text);
}

/**
 * Cells ExcelJS's DefinedNames makes for the workbook's `<definedName>` elements: for every range
 * of a name (its text split at commas) that holds an absolute cell, a CellMatrix entry per cell
 * (`addCellEx`), walked again to write the copy (`getRanges`). The print area and print titles
 * go to the sheet's page setup instead and cost nothing. One name over `$A$1:$XFD$1048576` in a
 * 2.5 KB file took the copy past 60 s and 3.8 GB (found by the hostile42 round); a million cells,
 * 5 s and 270 MB. Counted as looseRangeCells counts (never fewer cells than ExcelJS makes, Infinity
 * past what a number holds). A name's content runs to the next start or end of a definedName (a
 * part cut short: to its end), so the contents are disjoint and the XML is read once.
 */
export function definedNameCells(xml: string): number {
  const bounds: { at: number; end: number; start: boolean }[] = [];
  for (const m of xml.matchAll(NAME_BOUNDARY)) bounds.push({ at: m.index, end: m.index + m[0].length, start: m[0].charCodeAt(1) !== 47 });
  let cells = 0;
  // The first `>` at or after where it was looked for (xml.length: none), found once for every start before it.
  let gt = -1;
  for (let k = 0; k < bounds.length; k++) {
    const b = bounds[k];
    if (!b.start) continue;
    if (gt < b.end) {
      gt = xml.indexOf('>', b.end);
      if (gt < 0) gt = xml.length;
    }
    const until = k + 1 < bounds.length ? bounds[k + 1].at : xml.length;
    if (gt >= until) continue; // a start tag never closed: no content
    const name = decodeText(tagAttr(xml.slice(b.end, gt), NAME) ?? '');
    if (name === '_xlnm.Print_Area' || name === '_xlnm.Print_Titles') continue;
    for (const range of contentText(xml.slice(gt + 1, until)).split(',')) {
      const ref = range.slice(range.lastIndexOf('!') + 1);
      if (ABSOLUTE_CELL.test(ref)) cells += looseRangeCells(ref);
    }
  }
  return cells;
}
