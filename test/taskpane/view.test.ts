import { HostError } from '../../src/hosts/types';
import { chipCounts, describeError, filterItems, listItems, matchesFilter, noFilter, toggled, type FindingFilter } from '../../src/taskpane/view';
import { finding, sheet, table } from './fakes';

describe('describeError', () => {
  const cases: { name: string; error: unknown; locale: 'zh-CN' | 'en-US'; context?: Parameters<typeof describeError>[2]; title: string; message: string }[] = [
    { name: 'protected', error: new HostError('protected', '请撤销保护。'), locale: 'zh-CN', title: '工作表受保护', message: '请撤销保护。' },
    { name: 'busy', error: new HostError('busy', '请结束编辑。'), locale: 'zh-CN', title: 'Excel 正忙', message: '请结束编辑。' },
    { name: 'unsupported', error: new HostError('unsupported', '请升级。'), locale: 'zh-CN', title: '此版本的 Excel 不支持该操作', message: '请升级。' },
    { name: 'no-sheet', error: new HostError('no-sheet', 'm'), locale: 'zh-CN', title: '找不到工作表', message: 'm' },
    { name: 'not-empty', error: new HostError('not-empty', 'm'), locale: 'zh-CN', title: '目标区域不是空的', message: 'm' },
    { name: 'too-large', error: new HostError('too-large', 'm'), locale: 'zh-CN', title: '工作表太大', message: 'm' },
    { name: 'closed', error: new HostError('closed', 'm'), locale: 'zh-CN', title: '工作簿已关闭', message: 'm' },
    { name: 'unknown code', error: new HostError('unknown', 'm'), locale: 'zh-CN', title: '操作失败', message: 'm' },
    { name: 'English title', error: new HostError('protected', 'Unprotect it.'), locale: 'en-US', title: 'The sheet is protected', message: 'Unprotect it.' },
    {
      name: 'a plain Error',
      error: new TypeError('x is undefined'),
      locale: 'zh-CN',
      title: '操作失败',
      message: '出现意外错误：x is undefined。请重试；如果仍然出错，请关闭并重新打开任务窗格。',
    },
    {
      name: 'a thrown string',
      error: 'oops',
      locale: 'en-US',
      title: 'The action failed',
      message: 'Something unexpected went wrong: oops. Try again; if it keeps failing, close and reopen the task pane.',
    },
    {
      name: 'with a sheet, marks only',
      error: new HostError('protected', '请撤销保护。'),
      locale: 'zh-CN',
      context: { sheet: '表1', marksOnly: true },
      title: '工作表“表1”：工作表受保护',
      message: '问题已列出，但未能标记单元格。请撤销保护。',
    },
  ];
  test.each(cases)('$name', ({ error, locale, context, title, message }) => {
    expect(describeError(error, locale, context)).toEqual({ title, message });
  });
});

describe('filters', () => {
  test('toggled adds a missing value and removes a present one, without changing its input', () => {
    const set = new Set(['a']);
    expect([...toggled(set, 'b')]).toEqual(['a', 'b']);
    expect([...toggled(set, 'a')]).toEqual([]);
    expect([...set]).toEqual(['a']);
  });

  const only = (severities: FindingFilter['severities'], categories: FindingFilter['categories'] = new Set()) => ({ severities, categories });
  test.each([
    { f: finding('A1', 'error', 'value'), filter: noFilter(), shown: true },
    { f: finding('A1', 'error', 'value'), filter: only(new Set(['warning', 'info'])), shown: false },
    { f: finding('A1', 'info', 'budget'), filter: only(new Set(['info']), new Set(['budget'])), shown: true },
    { f: finding('A1', 'info', 'budget'), filter: only(new Set(['info']), new Set(['value', 'content'])), shown: false },
    { f: finding('A1', 'warning', 'structure'), filter: only(new Set()), shown: true },
    { f: finding('A1', 'warning', 'structure'), filter: only(new Set(), new Set(['structure'])), shown: true },
    { f: finding('A1', 'warning', 'structure'), filter: only(new Set(), new Set(['value'])), shown: false },
  ])('$f.severity/$f.category shown: $shown', ({ f, filter, shown }) => {
    expect(matchesFilter(f, filter)).toBe(shown);
  });
});

describe('listItems', () => {
  const results = [
    sheet(
      'S1',
      [
        table(0, '  项目甲  ', 0, 9, [finding('B2', 'info', 'content'), finding('B3', 'error', 'value'), finding('B4', 'warning', 'value')]),
        table(1, undefined, 12, 30, [finding('B14', 'error', 'budget')]),
      ],
      [finding('Z1', 'error', 'structure')],
    ),
    sheet('S2', [table(0, '项目乙', 0, 9, [finding('C5', 'warning', 'value'), finding('C2', 'error', 'value')])]),
  ];

  test('errors first, then warnings, then notes; within each, sheet, table, then the engine order; outside after the tables', () => {
    expect(listItems(results, 'zh-CN').map((it) => `${it.sheet}!${it.finding.cell} ${it.finding.severity} ${it.table}`)).toEqual([
      'S1!B3 error 项目甲',
      'S1!B14 error （未填写项目名称）',
      'S1!Z1 error 表格之外',
      'S2!C2 error 项目乙',
      'S1!B4 warning 项目甲',
      'S2!C5 warning 项目乙',
      'S1!B2 info 项目甲',
    ]);
  });

  test('chips count every finding; filtering narrows to the pressed kinds', () => {
    const items = listItems(results, 'en-US');
    expect(chipCounts(items)).toEqual({ severities: { error: 4, warning: 2, info: 1 }, categories: { value: 4, budget: 1, structure: 1, content: 1 } });
    expect(filterItems(items, noFilter())).toHaveLength(7);
    const errorsOnly = filterItems(items, { severities: new Set(['error']), categories: new Set() });
    expect(errorsOnly.map((it) => it.finding.cell)).toEqual(['B3', 'B14', 'Z1', 'C2']);
    const valueErrors = filterItems(items, { severities: new Set(['error']), categories: new Set(['value']) });
    expect(valueErrors.map((it) => it.finding.cell)).toEqual(['B3', 'C2']);
    expect(items[1].table).toBe('(no project name)');
  });

  test('linear: ten times the findings costs ten times the work (counted by reading severities)', () => {
    const reads = (n: number) => {
      let count = 0;
      const findings = Array.from({ length: n }, (_, i) => {
        const f = finding(`A${i + 1}`, (['error', 'warning', 'info'] as const)[i % 3], 'value');
        let severity = f.severity;
        Object.defineProperty(f, 'severity', {
          get: () => {
            count += 1;
            return severity;
          },
          set: (v) => (severity = v),
        });
        return f;
      });
      listItems([sheet('S', [table(0, 'x', 0, 9, findings)])], 'zh-CN');
      return count;
    };
    expect(reads(20000)).toBe(10 * reads(2000));
  });
});
