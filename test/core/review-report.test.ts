import { parseCsv } from '../../src/core/review/csv';
import { checkSheet } from '../../src/core/engine';
// The report in English, as the pane makes it once its English rule texts have loaded.
import '../../src/core/i18n/rules-en';
import { addIgnore, emptyIgnoreList, ignoreEntry } from '../../src/core/review/ignore';
import type { Finding, SheetResult } from '../../src/core/model';
import { REPORT_TAG, reviewCells, reviewCsv, reviewHeader, reviewJson, reviewPreamble, reviewRows } from '../../src/core/review/review-report';

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
  test('every finding, errors first, the ignored ones last and flagged with their reason', () => {
    const rows = reviewRows(results, ignores);
    expect(rows.map((r) => [r.sheet, r.cell, r.table, r.severity, r.ignored, r.reason, r.suggestion])).toEqual([
      ['绩效表', 'F8', '运维项目（A1:G13）', 'warning', false, '', '＝100%'],
      ['绩效表', 'K1', '表格之外', 'info', false, '', ''],
      ['绩效表', 'F9', '运维项目（A1:G13）', 'error', true, '已核实', ''],
    ]);
    // Not ignored, the error comes first.
    expect(reviewRows(results, emptyIgnoreList()).map((r) => r.cell)).toEqual(['F9', 'F8', 'K1']);
    expect(rows[0].ruleName).toBe('指标值缺少比较符号');
  });

  test('cells of a row in Chinese and in English', () => {
    const [first, , second] = reviewRows(results, ignores);
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

describe('reviewPreamble', () => {
  test('title, tag, file, date, schemes, counts by severity and category, in both languages', () => {
    const date = new Date(2026, 11, 4, 9, 5);
    expect(reviewPreamble(results, ignores, { date, file: '西青区.xlsx' })).toEqual([
      '项目支出绩效目标表校验报告',
      `由绩效目标表助手生成，再次导出时替换（${REPORT_TAG}）`,
      '文件：西青区.xlsx',
      '日期：2026-12-04 09:05',
      '指标体系：2015 版（财预〔2015〕88号） 1 张；2021 版（财预〔2021〕101号） 1 张（共 2 张表）',
      '错误 0 个 · 警告 1 个 · 提示 1 个 · 已忽略 1 个',
      '指标值 2 个 · 预算 0 个 · 结构 0 个 · 内容 0 个',
    ]);
    const en = reviewPreamble(results, emptyIgnoreList(), { date }, 'en-US');
    expect(en[2]).toBe('File: This workbook');
    expect(en[5]).toBe('Errors 1 · warnings 1 · notes 1 · ignored 0');
  });
});

describe('reviewCsv', () => {
  test('header plus one line per finding; reads back as written', () => {
    const rows = parseCsv(reviewCsv(results, ignores));
    expect(rows).toHaveLength(4);
    expect(rows[0][0]).toBe('工作表');
    expect(rows[3].slice(0, 2)).toEqual(['绩效表', 'F9']);
    expect(rows[3][7]).toBe('是');
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
