import { growthRatio, LINEAR_BOUND } from '../../helpers/growth';
import type { IndicatorRow } from '../../../src/core/model';
import {
  indicatorKind,
  isChangeRate,
  isNegativeMeasure,
  isRateName,
  isSatisfactionName,
  isTimeFloorName,
  levelKey,
  type IndicatorKind,
} from '../../../src/core/engine/rules/value/kind';
import { bestValue, correctedSign, guessUnit, inferSign } from '../../../src/core/engine/rules/value/fix';
import { buildTable, spec, type RowSpec } from '../../helpers/rule-tester';

const levels = (level1: string, level2: string) =>
  ({
    level1: { at: { row: 0, col: 0 }, text: level1, value: level1, inherited: false },
    level2: { at: { row: 0, col: 1 }, text: level2, value: level2, inherited: false },
  }) as Pick<IndicatorRow, 'level1' | 'level2'>;

/** One built indicator row (the locator's shape) for the helpers that read a whole row. */
function indicator(row: RowSpec): IndicatorRow {
  return buildTable(spec({ rows: [{ l1: '产出指标', ...row }] })).table.indicators[0];
}

describe('levelKey', () => {
  it.each([
    ['数量指标', '数量'],
    ['数量', '数量'],
    [' 数量 指标 ', '数量'],
    ['产出指标(50分)', '产出'],
    ['产出指标（50分）', '产出'],
    ['产出指标【20】', '产出'],
    ['满意度指标10分', '满意度'],
    ['指标', ''],
  ])('%j -> %j', (input, expected) => {
    expect(levelKey(input)).toBe(expected);
  });
  it('is linear on a long name (10× the length, not 100× the time)', () => {
    // Sizes where the string stays in cache: past a few hundred KB, memory traffic (not the work) grows faster.
    expect(growthRatio((n) => levelKey(`${'1'.repeat(n)}x`), 1 << 14)).toBeLessThan(LINEAR_BOUND);
  });
});

describe('indicatorKind', () => {
  const cases: [string, string, IndicatorKind][] = [
    ['产出指标', '数量指标', 'quantity'],
    ['产出指标', '数量', 'quantity'],
    ['产出指标', '质量指标', 'quality'],
    ['产出指标', '时效指标(10分)', 'timeliness'],
    ['产出指标', '成本指标', 'cost'],
    ['成本指标', '经济成本指标', 'cost'],
    ['成本指标', '经济成本', 'cost'],
    ['成本指标', '社会成本指标', 'unknown'],
    ['成本指标', '生态环境成本指标', 'unknown'],
    ['成本指标', '', 'cost'],
    ['成本指标(20分)', '其他', 'cost'],
    ['效益指标', '社会效益指标', 'benefit'],
    ['效益指标', '经济效益', 'benefit'],
    ['效益指标', '生态效益指标', 'benefit'],
    ['效益指标', '可持续影响指标', 'benefit'],
    ['效益指标', '', 'benefit'],
    ['满意度指标', '服务对象满意度指标', 'satisfaction'],
    ['满意度指标', '社会公众或服务对象满意度指标', 'satisfaction'],
    ['满意度指标', '满意度指标', 'satisfaction'],
    ['满意度指标', '', 'satisfaction'],
    ['其他', '群众满意度', 'satisfaction'],
    ['产出指标', '数量指示', 'unknown'],
    ['', '', 'unknown'],
  ];
  it.each(cases)('%s / %s -> %s', (l1, l2, kind) => {
    expect(indicatorKind(levels(l1, l2))).toBe(kind);
  });
});

describe('names', () => {
  it.each([
    ['更新及时率', true],
    ['检察干警对购买服务事项的满意率', true],
    ['完成率（%）', true],
    ['资金使用比例', true],
    ['本地企业占比', true],
    ['软件维护次数', false],
    ['率先示范', false],
  ])('isRateName(%s) = %s', (name, expected) => {
    expect(isRateName(name)).toBe(expected);
  });
  it.each([
    ['业务量增长率', true],
    ['成本降低率', true],
    ['设备合格率', false],
  ])('isChangeRate(%s) = %s', (name, expected) => {
    expect(isChangeRate(name)).toBe(expected);
  });
  it.each([
    ['档案差错率', true],
    ['投诉率', true],
    ['安全事故发生率', true],
    ['门面闲置率', true],
    ['资产闲置', true],
    ['故障修复率', false],
    ['故障响应时间', false],
    ['设备合格率', false],
  ])('isNegativeMeasure(%s) = %s', (name, expected) => {
    expect(isNegativeMeasure(name)).toBe(expected);
  });
  it('satisfaction and time floors', () => {
    expect(isSatisfactionName('被救助人员满意程度')).toBe(true);
    expect(isSatisfactionName('服务质量')).toBe(false);
    expect(isTimeFloorName('最低使用年限')).toBe(true);
    expect(isTimeFloorName('故障响应时间')).toBe(false);
  });
});

