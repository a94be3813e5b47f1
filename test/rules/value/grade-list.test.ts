import { gradeList, isGradeList } from '../../../src/core/engine/rules/value/grade-list';
import { ruleTester, spec, withRow } from '../../helpers/rule-tester';

const benefit = (value: string) => withRow({ l2: '社会效益指标', l3: '食品安全整体状况', desc: '食品安全整体状况', value });

ruleTester(gradeList, {
  valid: [
    spec(),
    { name: 'one grade chosen', spec: benefit('高') },
    { name: '良好 is a target, not 良 + 好', spec: benefit('良好') },
    { name: '优良 is a target', spec: benefit('优良') },
    { name: 'a grade and above', spec: benefit('良好及以上') },
    { name: 'a sentence', spec: benefit('食品安全状况持续向好') },
    { name: 'a number', spec: benefit('≥90%') },
    { name: 'a repeated grade is no list', spec: benefit('好/好') },
  ],
  invalid: [
    { name: 'sc-ganzi-scjg-2024: 高中低', spec: benefit('高中低'), errors: [{ messageId: 'grades', cell: 'E12', severity: 'warning', suggestion: null }] },
    { name: 'separated grades', spec: benefit('优、良、中、差'), errors: [{ messageId: 'grades' }] },
    { name: 'yes or no', spec: benefit('是/否'), errors: [{ messageId: 'grades' }] },
    { name: 'satisfaction grades', spec: benefit('满意 基本满意 不满意'), errors: [{ messageId: 'grades' }] },
  ],
});

describe('isGradeList', () => {
  it.each([
    ['高中低', true],
    ['好/中/差', true],
    ['满意基本满意不满意', true],
    ['合格，不合格', true],
    ['合格不合格', false],
    ['良好', false],
    ['高', false],
    ['有效提升', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(isGradeList(text)).toBe(expected);
  });
});
