import { splitContradiction } from '../../../src/core/engine/rules/value/split-contradiction';
import { ruleTester, runRule, spec, valueCell, type RowSpec } from '../../helpers/rule-tester';

/** A split table of four rows; `change` replaces fields of the row of the given 二级. */
function split(l2: '数量指标' | '时效指标' | '成本指标' | '服务对象满意度指标', change: Partial<RowSpec>) {
  const rows: RowSpec[] = [
    { l1: '产出指标', l2: '数量指标', l3: '软件维护次数', sign: '≥', value: '200', unit: '次' },
    { l2: '时效指标', l3: '故障响应时间', sign: '≤', value: '24', unit: '小时' },
    { l2: '成本指标', l3: '项目总成本', sign: '≤', value: '26.5', unit: '万元' },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '干警满意度', sign: '≥', value: '95', unit: '%' },
  ];
  return spec({ rows: rows.map((r) => (r.l2 === l2 ? { ...r, ...change } : r)) });
}

ruleTester(splitContradiction, {
  valid: [
    { name: 'a clean split table', spec: split('数量指标', {}) },
    { name: 'a combined table is not concerned', spec: spec() },
    { name: 'words in the sign column', spec: split('成本指标', { sign: '小于等于' }) },
    { name: 'the same unit in both places', spec: split('服务对象满意度指标', { value: '95%' }) },
    { name: '万 and 万元 are one unit', spec: split('成本指标', { value: '26.5万', unit: '万元' }) },
    { name: '定性 with text and no unit', spec: split('数量指标', { sign: '', value: '按需维护', unit: '', nature: '定性' }) },
    { name: '定量 with a number', spec: split('数量指标', { nature: '定量' }) },
    { name: '反向 with ≤', spec: split('时效指标', { direction: '反向' }) },
    { name: '正向 with ≥', spec: split('数量指标', { direction: '正向指标' }) },
    { name: 'a nature word in the sign column', spec: split('数量指标', { sign: '正向' }) },
    { name: 'a system’s — in the sign column over a text value says "no sign"', spec: split('数量指标', { sign: '—', value: '按需维护', unit: '' }) },
    { name: 'a / in the sign column over a text value', spec: split('数量指标', { sign: '/', value: '按需维护', unit: '' }) },
    { name: '中性 in the sign column over a text value (预算一体化 offers 正向/反向/中性)', spec: split('数量指标', { sign: '中性', value: '按需维护', unit: '' }) },
    // 湖南 预算一体化 2024 (南县住房保障服务中心): 指标值类型 定性, 目标值 保障, 度量单位 无.
    { name: '无 in the unit column of a 定性 value says "no unit"', spec: split('数量指标', { sign: '定性', value: '保障', unit: '无' }) },
    { name: '无 in the unit column under a 定性 nature column', spec: split('数量指标', { sign: '', value: '按需维护', unit: '无', nature: '定性' }) },
    { name: 'a cost ≥ with 反向 is value/wrong-direction’s finding', spec: split('成本指标', { sign: '≥', direction: '反向' }) },
  ],
  invalid: [
    {
      name: 'unit column % but 28.8万元 on a cost: the column is wrong',
      spec: split('成本指标', { value: '28.8万元', unit: '%' }),
      errors: [{ messageId: 'unitConflict', cell: 'G10', suggestion: '万元', severity: 'error' }],
    },
    {
      name: 'unit column 次 but 95% on a satisfaction: the column is wrong',
      spec: split('服务对象满意度指标', { value: '95%', unit: '次' }),
      errors: [{ messageId: 'unitConflict', cell: 'G11', suggestion: '%' }],
    },
    {
      name: 'unit column % but 95次 on a satisfaction: the number cell is wrong',
      spec: split('服务对象满意度指标', { value: '95次' }),
      errors: [{ messageId: 'unitConflict', cell: valueCell(3), suggestion: '95' }],
    },
    {
      name: 'two count units on a quantity: cannot tell which',
      spec: split('数量指标', { value: '200份' }),
      errors: [{ messageId: 'unitConflict', cell: valueCell(0), suggestion: null }],
    },
    {
      name: 'the sign column and the number cell disagree',
      spec: split('服务对象满意度指标', { value: '≤95' }),
      errors: [{ messageId: 'signConflict', cell: valueCell(3), suggestion: null }],
    },
    {
      name: '定性 over a number',
      spec: split('数量指标', { nature: '定性' }),
      errors: [{ messageId: 'qualitativeWithNumber', cell: 'I8', suggestion: '定量', severity: 'warning' }],
    },
    {
      name: '定性 with a unit',
      spec: split('数量指标', { sign: '', value: '按需维护', unit: '次', nature: '定性' }),
      errors: [{ messageId: 'qualitativeWithUnit', cell: 'G8', suggestion: null }],
    },
    {
      name: '定量 over text',
      spec: split('数量指标', { sign: '', value: '按需维护', unit: '', nature: '定量' }),
      errors: [{ messageId: 'quantitativeWithText', cell: valueCell(0) }],
    },
    {
      name: '正向 with ≤ on a deadline',
      spec: split('时效指标', { direction: '正向' }),
      errors: [{ messageId: 'directionConflict', cell: 'F9', severity: 'warning' }],
    },
    {
      name: '反向 with ≥ on a quantity',
      spec: split('数量指标', { direction: '反向' }),
      errors: [{ messageId: 'directionConflict', cell: 'F8', severity: 'warning' }],
    },
    {
      name: 'not a sign in the sign column',
      spec: split('数量指标', { sign: '约' }),
      errors: [{ messageId: 'unknownSign', cell: 'F8', suggestion: null }],
    },
  ],
});

describe('a case left to another rule is not lost when that rule is off', () => {
  // A cost capped with ≥ under 反向: value/wrong-direction's finding. With that rule off, this
  // rule still says the sign and the direction disagree.
  const costUp = split('成本指标', { sign: '≥', direction: '反向' });
  it('with value/wrong-direction on: left to it', () => {
    expect(runRule(splitContradiction, costUp).map((f) => f.messageId)).not.toContain('directionConflict');
  });
  it('with value/wrong-direction off: reported here', () => {
    const found = runRule(splitContradiction, costUp, { settings: { rules: { 'value/wrong-direction': 'off' } } });
    expect(found.map((f) => [f.messageId, f.cell])).toContainEqual(['directionConflict', 'F10']);
  });
});

describe('a number under a — sign cell is value/missing-sign’s finding, not lost when that rule is off', () => {
  const dash = split('数量指标', { sign: '—' });
  it('with value/missing-sign on: left to it', () => {
    expect(runRule(splitContradiction, dash)).toEqual([]);
  });
  it('with value/missing-sign off: reported here', () => {
    const found = runRule(splitContradiction, dash, { settings: { rules: { 'value/missing-sign': 'off' } } });
    expect(found.map((f) => [f.messageId, f.cell])).toContainEqual(['unknownSign', 'F8']);
  });
});
