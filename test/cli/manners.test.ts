/**
 * Command-line manners (issue 15.7) and clean output (issue 13.5): help in both languages, each
 * error once and in the user's language with its fix, the nearest option suggested, Node's
 * errors said in words, and nothing from a workbook or a file name able to drive the terminal.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, type Io } from '../../src/cli/main';
import { formatText } from '../../src/cli/text-format';
import { safeJson, visible } from '../../src/cli/safe-text';
import type { ReportDoc } from '../../src/core/review/report';
import { buildWorkbook, workbookBytes } from '../../src/hosts/file/write';
import { tempDir } from '../helpers/temp-dir';

function capture(opts: Partial<Io> = {}): Io & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s), ...opts };
  return io;
}

async function run(args: string[], opts: Partial<Io> = {}) {
  const io = capture(opts);
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

const HAN = /[\u4e00-\u9fff]/;
/** Terminal-active characters: C0 but newline, DEL, C1, bidi controls. */
const ACTIVE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
const dir = tempDir('manners');

beforeAll(async () => {
  await Promise.all([import('../../src/cli/check'), import('../../src/cli/check-file'), import('../../src/cli/template')]);
}, 60_000);

describe('help', () => {
  test.each([['--help'], ['-h'], ['help']])('%s prints the usage in Chinese, exit 0', async (arg) => {
    const r = await run([arg]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('用法：');
    expect(r.out).toContain('perf-target check 文件或文件夹');
    expect(r.err).toBe('');
  });

  test('--lang en (before or after) prints it in English', async () => {
    for (const args of [['--lang', 'en', '--help'], ['--help', '--lang=en'], ['help', '--lang', 'en']]) {
      const r = await run(args);
      expect(r.code).toBe(0);
      expect(r.out).toContain('Usage:');
      expect(r.out).not.toContain('用法');
    }
  });

  test.each([
    [['help', 'check'], '用法：perf-target check'],
    [['check', '--help'], '用法：perf-target check'],
    [['check', '-h'], '--annotate 输出目录'],
    [['help', 'template'], '用法：perf-target template'],
    [['template', '--help'], '--force'],
    [['rules', '--help'], '用法：perf-target rules'],
    [['help', '--help'], '通用选项：'],
    [['check', '--help', '--lang', 'en'], 'Usage: perf-target check'],
  ])('%j prints the command usage', async (args, expected) => {
    const r = await run(args);
    expect(r.code).toBe(0);
    expect(r.out).toContain(expected);
  });

  test('--version prints the version of package.json', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('errors: once, one line, in the user language, with the fix', () => {
  test('a missing file is reported once', async () => {
    const missing = join(dir, 'missing.xlsx');
    const r = await run(['check', missing]);
    expect(r.code).toBe(2);
    const all = r.out + r.err;
    expect(all.split('文件不存在').length - 1).toBe(1);
    expect(r.err.trim()).toBe(`无法读取“${missing}”：文件不存在。`);
    expect(r.out).toContain('（无法读取，原因见错误提示）');
  });

  test.each([
    [['check', 'x.xlsx', '--fromat', 'json'], 'perf-target：参数有误：未知选项 --fromat（是否想用 --format？）。运行 perf-target check --help 查看用法。'],
    [['check', 'x.xlsx', '--anotate', 'out'], '未知选项 --anotate（是否想用 --annotate？）'],
    [['template', '--froce', '--out', 'x.xlsx'], '未知选项 --froce（是否想用 --force？）。运行 perf-target template --help 查看用法。'],
    [['chek', 'x.xlsx'], '未知命令“chek”（是否想用 check？）'],
    [['a.xlsx'], '未知命令“a.xlsx”（是否想用 perf-target check a.xlsx？）'],
    [['--hlep'], '未知选项 --hlep（是否想用 --help？）'],
    [['check', 'x.xlsx', '--lang', 'fr'], '--lang 只能是 zh 或 en'],
    [['check', 'x.xlsx', '--force'], '--force 只与 --annotate 一起使用'],
    [['check', '--format'], '选项 --format 缺少取值'],
  ])('%j: one Chinese line', async (args, expected) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(expected);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  // A file named with a leading `-` (hostile42 round's leftover: `check -x.xlsx` said only 未知选项 -x).
  // Still an option, as to every command line; the line says the two usual ways to name the file.
  test.each([
    ['-x.xlsx', '-x'],
    ['-h.xlsx', '-.'],
    ['--报表.xls', '--报表.xls'],
  ])('a file named %s: the line says how to name it', async (name, option) => {
    const r = await run(['check', name]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`perf-target：参数有误：未知选项 ${option}（“${name}”以“-”开头，被当作了选项；如果它是文件名，请写成 perf-target check -- ${name} 或 ./${name}）。运行 perf-target check --help 查看用法。`);
  });

  test('an existing file named -报表 (no extension) too; --fromat keeps its suggestion', async () => {
    const odd = join(dir, '-报表');
    writeFileSync(odd, 'x');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await run(['check', '-报表']);
      expect(r.err).toContain('如果它是文件名，请写成 perf-target check -- -报表 或 ./-报表');
      // Named after `--`, it is a file.
      expect((await run(['check', '--', '-报表'])).err).not.toContain('参数有误');
    } finally {
      process.chdir(cwd);
    }
    expect((await run(['check', 'x.xlsx', '--fromat'])).err).toContain('（是否想用 --format？）');
  });

  test('in English with --lang en, and no Chinese at all', async () => {
    const r = await run(['check', 'x.xlsx', '--fromat', 'json', '--lang', 'en']);
    expect(r.err.trim()).toBe('perf-target: bad arguments: unknown option --fromat (did you mean --format?). Run perf-target check --help for usage.');
    const missing = await run(['check', join(dir, 'nope.xlsx'), '--lang', 'en']);
    expect(missing.err).not.toMatch(HAN);
    expect(missing.out).not.toMatch(HAN);
  });

  test("Node's errors are said in words, never in Node's English", async () => {
    const cases: [string[], string][] = [
      [['check', 'x.xlsx', '--config', dir], `无法读取设置文件“${dir}”：这是一个文件夹`],
      [['check', 'x.xlsx', '--config', join(dir, 'none.json')], '：文件或文件夹不存在'],
      [['template', '--out', join(dir, 'no', 'such', 'folder', 'x.xlsx')], '：文件或文件夹不存在。请检查输出位置后重试。'],
    ];
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const book = join(dir, 'ok.xlsx');
    writeFileSync(book, await workbookBytes(buildWorkbook({ sheets: [{ name: 'S', values: [['x']] }] })));
    cases.push([['check', book, '--annotate', join(file, 'sub')], `无法使用输出目录“${join(file, 'sub')}”：`]);
    writeFileSync(join(dir, 'bad.json'), '{"scheme": }');
    cases.push([['check', book, '--config', join(dir, 'bad.json')], '不是有效的 JSON']);
    for (const [args, expected] of cases) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.err).toContain(expected);
      expect(r.err).not.toMatch(/ENOENT|EISDIR|ENOTDIR|EEXIST|no such file|Unexpected token|illegal operation|\bat .*:\d+/);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  }, 30_000);

  test('an internal error is one line; its stack only with --debug', async () => {
    const broken = (opts: Partial<Io>) => capture({ ...opts, stdout: () => { throw new Error('stdout is gone'); } });
    const plain = broken({});
    expect(await main(['--help'], plain)).toBe(2);
    expect(plain.err.trim()).toBe('perf-target：程序内部出错，检查未完成。请加 --debug 重新运行查看详情，并报告此问题。');
    const debug = broken({});
    expect(await main(['--help', '--debug'], debug)).toBe(2);
    expect(debug.err).toContain('Error: stdout is gone');
    expect(debug.err).toMatch(/\n\s+at /);
  });
});

describe('progress', () => {
  test('on stderr only when stderr is a terminal, and cleared', async () => {
    const a = join(dir, 'p1.xlsx');
    const b = join(dir, 'p2.xlsx');
    const bytes = await workbookBytes(buildWorkbook({ sheets: [{ name: 'S', values: [['x']] }] }));
    writeFileSync(a, bytes);
    writeFileSync(b, bytes);
    const tty = await run(['check', a, b], { stderrIsTTY: true });
    expect(tty.err).toContain('正在检查：2/2 个文件');
    expect(tty.err.endsWith('\r\x1b[K')).toBe(true);
    expect(tty.out).not.toContain('正在检查');
    const pipe = await run(['check', a, b]);
    expect(pipe.err).toBe('');
  }, 30_000);
});

describe('clean output: escapes, not control characters', () => {
  const nasty = 'a\x1b[31mred\x1b[0m\u009b2J\u202eevil\u2066x\u0000y\rz\nw\u0007';

  test('visible() escapes ESC, CSI, C0/C1, bidi overrides, NUL, CR', () => {
    expect(visible(nasty)).toBe('a\\x1B[31mred\\x1B[0m\\x9B2J\\u202Eevil\\u2066x\\x00y\\rz\\nw\\x07');
    expect(visible('正常的文字 ≥95%')).toBe('正常的文字 ≥95%');
  });

  const doc: ReportDoc = {
    version: 1,
    files: [
      {
        file: `evil${nasty}.xlsx`,
        sheets: [
          {
            name: `Sheet${nasty}`,
            tables: [
              {
                range: 'A1:E12',
                kind: 'project',
                project: `项目${nasty}`,
                layout: 'L2',
                scheme: '2015',
                budget: { total: 1, fiscal: 1, other: 0, unit: '万元' },
                findings: [{ rule: 'value/missing-sign', category: 'value', severity: 'warning', cell: 'E8', message: `指标值“${nasty}”缺少比较符号`, suggestion: `＝${nasty}` }],
              },
            ],
            findings: [],
          },
        ],
      },
      { file: `gone${nasty}.xlsx`, error: `无法读取“gone${nasty}.xlsx”：文件不存在。`, sheets: [] },
    ],
    summary: { files: 2, tables: 1, errors: 0, warnings: 1, infos: 0 },
  };

  test('text output shows every cell text and file name escaped, one finding per line', () => {
    const text = formatText(doc, { color: false });
    expect(text).not.toMatch(ACTIVE);
    expect(text).toContain('项目a\\x1B[31mred');
    expect(text.split('\n').filter((l) => l.includes('value/missing-sign'))).toHaveLength(1);
    // With colours, only our own sequences remain.
    const colored = formatText(doc, { color: true });
    expect(colored.replace(/\x1b\[(0|2|31|33|36)m/g, '')).not.toMatch(ACTIVE);
  });

  test('JSON stays valid JSON with the same strings, and is inert in a terminal', () => {
    const json = safeJson(doc);
    expect(JSON.parse(json)).toEqual(doc);
    expect(json).not.toMatch(ACTIVE);
    expect(json).toContain('\\u009B2J\\u202Eevil');
  });

  test('a file name with escape sequences is shown escaped on stderr and stdout', async () => {
    const name = join(dir, 'x\x1b]0;pwned\x07\u202e.xlsx');
    const r = await run(['check', name]);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(ACTIVE);
    expect(r.out).not.toMatch(ACTIVE);
    expect(r.err).toContain('x\\x1B]0;pwned\\x07\\u202E.xlsx');
    const json = await run(['check', name, '--format', 'json']);
    expect(JSON.parse(json.out).files[0].file).toBe(name);
    expect(json.out).not.toMatch(ACTIVE);
  });

  test('cells read from a workbook come out escaped', async () => {
    const book = join(dir, 'cells.xlsx');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      book,
      await workbookBytes(buildWorkbook({ sheets: [{ name: 'S\u202eX', values: [['项目名称', '2025年\u009b2J项目\u202e -2025中央'], ['预算数', 12, '其中：财政资金', 11]] }] })),
    );
    const r = await run(['check', book]);
    expect(r.out).toContain('工作表「S\\u202EX」');
    expect(r.out).toContain('\\x9B2J');
    expect(r.out).not.toMatch(ACTIVE);
  }, 30_000);
});

test('read errors from the reader follow --lang en', async () => {
  const text = join(dir, 'notes.xlsx');
  writeFileSync(text, 'not a workbook');
  const r = await run(['check', text, join(dir, 'nope.xlsx'), '--lang', 'en']);
  expect(r.code).toBe(2);
  expect(r.err.trim().split('\n')).toEqual([`Cannot read "${text}": it is a text file, neither an Excel workbook nor a table with columns separated by commas, tabs or semicolons (CSV). Open it in Excel or WPS, save it as an Excel Workbook (.xlsx) and check that.`, `Cannot read "${join(dir, 'nope.xlsx')}": the file does not exist.`]);
}, 30_000);
