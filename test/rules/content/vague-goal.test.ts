import { vagueGoalRule } from '../../../src/core/engine/rules/content/vague-goal';
import { ruleTester, spec } from '../../helpers/rule-tester';

const goals = (g: string) => spec({ goals: g });

ruleTester(vagueGoalRule, {
  valid: [
    spec(),
    // The SMART article's 正确示例 (seridoat.com): a figure, a level, a time.
    { name: 'a goal with figures', spec: goals('2024年使初中毕业生合格率从85%提升至90%') },
    { name: 'improving, measured', spec: goals('2024年社区医院门诊量提升15%,患者满意度达到90%以上') },
    { name: 'a task to do, not a direction', spec: goals('完成500公里河道清淤') },
    // Real goals of the tune corpus (made long by their units): written out, left alone.
    { name: 'a written-out goal that starts with 提升 (made by us)', spec: goals('提升残疾人生存和发展能力,构建与经济社会发展相协调的多元化康复服务体系') },
    { name: 'a short goal of another verb (重庆 潼南 2023)', spec: goals('按时足额发放,保障权益') },
    { name: 'a vague line beside a measured one', spec: goals('1.提高服务水平\n2.完成培训200人次') },
    { name: 'four vague lines is a goal written out', spec: goals('1.提高效率\n2.改善环境\n3.提升服务\n4.促进发展') },
    { name: 'empty goals are missing-goals', spec: goals('') },
    { name: 'placeholders are placeholder-goal', spec: goals('目标内容1') },
  ],
  invalid: [
    // seridoat.com: the SMART article's 错误示例 (not specific; not measurable).
    { name: '改善教育质量', spec: goals('改善教育质量'), errors: [{ messageId: 'vague', cell: 'B6', severity: 'info' }] },
    { name: '提高医疗服务水平, with its full stop', spec: goals('提高医疗服务水平。'), errors: [{ messageId: 'vague', cell: 'B6' }] },
    // zczrbj.com 2025: "提升公共服务水平——提升什么服务？从什么水平提升到什么水平？".
    { name: '提升公共服务水平, numbered', spec: goals('1.提升公共服务水平'), errors: [{ messageId: 'vague', cell: 'B6' }] },
    { name: '进一步 and two vague lines (made by us)', spec: goals('1.进一步提高办案效率；\n2.改善办公条件'), errors: [{ messageId: 'vague', cell: 'B6' }] },
  ],
});
