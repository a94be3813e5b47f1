/**
 * Findings on hidden rows and columns: a table can hide a row (by hand, or a filter hides it) or a
 * column holding a mistake. Every reader keeps what is hidden inside the snapshot; the check is the
 * same, and the command line says so after the cell's address (`E8（隐藏的行）`), once per sheet how
 * to show it, and in JSON (`"hidden": "row" | "column" | "rowAndColumn"` on the finding, absent
 * when the cell shows). Before: a finding on a hidden row listed a cell the user could not see.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { readWorkbookBytes } from '../../src/hosts/file/read';
import { readWorkbookExcelJs } from '../../src/hosts/file/exceljs-read';
import { book, tableXml, TABLE } from '../helpers/hostile-unseen';
import { cells, record, u16, xlsFile } from '../helpers/xls-build';

const FIXTURE = join(__dirname, '..', 'fixtures', 'hidden-rows-columns.xlsx');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'perf-target-hidden-rows-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = { out: '', err: '', isTTY: false, stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  const code = await main(['check', ...args], io);
  return { code, out: io.out, err: io.err };
}

/** The table's sheetData with row 8 (E8: `100%` without a sign) written `<row … hidden="1">`. */
function hiddenRowBook(cols: string, rowAttr = ' hidden="1"', addresses = true): Uint8Array {
  const x = tableXml(TABLE, { addresses });
  const marker = addresses ? '<row r="8">' : '<row>';
  let body = x.sheetData;
  if (addresses) body = body.replace(marker, `<row r="8"${rowAttr}>`);
  else {
    // Rows without addresses: the eighth <row> gets the attribute.
    let n = 0;
    body = body.replace(/<row>/g, (m) => (++n === 8 ? `<row${rowAttr}>` : m));
  }
  return book({ sheets: [{ name: '表', body: `${cols}${body}` }], sharedStrings: x.sst });
}

describe('the readers keep hidden rows and columns inside the snapshot', () => {
  test('the fixture: both readers agree (row 8; columns D and E; a hidden row past the cells is outside)', async () => {
    const bytes = readFileSync(FIXTURE);
    const lean = await readWorkbookBytes(bytes, 'x.xlsx');
    const exceljs = await readWorkbookExcelJs(bytes);
    expect(lean[0].hidden).toEqual({ rows: [7], cols: [3, 4] });
    expect(exceljs[0].hidden).toEqual(lean[0].hidden);
    expect(lean[1].hidden).toBeUndefined();
    expect(exceljs[1].hidden).toBeUndefined();
  });

  test('a <col> over every column costs the snapshot’s width, not 16,384 columns', async () => {
    const bytes = hiddenRowBook('<cols><col min="1" max="16384" hidden="1"/></cols>');
    const [grid] = await readWorkbookBytes(bytes, 'x.xlsx');
    expect(grid.hidden?.cols).toEqual([0, 1, 2, 3, 4]);
    expect(grid.hidden?.rows).toEqual([7]);
    expect((await readWorkbookExcelJs(bytes))[0].hidden).toEqual(grid.hidden);
  });

  test('`hidden="true"`, rows without addresses (the scanner’s path, which ExcelJS cannot read) and `hidden="0"`', async () => {
    expect((await readWorkbookBytes(hiddenRowBook('', ' hidden="true"'), 'x.xlsx'))[0].hidden).toEqual({ rows: [7], cols: [] });
    const noAddresses = hiddenRowBook('<cols><col min="5" max="5" hidden="1"/></cols>', ' hidden="1"', false);
    expect((await readWorkbookBytes(noAddresses, 'x.xlsx'))[0].hidden).toEqual({ rows: [7], cols: [4] });
    expect((await readWorkbookBytes(hiddenRowBook('<cols><col min="5" max="5" hidden="0"/></cols>', ' hidden="0"'), 'x.xlsx'))[0].hidden).toBeUndefined();
  });
});

