import { unfilled } from '../../../src/core/engine/rules/structure/unfilled';
import { checkSheet } from '../../../src/core/engine';
import { buildTable, DEFAULT_ROWS, ruleTester, spec } from '../../helpers/rule-tester';

const blankRows = DEFAULT_ROWS.map((r) => ({ l1: r.l1, l2: r.l2, l3: '', value: '' }));
const blank = (project = '') => spec({ project, total: '', fiscal: '', use: '', goals: '', rows: blankRows });

ruleTester(unfilled, {
  valid: [spec(), { name: 'the budget filled in: checked as usual', spec: spec({ project: '', goals: '', rows: blankRows }) }],
  invalid: [
    {
      name: 'a blank template',
      spec: blank(),
      errors: [
        { messageId: 'projectName', cell: 'B3', severity: 'info' },
        { messageId: 'total', cell: 'C4', severity: 'info' },
        { messageId: 'fiscal', cell: 'E4', severity: 'info' },
        { messageId: 'goals', cell: 'B6', severity: 'info' },
        { messageId: 'indicators', cell: 'A7:G7', severity: 'info' },
      ],
    },
  ],
});

describe('a blank template through the whole engine', () => {
  it('gives only 待填写 infos, whatever rules are on', () => {
    const { grid } = buildTable(blank('2026年测试项目'));
    const [table] = checkSheet(grid).tables;
    expect(new Set(table.findings.map((f) => `${f.rule} ${f.severity}`))).toEqual(new Set(['structure/unfilled info']));
  });
  it('is checked as usual once an indicator is filled in', () => {
    const rows = [{ ...DEFAULT_ROWS[0] }, ...blankRows.slice(1)];
    const { grid } = buildTable(spec({ project: '2026年测试项目', total: '', fiscal: '', use: '', goals: '', rows }));
    const rules = new Set(checkSheet(grid).tables[0].findings.map((f) => f.rule));
    expect(rules.has('structure/unfilled')).toBe(false);
    expect(rules.has('budget/missing-total')).toBe(true);
  });
});
