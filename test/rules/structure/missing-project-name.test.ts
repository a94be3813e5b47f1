import { missingProjectName } from '../../../src/core/engine/rules/structure/missing-project-name';
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
