/**
 * The period words (年度 / 中长期) live in one list (vocabulary.ts): the value sub-header reader
 * (periodWordOf), a label's remark and leading word (classifyLabel) and the words over a column
 * group (the locator) all read them from there. Made by us: consistency, not accuracy.
 */
import { ANNUAL_WORDS, LONG_TERM_WORDS, periodIn } from '../../src/core/engine/vocabulary';
import { classifyLabel, periodWordOf } from '../../src/core/engine/labels';

describe('periodIn', () => {
  it.each([
    ['年度', 'only', 'annual'],
    ['项目中长期', 'only', 'longTerm'],
    ['全年', 'only', 'annual'],
    ['年度指标值', 'only', undefined],
    ['年度预算数', 'leading', 'annual'],
    ['实施期指标值', 'leading', 'longTerm'],
    ['项目年度预算数', 'leading', 'annual'],
    ['指标值年度', 'leading', undefined],
    ['二级指标(本年)', 'anywhere', 'annual'],
    ['中长期(含年度)', 'anywhere', 'longTerm'],
    ['三级指标', 'anywhere', undefined],
    ['项目', 'only', undefined],
  ] as const)('%s (%s) → %s', (key, where, period) => {
    expect(periodIn(key, where)).toBe(period);
  });

  it('every word of both lists is read by each reader that uses them', () => {
    for (const [words, period] of [[ANNUAL_WORDS, 'annual'], [LONG_TERM_WORDS, 'longTerm']] as const) {
      for (const w of words) {
        expect(periodWordOf(w)).toBe(period);
        expect(periodWordOf(`（${w}）`)).toBe(period);
        expect(periodWordOf(`项目${w}`)).toBe(period);
        expect(classifyLabel(`二级指标（${w}）`)?.period).toBe(period);
        expect(classifyLabel(`${w}指标值`)?.header).toBe('value');
      }
    }
  });
});
