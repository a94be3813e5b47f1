import { growthRatio, LINEAR_BOUND } from '../helpers/growth';
import type { IndicatorRow, LevelField, TableModel } from '../../src/core/model';
import {
  SCHEMES,
  detectScheme,
  editDistance,
  isCostIndicator,
  level1Names,
  level2Names,
  nameKey,
  nearestName,
  parentsIn,
  parseWeight,
  resolveLevel1,
  resolveLevel2,
  weightSuffix,
} from '../../src/core/engine/taxonomy';

describe('SCHEMES', () => {
  it('lists the 2015 scheme in order', () => {
    expect(SCHEMES['2015'].level1.map((l) => [l.name, [...l.level2]])).toEqual([
      ['产出指标', ['数量指标', '质量指标', '时效指标', '成本指标']],
      ['效益指标', ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']],
      ['满意度指标', ['服务对象满意度指标']],
    ]);
  });
  it('lists the 2021 scheme in order, with 成本指标 as a 一级', () => {
    expect(SCHEMES['2021'].level1.map((l) => [l.name, [...l.level2]])).toEqual([
      ['产出指标', ['数量指标', '质量指标', '时效指标']],
      ['成本指标', ['经济成本指标', '社会成本指标', '生态环境成本指标']],
      ['效益指标', ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标']],
      ['满意度指标', ['服务对象满意度指标']],
    ]);
  });
  it('answers names and parents per scheme', () => {
    expect(level1Names('2021')).toEqual(['产出指标', '成本指标', '效益指标', '满意度指标']);
    expect(level2Names('2015', '满意度指标')).toEqual(['服务对象满意度指标']);
    expect(level2Names('2021')).toHaveLength(11);
    expect(parentsIn('2015', '成本指标')).toEqual(['产出指标']);
    expect(parentsIn('2021', '成本指标')).toEqual([]);
    expect(parentsIn('2021', '经济成本指标')).toEqual(['成本指标']);
  });
});

describe('parseWeight / weightSuffix / nameKey', () => {
  it.each([
    ['产出指标(50分)', 50],
    ['产出指标（50分）', 50],
    ['产出指标（ 30 ）', 30],
    ['产出指标【20分】', 20],
    ['效益指标 30分', 30],
    ['满意度指标(12.5分)', 12.5],
    ['产出指标', undefined],
    ['2025年', undefined],
  ])('%s -> %s', (text, weight) => {
    expect(parseWeight(text)).toBe(weight);
  });
  it.each([
    ['产出指示（50分）', '（50分）'],
    ['产出指示(50)', '(50)'],
    ['产出指示', ''],
  ])('suffix of %s is %s', (text, suffix) => {
    expect(weightSuffix(text)).toBe(suffix);
  });
  it('removes spaces, weights and colons', () => {
    expect(nameKey(' 产出 指标（50分）：')).toBe('产出指标');
  });
});

describe('resolveLevel1', () => {
  it.each([
    ['产出指标', { name: '产出指标' }],
    ['产出', { name: '产出指标' }],
    ['产 出 指 标', { name: '产出指标' }],
    ['产出指标(50分)', { name: '产出指标', weight: 50 }],
    ['效益指标（30分）', { name: '效益指标', weight: 30 }],
    ['满意度', { name: '满意度指标' }],
    ['一、产出指标', { name: '产出指标' }],
    ['①产出指标', { name: '产出指标' }],
    ['2、效益指标（30分）', { name: '效益指标', weight: 30 }],
    ['成本指标', { name: '成本指标' }],
    ['\u3000满意度指标\u3000', { name: '满意度指标' }],
  ])('%s', (text, expected) => {
    expect(resolveLevel1(text)).toEqual(expected);
  });
  it.each(['产出指示', '数量指标', '', '指标', '效益指标指标'])('rejects %s', (text) => {
    expect(resolveLevel1(text)).toBeUndefined();
  });
});

describe('resolveLevel2', () => {
  it.each([
    ['社会效益', '社会效益指标', ['效益指标']],
    ['社会效益指标', '社会效益指标', ['效益指标']],
    ['成本指标', '成本指标', ['产出指标']],
    ['经济成本', '经济成本指标', ['成本指标']],
    ['生态环境成本指标', '生态环境成本指标', ['成本指标']],
    ['社会公众或服务对象满意度指标', '服务对象满意度指标', ['满意度指标']],
    ['满意度指标', '服务对象满意度指标', ['满意度指标']],
    ['服务对象满意度', '服务对象满意度指标', ['满意度指标']],
    ['可持续影响指标', '可持续影响指标', ['效益指标']],
    ['数量 指标（20分）', '数量指标', ['产出指标']],
    ['环境成本指标', '生态环境成本指标', ['成本指标']],
    ['生态成本', '生态环境成本指标', ['成本指标']],
    ['环境效益指标', '生态效益指标', ['效益指标']],
    ['公众满意度', '服务对象满意度指标', ['满意度指标']],
    ['时间指标', '时效指标', ['产出指标']],
    ['1.数量指标', '数量指标', ['产出指标']],
    ['（2）社会效益指标', '社会效益指标', ['效益指标']],
    ['②质量指标', '质量指标', ['产出指标']],
    ['⑶时效指标', '时效指标', ['产出指标']],
    ['⒋成本指标', '成本指标', ['产出指标']],
    ['Ⅱ、社会效益指标', '社会效益指标', ['效益指标']],
    ['受益对象满意度', '服务对象满意度指标', ['满意度指标']],
    ['群众满意度', '服务对象满意度指标', ['满意度指标']],
    ['受益群众满意度指标', '服务对象满意度指标', ['满意度指标']],
    ['产出数量', '数量指标', ['产出指标']],
    ['产出时效指标', '时效指标', ['产出指标']],
    // 力 after 影响: a local spelling of the standard 二级, not a typo to correct.
    ['可持续影响力指标', '可持续影响指标', ['效益指标']],
    ['可持续影响力', '可持续影响指标', ['效益指标']],
  ])('%s -> %s under %j', (text, name, level1) => {
    expect(resolveLevel2(text)).toEqual({ name, level1 });
  });
  it.each(['产出指标', '数量指示', '', '软件维护次数'])('rejects %s', (text) => {
    expect(resolveLevel2(text)).toBeUndefined();
  });
});

describe('nearestName', () => {
  const l1 = level1Names('2015');
  it.each([
    ['产出指示', '产出指标', l1],
    ['效果指标', '效益指标', l1],
    ['满意指标', '满意度指标', l1],
    ['产出指示（50分）', '产出指标', l1],
    ['社会效益指示', '社会效益指标', level2Names('2015')],
    ['数量', '数量指标', level2Names('2015')],
    ['项目总成本', undefined, l1],
    ['软件维护次数', undefined, level2Names('2015')],
    ['', undefined, l1],
  ])('%s -> %s', (text, expected, candidates) => {
    expect(nearestName(text, candidates)).toBe(expected);
  });
  it('computes edit distances', () => {
    expect(editDistance('产出指示', '产出指标')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

function level(text: string): LevelField {
  return { at: { row: 0, col: 0 }, text, value: text, inherited: false };
}
function row(l1: string, l2: string): IndicatorRow {
  const f = { at: { row: 0, col: 2 }, text: 'x', value: 'x' };
  return { row: 0, level1: level(l1), level2: level(l2), level3: f, value: f, parsed: { raw: '', kind: 'empty', problems: [] } };
}
function table(rows: [string, string][]): TableModel {
  return {
    index: 0,
    layout: 'L1',
    range: { top: 0, left: 0, bottom: 9, right: 6 },
    moneyUnit: '万元',
    moneyUnitInferred: false,
    budget: {},
    indicators: rows.map(([a, b]) => row(a, b)),
  };
}

describe('detectScheme', () => {
  it.each<[string, [string, string][], string]>([
    ['seed-like 2015 table', [['产出指标', '数量指标'], ['产出指标', '成本指标'], ['效益指标', '社会效益指标']], '2015'],
    ['成本指标 as a 一级', [['产出指标', '数量指标'], ['成本指标', '经济成本指标']], '2021'],
    ['成本 (short) as a 一级 with a weight', [['成本（20分）', '经济成本指标']], '2021'],
    ['a 2021 cost 二级 under any 一级', [['产出指标', '社会成本指标']], '2021'],
    ['生态环境成本 without 指标', [['产出指标', '生态环境成本']], '2021'],
    ['no indicators', [], '2015'],
  ])('%s', (_name, rows, scheme) => {
    expect(detectScheme(table(rows))).toBe(scheme);
  });
});

describe('isCostIndicator', () => {
  it.each<[string, string, boolean]>([
    ['产出指标', '成本指标', true],
    ['成本指标', '经济成本指标', true],
    ['成本指标', '', true],
    ['产出指标', '数量指标', false],
    ['效益指标', '经济效益指标', false],
  ])('%s / %s -> %s', (l1, l2, expected) => {
    expect(isCostIndicator(row(l1, l2))).toBe(expected);
  });
});

describe('name lookups are linear on pasted long texts', () => {
  it.each([
    ['digits', (n: number) => '1'.repeat(n)],
    ['digits after 指标', (n: number) => `产出指标${'5'.repeat(n)}`],
    ['brackets', (n: number) => `(${'1'.repeat(n)}`],
    ['text', (n: number) => '数量指标'.repeat(n / 4)],
  ])('%s: 10× the text, not 100× the time', (_name, make) => {
    expect(growthRatio((n) => [resolveLevel1(make(n)), resolveLevel2(make(n)), parseWeight(make(n))], 1 << 17)).toBeLessThan(LINEAR_BOUND);
  });
});
