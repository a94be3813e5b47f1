/**
 * Long cell texts in what the reviewer reads (seventh round of hostile input). A cell holds up to
 * 32,767 characters; before this round a finding quoting one printed a 60,000-character line
 * (the value and its suggestion, each whole), the table's heading a 32,000-character project name,
 * and the pane's row carried both in its screen-reader name. Now a message quotes at most
 * QUOTE_LIMIT characters of a text (its start, an ellipsis, its end), the text output and the pane
 * clip a suggestion and a project name the same way, and the cell's address stays whole. JSON keeps
 * the suggestion whole: a fix writes it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, type Io } from '../../src/cli/main';
import { buildWorkbook, workbookBytes } from '../../src/hosts/file/write';
import { checkSheet, localizeFinding } from '../../src/core/engine';
import { clipText, QUOTE_LIMIT } from '../../src/core/i18n/format';
import type { CellValue } from '../../src/core/engine/grid';
import { tempDir } from '../helpers/temp-dir';

const dir = tempDir('long-text');

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

const fill = (n: number, s: string) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
const NINES = fill(30_000, '9');

function rows(): CellValue[][] {
  return [
    ['项目名称', `开头${fill(32_000, '项目')}结尾`],
    ['预算数', '26.50', '其中：财政资金', '26.50', '其他资金', ''],
    ['绩效目标', '1.完成任务'],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
    ['产出指标', '数量指标', '办案数', '办案数', `98${NINES}%`],
    [null, '质量指标', '合格率', '合格率', '≥98%'],
    [null, '时效指标', '及时率', '及时率', `≥≥${NINES}`],
    [null, '成本指标', '总成本', '总成本', '≤26.5万元'],
    ['效益指标', '社会效益指标', '提升', '提升', '有效提升'],
    ['满意度指标', '服务对象满意度指标', '满意度', '满意度', `不低于${NINES}%`],
  ];
}

beforeAll(async () => {
  await Promise.all([import('../../src/cli/check'), import('../../src/cli/check-file')]);
}, 60_000);

test('clipText keeps the start and the end, never splits a surrogate pair, leaves short text alone', () => {
  expect(clipText('短')).toBe('短');
  const long = `${fill(200, '甲')}😀${fill(200, '乙')}`;
  const c = clipText(long, 50);
  expect(c.length).toBeLessThanOrEqual(50);
  expect(c.startsWith('甲')).toBe(true);
  expect(c.endsWith('乙')).toBe(true);
  expect(c).toContain('…');
  const pair = clipText(`${fill(38, 'a')}😀😀😀😀${fill(200, 'b')}`, 50);
  expect(pair).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
});

test('a message quotes at most QUOTE_LIMIT characters of any cell, in both languages', () => {
  const result = checkSheet({ name: 'S', values: rows() });
  const findings = result.tables.flatMap((t) => t.findings);
  expect(findings.map((f) => f.cell)).toEqual(expect.arrayContaining(['E5', 'E7', 'E10']));
  for (const f of findings) {
    for (const locale of ['zh-CN', 'en-US'] as const) expect(localizeFinding(f, locale).length).toBeLessThan(3 * QUOTE_LIMIT + 200);
  }
  // The value's end is still there to recognise it.
  expect(findings.find((f) => f.cell === 'E5')?.message).toMatch(/“98999.*…999+%”/);
});

test('the text report: each finding one line of bounded length, starting with its cell; JSON keeps the suggestion whole', async () => {
  const file = join(dir, 'long.xlsx');
  writeFileSync(file, await workbookBytes(buildWorkbook({ sheets: [{ name: '长文字', values: rows() }] })));
  const io = capture();
  expect(await main(['check', file], io)).toBe(1);
  const lines = io.out.split('\n');
  const longest = Math.max(...lines.map((l) => l.length));
  expect(longest).toBeLessThan(1_000);
  for (const cell of ['E5', 'E7', 'E10']) expect(lines.some((l) => l.trimStart().startsWith(cell))).toBe(true);
  expect(io.out).toContain('开头');
  expect(io.out).toContain('结尾');

  const json = capture();
  await main(['check', file, '--format', 'json'], json);
  const doc = JSON.parse(json.out) as { files: { sheets: { tables: { project: string; findings: { cell: string; suggestion?: string }[] }[] }[] }[] };
  const table = doc.files[0].sheets[0].tables[0];
  expect(table.project.length).toBe(32_004);
  expect(table.findings.find((f) => f.cell === 'E10')?.suggestion).toBe(`≥${NINES}%`);
}, 60_000);
