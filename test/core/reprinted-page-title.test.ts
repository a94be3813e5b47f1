/**
 * A Word form pasted into a sheet keeps the head printed at the top of each of its pages: 佳县's 2016
 * 财政支出项目绩效目标申报表 prints `佳县财政支出项目绩效目标申报表` again over 项目概况, over 长期绩效指标 and over
 * 年度绩效指标 (forms45 h06: the form's labels and page heads as docx.baby's copy gives them; the project,
 * amounts and values are ours, consistency not accuracy). The title printed again between the 长期 grid and
 * the 年度 grid is no other table's field: the 年度 grid continues the table and the 长期 rows are long-term.
 * Before, the title split the sheet into two tables: the 长期 rows checked as the year's (a false
 * cost-exceeds on `≤360万元` against 120) and the 年度 half an error for a table with no goals.
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const TITLE = '佳县财政支出项目绩效目标申报表|||||';
const HEAD = [TITLE, '（2016年度）|||||', '项目名称|农村公路日常养护||||', '项目资金申请（万元）|资金总额：|120|||', '|财政拨款：|100|||', '|自有资金：|20|||', '项目绩效目标|长期目标||年度目标||', '|三年内完成日常养护1380公里。||完成日常养护460公里。||'];
const grid = (head: string, values: string[]) => [
  `${head}|一级指标|二级指标|指标内容|指标值|备注`,
  `|产出指标|数量指标|日常养护里程|${values[0]}|`,
  `||成本指标|日常养护成本|${values[1]}|`,
  `|效益指标|社会效益指标|群众出行条件|${values[2]}|`,
  `|满意度指标|服务对象满意度指标|沿线群众满意度|${values[3]}|`,
];
const LONG = grid('长期绩效指标', ['≥1380公里', '≤360万元', '明显改善', '≥90%']);
const YEAR = grid('年度绩效指标', ['≥460公里', '≤120万元', '有效改善', '90%']);

describe('the form\'s title printed again over its second grid', () => {
  test('one table: the 长期 rows long-term, the 年度 rows the year\'s; only the clerk\'s missing sign is found', () => {
    const tables = checkSheet(textGrid([...HEAD, TITLE, ...LONG, TITLE, ...YEAR])).tables;
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.table.indicators.map((i) => `${i.period ?? 'annual'} ${i.value?.text ?? ''}`)).toEqual([
      'longTerm ≥1380公里', 'longTerm ≤360万元', 'longTerm 明显改善', 'longTerm ≥90%',
      'annual ≥460公里', 'annual ≤120万元', 'annual 有效改善', 'annual 90%',
    ]);
    expect(t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.rule}`)).toEqual(['E20 value/missing-sign']);
  });

  test('another title between the grids still starts another table', () => {
    const tables = checkSheet(textGrid([...HEAD, ...LONG, '某县财政支出项目绩效目标申报表|||||', ...YEAR])).tables;
    expect(tables.length).toBeGreaterThan(1);
  });
});
