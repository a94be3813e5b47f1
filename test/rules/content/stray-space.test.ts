import { cleanSpaces, straySpace } from '../../../src/core/engine/rules/content/stray-space';
import { DEFAULT_ROWS, ruleTester, spec, withRow } from '../../helpers/rule-tester';

ruleTester(straySpace, {
  valid: [
    spec(),
    { name: 'one space between Latin words', spec: spec({ use: '用于 Windows XP 终端替换' }) },
    { name: 'several goal lines', spec: spec({ goals: '1.保障办公\n2.确保普法效果' }) },
    { name: 'values are the value rules’ business', spec: withRow({ l3: '软件维护次数', value: ' ≥200次 ' }) },
    { name: 'numbers are amounts, not texts', spec: spec({ total: 26.5 }) },
  ],
  invalid: [
    {
      name: 'a leading space in the project name',
      spec: spec({ project: ' 2025年检察业务信息化运维项目-2025中央' }),
      errors: [{ messageId: 'projectName', cell: 'B3', suggestion: '2025年检察业务信息化运维项目-2025中央', severity: 'info' }],
    },
    {
      name: 'a double space in a 三级 name',
      spec: withRow({ l3: '软件  维护次数', value: '≥200次' }),
      errors: [{ messageId: 'level3', cell: 'C8', suggestion: '软件维护次数' }],
    },
    {
      name: 'a full-width space in the goals',
      spec: spec({ goals: '1.保障办公\u3000办案正常进行。' }),
      errors: [{ messageId: 'goals', cell: 'B6', suggestion: '1.保障办公办案正常进行。' }],
    },
    {
      name: 'trailing spaces on goal lines',
      spec: spec({ goals: '1.保障办公 \n2.确保普法效果\n' }),
      errors: [{ messageId: 'goals', cell: 'B6', suggestion: '1.保障办公\n2.确保普法效果' }],
    },
    {
      name: 'a non-breaking space in a description',
      spec: withRow({ l3: '软件维护次数', desc: '一年内\u00a0维护次数', value: '≥200次' }),
      errors: [{ messageId: 'description', cell: 'D8', suggestion: '一年内维护次数' }],
    },
    {
      name: 'a 一级 name, once on its merged cell',
      spec: spec({ rows: [{ ...DEFAULT_ROWS[0], l1: '产出指标 ' }, ...DEFAULT_ROWS.slice(1)] }),
      errors: [{ messageId: 'level1', cell: 'A8', suggestion: '产出指标' }],
    },
    {
      name: 'Latin words keep one space',
      spec: spec({ use: '用于  Windows   XP 终端替换' }),
      errors: [{ messageId: 'use', cell: 'B5', suggestion: '用于 Windows XP 终端替换' }],
    },
  ],
});

describe('cleanSpaces', () => {
  it.each([
    ['  a  b  ', 'a b'],
    ['保障\u3000办案', '保障办案'],
    ['保障  办案', '保障办案'],
    ['\n1.a\n\n2.b \n', '1.a\n\n2.b'],
  ])('%j -> %j', (text, clean) => {
    expect(cleanSpaces(text)).toBe(clean);
  });
});
