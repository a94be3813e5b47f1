/**
 * A sheet with more rows than Excel's 1,048,576 is refused before any cell is read (hostile45
 * round; hostile44's leftover). Data made by us (consistency, not accuracy).
 *
 * Before: the row past the limit was refused only when the reader reached it — a 10 MB file of
 * 1,300,000 one-cell rows was read to row 1,048,576 by the byte-level reader, which then declined,
 * and again by the scanner before the line: 6.5 s and 930 MB in the built command line (wider rows:
 * 33 s and 1.3 GB). Now the rows' tags are looked at first (xlsx-parse.ts rowPastLimit): 4.2 s,
 * 200 MB, most of it inflating the part. The <dimension> is never trusted either way.
 *
 * The tests lower the limit to 1,000 rows and the cells a sheet may hold to 500: a reader that read
 * the rows before refusing would meet the cells limit first and say that instead.
 */
import { FileReadError, READ_LIMITS, readWorkbookDetailed } from '../../../src/hosts/file/read';
import type { LeanLimits } from '../../../src/hosts/file/xlsx-parse';
import { rowPastLimit } from '../../../src/hosts/file/xlsx-parse';
import { book } from '../../helpers/hostile-unseen';

const LIMITS = { maxRows: 1000, maxCellsPerSheet: 500 };

type Shape = 'numbered' | 'unnumbered' | 'inline';

function rows(count: number, shape: Shape, from = 1): string {
  const out: string[] = [];
  for (let r = from; r < from + count; r++) {
    if (shape === 'unnumbered') out.push(`<row><c><v>${r}</v></c></row>`);
    else if (shape === 'inline') out.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>x${r}</t></is></c></row>`);
    else out.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  }
  return out.join('');
}

function sheet(body: string): Uint8Array {
  return book({ sheets: [{ name: '长表', body }] });
}

function refusal(bytes: Uint8Array, limits: Partial<LeanLimits> = LIMITS): FileReadError | undefined {
  try {
    readWorkbookDetailed(bytes, 'w.xlsx', { limits });
  } catch (e) {
    if (e instanceof FileReadError) return e;
    throw e;
  }
  return undefined;
}

test.each<Shape>(['numbered', 'unnumbered', 'inline'])('1,001 rows (%s) are refused for their row count, before a cell is read', (shape) => {
  const err = refusal(sheet(`<dimension ref="A1:A5"/><sheetData>${rows(1001, shape)}</sheetData>`));
  expect(err?.message).toContain('工作表“长表”中有第 1,001 行，超出 Excel 的');
});

test('a lying <dimension> refuses nothing: ten rows under a dimension of 2,000,000 are read', () => {
  const bytes = sheet(`<dimension ref="A1:A2000000"/><sheetData>${rows(10, 'numbered')}</sheetData>`);
  expect(refusal(bytes)).toBeUndefined();
  expect(refusal(bytes, {})).toBeUndefined();
});

test('rows the scanner does not read as rows are not counted: in a comment, after </sheetData>, prefixed', () => {
  const inComment = sheet(`<sheetData>${rows(10, 'numbered')}<!-- <row r="5000"><c r="A5000"><v>1</v></c></row> --></sheetData>`);
  expect(refusal(inComment)).toBeUndefined();
  // Not plain enough to be sure: the scanner decides, and reads the file.
  const bytes = new TextEncoder().encode(`<worksheet><sheetData>${rows(3, 'numbered')}</sheetData><extLst><row r="5000"/></extLst></worksheet>`);
  expect(rowPastLimit(bytes, 1000, 1 << 20)).toBe(-1);
  expect(rowPastLimit(new TextEncoder().encode(`<x:sheetData><x:row r="5000"/></x:sheetData>`), 1000, 1 << 20)).toBe(-1);
});

test('rowPastLimit numbers rows as the scanner does and stops at the first past the limit', () => {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(`<worksheet><sheetData>${s}</sheetData></worksheet>`);
  expect(rowPastLimit(enc(`<row r="999"/><row/><row/>`), 1000, 1 << 20)).toBe(1001);
  expect(rowPastLimit(enc(`<row r="1000"/><row r="3"/>`), 1000, 1 << 20)).toBe(-1);
  expect(rowPastLimit(enc(`<row r="5"/><row r="1048577"><c r="A1048577"><v>1</v></c></row>`), READ_LIMITS.maxRows, 1 << 20)).toBe(1_048_577);
  // An `r` the scanner reads otherwise (parseInt): no verdict here.
  expect(rowPastLimit(enc(`<row r="2000x"/>`), 1000, 1 << 20)).toBe(-1);
});
