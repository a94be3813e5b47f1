import { parseCsv } from '../../src/core/csv';
import { checkSheet } from '../../src/core/engine';
import { addIgnore, emptyIgnoreList, ignoreEntry } from '../../src/core/ignore';
import type { Finding, SheetResult } from '../../src/core/model';
import { reviewCells, reviewCsv, reviewHeader, reviewJson, reviewRows } from '../../src/core/review-report';

function finding(cell: string, rule: string, extra: Partial<Finding> = {}): Finding {
  return {
    rule,
    category: 'value',
    severity: 'warning',
    cell,
    row: 0,
    col: 0,
    table: 0,
    messageId: 'noSign',
    data: { value: '100%', sign: '＝', suggestion: '＝100%' },
    message: '中文消息',
    ...extra,
  };
}

const results: SheetResult[] = [
  {
    name: '绩效表',
    tables: [
      {
        table: {
          index: 0,
          layout: 'L1',
          range: { top: 0, left: 0, bottom: 12, right: 6 },
          moneyUnit: '万元',
          moneyUnitInferred: false,
          budget: {},
          indicators: [],
          projectName: { at: { row: 2, col: 1 }, text: ' 运维项目 ', value: '运维项目' },
        },
        scheme: '2015',
        findings: [
          finding('F8', 'value/missing-sign', { suggestion: '＝100%' }),
          finding('F9', 'value/missing-sign', { severity: 'error', message: '第二条' }),
        ],
      },
      {
        table: { index: 1, layout: 'L1', range: { top: 14, left: 0, bottom: 26, right: 6 }, moneyUnit: '万元', moneyUnitInferred: false, budget: {}, indicators: [] },
        scheme: '2021',
        findings: [],
      },
    ],
    findings: [finding('K1', 'value/missing-sign', { table: null, severity: 'info' })],
  },
];

const ignores = addIgnore(emptyIgnoreList(), ignoreEntry('绩效表', { cell: 'F9', rule: 'value/missing-sign' }, '已核实', new Date('2025-03-01T00:00:00Z')));

describe('reviewRows', () => {
  test('every finding, ignored ones flagged with their reason', () => {
    const rows = reviewRows(results, ignores);
    expect(rows.map((r) => [r.sheet, r.cell, r.table, r.severity, r.ignored, r.reason, r.suggestion])).toEqual([
      ['绩效表', 'F8', '运维项目（A1:G13）', 'warning', false, '', '＝100%'],
      ['绩效表', 'F9', '运维项目（A1:G13）', 'error', true, '已核实', ''],
      ['绩效表', 'K1', '表格之外', 'info', false, '', ''],
    ]);
    expect(rows[0].ruleName).toBe('指标值缺少比较符号');
  });

  test('cells of a row in Chinese and in English', () => {
    const [first, second] = reviewRows(results, ignores);
    expect(reviewCells(second)).toEqual(['绩效表', 'F9', '运维项目（A1:G13）', '指标值缺少比较符号（value/missing-sign）', '错误', '第二条', '', '是', '已核实']);
    const en = reviewRows(results, ignores, 'en-US')[0];
    expect(reviewCells(en, 'en-US')[4]).toBe('Warning');
    expect(reviewCells(en, 'en-US')[5]).not.toBe(first.message);
    expect(reviewHeader()).toEqual(['工作表', '单元格', '表格', '规则', '严重程度', '问题说明', '建议值', '已忽略', '忽略原因']);
  });

  test('an untitled table is named as such', () => {
    expect(reviewRows([{ ...results[0], tables: [{ ...results[0].tables[1], findings: [finding('A1', 'value/missing-sign')] }], findings: [] }], emptyIgnoreList())[0].table).toBe(
      '（未填写项目名称）（A15:G27）',
    );
  });
});

describe('reviewCsv', () => {
  test('header plus one line per finding; reads back as written', () => {
    const rows = parseCsv(reviewCsv(results, ignores));
    expect(rows).toHaveLength(4);
    expect(rows[0][0]).toBe('工作表');
    expect(rows[2].slice(0, 2)).toEqual(['绩效表', 'F9']);
    expect(rows[2][7]).toBe('是');
  });
});

describe('reviewJson', () => {
  test('the command line contract over the active findings, plus the ignored ones', () => {
    const doc = reviewJson(results, ignores, 'book.xlsx');
    expect(doc.version).toBe(1);
    expect(doc.files[0].file).toBe('book.xlsx');
    expect(doc.files[0].sheets[0].tables[0].findings.map((f) => f.cell)).toEqual(['F8']);
    expect(doc.files[0].sheets[0].findings.map((f) => f.cell)).toEqual(['K1']);
    expect(doc.summary).toEqual({ files: 1, tables: 2, errors: 0, warnings: 1, infos: 1 });
    expect(doc.ignored).toEqual([
      { sheet: '绩效表', cell: 'F9', rule: 'value/missing-sign', severity: 'error', message: '第二条', reason: '已核实', at: '2025-03-01T00:00:00.000Z' },
    ]);
  });

  test('with real findings of the engine', () => {
    const result = checkSheet({ name: 'S', values: [['项目名称', 'x']] });
    expect(reviewJson([result], emptyIgnoreList(), 'f').files[0].sheets[0].name).toBe('S');
  });
});
