/**
 * `--config` files that are not settings files (round 5 of the hostile-input work): a FIFO, a
 * device, a file of tens of megabytes, JSON nested 200,000 deep, a file naming two million unknown
 * rules. Each is one line naming the file, read in bounded time and memory, exit 2. A settings file
 * that turns rules off is said in the report (text and JSON), and one beside the workbook is never
 * read.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, type Io } from '../../src/cli/main';
import { jsonDepth, MAX_CONFIG_BYTES } from '../../src/cli/check';
import { RULES } from '../../src/core/engine/rules';
import { buildWorkbook, workbookBytes } from '../../src/hosts/file/write';
import type { ReportDoc } from '../../src/core/review/report';
import { tempDir } from '../helpers/temp-dir';

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

const dir = tempDir('config-hostile');
let book: string;

beforeAll(async () => {
  mkdirSync(join(dir, 'books'));
  book = join(dir, 'books', 'book.xlsx');
  const values = [
    ['项目名称', '2025年检察业务装备购置项目'],
    ['预算数', 12, '其中：财政资金', 11],
    ['其他资金', null],
    ['资金用途', '用于购买堡垒机'],
    ['绩效目标', '完成设备国产化替代工作。'],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
    ['产出指标', '数量指标', '设备数量', '设备数量', '≥1台'],
    [null, '质量指标', '设备合格率', '设备合格率', '100%'],
    [null, '时效指标', '完成时间', '完成时间', '≤12月'],
    [null, '成本指标', '设备总价', '设备总价', '≤12万元'],
    ['效益指标', '社会效益指标', '网络安全性', '网络安全性', '提高安全性'],
    ['满意度指标', '服务对象满意度指标', '使用人满意度', '使用人满意度', '≥99%'],
  ];
  writeFileSync(book, await workbookBytes(buildWorkbook({ sheets: [{ name: '绩效目标表', values }] })));
});

function config(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function badConfig(path: string): Promise<string> {
  const io = capture();
  expect(await main(['check', book, '--config', path], io)).toBe(2);
  expect(io.out).toBe('');
  const lines = io.err.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(`无法读取设置文件“${path}”`);
  return lines[0];
}

test('a FIFO as the settings file is refused from its fstat, not waited on for ever', async () => {
  const fifo = join(dir, 'fifo.json');
  execFileSync('mkfifo', [fifo]);
  expect(await badConfig(fifo)).toContain('这不是普通文件');
});

test('a device (/dev/zero) is refused before a byte is read', async () => {
  expect(await badConfig('/dev/zero')).toContain('这不是普通文件');
});

test('a folder is said to be a folder', async () => {
  expect(await badConfig(dir)).toContain('这是一个文件夹');
});

test('a file past 1 MB is refused from its size: nothing of it is parsed', async () => {
  const path = config('big.json', `{"rules":{${Array.from({ length: 80_000 }, (_, i) => `"r${i}":"off"`).join(',')}}}`);
  expect(statSync(path).size).toBeGreaterThan(MAX_CONFIG_BYTES);
  const line = await badConfig(path);
  expect(line).toContain('超过设置文件 1,048,576 字节的上限');
  expect(line.length).toBeLessThan(300);
});

test('JSON nested 200,000 deep is a bad settings file, not an internal error', async () => {
  const line = await badConfig(config('deep.json', `{"rules":${'['.repeat(200_000)}${']'.repeat(200_000)}}`));
  expect(line).toContain('JSON 嵌套超过 32 层');
  expect(line).not.toContain('内部出错');
});

test('many problems in one file: five are listed and the rest counted, on one short line', async () => {
  const line = await badConfig(config('many.json', `{"rules":{${Array.from({ length: 5000 }, (_, i) => `"r${i}":"off"`).join(',')}}}`));
  expect(line).toContain('“r4”');
  expect(line).not.toContain('“r5”');
  expect(line).toContain('共 5,000 处问题');
  expect(line.length).toBeLessThan(1000);
});

test('jsonDepth counts nesting outside strings only', () => {
  expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3);
  expect(jsonDepth('{"a":"[[[[{{{{"}')).toBe(1);
  expect(jsonDepth('{"a":"\\"[[["}')).toBe(1);
});

describe('rules turned off are said in the report', () => {
  const allOff = () => config('all-off.json', JSON.stringify({ rules: Object.fromEntries(RULES.map((r) => [r.meta.id, 'off'])) }));

  test('every rule off: the text report says nothing was checked (it would otherwise read 未发现问题 only)', async () => {
    const io = capture();
    expect(await main(['check', book, '--config', allOff()], io)).toBe(0);
    expect(io.out).toContain('未发现问题');
    expect(io.out).toContain(`关闭了全部 ${RULES.length} 条规则，本次没有检查任何问题`);
    const en = capture();
    await main(['check', book, '--config', allOff(), '--lang', 'en'], en);
    expect(en.out).toContain(`turns off all ${RULES.length} rules; nothing was checked`);
  });

  test('every rule off: the JSON report lists them', async () => {
    const io = capture();
    await main(['check', book, '--format', 'json', '--config', allOff()], io);
    const doc = JSON.parse(io.out) as ReportDoc & { rulesOff?: string[] };
    expect(doc.rulesOff).toEqual(RULES.map((r) => r.meta.id));
    expect(doc.summary.errors).toBe(0);
  });

  test('some rules off: named, with the count of all rules', async () => {
    const io = capture();
    await main(['check', book, '--config', config('two-off.json', '{"rules":{"value/missing-sign":"off","budget/sum-mismatch":"off"}}')], io);
    expect(io.out).toMatch(/关闭了 2 条规则（共 \d+ 条）：(budget\/sum-mismatch、value\/missing-sign|value\/missing-sign、budget\/sum-mismatch)/);
    const json = capture();
    await main(['check', book, '--format', 'json', '--config', join(dir, 'two-off.json')], json);
    expect((JSON.parse(json.out) as { rulesOff?: string[] }).rulesOff?.sort()).toEqual(['budget/sum-mismatch', 'value/missing-sign']);
  });

  test('no rule off: no notice, and the JSON has no rulesOff', async () => {
    const io = capture();
    await main(['check', book, '--format', 'json', '--config', config('none-off.json', '{"rules":{"value/missing-sign":"info"}}')], io);
    expect('rulesOff' in (JSON.parse(io.out) as object)).toBe(false);
    const text = capture();
    await main(['check', book], text);
    expect(text.out).not.toContain('关闭了');
  });

  test('a settings file beside the workbook is never read: only --config names one', async () => {
    const content = JSON.stringify({ rules: Object.fromEntries(RULES.map((r) => [r.meta.id, 'off'])) });
    for (const name of ['perf-target.json', '.perf-target.json', 'perf-target.config.json', 'settings.json', 'config.json', '.perf-targetrc']) {
      writeFileSync(join(dir, 'books', name), content);
    }
    const io = capture();
    expect(await main(['check', book, '--format', 'json'], io)).toBe(1);
    const doc = JSON.parse(io.out) as ReportDoc & { rulesOff?: string[] };
    expect(doc.rulesOff).toBeUndefined();
    expect(doc.summary.errors).toBeGreaterThan(0);
    const folder = capture();
    expect(await main(['check', join(dir, 'books')], folder)).toBe(1);
    expect(folder.out).not.toContain('关闭了');
  });
});
