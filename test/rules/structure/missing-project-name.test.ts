import { missingProjectName } from '../../../src/core/engine/rules/structure/missing-project-name';
import { checkSheet } from '../../../src/core/engine';
import { Grid, parseA1, type CellValue } from '../../../src/core/engine/grid';
import { ruleTester, spec } from '../../helpers/rule-tester';

ruleTester(missingProjectName, {
  valid: [spec(), spec({ project: 'XX项目' })],
  invalid: [
    { name: 'no label at all, a generic title', spec: spec({ project: null, title: '项目支出绩效目标表' }), errors: [{ messageId: 'missing', cell: 'A1:G13', severity: 'error' }] },
    { name: 'no label at all, a numbered generic title', spec: spec({ project: null, title: '附件3：2025年度项目支出绩效目标表（第二批）' }), errors: [{ messageId: 'missing', cell: 'A1:G13', severity: 'error' }] },
    { name: 'no label, a unit’s own title', spec: spec({ project: null, title: '龙山县2024年项目支出绩效目标表' }), errors: [{ messageId: 'missing', cell: 'A1:G13', severity: 'error' }] },
    {
      name: 'no label, the title names the project: the name is taken from it, a note asks for the field',
      spec: spec({ project: null }),
      errors: [{ messageId: 'fromTitle', cell: 'A1', severity: 'info' }],
    },
    {
      name: 'no label, a title with a unit and year in front',
      spec: spec({ project: null, title: '西青区人民检察院2025年检察业务运维项目绩效目标表' }),
      errors: [{ messageId: 'fromTitle', cell: 'A1', severity: 'info' }],
    },
    { name: 'label, empty value', spec: spec({ project: '' }), errors: [{ messageId: 'empty', cell: 'B3' }] },
    { name: 'only spaces', spec: spec({ project: '\u3000 ' }), errors: [{ messageId: 'empty', cell: 'B3' }] },
  ],
});

describe('an empty 项目名称 with the next field’s label beside it (a 申报表’s row: 项目名称 | | 项目属性 | 新增项目)', () => {
  const form = (name: string | null, next: string): CellValue[][] => [
    ['项目支出绩效目标申报表', null, null, null, null],
    ['项目名称', name, next, '新增项目', null],
    ['主管部门', '某某局', '主管部门编码', '123', null],
    ['项目资金(万元)', '资金总额:', 10, null, null],
    [null, '财政拨款:', 10, null, null],
    ['年度目标', '完成培训任务，保障单位正常运转', null, null, null],
    ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
    [null, '产出指标', '数量指标', '培训人数', '≥100人'],
    [null, null, '成本指标', '培训成本', '≤10万元'],
    [null, '效益指标', '社会效益指标', '能力提升', '有所提升'],
    [null, '满意度指标', '服务对象满意度指标', '学员满意度', '≥90%'],
  ];
  const nameFindings = (rows: CellValue[][]): string[] =>
    checkSheet(new Grid({ name: 'Sheet1', values: rows, merges: ['A1:E1', 'A4:A5', 'B6:E6', 'A7:A11'].map(parseA1) }))
      .tables.flatMap((t) => t.findings)
      .filter((f) => f.rule === 'structure/missing-project-name')
      .map((f) => `${f.severity} ${f.messageId} ${f.cell}`);

  it('is empty: the label beside it is no name', () => {
    expect(nameFindings(form(null, '项目属性'))).toEqual(['error empty B2']);
    expect(nameFindings(form(null, '项目类型'))).toEqual(['error empty B2']);
    expect(nameFindings(form(null, '是否新增'))).toEqual(['error empty B2']);
  });

  it('a name written further along the row is still the name', () => {
    expect(nameFindings(form(null, '社区养老驿站运营补贴'))).toEqual([]);
    expect(nameFindings(form('社区养老驿站运营补贴', '项目属性'))).toEqual([]);
  });
});