describe('the legacy .xls reader: ROW’s fDyZero and COLINFO’s fHidden', () => {
  /** The table as BIFF8 records, with ROW records (row 8 hidden) and COLINFO records. */
  function xlsBook(colinfo: [number, number, boolean][]): Uint8Array {
    const records: number[] = [];
    for (const [first, last, hidden] of colinfo) records.push(...record(0x007d, [...u16(first), ...u16(last), ...u16(2560), ...u16(15), ...u16(hidden ? 1 : 0), ...u16(0)]));
    TABLE.forEach((row, r) => {
      // ROW: rw, colMic, colMac, miyRw, 2 reserved, then the flags (0x20: fDyZero, 0x100: always set), ixfe.
      records.push(...record(0x0208, [...u16(r), ...u16(0), ...u16(row.length), ...u16(300), ...u16(0), ...u16(0), ...u16(0x100 | (r === 7 ? 0x20 : 0)), ...u16(15)]));
    });
    TABLE.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        records.push(...(typeof v === 'number' ? cells.number(r, c, v) : cells.label(r, c, v)));
      }),
    );
    return xlsFile([], [{ name: '表', records }]);
  }

  test('row 8 and column E hidden; a COLINFO over all 256 columns costs the snapshot’s width', async () => {
    const one = await readWorkbookBytes(xlsBook([[4, 4, true], [1, 1, false]]), 'x.xls');
    expect(one[0].hidden).toEqual({ rows: [7], cols: [4] });
    const all = await readWorkbookBytes(xlsBook([[0, 255, true]]), 'x.xls');
    expect(all[0].hidden).toEqual({ rows: [7], cols: [0, 1, 2, 3, 4] });
  });

  test('the command line tells it as for .xlsx', async () => {
    const file = join(dir, 'a.xls');
    writeFileSync(file, xlsBook([[4, 4, true]]));
    const { out } = await run(file);
    expect(out.split('\n').find((l) => l.includes('E8'))).toMatch(/^\s+E8（隐藏的行和列）\s+警告/);
  });
});

describe('the command line says which findings are on hidden cells', () => {
  test('text: after the address, and once per sheet how to show them', async () => {
    const { out, err } = await run(FIXTURE);
    expect(err).toBe('');
    const lines = out.split('\n');
    expect(lines.find((l) => l.includes('E8'))).toMatch(/^\s+E8（隐藏的行和列）\s+警告\s+value\/missing-sign/);
    expect(lines.find((l) => l.includes('E12'))).toMatch(/^\s+E12（隐藏的列）\s+警告/);
    // B2 shows: nothing after its address.
    expect(lines.find((l) => l.includes('B2'))).toMatch(/^\s+B2\s+错误/);
    expect(out.split('注：标有“隐藏的行/列”的单元格在 Excel 中看不到').length - 1).toBe(1);
    expect(out).toContain('选中其上下相邻的行（或左右相邻的列）› 右键 › 取消隐藏');
    expect(out).toContain('数据 › 筛选');
  });

  test('a hidden row alone', async () => {
    const file = join(dir, 'row.xlsx');
    writeFileSync(file, hiddenRowBook(''));
    const { out } = await run(file);
    expect(out.split('\n').find((l) => l.includes('E8'))).toMatch(/^\s+E8（隐藏的行）\s+警告/);
  });

  test('JSON: `hidden` on the finding, absent where the cell shows', async () => {
    const { out } = await run(FIXTURE, '--format', 'json');
    const doc = JSON.parse(out) as { files: { sheets: { tables: { findings: { cell: string; hidden?: string }[] }[] }[] }[] };
    const [shown, none] = doc.files[0].sheets;
    expect(shown.tables[0].findings.map((f) => [f.cell, f.hidden ?? null])).toEqual([
      ['B2', null],
      ['E8', 'rowAndColumn'],
      ['E12', 'column'],
    ]);
    expect(Object.keys(shown.tables[0].findings[0])).not.toContain('hidden');
    for (const f of none.tables[0].findings) expect(Object.keys(f)).not.toContain('hidden');
  });

  test('the annotated copy keeps the rows and columns hidden as they were', async () => {
    // --annotate names a folder: the copy is <name>.checked.xlsx in it.
    const folder = join(dir, 'annotated');
    await run(FIXTURE, '--annotate', folder);
    const grids = await readWorkbookBytes(readFileSync(join(folder, readdirSync(folder).find((f) => f.endsWith('.checked.xlsx')) as string)), 'annotated.xlsx');
    expect(grids[0].hidden).toEqual({ rows: [7], cols: [3, 4] });
  });

  test('in English with --lang en', async () => {
    const { out } = await run(FIXTURE, '--lang', 'en');
    expect(out).toMatch(/E8 \(hidden row and column\)\s+warning/);
    expect(out).toMatch(/E12 \(hidden column\)\s+warning/);
    expect(out).toContain('Select the rows above and below (or the columns either side) › right-click › Unhide');
  });
});
