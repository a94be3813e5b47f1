import { negative } from '../../../src/core/engine/rules/budget/negative';
import { ruleTester, spec } from '../../helpers/rule-tester';

ruleTester(negative, {
  valid: [spec(), spec({ total: 0, fiscal: 0 }), spec({ total: '-' }), spec({ total: 'abc' })],
  invalid: [
    { spec: spec({ total: '-26.50' }), errors: [{ messageId: 'total', cell: 'C4' }] },
    { spec: spec({ other: -1 }), errors: [{ messageId: 'other', cell: 'G4' }] },
    {
      spec: spec({ total: '－26.5', fiscal: '-26.5万元' }),
      errors: [
        { messageId: 'total', cell: 'C4' },
        { messageId: 'fiscal', cell: 'E4' },
      ],
    },
  ],
});
