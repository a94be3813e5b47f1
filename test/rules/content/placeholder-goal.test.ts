import { findGoalPlaceholder, placeholderGoal } from '../../../src/core/engine/rules/content/placeholder-goal';
import { ruleTester, spec } from '../../helpers/rule-tester';

const goals = (g: string) => spec({ goals: g });

ruleTester(placeholderGoal, {
  valid: [
    spec(),
    goals('1.用于通过市场化方式提供的后勤服务，保障检察业务顺利开展'),
    goals('1.对我院检察工作网进行等保测评评估和商用密码安全性评估。\n2.对我院安全产品进行特征库升级。'),
    goals('2025年完成目标内容的梳理'),
    goals('完成Windows XP终端替换'),
    { name: 'empty goals are missing-goals', spec: goals('') },
    { name: 'no goals field', spec: spec({ goals: null }) },
    { name: 'a goal written, with a pointer for details', spec: goals('完成养护50公里，详见附件') },
    { name: 'percentages with their figures', spec: goals('第一年按投资额20%返本，受益群众满意度达95％以上') },
    { name: 'a percentage in words', spec: goals('群众满意度达到九十五%') },
  ],
  invalid: [
    { name: 'the seed’s table 3', spec: goals('1.目标内容1'), errors: [{ messageId: 'placeholder', cell: 'B6', severity: 'error' }] },
    { name: '绩效目标1', spec: goals('绩效目标1'), errors: [{ messageId: 'placeholder', cell: 'B6' }] },
    { name: 'an instruction', spec: goals('请输入绩效目标……'), errors: [{ messageId: 'placeholder', cell: 'B6' }] },
    { name: 'XXX', spec: goals('1.完成XXX项目建设'), errors: [{ messageId: 'placeholder', cell: 'B6' }] },
    { name: 'xxx', spec: goals('xxx'), errors: [{ messageId: 'placeholder', cell: 'B6' }] },
    { name: 'an ellipsis', spec: goals('……'), errors: [{ messageId: 'placeholder', cell: 'B6' }] },
    { name: '同上: no goal, only a pointer (a warning)', spec: goals('同上'), errors: [{ messageId: 'reference', cell: 'B6', severity: 'warning' }] },
    { name: '见附件', spec: goals('见附件1。'), errors: [{ messageId: 'reference', severity: 'warning' }] },
    { name: '详见项目申报书', spec: goals('详见项目申报书'), errors: [{ messageId: 'reference', severity: 'warning' }] },
    { name: 'a placeholder on the second line', spec: goals('1.保障办公正常进行。\n2.目标内容2'), errors: [{ messageId: 'placeholder', cell: 'B6' }] },
    { name: 'only a number', spec: goals('1.'), errors: [{ messageId: 'placeholder', cell: 'B6' }] },
    {
      name: 'a written goal with ** left inside (a blank, or a name masked before publishing; real table ah-taixian-cgj): an info',
      spec: goals('保障城管执法巡查车辆的维修及燃油费用，完成**日常执法的出勤任务'),
      errors: [{ messageId: 'mark', cell: 'B6', severity: 'info' }],
    },
    {
      name: 'a percent sign with no figure before it (real table hn-nanyue-zcsy-2018): an info quoting the gap',
      spec: goals('10个合作社为入股贫困户返本分红,第一年按投资额20%反本,分红第一年按总客%,第二年以后按返本后的余额8%'),
      errors: [{ messageId: 'noFigure', cell: 'B6', severity: 'info' }],
    },
    { name: 'a short goal around ** is still the template’s', spec: goals('完成**个村的建设'), errors: [{ messageId: 'placeholder', cell: 'B6', severity: 'error' }] },
    { name: '（一）numbering', spec: goals('（一）目标内容'), errors: [{ messageId: 'placeholder', cell: 'B6' }] },
  ],
});

describe('findGoalPlaceholder', () => {
  it.each([
    ['1.目标内容1', '1.目标内容1'],
    ['1.保障\n2.目标内容2', '2.目标内容2'],
    ['1、年度目标1', '1、年度目标1'],
    ['①无', '①无'],
    ['1.保障办公正常进行。', undefined],
    ['1.完成3项目标', undefined],
  ])('%s -> %s', (text, found) => {
    expect(findGoalPlaceholder(text)).toBe(found);
  });
});
