/**
 * Hostile files (issue 13): each generated at test time into a temporary folder by
 * test/helpers/hostile.ts. Every one gives either grids or a FileReadError with the expected code
 * and one Chinese line; none hangs or takes the process down; the engine runs on whatever grid
 * comes back; the work done is bounded by counting it (bytes inflated, tags scanned, merge rows
 * indexed, cells visited by the locator), never by a clock.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Grid, type GridInit } from '../../../src/core/engine/grid';
import { checkSheet } from '../../../src/core/engine';
import { FileReadError, READ_LIMITS, readFileBounded, readWorkbookDetailed, readWorkbookFile, type FileReadErrorCode } from '../../../src/hosts/file/read';
import { checkFile } from '../../../src/cli/check-file';
import { hostileWorkbooks } from '../../helpers/hostile';

let dir: string;
let cases: Record<string, Uint8Array>;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'perf-target-hostile-'));
  cases = hostileWorkbooks();
  for (const [name, bytes] of Object.entries(cases)) writeFileSync(join(dir, `${name}.xlsx`), bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function outcome(file: string): Promise<GridInit[] | FileReadError> {
  try {
    return await readWorkbookFile(file);
  } catch (err) {
    if (err instanceof FileReadError) return err;
    throw err;
  }
}

function expectOneLine(err: FileReadError, file: string, words: string): void {
  expect(err.message.startsWith(`无法读取“${file}”：`)).toBe(true);
  expect(err.message).not.toContain('\n');
  expect(err.message).toContain(words);
}

const REFUSED: [string, FileReadErrorCode, string][] = [
  ['bomb-ratio', 'inflate-limit', '倍以上'],
  ['bomb-total', 'inflate-limit', '解压后的内容超过 256.0 MB 的上限'],
  ['cell-40000-chars', 'excel-limit', '有 40,000 个字符，超过 Excel 每个单元格 32,767 个字符的上限'],
  ['columns-20000', 'excel-limit', '超出 Excel 的 16,384 列（XFD 列）上限'],
  ['row-past-limit', 'excel-limit', '有第 1,048,577 行，超出 Excel 的 1,048,576 行上限'],
  ['huge-attribute', 'corrupt', '文件已损坏或不完整'],
  ['shared-string-out-of-range', 'corrupt', '文件已损坏或不完整'],
  ['shared-string-negative', 'corrupt', '文件已损坏或不完整'],
  ['missing-sheet-part', 'empty', '工作簿中没有工作表'],
  ['bad-cd-offset', 'corrupt', '文件已损坏或不完整'],
  ['bad-local-offset', 'corrupt', '文件已损坏或不完整'],
  ['zip-encrypted-entry', 'encrypted', '文件设有打开密码'],
  ['truncated-base', 'corrupt', '文件已损坏或不完整'],
];

describe('refused with a stated reason', () => {
  test.each(REFUSED)('%s', async (name, code, words) => {
    const file = join(dir, `${name}.xlsx`);
    const result = await outcome(file);
    expect(result).toBeInstanceOf(FileReadError);
    const err = result as FileReadError;
    expect(err.code).toBe(code);
    expectOneLine(err, file, words);
  });

  test('a zip bomb stops at the budget: no more than the limit is ever inflated', () => {
    // 4 MB on disk, 4 GB inflated: the reader stops at 256 MB, having allocated no more.
    expect(cases['bomb-total'].length).toBeLessThan(5 * 1024 * 1024);
    const err = (() => {
      try {
        readWorkbookDetailed(cases['bomb-total'], 'bomb.xlsx', { limits: { maxInflatedBytes: 8 * 1024 * 1024 } });
      } catch (e) {
        return e as FileReadError;
      }
      return undefined;
    })();
    expect(err?.code).toBe('inflate-limit');
    expect(err?.message).toContain('8.0 MB');
  });
});

describe('limits lowered to see their messages on ordinary workbooks', () => {
  const sample = () => readFileSync(join(__dirname, '..', '..', '..', 'examples', 'sample.xlsx'));
  const refused = (limits: Parameters<typeof readWorkbookDetailed>[2]): FileReadError => {
    try {
      readWorkbookDetailed(sample(), 's.xlsx', limits);
    } catch (e) {
      return e as FileReadError;
    }
    throw new Error('read');
  };
  test('cells per sheet', () => {
    const err = refused({ limits: { maxCellsPerSheet: 10 } });
    expect(err.code).toBe('sheet-too-large');
    expect(err.message).toMatch(/^无法读取“s\.xlsx”：工作表“.+”太大，超过 10 个单元格的上限，无法检查。请把表格拆分到较小的工作表后再检查。$/);
  });
  test('rows crossed by merged areas', () => {
    const err = refused({ limits: { maxMergedRows: 5 } });
    expect(err.code).toBe('sheet-too-large');
    expect(err.message).toMatch(/^无法读取“s\.xlsx”：工作表“.+”的合并单元格太多（合并区域共跨越超过 5 行），无法检查。/);
  });
  test('sheets per workbook', () => {
    const err = refused({ limits: { maxSheets: 0 } });
    expect(err.message).toBe('无法读取“s.xlsx”：工作表超过 0 个，无法检查。');
  });
  test('messages in English', () => {
    expect(refused({ locale: 'en-US', limits: { maxCellsPerSheet: 10 } }).message).toMatch(/^Cannot read "s\.xlsx": sheet ".+" is too large \(more than 10 cells\) to check\./);
  });
});

/** Counts the locator's and rules' cell reads while the engine checks a grid. */
function checkCounting(g: GridInit): { reads: number; indexWork: number } {
  const proto = Grid.prototype as unknown as { rawValue: (r: number, c: number) => unknown };
  const original = proto.rawValue;
  let reads = 0;
  proto.rawValue = function counted(this: Grid, r: number, c: number) {
    reads++;
    return original.call(this, r, c);
  };
  try {
    const result = checkSheet(g, {});
    expect(result).toBeDefined();
  } finally {
    proto.rawValue = original;
  }
  return { reads, indexWork: new Grid(g).indexWork };
}

