import { checkSheet, resolveSettings, runRules } from '../../../src/core/engine';
import { locateTables } from '../../../src/core/engine/locate';
import { textGrid } from '../../helpers/text-grid';
import { noIndicators } from '../../../src/core/engine/rules/structure/no-indicators';
import { buildTable, ruleTester, spec } from '../../helpers/rule-tester';

ruleTester(noIndicators, {
  valid: [spec(), spec({ rows: [{ l1: '产出指标', l2: '数量指标', l3: '次数', value: '≥1次' }] })],
  invalid: [{ name: 'a header and no rows', spec: spec({ rows: [] }), errors: [{ messageId: 'empty', cell: 'A7:G7' }] }],
});

describe('structure/no-indicators without a grid', () => {
  it('reports the whole table', () => {
    const { grid, table } = buildTable(spec({ rows: [] }));
    delete table.header;
    const found = runRules([noIndicators], grid, table, '2015', resolveSettings());
    expect(found.map((f) => [f.messageId, f.cell])).toEqual([['noGrid', 'A1:G7']]);
  });
});

describe('structure/no-indicators on a grid headed 指标 | 指标内容 | 指标值', () => {
  // The layout of a published 项目支出绩效目标申报表 sample (国家林业局, 森林病虫害预测预报): no 二级
  // column, the 一级 names merged down under the bare word `指标`, the indicators under 指标内容.
  // Both words are 三级 words elsewhere; the column whose cells are 一级 names holds the levels.
  const top = ['项目名称|森林病虫害预测预报补助经费||', '预算数（万元）|100|财政资金|100', '项目绩效目标|编发年度和半年全国林业有害生物趋势预报||'];
  const rows = [
    '|产出指标|趋势会商会次数|≥1次',
    '||测报员培训人次|≥200人次',
    '||测报准确率|≥85%',
    '||项目成本|≤100万元',
    '|效益指标|森林资源生长因害损失量|有效减少',
    '|满意度指标|测报员满意度|≥90%',
  ];
  const merges = ['A4:A10', 'B5:B8'];

  it('reads the indicators and reports no missing grid', () => {
    const lines = [...top, '项目绩效指标|指标|指标内容|指标值', ...rows];
    const [t] = locateTables(textGrid(lines, merges));
    expect(t.header?.columns).toMatchObject({ level1: 1, level3: 2, value: 3 });
    expect(t.indicators.map((i) => `${i.level1.text}/${i.level3.text}`)).toEqual([
      '产出指标/趋势会商会次数',
      '产出指标/测报员培训人次',
      '产出指标/测报准确率',
      '产出指标/项目成本',
      '效益指标/森林资源生长因害损失量',
      '满意度指标/测报员满意度',
    ]);
    expect(checkSheet(textGrid(lines, merges)).tables[0].findings.filter((f) => f.severity !== 'info').map((f) => f.rule)).toEqual([]);
  });

  it('still finds a value that is wrong in such a grid', () => {
    const lines = [...top, '项目绩效指标|指标|指标内容|指标值', ...rows.map((r) => r.replace('≥90%', '≤90%'))];
    expect(checkSheet(textGrid(lines, merges)).tables[0].findings.map((f) => `${f.cell} ${f.rule}`)).toContain('D10 value/wrong-direction');
  });

  it('leaves 指标 | 指标内容 alone when the 指标 cells are no level names', () => {
    const lines = [...top, '指标|指标内容|指标值', ...rows.map((r) => r.split('|').slice(2).join('|')).map((r) => `${r.split('|')[0]}|说明|${r.split('|')[1]}`)];
    const [t] = locateTables(textGrid(lines));
    expect(t.header?.columns.level1).toBeUndefined();
  });
});
