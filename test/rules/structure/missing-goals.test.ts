import { checkSheet } from '../../../src/core/engine';
import { Grid, parseA1, type CellValue } from '../../../src/core/engine/grid';
import { missingGoals } from '../../../src/core/engine/rules/structure/missing-goals';
import { ruleTester, spec } from '../../helpers/rule-tester';

ruleTester(missingGoals, {
  valid: [spec(), spec({ goals: '1.目标内容1' }), spec({ goals: '1.保障办公\n2.确保普法效果' })],
  invalid: [
    { name: 'no label at all', spec: spec({ goals: null }), errors: [{ messageId: 'missing', cell: 'A1:G13' }] },
    { name: 'label, empty value', spec: spec({ goals: '' }), errors: [{ messageId: 'empty', cell: 'B6' }] },
    { name: 'blank lines only', spec: spec({ goals: '\n \n' }), errors: [{ messageId: 'empty', cell: 'B6' }] },
  ],
});

describe('a goals label cut short (年度 for 年度总体目标, a page converted from PDF)', () => {
  const form = (label: string, goal: CellValue): CellValue[][] => [
    ['项目支出绩效目标表', null, null, null, null],
    ['项目名称', '农村文化建设配套补助经费', null, null, null],
    ['项目资金', '年度资金总额:', null, 5, null],
    [null, '其中:财政拨款', null, 5, null],
    [null, '其他资金', null, 0, null],
    [label, goal, null, null, null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
    [null, '产出指标', '数量指标', '开展送戏进万村', '≥70村'],
    [null, null, '质量指标', '活动完成率', '≥95%'],
    [null, null, '时效指标', '完成时间', '2025年12月底前'],
    [null, null, '成本指标', '每村补助', '≤704元/村'],
    [null, '效益指标', '社会效益指标', '丰富群众文化生活', '有所提升'],
    [null, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
  ];
  const merges = ['A1:E1', 'B2:E2', 'A3:A5', 'B6:E6', 'A7:A13'].map(parseA1);
  const goalsFindings = (rows: CellValue[][]): string[] =>
    checkSheet(new Grid({ name: 'Sheet1', values: rows, merges }))
      .tables.flatMap((t) => t.findings)
      .filter((f) => f.rule === 'structure/missing-goals')
      .map((f) => `${f.severity} ${f.messageId}`);

  it('the row above the grid, the cut label beside a sentence, is the goals row', () => {
    expect(goalsFindings(form('年度', '文化惠民工程，主要用于送戏进万村，按照明年的任务70个行政村'))).toEqual([]);
    expect(goalsFindings(form('年度总体', '完成送戏进万村任务70个行政村'))).toEqual([]);
  });

  it('a year beside 年度, or a short word, is no goal: the table still has none', () => {
    expect(goalsFindings(form('年度', '2025年度'))).toEqual(['error missing']);
    expect(goalsFindings(form('备注', '文化惠民工程，主要用于送戏进万村，按照明年的任务70个行政村'))).toEqual(['error missing']);
  });
});
