/**
 * The row under a grid's header that splits its `指标值` (merged across columns) into periods or
 * results: `中长期目标 | 年度目标` are the two periods' values (not goals), the annual one checked;
 * `年度目标 | 实际完成` or `年度指标值 | 全年完成值` are a self-evaluation's target and result, and
 * name the table's kind. Read through the real locator and engine.
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const UPPER = ['项目名称|农村公路养护项目||||', '预算数|500|财政资金|500||', '年度绩效目标|完成农村公路养护||||'];
const HEADER_MERGES = ['D4:E4', 'A4:A5', 'B4:B5', 'C4:C5'];
const rows = (first: string, second: string, cost: [string, string], mileage: [string, string]) => [
  ...UPPER,
  '一级指标|二级指标|三级指标|指标值||',
  `|||${first}|${second}|`,
  `产出指标|数量指标|养护里程|${mileage[0]}|${mileage[1]}|`,
  `|成本指标|养护总成本|${cost[0]}|${cost[1]}|`,
  '效益指标|社会效益指标|群众出行条件|有效改善|有效改善|',
  '满意度指标|服务对象满意度指标|群众满意度|≥90%|≥90%|',
];
const findings = (lines: string[], merges: string[] = HEADER_MERGES) =>
  checkSheet(textGrid(lines, merges)).tables.map((t) => ({ kind: t.table.kind, indicators: t.table.indicators.length, findings: t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`) }));

describe('中长期目标 | 年度目标 under a merged 指标值', () => {
  it('are the two periods’ values: the annual one is checked, the 中长期 cost (three years) is no cap on this year’s budget', () => {
    expect(findings(rows('中长期目标', '年度目标', ['≤1500万元', '≤500万元'], ['≥3600公里', '≥1200公里']))).toEqual([{ kind: undefined, indicators: 4, findings: [] }]);
  });
  it('a mistake in the annual column is found at its cell, whichever column comes first', () => {
    expect(findings(rows('中长期目标', '年度目标', ['≤1500万元', '≤500万元'], ['≥3600公里', '1200公里']))[0].findings).toEqual(['warning E6 value/missing-sign']);
    expect(findings(rows('年度目标', '中长期目标', ['≤500万元', '≤1500万元'], ['1200公里', '≥3600公里']))[0].findings).toEqual(['warning D6 value/missing-sign']);
  });
});

describe('a result column in the row under the header', () => {
  it.each([
    ['年度目标', '实际完成', 'self-eval'],
    ['年度指标值', '全年完成值', 'self-eval'],
    ['年度指标值', '1-6月完成值', 'monitor'],
  ])('%s | %s: a %s table, its second header row no indicator', (first, second, kind) => {
    const lines = ['项目名称|农村公路养护项目||||', '一级指标|二级指标|三级指标|指标值||', `|||${first}|${second}|`, '产出指标|数量指标|养护里程|≥1200公里|1250公里|', '满意度指标|服务对象满意度指标|群众满意度|≥90%|95%|'];
    expect(findings(lines, ['D2:E2', 'A2:A3', 'B2:B3', 'C2:C3'])).toEqual([{ kind, indicators: 2, findings: ['info E3 structure/table-kind'] }]);
  });
});

describe('a second header row restating the periods of `中长期指标值 | 年度指标值` (each over its own column)', () => {
  const lines = (first: string, second: string, mileage: string) => [
    ...UPPER,
    '一级指标|二级指标|三级指标|中长期指标值|年度指标值|',
    `|||${first}|${second}|`,
    `产出指标|数量指标|养护里程|≥3600公里|${mileage}|`,
    '|成本指标|养护总成本|≤1500万元|≤500万元|',
    '效益指标|社会效益指标|群众出行条件|有效改善|有效改善|',
    '满意度指标|服务对象满意度指标|群众满意度|≥90%|≥90%|',
  ];
  it.each([
    ['中长期目标', '年度目标'],
    ['（中长期）', '（年度）'],
    ['中长期', '年度'],
    ['实施期', '全年'],
  ])('%s | %s is part of the header, no indicator row with empty levels', (first, second) => {
    expect(findings(lines(first, second, '≥1200公里'), [])).toEqual([{ kind: undefined, indicators: 4, findings: [] }]);
    expect(findings(lines(first, second, '1200公里'), [])[0].findings).toEqual(['warning E6 value/missing-sign']);
  });
  it('a period word under a header that is no value column is not taken for a sub-header', () => {
    const out = findings([...UPPER, '一级指标|二级指标|三级指标|指标值|备注|', '|||年度|中长期|', '产出指标|数量指标|养护里程|≥1200公里||', '满意度指标|服务对象满意度指标|群众满意度|≥90%||'], []);
    expect(out[0].findings).toContain('error C5 structure/empty-level3');
  });
});
