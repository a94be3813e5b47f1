/**
 * The compiled command line (bin/perf-target.js over dist/, built here when stale) against the
 * hostile files of test/helpers/hostile.ts and hostile-unseen.ts, given as folders, patterns and
 * files, with worker threads: every file gets its result or one line, the report is complete and
 * parses, no input is changed, an annotated copy that would not hold what the check read (or that
 * ExcelJS could not make in bounded work) is not written, and nothing hangs: every run ends
 * (jest's timeout is only a guard; nothing here measures time).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportDoc } from '../../src/core/review/report';
import { hostileWorkbooks } from '../helpers/hostile';
import { book, otherFormats, tableBook, tableXml } from '../helpers/hostile-unseen';
import { BIN, ensureCliCompiled } from '../helpers/cli-build';

const tmp = mkdtempSync(join(tmpdir(), 'perf-target-hostile-cli-'));
const IN = join(tmp, 'in');


function run(args: string[], cwd = tmp): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, PERF_TARGET_PARALLEL_BYTES: '0' } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

function digest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isFile()) out[e.name] = createHash('sha256').update(readFileSync(join(dir, e.name))).digest('hex');
  }
  return out;
}

/** Every line on stderr: one line each, no stack, no raw control character. */
function expectCleanLines(err: string): string[] {
  const lines = err.split('\n').filter((l) => l !== '');
  for (const l of lines) {
    expect(l).not.toMatch(/^\s+at |Error:|\u001b/);
  }
  return lines;
}

const x = tableXml();
const names: string[] = [];

