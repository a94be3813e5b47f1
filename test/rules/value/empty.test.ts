import { empty } from '../../../src/core/engine/rules/value/empty';
import { checkSheet } from '../../../src/core/engine';
import { ruleTester, spec, valueCell, withRow } from '../../helpers/rule-tester';

const quantity = (value: string) => withRow({ l2: '数量指标', l3: '软件维护次数', desc: '软件维护次数', value });

ruleTester(empty, {
  valid: [
    { name: 'the seed-like table', spec: spec() },
    { name: 'a qualitative value', spec: quantity('达到预期目标') },
    { name: 'a placeholder is value/placeholder’s finding', spec: quantity('XX') },
    { name: 'a sign and unit without a number is value/missing-number’s finding', spec: quantity('≥%') },
    {
      name: 'split: sign and unit over an empty number cell',
      spec: spec({ rows: [{ l1: '产出指标', l2: '数量指标', l3: '软件维护次数', sign: '≥', value: '', unit: '次' }] }),
    },
  ],
  invalid: [
    { name: 'an empty cell', spec: quantity(''), errors: [{ messageId: 'empty', cell: valueCell(0), suggestion: null, severity: 'error' }] },
    {
      name: 'cq-tongnan-wugui-2023: a row marked 定性 in its own column, left empty (a warning)',
      spec: spec({
        rows: [
          { l1: '产出指标', l2: '数量指标', l3: '发放人数', sign: '≥', value: '80', unit: '人' },
          { l1: '效益指标', l2: '社会效益指标', l3: '促进社会和谐', sign: '', value: '', unit: '', nature: '定性' },
        ],
      }),
      errors: [{ messageId: 'qualitative', cell: 'E9', severity: 'warning' }],
    },
    {
      name: 'a row marked 定量 and left empty stays an error',
      spec: spec({
        rows: [
          { l1: '产出指标', l2: '数量指标', l3: '发放人数', sign: '≥', value: '80', unit: '人' },
          { l1: '效益指标', l2: '社会效益指标', l3: '受益人数', sign: '', value: '', unit: '', nature: '定量' },
        ],
      }),
      errors: [{ messageId: 'empty', cell: 'E9', severity: 'error' }],
    },
    { name: 'only white space', spec: quantity(' \u3000\n'), errors: [{ messageId: 'empty', cell: valueCell(0) }] },
    {
      name: '社会成本指标 | 无 | (blank): the 二级 does not apply, noted as info',
      spec: withRow({ l1: '成本指标', l2: '社会成本指标', l3: '无', value: '' }),
      errors: [{ messageId: 'notApplicable', cell: valueCell(0), severity: 'info' }],
    },
    {
      name: '数量指标 | 无 | (blank) stays an error',
      spec: withRow({ l2: '数量指标', l3: '无', value: '' }),
      errors: [{ messageId: 'empty', cell: valueCell(0), severity: 'error' }],
    },
    {
      name: 'every empty row',
      spec: spec({
        rows: [
          { l1: '产出指标', l2: '数量指标', l3: '软件维护次数', value: '' },
          { l2: '质量指标', l3: '运维服务质量', value: '保障运转' },
          { l2: '时效指标', l3: '故障响应时间', value: '' },
        ],
      }),
      errors: [{ messageId: 'empty', cell: valueCell(0) }, { messageId: 'empty', cell: valueCell(2) }],
    },
    {
      name: 'split: every column empty',
      spec: spec({ rows: [{ l1: '产出指标', l2: '数量指标', l3: '软件维护次数', sign: '', value: '', unit: '' }] }),
      errors: [{ messageId: 'empty', cell: valueCell(0) }],
    },
  ],
});

describe('value/empty on a grid with no value column', () => {
  const grid = (valueHeader: string) =>
    checkSheet({
      name: 'Sheet1',
      values: [
        ['项目名称', '某项目', null, null],
        ['一级指标', '二级指标', '三级指标', valueHeader],
        ['产出指标', '数量指标', '培训人数', '按计划'],
        ['效益指标', '社会效益指标', '服务水平', null],
        ['满意度指标', '服务对象满意度指标', '学员满意度', null],
      ],
    }).tables[0].findings.filter((f) => f.rule === 'value/empty');
  it('one finding on the header, naming how many indicators have no target', () => {
    const found = grid('备注');
    expect(found.map((f) => [f.messageId, f.cell, f.severity])).toEqual([['noColumn', 'A2:D2', 'error']]);
    expect(found[0].message).toContain('3 个指标');
  });
  it('with a value column, each empty row as before', () => {
    expect(grid('指标值').map((f) => [f.messageId, f.cell])).toEqual([
      ['empty', 'D4'],
      ['empty', 'D5'],
    ]);
  });
});
