import { unusedRows } from '../../../src/core/engine/rules/structure/unused-rows';
import { DEFAULT_ROWS, ruleTester, spec, type RowSpec } from '../../helpers/rule-tester';

const withBlankRows = (n: number) =>
  spec({ rows: [...DEFAULT_ROWS.slice(0, 5), ...Array.from({ length: n }, (_, i) => ({ l2: i === 0 ? '生态效益指标' : undefined, l3: '', value: '' })), DEFAULT_ROWS[5]] });

/** The ministry form's slots under 数量指标 (`指标2：`, `……`), left as the template has them. */
const withSlots = (...slots: RowSpec[]) => spec({ rows: [DEFAULT_ROWS[0], ...slots, ...DEFAULT_ROWS.slice(1)] });

ruleTester(unusedRows, {
  valid: [
    spec(),
    { name: 'a 三级 without a value is no template row (value/empty)', spec: spec({ rows: [...DEFAULT_ROWS.slice(0, 5), { l2: '生态效益指标', l3: '节能减排', value: '' }, DEFAULT_ROWS[5]] }) },
    { name: 'a slot given a target is an indicator (its name is content/placeholder-text’s)', spec: withSlots({ l3: '指标2：', value: '≥90%' }) },
  ],
  invalid: [
    { name: 'one blank row', spec: withBlankRows(1), errors: [{ messageId: 'unused', cell: 'C13', severity: 'info' }] },
    { name: 'five blank rows: one info for the table', spec: withBlankRows(5), errors: [{ messageId: 'unused', cell: 'C13', severity: 'info' }] },
    // `指标2：` reads like a closing line (`日期：`): the grid was cut there, and 质量指标 to 满意度指标 were lost.
    { name: 'the form’s `指标2：` and `……` left unfilled: unused rows, the grid goes on', spec: withSlots({ l3: '指标2：', value: '' }, { l3: '……', value: '' }), errors: [{ messageId: 'unused', cell: 'C9', severity: 'info' }] },
    { name: '`指标２:` (full-width digit, half-width colon) with no description', spec: withSlots({ l3: '指标２:', desc: '', value: '' }), errors: [{ messageId: 'unused', cell: 'C9', severity: 'info' }] },
  ],
});
