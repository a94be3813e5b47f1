/**
 * Layouts of real forms read poorly before this round (grids we wrote after pages found on the web:
 * 佳县's and 宁乡's 申报表, a 广西 one-row-per-source money block, 井研县's list export, 湘潭's 项目资金申请
 * block). Through the real locator and rules.
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const GRID = [
  '一级指标|二级指标|三级指标|指标值',
  '产出指标|数量指标|养护道路长度|≥50公里',
  '|质量指标|养护合格率|≥95%',
  '|成本指标|养护成本|≤120万元',
  '效益指标|社会效益指标|通行条件|有效改善',
  '满意度指标|服务对象满意度指标|群众满意度|≥90%',
];

const findings = (lines: string[], merges: string[] = []) =>
  checkSheet(textGrid(lines, merges)).tables.map((t) => t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`));

describe('a title ending in 汇总表 or 一览表 is a title', () => {
  it('a summary list under `2024年项目支出绩效目标汇总表` is named on its title (before: on its 项目名称 column, the title left out)', () => {
    const { tables } = checkSheet(
      textGrid(['2024年项目支出绩效目标汇总表|||', '单位：万元|||', '序号|项目名称|预算数|年度绩效目标', '1|道路养护项目|120|完成道路养护', '2|农村饮水工程|80.5|保障饮水安全']),
    );
    expect(tables.map((t) => [t.table.kind, t.table.title?.text, t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`)])).toEqual([
      ['summary', '2024年项目支出绩效目标汇总表', ['info A1 structure/table-kind']],
    ]);
  });

  it('a project form under such a title has it as its title', () => {
    const { tables } = checkSheet(textGrid(['某县2024年项目支出绩效目标一览表|||', '项目名称|道路养护项目||', '预算数|120|其中：财政资金|120', '年度绩效目标|完成道路养护||', ...GRID]));
    expect(tables.map((t) => [t.table.kind ?? 'project', t.table.title?.text])).toEqual([['project', '某县2024年项目支出绩效目标一览表']]);
  });
});

test('`其他说明的问题` under the grid (佳县’s form) is the form’s closing row, not an empty indicator row', () => {
  const got = findings(['项目名称|道路养护项目||', '预算数|120|其中：财政资金|120', '年度绩效目标|完成道路养护||', ...GRID, '其他说明的问题|||', '填报人：|单位负责人：|填报日期：|']);
  expect(got).toEqual([[]]);
});

describe('`项目 | 某某项目`: a form that writes 项目 for 项目名称', () => {
  const form = (first: string) => [
    '项目支出绩效目标表|||',
    `${first}|道路养护项目||`,
    '主管部门|交通局|实施单位|公路站',
    '预算数|120|其中：财政资金|120',
    '年度绩效目标|完成道路养护||',
    ...GRID,
  ];

  it('is read as the project’s name (before: 表中没有“项目名称”一栏, an error)', () => {
    const { tables } = checkSheet(textGrid(form('项目')));
    expect(tables.map((t) => [t.table.projectName?.text, t.findings.map((f) => f.rule)])).toEqual([['道路养护项目', []]]);
  });

  it('with spaces in the word too (`项  目`)', () => {
    expect(checkSheet(textGrid(form('项  目'))).tables[0].table.projectName?.text).toBe('道路养护项目');
  });

  it('after a 项目编码 in its row (`项目编码 | 123001 | 项目 | 某某项目`)', () => {
    const { tables } = checkSheet(textGrid(['项目支出绩效目标表|||', '项目编码|123001|项目|智慧社区平台运维', '预算数|60|其中：财政资金|60', '年度绩效目标|保障平台运行||', ...GRID]));
    expect(tables.map((t) => [t.table.projectName?.text, t.findings.map((f) => f.rule)])).toEqual([['智慧社区平台运维', ['budget/cost-exceeds']]]);
  });

  it('a short word right of 项目 (a scoring sheet’s `项目 | 指标 | 分值`) names no project', () => {
    const { tables } = checkSheet(textGrid(['项目|指标|分值|得分', ...GRID]));
    expect(tables.map((t) => t.table.projectName?.text)).toEqual([undefined]);
  });
});

describe('label variants of real forms', () => {
  const read = (lines: string[]) => {
    const t = checkSheet(textGrid(lines)).tables[0];
    return { project: t.table.projectName?.text, total: t.table.budget.total?.text, fiscal: t.table.budget.fiscal?.text, unit: t.table.moneyUnitInferred ? undefined : t.table.moneyUnit, rules: t.findings.map((f) => f.rule) };
  };

  it('申报项目名称, 项目承担单位, 年度预算资金总额, 市县财政资金', () => {
    expect(read(['申报项目名称|道路养护项目|项目承担单位|公路站', '年度预算资金总额|120|市县财政资金|120', '年度绩效目标|完成道路养护||', ...GRID])).toEqual({ project: '道路养护项目', total: '120', fiscal: '120', unit: undefined, rules: [] });
  });

  it('项目（课题）名称 and 项目总额', () => {
    expect(read(['项目（课题）名称|道路养护项目||', '项目总额|120|其中：财政拨款|120', '年度绩效目标|完成道路养护||', ...GRID])).toMatchObject({ project: '道路养护项目', total: '120', fiscal: '120', rules: [] });
  });

  it('`项目资金申请（万元）` heads the money block and says its unit (佳县, 湘潭); the 项目概况 row below it is no use of funds', () => {
    const { tables } = checkSheet(
      textGrid(['项目名称|道路养护项目||', '项目资金申请（万元）|资金总额：|120|', '|财政拨款：|120|', '项目概况|养护县乡道路50公里||', '年度绩效目标|完成道路养护||', ...GRID], ['A2:A3']),
    );
    const t = tables[0].table;
    expect([t.budget.total?.text, t.budget.fiscal?.text, t.moneyUnit, t.moneyUnitInferred, t.budget.use?.text, t.budget.blockLabel]).toEqual(['120', '120', '万元', false, undefined, { row: 1, col: 0 }]);
  });
});

test('a list export printed over two pages with its title and header again: the project’s rows after the break stay its own (before: a second, unnamed project)', () => {
  const title = '部门预算项目绩效目标申报表(2023年度)|||||||';
  const header = '项目名称|预算数|年度目标|一级指标|二级指标|三级指标|指标值|权重';
  const { tables } = checkSheet(
    textGrid([
      title,
      '金额单位：元|||||||',
      header,
      '村组干部报酬|3,309,840.00|按时发放村组干部报酬|产出指标|数量指标|村组干部人数|≥230人|20',
      '|||产出指标|成本指标|人均报酬|≤14400元/人|20',
      title,
      header,
      '|||效益指标|社会效益指标|基层组织运转|有效保障|30',
      '|||满意度指标|服务对象满意度指标|群众满意度|≥95%|30',
      '基层组织活动经费|660,000.00|保障村社区办公|产出指标|数量指标|行政村数量|=11个|20',
      '|||产出指标|成本指标|活动经费|≤660000元|20',
      '|||效益指标|社会效益指标|组织活动开展|有效开展|30',
      '|||满意度指标|服务对象满意度指标|群众满意度|≥95%|30',
    ]),
  );
  expect(tables.map((t) => [t.table.projectName?.text, t.table.indicators.length, t.findings.filter((f) => f.severity !== 'info').map((f) => f.rule)])).toEqual([
    ['村组干部报酬', 4, []],
    ['基层组织活动经费', 4, []],
  ]);
});

test('a block of costs with no money parts (鄂州’s `项目预算成本构成 | 金额 | 测算依据`): its 合计 row is the budget, and a cost cap is checked against it (before: no 预算数 read, caps unchecked)', () => {
  const { tables } = checkSheet(
    textGrid([
      '2022年市直部门预算项目支出绩效目标表||||',
      '项目名称|办公大楼运行保障|项目类别|本级支出项目|',
      '项目预算成本构成|金额|测算（公式）依据|2020年实际执行数|2021年实际执行数',
      '保安服务费|191|依据招标文件|191|191',
      '水电气、维修维护费|524|据实结算|372.88|504.55',
      '合计|715||563.88|695.55',
      '绩效目标|保障办公大楼正常运行|||',
      '一级指标|二级指标|三级指标|指标值|',
      '产出指标|数量指标|日常维修维护次数|≥2280次|',
      '|成本指标|运行成本|≤900万元|',
      '效益指标|社会效益指标|服务保障水平|有效提升|',
      '满意度指标|服务对象满意度指标|服务对象满意度|≥90%|',
    ]),
  );
  expect(tables.map((t) => [t.table.budget.total?.text, t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.cell} ${f.rule} ${f.suggestion ?? ''}`)])).toEqual([['715', ['D10 budget/cost-exceeds ≤715万元']]]);
});

describe('the weights’ 合计 row under a grid, its word in whichever column the form put it', () => {
  const form = (last: string) => [
    '项目名称|校园安保服务|||',
    '预算数|36|其中：财政资金|36|',
    '年度绩效目标|保障校园安全|||',
    '一级指标|二级指标|三级指标|指标值|分值',
    '产出指标|数量指标|安保人员数|≥6人|30',
    '|质量指标|安全事故发生次数|≤1次|20',
    '|成本指标|安保服务费|≤36万元|10',
    '效益指标|社会效益指标|校园安全环境|有效保障|20',
    '满意度指标|服务对象满意度指标|师生满意度|≥90%|20',
    last,
  ];
  it.each([
    ['under the 指标值 column (before: an indicator named nothing, valued 合计, and the weights counted twice)', '|||合计|100'],
    ['under the 三级 column (before: an empty value, the weights counted twice)', '||合计||100'],
    ['总分 under the 指标值 column', '|||总分|100'],
    ['分值合计 in the first column (before: an unused template row)', '分值合计||||100'],
  ])('%s', (_name, last) => {
    const { tables } = checkSheet(textGrid(form(last)));
    expect(tables.map((t) => [t.table.indicators.length, t.findings.map((f) => `${f.cell} ${f.rule}`)])).toEqual([[5, []]]);
  });
});
