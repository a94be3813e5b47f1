/**
 * A workbook of 150,000 indicator rows under a header printed twice, each value missing its sign
 * (sixth round of hostile input): before, the locator overflowed the stack joining the rows to
 * the table (push(...rows)) and the file was 程序内部出错; with that fixed, the text report
 * overflowed it again printing the table's 150,000 findings. Now the file is checked and every
 * finding is printed, one line each.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, type Io } from '../../src/cli/main';
import { formatText } from '../../src/cli/text-format';
import type { ReportDoc } from '../../src/core/review/report';
import { book, tableXml } from '../helpers/hostile-unseen';
import { tempDir } from '../helpers/temp-dir';

const N = 150_000;
const HEAD = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'];

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

test('text output of a table with 150,000 findings and 150,000 outside any table', () => {
  const finding = (i: number) => ({ rule: 'value/missing-sign', category: 'value' as const, severity: 'warning' as const, cell: `E${i + 2}`, message: '缺少比较符号', suggestion: '＝100%' });
  const doc: ReportDoc = {
    version: 1,
    files: [{ file: 'a.xlsx', sheets: [{ name: 'S', tables: [{ range: 'A1:E9', kind: 'project', project: 'p', layout: 'L2', scheme: '2015', budget: { total: 1, fiscal: 1, other: 0, unit: '万元' }, findings: Array.from({ length: N }, (_, i) => finding(i)) }], findings: Array.from({ length: N }, (_, i) => finding(i)) }] }],
    summary: { files: 1, tables: 1, errors: 0, warnings: 2 * N, infos: 0 },
  };
  const lines = formatText(doc, { color: false }).split('\n');
  expect(lines.filter((l) => l.includes('value/missing-sign'))).toHaveLength(2 * N);
});

test('perf-target check on a sheet of 150,000 indicator rows under a header printed twice', async () => {
  const rows: (string | number | null)[][] = [['项目名称', '2025年某项目'], ['预算数', 10], ['绩效目标', '完成。'], HEAD, ['产出指标', '数量指标', 'a', 'a', '≥1台'], [], HEAD];
  for (let i = 0; i < N; i++) rows.push(['产出指标', '数量指标', `指标${i}`, null, '100台']);
  const x = tableXml(rows);
  const file = join(tempDir('many-rows'), 'many.xlsx');
  writeFileSync(file, book({ sheets: [{ name: 'S', body: x.sheetData }], sharedStrings: x.sst }));
  const io = capture();
  const code = await main(['check', file], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  // Every finding printed, one line each.
  expect(io.out.split('\n').filter((l) => l.includes('value/missing-sign'))).toHaveLength(N);
}, 300_000);
