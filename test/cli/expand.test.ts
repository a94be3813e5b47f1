/** Arguments to files (src/cli/expand.ts): folders, patterns, order, duplicates, what is skipped. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expandInputs, splitPattern } from '../../src/cli/expand';
import { tempDir } from '../helpers/temp-dir';

const root = tempDir('expand');
const dir = join(root, 'in');
const p = (...parts: string[]) => join(dir, ...parts);

beforeAll(() => {
  for (const d of ['sub/deeper', '.hidden', '报表', 'empty']) mkdirSync(p(d), { recursive: true });
  // The expansion never reads a file: empty files are enough.
  for (const f of ['b.xlsx', 'a.xlsx', 'A2.xlsm', '~$a.xlsx', 'a.checked.xlsx', 'a.2.checked.xlsx', 'notes.txt', 'old.xls', 'sub/c.xlsx', 'sub/deeper/d.XLSX', '.hidden/e.xlsx', '报表/张三.xlsx']) {
    writeFileSync(p(f), '');
  }
  symlinkSync(p('a.xlsx'), p('link-to-a.xlsx')); // the same file again
  symlinkSync(dir, p('sub', 'loop')); // a cycle, never followed
});

async function files(...args: string[]): Promise<string[]> {
  return (await expandInputs(args, 'zh-CN')).map((e) => (e.error ? `ERROR ${e.error}` : e.file));
}

test('a folder: every .xlsx/.xlsm at every level, sorted, without lock files, our copies, hidden folders or a second spelling of a file', async () => {
  // .xls too, since the legacy readers (a legacy workbook or a system's web-page export).
  expect(await files(dir)).toEqual([p('A2.xlsm'), p('a.xlsx'), p('b.xlsx'), p('old.xls'), p('sub', 'c.xlsx'), p('sub', 'deeper', 'd.XLSX'), p('报表', '张三.xlsx')]);
});

test('files named one by one keep their order; a file named twice is checked once', async () => {
  expect(await files(p('b.xlsx'), p('a.xlsx'), p('link-to-a.xlsx'), p('b.xlsx'))).toEqual([p('b.xlsx'), p('a.xlsx')]);
  expect(await files(p('sub', 'c.xlsx'), p('sub'))).toEqual([p('sub', 'c.xlsx'), p('sub', 'deeper', 'd.XLSX')]);
});

test('a file named explicitly is taken whatever it is called', async () => {
  expect(await files(p('~$a.xlsx'), p('a.checked.xlsx'), p('notes.txt'))).toEqual([p('~$a.xlsx'), p('a.checked.xlsx'), p('notes.txt')]);
});

test('patterns: *, ? and ** expanded here, as a Windows shell would not', async () => {
  expect(await files(p('*.xlsx'))).toEqual([p('a.xlsx'), p('b.xlsx')]);
  expect(await files(p('?.xlsx'))).toEqual([p('a.xlsx'), p('b.xlsx')]);
  expect(await files(p('**', '*.xlsx'))).toEqual([p('a.xlsx'), p('b.xlsx'), p('sub', 'c.xlsx'), p('报表', '张三.xlsx')]);
  expect(await files(p('s*', '**'))).toEqual([p('sub', 'c.xlsx'), p('sub', 'deeper', 'd.XLSX')]);
  expect(await files(join(root, '*', '报表', '*.xlsx'))).toEqual([p('报表', '张三.xlsx')]);
  expect(await files(p('*.xls'))).toEqual([p('old.xls')]); // another extension only when the pattern names it
});

test('Windows patterns (cmd and PowerShell pass them as typed): \\ and / both separate, drives, UNC shares, relative folders', () => {
  const win = (pattern: string) => splitPattern(pattern, '\\');
  expect(win('C:\\报表\\2024\\*.xlsx')).toEqual({ base: 'C:\\报表\\2024', segments: ['*.xlsx'] });
  expect(win('C:\\*.xlsx')).toEqual({ base: 'C:\\', segments: ['*.xlsx'] });
  expect(win('D:/data/**/*.xlsm')).toEqual({ base: 'D:\\data', segments: ['**', '*.xlsm'] });
  expect(win('\\\\server\\share\\处室?\\*.xlsx')).toEqual({ base: '\\\\server\\share', segments: ['处室?', '*.xlsx'] });
  expect(win('.\\报表\\*.xlsx')).toEqual({ base: '.\\报表', segments: ['*.xlsx'] });
  expect(win('*.xlsx')).toEqual({ base: '', segments: ['*.xlsx'] });
  expect(win('a\\**\\**\\b*.xlsx')).toEqual({ base: 'a', segments: ['**', 'b*.xlsx'] });
  // Elsewhere a backslash is part of a name, as the file system has it.
  expect(splitPattern('a\\b/*.xlsx', '/')).toEqual({ base: 'a\\b', segments: ['*.xlsx'] });
  expect(splitPattern('/data/*/x.xlsx', '/')).toEqual({ base: '/data', segments: ['*', 'x.xlsx'] });
});

