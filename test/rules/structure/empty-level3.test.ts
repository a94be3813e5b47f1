import { emptyLevel3 } from '../../../src/core/engine/rules/structure/empty-level3';
import { ruleTester, spec, withRow } from '../../helpers/rule-tester';

ruleTester(emptyLevel3, {
  valid: [spec(), withRow({ l3: '/', value: '≥1次' })],
  invalid: [
    { spec: withRow({ l3: '', value: '≥200次' }), errors: [{ messageId: 'empty', cell: 'C8', severity: 'error' }] },
    { spec: withRow({ l3: ' \u3000', value: '≥200次' }), errors: [{ messageId: 'empty', cell: 'C8' }] },
    {
      name: 'each empty row',
      spec: spec({ rows: [{ l1: '产出指标', l2: '数量指标', l3: '', value: '≥1次' }, { l3: '', value: '≥2次' }] }),
      errors: [
        { messageId: 'empty', cell: 'C8' },
        { messageId: 'empty', cell: 'C9' },
      ],
    },
  ],
});
