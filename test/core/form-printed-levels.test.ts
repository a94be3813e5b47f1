/**
 * A bureau's 申报表 that prints 投入指标 and 过程指标 rows (with their 分值 and 评分细则) above the
 * project's own 产出 / 效益 / 满意度 rows: a 2021 财政支出绩效目标申报表 saved as HTML (forms44 f09, its
 * labels and printed rows as the page gives them; the project, amounts and our rows are ours). A
 * 过程 一级 says the evaluation framework, a scoring table, only where nothing else says what the
 * table is: under a title naming a project's target form, over the project's name, budget and goals,
 * the table is the project's and is checked (before, it was taken for a scoring table and nothing
 * was checked, the clerk's own mistakes included).
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const HEAD = ['财政支出绩效目标申报表|||||', '（2021年度）|||||', '项目名称|农村公路日常养护||||', '项目资金申请（万元）|资金总额：|120|||', '|一般公共预算拨款：|100|||', '|未纳入财政专户管理的收入：|20|||', '项目绩效目标|年度目标|完成全县农村公路日常养护460公里。|||'];
const GRID = [
  '一级指标|二级指标|分值|指标内容（150字内）|指标值（150字内）|评分细则（150字内）',
  '投入指标|资金到位率|10|资金到位率=（实际到位资金/计划投入资金）×100%|资金到位率达100%|到位率100%得10分',
  '过程指标|资金使用合规性|10|资金使用是否合规|资金使用合规|符合得10分',
  '产出指标|数量指标|20|日常养护里程|≥460公里|完成得20分',
  '|成本指标|20|日常养护成本|≤120万元|不超支得20分',
  '效益指标|社会效益指标|20|群众出行条件|有效改善|改善得20分',
  '满意度指标|服务对象满意度指标|20|沿线群众满意度|90%|达到得20分',
];

describe('投入 / 过程 rows printed on a project\'s 申报表', () => {
  test('the table is the project\'s and is checked: the clerk\'s missing sign is found', () => {
    const [t, ...more] = checkSheet(textGrid([...HEAD, ...GRID])).tables;
    expect(more).toEqual([]);
    expect(t.table.kind ?? 'project').toBe('project');
    expect(t.findings.filter((f) => f.rule === 'value/missing-sign').map((f) => f.cell)).toEqual(['E14']);
  });

  test('the printed rows\' levels are still said to be outside the scheme (a policy question, left as it was)', () => {
    const [t] = checkSheet(textGrid([...HEAD, ...GRID])).tables;
    expect(t.findings.filter((f) => f.category === 'structure' && f.severity === 'warning').map((f) => `${f.cell} ${f.rule}`)).toEqual([
      'A9 structure/unknown-level1', 'B9 structure/unknown-level2', 'A10 structure/unknown-level1', 'B10 structure/unknown-level2',
    ]);
  });

  test('without the 申报表 title, or without the project\'s budget and goals, 过程 still says a scoring table', () => {
    expect(checkSheet(textGrid([HEAD[2], ...HEAD.slice(3), ...GRID])).tables[0].table.kind).toBe('scoring');
    expect(checkSheet(textGrid([...HEAD.slice(0, 3), ...GRID])).tables[0].table.kind).toBe('scoring');
  });
});