beforeAll(() => {
  ensureCliCompiled();
  mkdirSync(IN);
  const files: Record<string, Uint8Array> = {
    'a-good.xlsx': tableBook(),
    'strict.xlsx': tableBook({ strict: true }),
    'prefixed.xlsx': tableBook({ p: 'x:' }),
    'no-addresses.xlsx': tableBook({ addresses: false }),
    'laughs.xlsx': book({ sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" t="str"><v>&lol9;</v></c></row></sheetData>' }], prolog: { sheet: '<!DOCTYPE a [<!ENTITY lol9 "x">]>' } }),
    'bad-crc.xlsx': book({ sheets: [{ name: 'S', body: x.sheetData }], sharedStrings: x.sst, part: { crc: 1 } }),
    'zip64.xlsx': tableBook({ zip: { zip64: true } }),
    ...otherFormats(),
  };
  for (const [name, bytes] of Object.entries(hostileWorkbooks())) {
    if (name !== 'bomb-total' && name !== 'sparse-million-rows') files[`old-${name}.xlsx`] = bytes;
  }
  for (const [name, bytes] of Object.entries(files)) {
    writeFileSync(join(IN, name), bytes);
    names.push(name);
  }
}, 180_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test('a folder and patterns of hostile files, in worker threads: a result or one line for each, inputs unchanged', () => {
  const before = digest(IN);
  const r = run(['check', 'in', 'in/*.xls', 'in/*.et', 'in/*.xlsb', '--format', 'json', '--jobs', '2']);
  expect(r.code).toBe(2);
  const doc = JSON.parse(r.out) as ReportDoc;
  const got = doc.files.map((f) => f.file.replace(/^in\//, ''));
  // The folder gives its .xlsx and .xls files (sorted), each pattern its own; every file once.
  const xlsx = names.filter((n) => /\.xlsx?$/.test(n)).sort();
  expect(got).toEqual([...xlsx, 'wps.et', 'book.xlsb']);
  const lines = expectCleanLines(r.err);
  const failed = doc.files.filter((f) => f.error);
  expect(lines).toEqual(failed.map((f) => f.error));
  for (const f of failed) expect(f.error!.startsWith(`无法读取“${f.file}”：`)).toBe(true);
  const byName = new Map(doc.files.map((f) => [f.file.replace(/^in\//, ''), f]));
  for (const ok of ['a-good.xlsx', 'strict.xlsx', 'prefixed.xlsx', 'no-addresses.xlsx', 'zip64.xlsx']) {
    const f = byName.get(ok)!;
    expect(f.error).toBeUndefined();
    expect(f.sheets[0].tables[0].project).toBe('2025年检察业务装备购置项目');
  }
  // A web page saved as .xls is read (html-read.ts).
  expect(byName.get('html-as-xls.xls')!.error).toBeUndefined();
  expect(byName.get('laughs.xlsx')!.error).toContain('DOCTYPE');
  expect(byName.get('bad-crc.xlsx')!.error).toContain('文件已损坏或不完整');
  expect(byName.get('old-whole-sheet-merge.xlsx')!.error).toBeUndefined();
  expect(digest(IN)).toEqual(before);
}, 300_000);

test('--annotate: copies that ExcelJS cannot make in bounded work, or that would not hold what was read, are not written; the rest are', () => {
  const out = join(tmp, 'copies');
  const files = ['a-good.xlsx', 'old-whole-sheet-merge.xlsx', 'bomb-in-media.xlsx', 'prefixed.xlsx', 'strict.xlsx'].map((n) => `in/${n}`);
  const sheetNames = join(IN, 'sheet-names.xlsx');
  writeFileSync(sheetNames, book({ sheets: [{ name: 'a/b', body: x.sheetData }, { name: 'ok', body: x.sheetData }], sharedStrings: x.sst }));
  const r = run(['check', ...files, 'in/sheet-names.xlsx', '--annotate', out, '--jobs', '2']);
  expect(r.code).toBe(2);
  // The report is complete: every file's table is listed.
  expect(r.out.match(/2025年检察业务装备购置项目/g)!.length).toBeGreaterThanOrEqual(6);
  const lines = expectCleanLines(r.err);
  expect(lines).toContain(`已写出标注副本：${join(out, 'a-good.checked.xlsx')}`);
  expect(lines).toContain(`已写出标注副本：${join(out, 'strict.checked.xlsx')}`);
  const line = (name: string) => lines.find((l) => l.includes(`“${join(out, name)}”`)) ?? '';
  expect(line('old-whole-sheet-merge.checked.xlsx')).toContain('合并区域共覆盖 17,179,869,184 个单元格，上限 250,000');
  expect(line('bomb-in-media.checked.xlsx')).toContain('解压后超过 128.0 MB');
  expect(line('prefixed.checked.xlsx')).toMatch(/无法完整读取|读到的内容与检查时不同/);
  expect(line('sheet-names.checked.xlsx')).toContain('工作表名称“a/b”不是 Excel 允许的名称');
  expect(readdirSync(out).sort()).toEqual(['a-good.checked.xlsx', 'strict.checked.xlsx']);
}, 300_000);

test('a Strict file whose dates ExcelJS would write back as 1905 gets no copy, and says which cell', () => {
  const dates = join(IN, 'strict-dates.xlsx');
  writeFileSync(
    dates,
    book({
      strict: true,
      sheets: [{ name: '日期', body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>完成时间</t></is></c><c r="B1" s="1" t="d"><v>2024-12-31T00:00:00</v></c></row></sheetData>' }],
      styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
    }),
  );
  const out = join(tmp, 'dates');
  const r = run(['check', 'in/strict-dates.xlsx', '--annotate', out]);
  expect(r.err).toContain('读到的内容与检查时不同（工作表“日期”的 B1 单元格）');
  expect(existsSync(join(out, 'strict-dates.checked.xlsx'))).toBe(false);
  const en = run(['check', 'in/strict-dates.xlsx', '--annotate', out, '--lang', 'en']);
  expect(en.err).toContain('reads this workbook otherwise than the check did (sheet "日期", cell B1)');
}, 120_000);

test('formulas without cached results: the file is checked, and one line says those cells were read as empty', () => {
  writeFileSync(join(IN, 'no-cache.xlsx'), book({ sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1"><f>"某项目"</f></c></row></sheetData>' }] }));
  const r = run(['check', 'in/no-cache.xlsx', 'in/a-good.xlsx']);
  expect(r.code).toBe(1);
  expect(expectCleanLines(r.err)).toEqual(['提示：“in/no-cache.xlsx”中有 1 个公式单元格没有保存计算结果（文件不是由 Excel 或 WPS 保存的），检查时按空白处理。请在 Excel 或 WPS 中打开并保存后再检查。']);
  expect(run(['check', 'in/no-cache.xlsx', '--lang', 'en']).err).toContain('Note: "in/no-cache.xlsx" has 1 formula cells without a saved result');
}, 120_000);

test('errors in English with --lang en, the new kinds of file included', () => {
  const r = run(['check', 'in/html-as-xls.xls', 'in/laughs.xlsx', 'in/ods-renamed.xlsx', '--lang', 'en']);
  expect(r.code).toBe(2);
  const lines = expectCleanLines(r.err);
  expect(lines).toEqual([
    // html-as-xls.xls is read since the legacy readers: no line.
    expect.stringMatching(/^Cannot read "in\/laughs\.xlsx": it contains an XML document type declaration \(DOCTYPE\)/),
    expect.stringMatching(/^Cannot read "in\/ods-renamed\.xlsx": it is an OpenDocument spreadsheet \(\.ods\)/),
  ]);
}, 120_000);

test('file names with a newline and escape sequences, a folder looping through a link, the same file three ways, many files', () => {
  const dir = join(tmp, 'names');
  mkdirSync(dir);
  const good = tableBook();
  const odd = 'a\nb\u001b[2J\u202e.xlsx';
  writeFileSync(join(dir, odd), good);
  writeFileSync(join(dir, 'c.xlsx'), good);
  linkSync(join(dir, 'c.xlsx'), join(dir, 'hard.xlsx'));
  symlinkSync(dir, join(dir, 'loop'));
  symlinkSync('..', join(dir, 'up'));
  for (let i = 0; i < 300; i++) writeFileSync(join(dir, `m${String(i).padStart(3, '0')}.xlsx`), i % 50 === 0 ? new Uint8Array() : good);
  const r = run(['check', 'names', 'names/c.xlsx', './names/hard.xlsx', '--format', 'json', '--jobs', '2']);
  const doc = JSON.parse(r.out) as ReportDoc;
  // c.xlsx and its hard link are one file; the links to folders are not followed.
  expect(doc.files).toHaveLength(302);
  expect(doc.files.filter((f) => f.error)).toHaveLength(6);
  expect(doc.files.map((f) => f.file)).toContain(join('names', odd));
  const text = run(['check', join('names', odd)]);
  expect(text.out).toContain('names/a\\nb\\x1B[2J\\u202E.xlsx');
  expect(text.out).not.toContain('\u001b[2J');
  const lines = expectCleanLines(r.err);
  expect(lines).toHaveLength(6);
}, 300_000);