describe('inferring the sign and unit', () => {
  const cases: [RowSpec, number, string | undefined, string][] = [
    [{ l2: '成本指标', l3: '项目总成本' }, 26.5, '万元', '≤'],
    [{ l2: '成本指标', l3: '项目总成本' }, 0, '%', '≤'],
    [{ l2: '质量指标', l3: '书籍报刊无破损、缺页' }, 0, '%', '＝'],
    [{ l2: '质量指标', l3: '息诉罢访率' }, 100, '%', '＝'],
    [{ l2: '服务对象满意度指标', l3: '满意度' }, 95, '%', '≥'],
    [{ l2: '时效指标', l3: '故障响应时间' }, 24, '小时', '≤'],
    [{ l2: '时效指标', l3: '最低使用年限' }, 5, '年', '≥'],
    [{ l2: '时效指标', l3: '及时率' }, 95, '%', '≥'],
    [{ l2: '质量指标', l3: '档案差错率' }, 1, '%', '≤'],
    [{ l2: '可持续影响指标', l3: '项目办结时间' }, 3, '月', '≤'],
    [{ l2: '可持续影响指标', l3: '效益持续年限' }, 3, '年', '≥'],
    [{ l2: '数量指标', l3: '软件维护次数' }, 200, '次', '≥'],
    [{ l2: '数量指标', l3: '软件维护次数', direction: '反向' }, 200, '次', '≤'],
    [{ l2: '成本指标', l3: '项目总成本', direction: '正向' }, 26.5, '万元', '≥'],
  ];
  it.each(cases)('%j %s%s -> %s', (row, number, unit, sign) => {
    expect(inferSign(indicator(row), number, unit)).toBe(sign);
  });

  it.each([
    [{ l2: '服务对象满意度指标', l3: '干警满意度' }, '%'],
    [{ l2: '质量指标', l3: '维修合格率' }, '%'],
    [{ l2: '成本指标', l3: '项目总成本' }, '万元'],
    [{ l2: '数量指标', l3: '软件维护次数' }, '次'],
    [{ l2: '数量指标', l3: '培训人次数' }, '人次'],
    [{ l2: '数量指标', l3: '救助人数' }, '人'],
    [{ l2: '质量指标', l3: '运维服务质量' }, undefined],
  ] as [RowSpec, string | undefined][])('guessUnit(%j) = %s', (row, unit) => {
    expect(guessUnit(indicator(row), { moneyUnit: '万元' })).toBe(unit);
  });

  it('turns a sign to the direction the kind requires', () => {
    expect(correctedSign('cost', '≥')).toBe('≤');
    expect(correctedSign('cost', '＞')).toBe('＜');
    expect(correctedSign('cost', '＝')).toBe('＝');
    expect(correctedSign('satisfaction', '≤')).toBe('≥');
    expect(correctedSign('satisfaction', '＜')).toBe('＞');
    expect(correctedSign('quantity', '≤')).toBe('≤');
  });

  it('bestValue repairs everything it can at once', () => {
    const best = (row: RowSpec) => bestValue(indicator(row), { moneyUnit: '万元' });
    expect(best({ l2: '成本指标', l3: '项目总成本', value: '不低于２６．５万' })).toBe('≤26.5万元');
    expect(best({ l2: '服务对象满意度指标', l3: '满意度', value: '99百分之' })).toBe('≥99%');
    expect(best({ l2: '数量指标', l3: '软件维护次数', value: '2O0' })).toBe('≥200次');
    expect(best({ l2: '数量指标', l3: '软件维护次数', value: '达到预期' })).toBeUndefined();
    expect(best({ l2: '数量指标', l3: '软件维护次数', value: '≥1,2次' })).toBeUndefined();
  });
});