test('nothing to check: one line each, the others still listed', async () => {
  const out = await files(p('nope.xlsx'), p('*.csv'), p('empty'), p('a.xlsx'));
  expect(out).toEqual([
    `ERROR 无法读取“${p('nope.xlsx')}”：文件不存在。`,
    `ERROR 无法读取“${p('*.csv')}”：没有找到匹配的 .xlsx、.xlsm、.xls 文件、含表格的网页（.htm、.html、.mht）或表格文本（.csv、.tsv、Excel 2003 XML 的 .xml）。请检查路径和通配符。`,
    `ERROR 无法读取“${p('empty')}”：该文件夹中没有 .xlsx、.xlsm、.xls 文件、含表格的网页（.htm、.html、.mht）或表格文本（.csv、.tsv、Excel 2003 XML 的 .xml）。请检查路径。`,
    p('a.xlsx'),
  ]);
  const en = await expandInputs([p('nope.xlsx')], 'en-US');
  expect(en[0].error).toBe(`Cannot read "${p('nope.xlsx')}": the file does not exist.`);
});

test('a file whose name is not UTF-8 (GBK 项目.xlsx unpacked on Linux): a line naming it, in a folder, a pattern or on its own (before: left out without a word, "no .xlsx files")', async () => {
  const gbk = join(root, 'gbk');
  mkdirSync(gbk);
  // 项目.xlsx in GBK; Node lists it as `\uFFFD\uFFFDĿ.xlsx` (C4 BF happens to be UTF-8) and cannot open it by that name.
  const raw = Buffer.from([0xcf, 0xee, 0xc4, 0xbf, ...Buffer.from('.xlsx')]);
  writeFileSync(Buffer.concat([Buffer.from(gbk + '/'), raw]), '');
  writeFileSync(join(gbk, 'ok.xlsx'), '');
  const shown = join(gbk, raw.toString('utf8'));
  expect(shown).toContain('\uFFFD');
  const line = `ERROR 无法读取“${shown}”：文件名不是 UTF-8 编码（常见于在 Windows 中打包、在 Linux 或 macOS 中解压的中文文件名），无法按这个名称打开。请把文件重命名后再检查。`;
  expect(await files(gbk)).toEqual([join(gbk, 'ok.xlsx'), line]);
  expect(await files(join(gbk, '*.xlsx'))).toEqual([join(gbk, 'ok.xlsx'), line]);
  expect(await files(shown)).toEqual([line]);
  expect((await expandInputs([shown], 'en-US'))[0].error).toContain('its name is not UTF-8');
});

test('a pipe is refused before anything could block reading it', async () => {
  const fifo = join(root, 'pipe.xlsx');
  execFileSync('mkfifo', [fifo]);
  expect(await files(fifo)).toEqual([`ERROR 无法读取“${fifo}”：这不是普通文件（可能是管道或设备），请指定 .xlsx 文件。`]);
});

test('in a folder or a pattern, a pipe, a link to a device or to nothing, named as a workbook, gets its line (a link to a folder is not followed)', async () => {
  // Made by us. Before (hostile44 round): each was left out without a word, the folder's other files checked.
  const odd = join(root, 'odd');
  mkdirSync(join(odd, 'sub'), { recursive: true });
  writeFileSync(join(odd, 'a.xlsx'), '');
  execFileSync('mkfifo', [join(odd, 'pipe.xlsx')]);
  symlinkSync('/dev/zero', join(odd, 'zero.xlsx'));
  symlinkSync(join(odd, 'nowhere'), join(odd, 'dangling.xlsx'));
  symlinkSync(odd, join(odd, 'sub', 'loop.xlsx')); // a folder with a workbook's name: not followed, no line
  execFileSync('mkfifo', [join(odd, 'notes.txt')]); // not a workbook's name: not ours to speak of
  const expected = [
    join(odd, 'a.xlsx'),
    `ERROR 无法读取“${join(odd, 'dangling.xlsx')}”：文件不存在。`,
    `ERROR 无法读取“${join(odd, 'pipe.xlsx')}”：这不是普通文件（可能是管道或设备），请指定 .xlsx 文件。`,
    `ERROR 无法读取“${join(odd, 'zero.xlsx')}”：这不是普通文件（可能是管道或设备），请指定 .xlsx 文件。`,
  ];
  expect(await files(odd)).toEqual(expected);
  expect(await files(join(odd, '*.xlsx'))).toEqual(expected);
});

