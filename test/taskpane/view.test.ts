import { HostError } from '../../src/hosts/types';
import { CATEGORIES, describeError, groupResults, matchesFilter, showAll, toggled, type FindingFilter } from '../../src/taskpane/view';
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

  const only = (severities: FindingFilter['severities'], categories: FindingFilter['categories'] = new Set(CATEGORIES)) => ({ severities, categories });
  test.each([
    { f: finding('A1', 'error', 'value'), filter: showAll(), shown: true },
    { f: finding('A1', 'error', 'value'), filter: only(new Set(['warning', 'info'])), shown: false },
    { f: finding('A1', 'info', 'budget'), filter: only(new Set(['info']), new Set(['budget'])), shown: true },
    { f: finding('A1', 'info', 'budget'), filter: only(new Set(['info']), new Set(['value', 'content'])), shown: false },
    { f: finding('A1', 'warning', 'structure'), filter: only(new Set()), shown: false },
  ])('$f.severity/$f.category shown: $shown', ({ f, filter, shown }) => {
    expect(matchesFilter(f, filter)).toBe(shown);
  });
});

describe('groupResults', () => {
  test('one group per table (clean ones too), then the findings outside tables', () => {
    const results = [
      sheet(
        'S',
        [
          table(0, '  项目甲  ', 0, 9, [finding('B2', 'error', 'value'), finding('B3', 'info', 'content')]),
          table(1, undefined, 12, 30, []),
        ],
        [finding('Z1', 'warning', 'structure')],
      ),
    ];
    const filter = { ...showAll(), severities: new Set(['error', 'warning'] as const) };
    const [s] = groupResults(results, filter, 'zh-CN');
    expect(s.sheet).toBe('S');
    expect(s.groups.map((g) => [g.key, g.title, g.range, g.findings.map((f) => f.cell), g.total])).toEqual([
      ['t0', '项目甲', 'A1:G10', ['B2'], 2],
      ['t1', '（未填写项目名称）', 'A13:G31', [], 0],
      ['outside', '表格之外', undefined, ['Z1'], 1],
    ]);
  });

  test('no outside group when every finding is in a table; English labels', () => {
    const [s] = groupResults([sheet('S', [table(0, '', 0, 9, [])])], showAll(), 'en-US');
    expect(s.groups.map((g) => g.title)).toEqual(['(no project name)']);
  });
});
