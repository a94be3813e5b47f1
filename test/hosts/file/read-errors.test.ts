import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { FileReadError, readWorkbookBytes, readWorkbookFile, type FileReadErrorCode } from '../../../src/hosts/file/read';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const BAD = join(FIXTURES, 'bad');

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'perf-target-read-'));
  writeFileSync(join(tmp, 'zero.xlsx'), new Uint8Array());
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function failure(promise: Promise<unknown>): Promise<FileReadError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof FileReadError) return err;
    throw new Error(`not a FileReadError: ${String(err)}`);
  }
  throw new Error('did not fail');
}

describe('files that cannot be read give a FileReadError with a code and one Chinese line', () => {
  const cases: [string, () => string, FileReadErrorCode, string][] = [
    ['a missing file', () => join(tmp, '不存在.xlsx'), 'not-found', '文件不存在'],
    ['a path under a file', () => join(FIXTURES, 'l1.xlsx', 'x.xlsx'), 'not-found', '文件不存在'],
    ['a directory', () => BAD, 'is-directory', '这是一个文件夹'],
    ['a text file renamed .xlsx', () => join(BAD, 'text-renamed.xlsx'), 'not-xlsx', '这是文本文件，不是 Excel 工作簿，也不是以逗号、制表符或分号分列的表格（CSV）'],
    ['a zip that is another document', () => join(BAD, 'document.xlsx'), 'not-xlsx', '这不是 Excel 工作簿（.xlsx）文件'],
    ['a truncated zip', () => join(BAD, 'truncated.xlsx'), 'corrupt', '文件已损坏或不完整'],
    ['an encrypted workbook (OLE compound file)', () => join(BAD, 'encrypted.xlsx'), 'encrypted', '文件设有打开密码'],
    // A compound file naming a Workbook stream and holding none (.xls files are read since xls-read.ts).
    ['an old .xls that is only a stub', () => join(BAD, 'legacy.xls'), 'corrupt', '这个 .xls 文件已损坏'],
    ['an old .xls stub renamed .xlsx', () => join(BAD, 'legacy-renamed.xlsx'), 'corrupt', '这个 .xls 文件已损坏'],
    ['a workbook without worksheets', () => join(BAD, 'no-sheets.xlsx'), 'empty', '工作簿中没有工作表'],
    ['a 0-byte file', () => join(tmp, 'zero.xlsx'), 'empty', '文件是空的'],
  ];

  test.each(cases)('%s', async (_what, path, code, words) => {
    const file = path();
    const err = await failure(readWorkbookFile(file));
    expect(err.code).toBe(code);
    expect(err.file).toBe(file);
    expect(err.message).toBe(err.message.split('\n')[0]);
    expect(err.message.startsWith(`无法读取“${file}”：`)).toBe(true);
    expect(err.message).toContain(words);
    expect(err.message).not.toMatch(/\bat \S+ \(|Error:/);
  });

  test('a file over the size limit is refused before it is loaded', async () => {
    const file = join(FIXTURES, 'l1.xlsx');
    const err = await failure(readWorkbookFile(file, { maxBytes: 1000 }));
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/^无法读取“.*l1\.xlsx”：文件太大（\d+\.\d KB），超过 1000 B 的上限。$/);
  });

  test('messages in English on request', async () => {
    const err = await failure(readWorkbookFile(join(BAD, 'encrypted.xlsx'), { locale: 'en-US' }));
    expect(err.message).toMatch(/^Cannot read ".*encrypted\.xlsx": the file is password-protected/);
  });

  test('bytes (the browser preview) are classified the same way, named as given', async () => {
    const bytes = readFileSync(join(BAD, 'truncated.xlsx'));
    const err = await failure(readWorkbookBytes(bytes, '上传的文件.xlsx'));
    expect(err.code).toBe('corrupt');
    expect(err.message).toBe('无法读取“上传的文件.xlsx”：文件已损坏或不完整，请重新保存或重新获取该文件。');
    const big = await failure(readWorkbookBytes(bytes, 'x.xlsx', { maxBytes: 10 }));
    expect(big.code).toBe('too-large');
  });

  test('a workbook whose only sheet is blank is not an error', async () => {
    const grids = await readWorkbookFile(join(BAD, 'blank-sheet.xlsx'));
    expect(grids).toEqual([expect.objectContaining({ name: 'Sheet1', values: [] })]);
  });
});
