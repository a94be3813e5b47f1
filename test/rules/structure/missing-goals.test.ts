import { missingGoals } from '../../../src/core/engine/rules/structure/missing-goals';
import { ruleTester, spec } from '../../helpers/rule-tester';

ruleTester(missingGoals, {
  valid: [spec(), spec({ goals: '1.目标内容1' }), spec({ goals: '1.保障办公\n2.确保普法效果' })],
  invalid: [
    { name: 'no label at all', spec: spec({ goals: null }), errors: [{ messageId: 'missing', cell: 'A1:G13' }] },
    { name: 'label, empty value', spec: spec({ goals: '' }), errors: [{ messageId: 'empty', cell: 'B6' }] },
    { name: 'blank lines only', spec: spec({ goals: '\n \n' }), errors: [{ messageId: 'empty', cell: 'B6' }] },
  ],
});