describe('read, and checked in work proportional to the cells, not the sheet', () => {
  test('a whole-sheet merge', async () => {
    const grids = (await outcome(join(dir, 'whole-sheet-merge.xlsx'))) as GridInit[];
    expect(Array.isArray(grids)).toBe(true);
    const [g] = grids;
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 1_048_575, right: 16_383 }]);
    const { reads, indexWork } = checkCounting(g);
    // One entry per band of 64 rows, never a cell of its area (17 billion).
    expect(indexWork).toBe(1_048_576 / 64);
    expect(reads).toBeLessThan(1000);
  });

  test('a sheet holding only A1 and XFD1048576', async () => {
    const [g] = (await outcome(join(dir, 'a1-and-xfd1048576.xlsx'))) as GridInit[];
    expect(g.origin).toEqual({ row: 0, col: 0 });
    expect(g.values.length).toBe(1_048_576);
    expect(g.values[1_048_575][16_383]).toBe(1);
    expect(Object.keys(g.values[1_048_575])).toEqual(['16383']); // a hole, not 16,383 nulls
    const { reads } = checkCounting(g);
    expect(reads).toBeLessThan(1000);
  });

  test('a 1,048,576-row sparse sheet', async () => {
    const file = join(dir, 'sparse-million-rows.xlsx');
    const bytes = cases['sparse-million-rows'];
    const book = readWorkbookDetailed(bytes, file);
    expect(book.grids[0].values.length).toBe(1_048_576 - 4095);
    expect(book.work.cells).toBe(256);
    // One tag per row element, plus the few around them: the scan is linear in the XML.
    expect(book.work.tags).toBeLessThan(1_048_576 + 256 * 6 + 20);
    const { reads } = checkCounting(book.grids[0]);
    expect(reads).toBeLessThan(256 * 4);
  });

  test('deeply nested elements and duplicate zip entries read (the later entry wins, as in JSZip)', async () => {
    const nested = (await outcome(join(dir, 'nested-xml.xlsx'))) as GridInit[];
    expect(nested[0].values).toEqual([[1]]);
    const dup = (await outcome(join(dir, 'duplicate-entries.xlsx'))) as GridInit[];
    expect(dup[0].values).toEqual([['第二份']]);
  });
});

describe('what is not a regular file is refused before a byte is read', () => {
  const special: [string, () => string, FileReadErrorCode, string][] = [
    ['a FIFO', () => {
      const p = join(dir, 'fifo.xlsx');
      if (!existsSync(p)) execFileSync('mkfifo', [p]);
      return p;
    }, 'not-regular', '这不是普通文件'],
    ['/dev/zero', () => '/dev/zero', 'not-regular', '这不是普通文件'],
    ['a symlink to /dev/zero', () => {
      const p = join(dir, 'zero-link.xlsx');
      if (!existsSync(p)) symlinkSync('/dev/zero', p);
      return p;
    }, 'not-regular', '这不是普通文件'],
    ['a directory named .xlsx', () => {
      const p = join(dir, 'folder.xlsx');
      mkdirSync(p, { recursive: true });
      return p;
    }, 'is-directory', '这是一个文件夹'],
    ['a zero-byte file', () => {
      const p = join(dir, 'zero.xlsx');
      writeFileSync(p, new Uint8Array());
      return p;
    }, 'empty', '文件是空的'],
  ];
  test.each(special)('%s', async (_what, make, code, words) => {
    const file = make();
    const err = (await outcome(file)) as FileReadError;
    expect(err).toBeInstanceOf(FileReadError);
    expect(err.code).toBe(code);
    expectOneLine(err, file, words);
  });

  test('a file is read no further than the size limit', async () => {
    const file = join(dir, 'big.bin');
    writeFileSync(file, new Uint8Array(4096));
    await expect(readFileBounded(file, 1000)).rejects.toMatchObject({ code: 'too-large' });
    expect((await readFileBounded(file, 4096)).length).toBe(4096);
  });
});

test('the command line checks each hostile file on its own: one line for a bad file, the others reported', async () => {
  const names = Object.keys(cases).filter((n) => n !== 'bomb-total' && n !== 'sparse-million-rows');
  for (const name of names) {
    const file = join(dir, `${name}.xlsx`);
    const { report } = await checkFile(file, {});
    if (report.error) {
      expect(report.error).not.toContain('\n');
      expect(report.error.startsWith(`无法读取“${file}”：`)).toBe(true);
    } else expect(report.sheets.length).toBeGreaterThan(0);
  }
}, 60000);

test('every limit has its value stated in one object', () => {
  expect(READ_LIMITS).toMatchObject({ maxRows: 1_048_576, maxColumns: 16_384, maxCellChars: 32_767 });
});
