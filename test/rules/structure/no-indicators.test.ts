import { resolveSettings, runRules } from '../../../src/core/engine';
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
