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
    { name: 'empty value', spec: spec({ total: '' }), errors: [{ messageId: 'empty', cell: 'C4' }] },
    { name: 'null value', spec: spec({ total: undefined }), errors: [{ messageId: 'empty', cell: 'C4' }] },
    { name: 'spaces only', spec: spec({ total: ' \u3000 ' }), errors: [{ messageId: 'empty', cell: 'C4' }] },
    { name: 'a dash', spec: spec({ total: '——' }), errors: [{ messageId: 'empty', cell: 'C4', severity: 'error' }] },
  ],
});
