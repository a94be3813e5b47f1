/** `--config`: the settings file is validated like the add-in's saved settings (src/core/review/settings.ts). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, type Io } from '../../src/cli/main';
import { buildWorkbook, workbookBytes } from '../../src/hosts/file/write';
import type { ReportDoc } from '../../src/core/review/report';
import { tempDir } from '../helpers/temp-dir';

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

const dir = tempDir('config');
let book: string;

beforeAll(async () => {
  book = join(dir, 'book.xlsx');
  const values = [
    ['项目名称', '2025年检察业务装备购置项目-2025中央'],
    ['预算数', 12, '其中：财政资金', 12],
    ['其他资金', null],
    ['资金用途', '用于购买堡垒机'],
    ['绩效目标', '1.完成我院非国产设备国产化替代工作。'],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
    ['产出指标', '数量指标', '设备数量', '设备数量', '≥1台'],
    [null, '质量指标', '设备合格率', '设备合格率', '100%'],
    [null, '时效指标', '最低使用年限', '最低使用年限', '≥5年'],
    [null, '成本指标', '设备总价', '设备总价', '≤12万元'],
    ['效益指标', '社会效益指标', '网络安全性', '网络符合商用密码安全性评估要求', '提高商用密码安全性'],
    ['满意度指标', '服务对象满意度指标', '设备使用人满意度', '设备使用人满意度', '≥80%'],
  ];
  writeFileSync(book, await workbookBytes(buildWorkbook({ sheets: [{ name: '绩效目标表', values }] })));
});

function config(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

test.each<[string, string, string[]]>([
  ['unknown-key.json', '{"schme": "2015"}', ['未知的设置项“schme”']],
  ['misspelt-rule.json', '{"rules": {"value/missing-sing": "off"}}', ['是否应为“value/missing-sign”']],
  ['bad-severity.json', '{"rules": {"value/missing-sign": "fatal"}}', ['只能设为 off、error、warning 或 info']],
  ['bad-threshold.json', '{"thresholds": {"minSatisfaction": "90%"}}', ['0 到 100 之间的数']],
  ['two-problems.json', '{"scheme": 1, "thresholds": []}', ['scheme 只能是', '；thresholds 应为对象']],
  ['not-an-object.json', '[]', ['设置应为一个 JSON 对象']],
  ['not-json.json', '{"scheme":', []],
])('invalid config %s: exit 2, one Chinese line naming the file and the problem', async (file, content, messages) => {
  const io = capture();
  expect(await main(['check', book, '--config', config(file, content)], io)).toBe(2);
  expect(io.err).toContain(`无法读取设置文件“${join(dir, file)}”`);
  expect(io.out).toBe('');
  expect(io.err.trim().split('\n')).toHaveLength(1);
  for (const m of messages) expect(io.err).toContain(m);
});

test('a valid config with a threshold applies it', async () => {
  const io = capture();
  const path = config('ok.json', '{"scheme": "2015", "thresholds": {"minSatisfaction": 85}}');
  await main(['check', book, '--format', 'json', '--config', path], io);
  const findings = (JSON.parse(io.out) as ReportDoc).files[0].sheets[0].tables[0].findings;
  expect(findings.find((f) => f.cell === 'E12')?.rule).toBe('value/percent-range');
  const without = capture();
  await main(['check', book, '--format', 'json'], without);
  expect((JSON.parse(without.out) as ReportDoc).files[0].sheets[0].tables[0].findings.some((f) => f.rule === 'value/percent-range')).toBe(false);
});

test('--scheme on the command line wins over the config file', async () => {
  const io = capture();
  await main(['check', book, '--format', 'json', '--scheme', '2021', '--config', config('scheme.json', '{"scheme": "2015"}')], io);
  expect((JSON.parse(io.out) as ReportDoc).files[0].sheets[0].tables[0].scheme).toBe('2021');
  const io2 = capture();
  await main(['check', book, '--format', 'json', '--config', config('scheme2.json', '{"scheme": "2021"}')], io2);
  expect((JSON.parse(io2.out) as ReportDoc).files[0].sheets[0].tables[0].scheme).toBe('2021');
});
