import { unusedRows } from '../../../src/core/engine/rules/structure/unused-rows';
import { DEFAULT_ROWS, ruleTester, spec } from '../../helpers/rule-tester';

const withBlankRows = (n: number) =>
  spec({ rows: [...DEFAULT_ROWS.slice(0, 5), ...Array.from({ length: n }, (_, i) => ({ l2: i === 0 ? '生态效益指标' : undefined, l3: '', value: '' })), DEFAULT_ROWS[5]] });

ruleTester(unusedRows, {
  valid: [spec(), { name: 'a 三级 without a value is no template row (value/empty)', spec: spec({ rows: [...DEFAULT_ROWS.slice(0, 5), { l2: '生态效益指标', l3: '节能减排', value: '' }, DEFAULT_ROWS[5]] }) }],
  invalid: [
    { name: 'one blank row', spec: withBlankRows(1), errors: [{ messageId: 'unused', cell: 'C13', severity: 'info' }] },
    { name: 'five blank rows: one info for the table', spec: withBlankRows(5), errors: [{ messageId: 'unused', cell: 'C13', severity: 'info' }] },
  ],
});
