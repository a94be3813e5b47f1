/**
 * Never overwrite (issue 13.1): every output of the command line is created exclusively; an
 * output that is an input (another name, a hard link, a symlink) is refused even with --force;
 * a symlink where an output goes is refused; an existing file is kept unless --force.
 */
import { readdirSync, linkSync, mkdirSync, readFileSync, readlinkSync, existsSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { main, type Io } from '../../src/cli/main';
import { writeOutput, OutputError } from '../../src/cli/safe-write';
import { buildWorkbook, workbookBytes } from '../../src/hosts/file/write';
import { readWorkbook } from '../../src/hosts/file/read';
import { tempDir } from '../helpers/temp-dir';

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

const root = tempDir('nooverwrite');
let book: Uint8Array;
let n = 0;

/** A fresh folder with a.xlsx in it. */
function folder(): { dir: string; input: string } {
  const dir = join(root, `case-${++n}`);
  mkdirSync(dir);
  const input = join(dir, 'a.xlsx');
  writeFileSync(input, book);
  return { dir, input };
}

beforeAll(async () => {
  book = await workbookBytes(buildWorkbook({ sheets: [{ name: '表', values: [['项目名称', '2025年测试项目'], ['预算数', 10, '其中：财政资金', 9]] }] }));
  await import('../../src/cli/annotate'); // ExcelJS under ts-jest: loaded once, outside the tests' time
}, 60_000);

test('an input named like an output in the same folder is not overwritten, even with --force', async () => {
  const { dir, input } = folder();
  const twin = join(dir, 'a.checked.xlsx');
  writeFileSync(twin, book);
  for (const extra of [[], ['--force']]) {
    const io = capture();
    expect(await main(['check', input, twin, '--annotate', dir, ...extra], io)).toBe(2);
    expect(readFileSync(twin)).toEqual(Buffer.from(book));
    expect(io.err).toContain(`perf-target：未写出“${twin}”：它就是输入文件“${twin}”（同一个文件），原文件不会被覆盖。请把输出写到别的文件夹。`);
    expect(existsSync(join(dir, 'a.checked.checked.xlsx'))).toBe(true); // the other copy is written
    expect(io.err.split('\n').filter((l) => l.includes('未写出'))).toHaveLength(1);
  }
}, 30_000);

test('a hard link to an input where the output goes is refused, with or without --force', async () => {
  const { dir, input } = folder();
  const out = join(root, `out-${n}`);
  mkdirSync(out);
  linkSync(input, join(out, 'a.checked.xlsx'));
  for (const extra of [[], ['--force']]) {
    const io = capture();
    expect(await main(['check', input, '--annotate', out, ...extra], io)).toBe(2);
    expect(io.err).toContain('它就是输入文件');
    expect(readFileSync(input)).toEqual(Buffer.from(book));
  }
  void dir;
}, 30_000);

test('a symlink where the output goes is refused and its target left alone, even with --force', async () => {
  const { input } = folder();
  const out = join(root, `out-${n}`);
  mkdirSync(out);
  const victim = join(root, `victim-${n}.txt`);
  writeFileSync(victim, 'keep me');
  symlinkSync(victim, join(out, 'a.checked.xlsx'));
  for (const extra of [[], ['--force']]) {
    const io = capture();
    expect(await main(['check', input, '--annotate', out, ...extra], io)).toBe(2);
    expect(io.err).toContain(`perf-target：未写出“${join(out, 'a.checked.xlsx')}”：该位置是一个符号链接`);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(lstatSync(join(out, 'a.checked.xlsx')).isSymbolicLink()).toBe(true);
  }
  // A dangling link: its target is not created either.
  const ghost = join(root, `ghost-${n}.xlsx`);
  const out2 = join(root, `out2-${n}`);
  mkdirSync(out2);
  symlinkSync(ghost, join(out2, 'a.checked.xlsx'));
  const io = capture();
  expect(await main(['check', input, '--annotate', out2], io)).toBe(2);
  expect(existsSync(ghost)).toBe(false);
  expect(readlinkSync(join(out2, 'a.checked.xlsx'))).toBe(ghost);
}, 30_000);

test('a symlink to an input where the output goes is named as the input', async () => {
  const { input } = folder();
  const out = join(root, `out-${n}`);
  mkdirSync(out);
  symlinkSync(input, join(out, 'a.checked.xlsx'));
  const io = capture();
  expect(await main(['check', input, '--annotate', out, '--force'], io)).toBe(2);
  expect(io.err).toContain(`它就是输入文件“${input}”`);
  expect(readFileSync(input)).toEqual(Buffer.from(book));
}, 30_000);

test('an existing copy is kept unless --force, which replaces it', async () => {
  const { input } = folder();
  const out = join(root, `out-${n}`);
  mkdirSync(out);
  const copy = join(out, 'a.checked.xlsx');
  writeFileSync(copy, 'an older copy');
  const io = capture();
  expect(await main(['check', input, '--annotate', out], io)).toBe(2);
  expect(readFileSync(copy, 'utf8')).toBe('an older copy');
  expect(io.err).toContain(`perf-target：未写出“${copy}”：该文件已存在，为防止覆盖已跳过。请换一个输出位置，或加 --force 替换它。`);
  const en = capture();
  expect(await main(['check', input, '--annotate', out, '--lang', 'en'], en)).toBe(2);
  expect(en.err).toContain(`perf-target: "${copy}" was not written: the file already exists and was kept. Choose another place, or add --force to replace it.`);
  const forced = capture();
  expect(await main(['check', input, '--annotate', out, '--force'], forced)).toBe(1); // 1: the table has errors; nothing failed
  expect((await readWorkbook(readFileSync(copy)))[0].values[0][1]).toBe('2025年测试项目');
}, 30_000);

test('template --out: an existing file is kept unless --force; a symlink never followed', async () => {
  const dir = join(root, 'template');
  mkdirSync(dir);
  const out = join(dir, 'blank.xlsx');
  writeFileSync(out, 'my own work');
  const io = capture();
  expect(await main(['template', '--out', out], io)).toBe(2);
  expect(readFileSync(out, 'utf8')).toBe('my own work');
  expect(io.err.trim()).toBe(`perf-target：未写出“${out}”：该文件已存在，为防止覆盖已跳过。请换一个输出位置，或加 --force 替换它。`);
  const forced = capture();
  expect(await main(['template', '--out', out, '--force'], forced)).toBe(0);
  expect((await readWorkbook(readFileSync(out))).length).toBeGreaterThan(0);

  const victim = join(dir, 'victim.txt');
  writeFileSync(victim, 'keep me');
  const link = join(dir, 'link.xlsx');
  symlinkSync(victim, link);
  const linked = capture();
  expect(await main(['template', '--out', link, '--force'], linked)).toBe(2);
  expect(readFileSync(victim, 'utf8')).toBe('keep me');
  expect(linked.err).toContain('该位置是一个符号链接');
}, 30_000);

test('writeOutput: exclusive creation, nothing left behind on refusal', async () => {
  const dir = join(root, 'unit');
  mkdirSync(dir);
  const path = join(dir, 'x.bin');
  await writeOutput(path, new Uint8Array([1]), [], false);
  await expect(writeOutput(path, new Uint8Array([2]), [], false)).rejects.toMatchObject({ problem: 'exists' });
  expect([...readFileSync(path)]).toEqual([1]);
  await writeOutput(path, new Uint8Array([3]), [], true);
  expect([...readFileSync(path)]).toEqual([3]);
  mkdirSync(join(dir, 'folder.xlsx'));
  const err = await writeOutput(join(dir, 'folder.xlsx'), new Uint8Array([4]), [], true).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(OutputError);
  expect((err as OutputError).problem).toBe('not-file');
  const missing = await writeOutput(join(dir, 'no', 'such', 'x.bin'), new Uint8Array([5]), [], false).catch((e: unknown) => e);
  expect((missing as OutputError).problem).toBe('failed');
  // No temporary files remain.
  expect(readdirSync(dir).sort()).toEqual(['folder.xlsx', 'x.bin']);
});

test('copies of inputs with long or Windows-reserved names are written inside the folder, one name each', async () => {
  const { outputNames } = await import('../../src/cli/annotate');
  const { dir } = folder();
  const long = `${'长'.repeat(83)}.xlsx`; // 254 bytes: fits, its copy's name would not (262)
  const inputs = [long, `${'长'.repeat(83)}.xlsm`, 'CON.xlsx', 'com1.2025.xlsx', 'a. .xlsx', 'b\\..\\..\\x.xlsx'].map((name) => {
    writeFileSync(join(dir, name), book);
    return join(dir, name);
  });
  const names = outputNames(inputs);
  for (const name of names) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
  expect(new Set(names.map((x) => x.toLowerCase())).size).toBe(names.length);
  expect(names.slice(2)).toEqual(['_CON.checked.xlsx', '_com1.2025.checked.xlsx', 'a. .checked.xlsx', 'b\\..\\..\\x.checked.xlsx']);
  const out = join(dir, 'out');
  const io = capture();
  expect(await main(['check', ...inputs, '--annotate', out], io)).toBe(1); // errors found in the tables; every copy written
  expect(readdirSync(out).sort()).toEqual([...names].sort());
}, 60_000);
