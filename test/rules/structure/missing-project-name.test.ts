import { missingProjectName } from '../../../src/core/engine/rules/structure/missing-project-name';
import { ruleTester, spec } from '../../helpers/rule-tester';

ruleTester(missingProjectName, {
  valid: [spec(), spec({ project: 'XX项目' })],
  invalid: [
    { name: 'no label at all', spec: spec({ project: null }), errors: [{ messageId: 'missing', cell: 'A1:G13', severity: 'error' }] },
    { name: 'label, empty value', spec: spec({ project: '' }), errors: [{ messageId: 'empty', cell: 'B3' }] },
    { name: 'only spaces', spec: spec({ project: '\u3000 ' }), errors: [{ messageId: 'empty', cell: 'B3' }] },
  ],
});
