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
