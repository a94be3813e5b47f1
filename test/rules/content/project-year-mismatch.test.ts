import { projectYearMismatch, yearsIn } from '../../../src/core/engine/rules/content/project-year-mismatch';
import { runRule, ruleTester, spec } from '../../helpers/rule-tester';

ruleTester(projectYearMismatch, {
  valid: [
    spec(),
    spec({ project: '2024年检察业务购买服务项目-2024中央', title: '2.2024年检察业务购买服务项目-2024中央绩效目标表' }),
    { name: 'no year', spec: spec({ project: '检察业务经费项目', title: '2025年绩效目标表' }) },
    { name: 'no title', spec: spec({ title: undefined }) },
    { name: 'a unit code is no year', spec: spec({ project: '263101单位2025年运维项目' }) },
    { name: 'no project name', spec: spec({ project: null }) },
    { name: 'a span of years', spec: spec({ project: '2024-2026年检察业务三年行动项目-2025中央', title: '2025年绩效目标表' }) },
    { name: 'a span needs no title check', spec: spec({ project: '2024至2025年度运维项目', title: '2023年绩效目标表' }) },
    { name: 'funds carried over name their own year', spec: spec({ project: '2024年结转农村道路养护项目', title: '2025年项目支出绩效目标表' }) },
    { name: 'funds paid in advance name the year they are for', spec: spec({ project: '2025年提前下达中央衔接资金项目', title: '2024年项目支出绩效目标表' }) },
    { name: 'a batch of an earlier year, and the next year’s in one name', spec: spec({ project: '2023年第二批及2024年衔接资金项目', title: '2024年项目支出绩效目标表' }) },
  ],
  invalid: [
    {
      name: 'years disagree in the name',
      spec: spec({ project: '2024年检察业务经费项目-2025中央', title: '3.2024年检察业务经费项目-2025中央绩效目标表' }),
      errors: [{ messageId: 'inName', cell: 'B3', severity: 'warning' }],
    },
    {
      name: 'title against name',
      spec: spec({ title: '1.2024年检察业务信息化运维项目-2024中央绩效目标表' }),
      errors: [{ messageId: 'title', cell: 'A1' }],
    },
  ],
});

describe('content/project-year-mismatch', () => {
  it('lists the years', () => {
    const [f] = runRule(projectYearMismatch, spec({ project: '2024年检察业务经费项目-2025中央' }));
    expect(f.data).toEqual({ years: '2024、2025' });
  });
  it.each([
    ['2025年检察业务信息化运维项目-2025中央', ['2025']],
    ['1.2024年…-2025中央', ['2024', '2025']],
    ['263101天津市', []],
    ['20251231', []],
  ])('years in %s', (text, years) => {
    expect(yearsIn(text)).toEqual(years);
  });
});