describe('web pages in folders and patterns', () => {
  const pages = join(root, 'pages');
  const q = (...parts: string[]) => join(pages, ...parts);
  const table = '<html><head><meta charset="utf-8"></head><body><table><tr><td>项目名称</td><td>某项目</td></tr></table></body></html>';
  const mht = (html: string) =>
    [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="----=_NextPart_01"',
      '',
      '------=_NextPart_01',
      'Content-Location: file:///C:/export.htm',
      'Content-Transfer-Encoding: base64',
      'Content-Type: text/html; charset="utf-8"',
      '',
      Buffer.from(html).toString('base64'),
      '',
      '------=_NextPart_01--',
      '',
    ].join('\r\n');

  beforeAll(() => {
    mkdirSync(q('sub'), { recursive: true });
    mkdirSync(q('help'), { recursive: true });
    writeFileSync(q('导出.htm'), table);
    writeFileSync(q('sub', '系统导出.html'), table);
    // A single-file page: its table is only in the base64 part, not in the bytes as they are.
    writeFileSync(q('saved.mht'), mht(table));
    writeFileSync(q('book.xlsx'), '');
    // Pages that are not a system's export: no table, not a page at all.
    writeFileSync(q('readme.html'), '<!DOCTYPE html><html><body><h1>说明</h1><p>填报说明</p></body></html>');
    writeFileSync(q('image.htm'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    writeFileSync(q('article.mhtml'), mht('<html><body><p>新闻</p></body></html>'));
    writeFileSync(q('help', 'index.html'), '<html><body>帮助</body></html>');
  });

  async function expand(...args: string[]): Promise<{ files: string[]; skipped: string[] }> {
    const skipped: string[] = [];
    const entries = await expandInputs(args, 'zh-CN', skipped);
    return { files: entries.map((e) => (e.error ? `ERROR ${e.error}` : e.file)), skipped: skipped.sort() };
  }

  test('a folder takes the pages holding a table (.htm, .html, .mht, an MHT’s base64 part read), and counts the rest as skipped', async () => {
    expect(await expand(pages)).toEqual({
      files: [q('book.xlsx'), q('saved.mht'), q('sub', '系统导出.html'), q('导出.htm')],
      skipped: [q('article.mhtml'), q('help', 'index.html'), q('image.htm'), q('readme.html')].sort(),
    });
  });

  test('patterns too, whether or not they name the extension', async () => {
    expect(await expand(q('*.htm'))).toEqual({ files: [q('导出.htm')], skipped: [q('image.htm')] });
    expect(await expand(q('**', '*.htm*'))).toEqual({
      files: [q('sub', '系统导出.html'), q('导出.htm')],
      skipped: [q('help', 'index.html'), q('image.htm'), q('readme.html')].sort(),
    });
  });

  test('a folder of pages without tables: no file, the folder’s line says what was looked for', async () => {
    const { files, skipped } = await expand(q('help'));
    expect(files).toEqual([`ERROR 无法读取“${q('help')}”：该文件夹中没有 .xlsx、.xlsm、.xls 文件、含表格的网页（.htm、.html、.mht）或表格文本（.csv、.tsv、Excel 2003 XML 的 .xml）。请检查路径。`]);
    expect(skipped).toEqual([q('help', 'index.html')]);
  });

  test('CSV, TSV and Excel 2003 XML in a folder: taken when they are tables, skipped and counted when not', async () => {
    const texts = q('texts');
    mkdirSync(texts, { recursive: true });
    writeFileSync(join(texts, '清单.csv'), '项目名称,预算数\n某项目,12\n');
    writeFileSync(join(texts, '清单.tsv'), '项目名称\t预算数\n');
    writeFileSync(join(texts, '导出.xml'), '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>');
    // Not tables: a note saved as .csv, an XML file of another kind, a binary file.
    writeFileSync(join(texts, '说明.csv'), '这是说明。\n');
    writeFileSync(join(texts, 'config.xml'), '<?xml version="1.0"?><config><a>1</a></config>');
    writeFileSync(join(texts, 'data.tsv'), Buffer.from([0, 1, 2, 3]));
    expect(await expand(texts)).toEqual({
      files: [join(texts, '导出.xml'), join(texts, '清单.csv'), join(texts, '清单.tsv')],
      skipped: [join(texts, 'config.xml'), join(texts, 'data.tsv'), join(texts, '说明.csv')].sort(),
    });
    expect((await expand(join(texts, '*'))).files).toEqual([join(texts, '导出.xml'), join(texts, '清单.csv'), join(texts, '清单.tsv')]);
  });

  test('a page named on its own is taken whatever it holds (its own line says why it cannot be checked)', async () => {
    expect(await expand(q('readme.html'))).toEqual({ files: [q('readme.html')], skipped: [] });
  });
});
