import { checkSheet } from '../../../src/core/engine';
import { Grid, type CellValue } from '../../../src/core/engine/grid';
import { missingTotal } from '../../../src/core/engine/rules/budget/missing-total';
import { ruleTester, spec } from '../../helpers/rule-tester';

ruleTester(missingTotal, {
  valid: [
    spec(),
    spec({ total: 26.5 }),
    { name: 'zero is a value', spec: spec({ total: '0', fiscal: '0' }) },
    { name: 'with a unit', spec: spec({ total: '26.5万元' }) },
  ],
  invalid: [
    { name: 'no 预算数 label at all', spec: spec({ total: null }), errors: [{ messageId: 'missing', cell: 'A1:G13' }] },
    { name: 'no 预算数 label, only 财政资金', spec: spec({ total: null, other: null }), errors: [{ messageId: 'missing', cell: 'A1:G13', severity: 'error' }] },
    {
      name: 'no money row, but the block’s label (预算规模及资金用途): the form has a money part, the total is missing',
      spec: spec({ total: null, fiscal: null, other: null }),
      errors: [{ messageId: 'missing', cell: 'A1:G13', severity: 'error' }],
    },
    {
      name: 'no money row of any kind and no block label: a form without a money part, said once in an info',
      spec: spec({ total: null, fiscal: null, other: null, use: null, block: null }),
      errors: [{ messageId: 'noMoneyRows', cell: 'A1', severity: 'info' }],
    },
    { name: 'empty value', spec: spec({ total: '' }), errors: [{ messageId: 'empty', cell: 'C4' }] },
    { name: 'null value', spec: spec({ total: undefined }), errors: [{ messageId: 'empty', cell: 'C4' }] },
    { name: 'spaces only', spec: spec({ total: ' \u3000 ' }), errors: [{ messageId: 'empty', cell: 'C4' }] },
    { name: 'a dash', spec: spec({ total: '——' }), errors: [{ messageId: 'empty', cell: 'C4', severity: 'error' }] },
  ],
});

describe('the total under a label the forms also write (预算数合计, 资金额度, a block label with one amount)', () => {
  const form = (label: string): CellValue[][] => [
    ['2025年项目支出绩效目标表', null, null, null],
    ['项目名称', '农村公路养护', null, null],
    [label, 300, null, null],
    ['年度绩效目标', '完成农村公路养护里程500公里', null, null],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '养护里程', '≥500公里'],
    [null, '成本指标', '养护成本', '≤350万元'],
    ['效益指标', '社会效益指标', '群众出行条件', '有所改善'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
  ];
  const read = (label: string): { total: CellValue | undefined; rules: string[] } => {
    const [t] = checkSheet(new Grid({ name: 'Sheet1', values: form(label), merges: [] })).tables;
    return { total: t.table.budget.total?.value, rules: t.findings.filter((f) => f.rule.startsWith('budget/')).map((f) => `${f.rule} ${f.cell}`) };
  };

  it.each(['预算数合计', '项目资金合计', '资金额度', '资金规模', '项目资金'])('%s | 300 is the total, and the cap above it is found', (label) => {
    expect(read(label)).toEqual({ total: 300, rules: ['budget/cost-exceeds D7'] });
  });
});
