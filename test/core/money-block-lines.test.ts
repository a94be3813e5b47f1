/**
 * A money block written one source a row or all in one cell (issue #11, the re-transcriptions): 湖南's
 * 项目绩效目标表 (湘潭市环境卫生管理处 2024, xtcg.xiangtan.gov.cn content_1349210; a tune file) gives its
 * 项目资金申请 block as `资金总额：250` / `一、预算资金：250` / `二、自有资金：0` / `三、其他：0`. Our first
 * transcription kept the four lines in one cell, a second hand put them on four rows. Before, the rows
 * read `一、预算资金` as a second total (a false sum-mismatch error on a budget that adds up), and the
 * one cell was read for its first line only (a budget that does not add up went unseen), and in a sentence
 * 预算资金 was not read at all (a false sum-mismatch against 自有资金 alone). The block's
 * words are the page's; the project, grid and amounts around them are ours: consistency, not accuracy.
 */
import fc from 'fast-check';
import { checkSheet } from '../../src/core/engine';
import { Grid, type CellValue } from '../../src/core/engine/grid';
import { classifyLabel } from '../../src/core/engine/labels';

const GRID: CellValue[][] = [
  ['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
  [null, '产出指标', '数量指标', '雾炮车配备车辆数', '=10辆'],
  [null, null, '时效指标', '服务周期', '≤180天'],
  [null, null, '成本指标', '服务费用', '≤100万元'],
  [null, '效益指标', '社会效益指标', '空气质量', '有所改善'],
  [null, '满意度指标', '服务对象满意度指标', '市民满意度', '≥90%'],
];
const TOP: CellValue[][] = [
  ['项目名称', '雾炮车抑尘降尘服务', null, '项目起止时间', '2024年6月-2025年1月'],
  ['年度目标', '通过采购雾炮车抑尘降尘服务，持续改善我市空气质量'],
];
const SOURCES = ['一、预算资金', '二、自有资金', '三、其他'];

/** The block one source a row: label, its item, an amount. */
function inRows(total: number, parts: readonly number[]): CellValue[][] {
  return [['项目资金申请（万元）', '资金总额', null, total], ...parts.map((p, i) => [null, SOURCES[i], null, p])];
}

/** The block in one cell, a line a source (`资金总额：250\n一、预算资金：250…`). */
function inOneCell(total: number, parts: readonly number[]): CellValue[][] {
  return [['项目资金申请（万元）', [`资金总额：${total}`, ...parts.map((p, i) => `${SOURCES[i]}：${p}`)].join('\n')]];
}

function findings(block: CellValue[][]): string[] {
  const [t] = checkSheet(new Grid({ name: 'S', values: [...TOP, ...block, ...GRID], merges: [] })).tables;
  return t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`);
}

describe('湖南 项目资金申请: 资金总额, then 一、预算资金 / 二、自有资金 / 三、其他', () => {
  test('a numbered 预算资金 is the budget’s own money, a part; 预算资金 alone is still a total', () => {
    expect(classifyLabel('一、预算资金')?.field).toBe('fiscal');
    expect(classifyLabel('1.预算资金')?.field).toBe('fiscal');
    expect(classifyLabel('其中：预算资金')?.field).toBe('fiscal');
    expect(classifyLabel('预算内资金')?.field).toBe('fiscal');
    expect(classifyLabel('预算资金')?.field).toBe('total');
    expect(classifyLabel('年度预算资金')?.field).toBe('total');
  });

  test('one source a row: a budget adding up is clean, one that does not is found at the total', () => {
    expect(findings(inRows(250, [250, 0, 0]))).toEqual([]);
    expect(findings(inRows(300, [250, 0, 0]))).toEqual(['error D3 budget/sum-mismatch']);
  });

  test('all in one cell: the lines after the total are its parts', () => {
    expect(findings(inOneCell(250, [250, 0, 0]))).toEqual([]);
    expect(findings(inOneCell(300, [250, 0, 0]))).toEqual(['error B3 budget/sum-mismatch']);
    // `其中：财政拨款：80` / `其他资金：20`, the older spelling, read alike.
    const older = [['项目资金申请（万元）', '资金总额：100\n其中：财政拨款：80\n其他资金：10']];
    expect(findings(older)).toEqual(['error B3 budget/sum-mismatch']);
  });

  test('in a sentence, 预算资金 beside 自有资金 is the budget’s own money too', () => {
    // Before: 预算资金 was no word of a budget sentence, and 250 against 自有资金 0 alone was a false sum-mismatch.
    const sentence = (text: string): CellValue[][] => [['资金总额及构成', text]];
    expect(findings(sentence('资金总额250万元，其中预算资金250万元，自有资金0万元'))).toEqual([]);
    expect(findings(sentence('总额250万元（预算资金200万元，自有资金50万元）'))).toEqual([]);
    expect(findings(sentence('资金总额300万元，其中预算资金250万元，自有资金0万元'))).toEqual(['error B3 budget/sum-mismatch']);
  });

  test('the two habits agree on every budget (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 3 }), (total, parts) => {
        // The sum's finding only (a cost cap above a small budget is another rule's), its cell left out.
        const sums = (fs: string[]): string[] => fs.filter((f) => f.endsWith('sum-mismatch')).map((f) => f.replace(/ [A-Z]+\d+ /, ' '));
        const rows = sums(findings(inRows(total, parts)));
        const cell = sums(findings(inOneCell(total, parts)));
        expect(cell).toEqual(rows);
        // With 其他 written too, any difference is found (预算资金 alone under a larger total is let be:
        // the table may not list every source).
        if (parts.length >= 2) expect(rows.length > 0).toBe(parts.reduce((a, b) => a + b, 0) !== total);
      }),
      { numRuns: 200 },
    );
  });
});
