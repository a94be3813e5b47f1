import { missingSign } from '../../../src/core/engine/rules/value/missing-sign';
import { cost2021, ruleTester, runRule, spec, valueCell, withRow, type RowSpec } from '../../helpers/rule-tester';

const quantity = (value: string) => withRow({ l2: '数量指标', l3: '软件维护次数', desc: '软件维护次数', value });
const quality = (value: string, l3 = '被救助人员息诉罢访率') => withRow({ l2: '质量指标', l3, desc: l3, value });
const timeliness = (value: string, l3 = '故障响应时间') => withRow({ l2: '时效指标', l3, desc: l3, value });
const cost = (value: string) => withRow({ l2: '成本指标', l3: '项目总成本', desc: '项目总成本', value });
const satisfaction = (value: string) => withRow({ l2: '服务对象满意度指标', l3: '单位干警满意度', desc: '检察干警满意度', value });

/** A split table: the 满意度 row under test, with the sign column style set by the other row. */
const split = (otherSign: string, row: Partial<RowSpec>): RowSpec[] => [
  { l1: '产出指标', l2: '数量指标', l3: '软件维护次数', sign: otherSign, value: '200', unit: '次' },
  { l1: '满意度指标', l2: '服务对象满意度指标', l3: '干警满意度', sign: '', value: '95', unit: '%', ...row },
];

ruleTester(missingSign, {
  valid: [
    spec(),
    { name: '2021: a bare 0 on 社会成本 says "none" (the guidance allows 0 or 无)', spec: spec({ rows: cost2021('社会成本指标', '0') }), options: { scheme: '2021' } },
    { name: '2021: a bare 0 on 生态环境成本', spec: spec({ rows: cost2021('生态环境成本指标', '0') }), options: { scheme: '2021' } },
    { name: 'a bare 0 on a 三级 named 生态环境成本 under the older scheme’s 成本指标', spec: withRow({ l2: '成本指标', l3: '生态环境成本', desc: '', value: '0' }) },
    { name: 'qualitative', spec: quality('达到预期') },
    { name: 'a lead word with its sign (累计≥200次) has one', spec: quantity('累计≥200次') },
    { name: 'words after 共 are text (共同推进)', spec: quantity('共同推进') },
    { name: '约200次 (about) is no target: text, as before', spec: quantity('约200次') },
    {
      name: '-5人 on a count: value/negative-number’s (its fix ≥-5人 was itself a negative count)',
      spec: withRow({ l2: '数量指标', l3: '新增人数', desc: '新增人数', value: '-5人' }),
    },
    { name: 'no number (value/missing-number)', spec: satisfaction('%') },
    { name: 'placeholder', spec: satisfaction('≥XX%') },
    { name: 'words are a sign (value/nonstandard-sign)', spec: satisfaction('不低于90%') },
    { name: 'a date with dots is a deadline, not a number', spec: timeliness('2025.12.31', '完成时间') },
    { name: 'a year alone is a date, not 2025 years', spec: timeliness('2025年', '实施期限') },
    { name: 'a span of months is a period', spec: timeliness('1-12月', '实施周期') },
    { name: 'a month alone (12月) is December', spec: timeliness('12月', '完成时间') },
    { name: 'a quarter by its name (一季度) is a time of year, not 1 quarter', spec: timeliness('一季度', '完成时间') },
    { name: 'a year and month with a dot (2025.12) is a deadline', spec: timeliness('2025.12', '完成时间') },
    { name: 'a date Excel stored as a number is value/date-serial’s finding', spec: timeliness('44561', '项目完成时间') },
    { name: 'split: the sign column', spec: spec({ rows: split('≥', { sign: '≥' }) }) },
    { name: 'split: 正向 stands for the sign', spec: spec({ rows: split('≥', { direction: '正向' }) }) },
  ],
  invalid: [
    // values45 (real: 罗湖 南湖街道 瓶改管 自评表 2022): a bare 1 on a pass rate is 100% or 1%; ≥1% was offered.
    { name: 'a bare 1 on a share rate: the sign is asked for with no fix (was ≥1%)', spec: quality('1', '工程竣工验收合格率'), errors: [{ messageId: 'noSignNoFix', cell: valueCell(1), suggestion: undefined }] },
    // values45 (real: 宁晋 高中助学金 评价指标表 2019): a rate under 成本指标; a cost's ceiling turned it round (≤100%).
    { name: 'a percentage on a cost named as a rate: no ≤ fix', spec: withRow({ l2: '成本指标', l3: '资助标准达标率', desc: '', value: '100%' }), errors: [{ messageId: 'noSignNoFix', cell: valueCell(3), suggestion: undefined }] },
    // values45 (real: 巴南 一品街道 部门整体绩效目标表 2022, 森林受灾率 1 | %): a loss to disaster is a ceiling (was ≥1).
    { name: 'a loss rate to disaster is a ceiling', spec: withRow({ l2: '生态效益指标', l3: '森林受灾率', desc: '', value: '1%' }), errors: [{ messageId: 'noSign', suggestion: '≤1%' }] },
    {
      name: 'the seed: 100% is the bound itself',
      spec: quality('100%'),
      errors: [{ messageId: 'noSign', cell: valueCell(1), suggestion: '＝100%', severity: 'warning' }],
    },
    { name: 'the seed: 0% on a quality', spec: quality('0%', '书籍报刊无破损、缺页'), errors: [{ messageId: 'noSign', suggestion: '＝0%' }] },
    { name: 'a rate of timeliness at 100%', spec: timeliness('100%', '司法救助金及时发放率'), errors: [{ messageId: 'noSign', cell: valueCell(2), suggestion: '＝100%' }] },
    { name: 'a cost is a ceiling', spec: cost('26.5万元'), errors: [{ messageId: 'noSign', cell: valueCell(3), suggestion: '≤26.5万元' }] },
    {
      name: 'a subsidy’s standard is the amount each receives: ＝, not a ceiling',
      spec: withRow({ l2: '成本指标', l3: '耕地地力保护补贴标准', desc: '', value: '120元/亩' }),
      errors: [{ messageId: 'noSign', suggestion: '＝120元/亩' }],
    },
    // values43 (issue #11): a second requirement joined after a comma stays in the fix (it was dropped: the
    // fix ＝100% weakened the target). Real value: 临沂 创模 考核要求 (2007, lydssz.linyi.gov.cn), our table.
    {
      name: 'a joined condition stays (城市水域功能区水质达标率 100%,且市内无劣五类水体; the fix was ＝100%)',
      spec: quality('100%,且市内无劣五类水体', '城市水域功能区水质达标率'),
      errors: [{ messageId: 'noSign', cell: valueCell(1), suggestion: '＝100%,且市内无劣五类水体', severity: 'warning' }],
    },
    { name: 'a cost with a condition after 且 (made by us)', spec: cost('100万元，且不超预算'), errors: [{ messageId: 'noSign', cell: valueCell(3), suggestion: '≤100万元，且不超预算' }] },
    { name: 'a note on how it is measured is no condition: the fix is the value (made by us; as before)', spec: quality('90%，通过问卷调查', '回访合格率'), errors: [{ messageId: 'noSign', cell: valueCell(1), suggestion: '≥90%' }] },
    // values43: a spacing or a radius is a ceiling. Real value: 闵行区 卫生改革与发展十二五 规划指标 (2015, ask.fsou.com), our table.
    {
      name: 'the distance between ambulance stations is at most (平均急救站点间距离 6公里; the fix was ≥6公里)',
      spec: quality('6公里', '平均急救站点间距离'),
      errors: [{ messageId: 'noSign', cell: valueCell(1), suggestion: '≤6公里', severity: 'warning' }],
    },
    { name: 'a service radius is at most (made by us)', spec: withRow({ l2: '数量指标', l3: '村卫生室服务半径', desc: '', value: '2公里' }), errors: [{ messageId: 'noSign', cell: valueCell(0), suggestion: '≤2公里' }] },
    // values40 (issue #11): measure words the vocabulary lacked; both values were text, with no sign
    // found. Real values (原州区 马铃薯种薯繁育 2022, bigxun.com; 国家林业局 填写样例, wenke99.com), our table.
    { name: 'seed potatoes by the grain (免费发放原原种 550万粒; was ≥550万元 from value/qualitative-not-allowed)', spec: withRow({ l2: '数量指标', l3: '免费发放原原种', desc: '', value: '550万粒' }), errors: [{ messageId: 'noSign', cell: valueCell(0), suggestion: '≥550万粒', severity: 'warning' }] },
    { name: 'fry by the tail (made by us after a 2021 增殖放流 plan’s 不少于350万尾: 350万尾 was text)', spec: withRow({ l2: '数量指标', l3: '放流水生生物', desc: '', value: '350万尾' }), errors: [{ messageId: 'noSign', cell: valueCell(0), suggestion: '≥350万尾', severity: 'warning' }] },
    { name: 'pests by species and report (2000 种次; was no finding)', spec: withRow({ l2: '数量指标', l3: '上报发生情况月报数据的林业有害生物种次', desc: '', value: '2000 种次' }), errors: [{ messageId: 'noSign', cell: valueCell(0), suggestion: '≥2000种次', severity: 'warning' }] },
    // fixes39 (issue #11): suggestions that said the opposite of what was meant. The tables are ours;
    // the shapes are real (the tune corpus: 有效降低…的发生 40%, 完成时限 1, 义务教育小学生均公用经费 780元/生/年).
    { name: 'an opening time is a floor (图书馆开放时间 每周56小时; was 每周≤56小时)', spec: withRow({ l2: '质量指标', l3: '图书馆开放时间', desc: '', value: '每周56小时' }), errors: [{ messageId: 'noSign', cell: valueCell(1), suggestion: '每周≥56小时', severity: 'warning' }] },
    { name: 'a time to restore traffic stays a ceiling (道路畅通时间 2小时: 畅通 names no opening time)', spec: withRow({ l2: '时效指标', l3: '道路畅通时间', desc: '', value: '2小时' }), errors: [{ messageId: 'noSign', cell: valueCell(2), suggestion: '≤2小时', severity: 'warning' }] },
    { name: 'a line open 24 hours is a floor (服务热线开通时长; was ≤24小时)', spec: withRow({ l2: '质量指标', l3: '服务热线开通时长', desc: '', value: '24小时' }), errors: [{ messageId: 'noSign', cell: valueCell(1), suggestion: '≥24小时' }] },
    { name: 'a time to respond stays a ceiling though it names a service (服务热线响应时间)', spec: timeliness('2小时', '服务热线响应时间'), errors: [{ messageId: 'noSign', cell: valueCell(2), suggestion: '≤2小时' }] },
    { name: 'a fall of a lower-is-better measure: the level or the fall? no sign guessed (was ≤40%)', spec: withRow({ l2: '社会效益指标', l3: '有效降低传染病的发生', desc: '', value: '40%' }), errors: [{ messageId: 'noSignUnknown', suggestion: undefined, severity: 'warning' }] },
    { name: 'a deadline with no unit: no sign guessed (完成时限 1; was ≥1)', spec: timeliness('1', '完成时限'), errors: [{ messageId: 'noSignUnknown', cell: valueCell(2), suggestion: undefined }] },
    { name: 'a funding standard per pupil is the standard itself (was ≤780元/生/年)', spec: withRow({ l2: '成本指标', l3: '义务教育小学生均公用经费', desc: '', value: '780元/生/年' }), errors: [{ messageId: 'noSign', suggestion: '＝780元/生/年' }] },
    { name: 'a cost per person without a unit: the sign only, no 万元 guessed (was ≤400万元)', spec: withRow({ l2: '成本指标', l3: '人均培训成本', desc: '', value: '400' }), errors: [{ messageId: 'noSign', suggestion: '≤400' }] },
    { name: 'a cost of 0 is a ceiling too', spec: cost('0万元'), errors: [{ messageId: 'noSign', suggestion: '≤0万元' }] },
    // 遂宁's 区域绩效目标自评表 (2021, census values39): 培训成本 | 400元/人、天. Before, a sentence whose fix dropped the day (≤400元/人).
    { name: 'a per person-day cost written with 、 keeps its unit (400元/人、天)', spec: cost('400元/人、天'), errors: [{ messageId: 'noSign', cell: valueCell(3), suggestion: '≤400元/人天', severity: 'warning' }] },
    { name: '、 between two per-parts that make no unit together reads as two (元/户、年: per household per year)', spec: cost('5300元/户、年'), errors: [{ messageId: 'noSign', cell: valueCell(3), suggestion: '≤5300元/户/年' }] },
    { name: 'a value with a note after a comma is read (90%，通过问卷调查)', spec: satisfaction('90%，通过问卷调查'), errors: [{ messageId: 'noSign', suggestion: '≥90%' }] },
    { name: 'a satisfaction is a floor', spec: satisfaction('95%'), errors: [{ messageId: 'noSign', cell: valueCell(5), suggestion: '≥95%' }] },
    { name: 'a deadline is a ceiling', spec: timeliness('24小时'), errors: [{ messageId: 'noSign', suggestion: '≤24小时' }] },
    { name: 'a minimum service life is a floor', spec: timeliness('5年', '最低使用年限'), errors: [{ messageId: 'noSign', suggestion: '≥5年' }] },
    // 苏州's 灾备中心 自评表 (2021, census values39): 灾备恢复速度 | 2 小时, 灾备切换速度 | 5 分钟. A speed in time is a ceiling (was ≥2小时).
    { name: 'a speed measured in time is a ceiling, outside 时效 too (灾备恢复速度 2 小时)', spec: quality('2 小时', '灾备恢复速度'), errors: [{ messageId: 'noSign', cell: valueCell(1), suggestion: '≤2小时' }] },
    { name: 'a response in time likewise (应急响应 30分钟)', spec: quality('30分钟', '应急响应'), errors: [{ messageId: 'noSign', suggestion: '≤30分钟' }] },
    { name: 'a service life stays a floor', spec: quality('10年', '设备使用寿命'), errors: [{ messageId: 'noSign', suggestion: '≥10年' }] },
    { name: 'an error rate is a ceiling', spec: quality('5%', '档案差错率'), errors: [{ messageId: 'noSign', suggestion: '≤5%' }] },
    { name: 'a quantity is a floor', spec: quantity('200次'), errors: [{ messageId: 'noSign', cell: valueCell(0), suggestion: '≥200次' }] },
    // 国家林业局's 样例 (年度、半年趋势报告次数 | 各 1 次): a count after a word saying what it counts.
    // values41 decided the fix stays `各≥1次`: a bound on each (one annual and one half-year report),
    // written as Chinese writes a bound on each of several things; `≥1次` would say one report in all,
    // `≥2次` would allow two of one kind. The same fix for `各不少于1次` (nonstandard-sign's cases).
    { name: 'a count after 各 is read; the fix keeps 各 (各 1 次)', spec: quantity('各 1 次'), errors: [{ messageId: 'noSign', cell: valueCell(0), suggestion: '各≥1次' }] },
    // Issue #11 (made by us, after 农业农村 and 水利 tables): count units the vocabulary lacked. Before,
    // `5万羽` and `10口` were text (no sign asked for, no fix).
    { name: 'poultry by the 羽 (5万羽): ≥5万羽, not 万元', spec: withRow({ l2: '数量指标', l3: '家禽免疫数量', desc: '', value: '5万羽' }), errors: [{ messageId: 'noSign', cell: valueCell(0), suggestion: '≥5万羽' }] },
    { name: 'wells by the 口 (10口)', spec: withRow({ l2: '数量指标', l3: '新打机井', desc: '', value: '10口' }), errors: [{ messageId: 'noSign', cell: valueCell(0), suggestion: '≥10口' }] },
    { name: 'springs by the 眼 (3眼)', spec: withRow({ l2: '数量指标', l3: '泉眼保护', desc: '', value: '3眼' }), errors: [{ messageId: 'noSign', cell: valueCell(0), suggestion: '≥3眼' }] },
    { name: 'immunisations by the head and time (2万头次)', spec: withRow({ l2: '数量指标', l3: '生猪免疫', desc: '', value: '2万头次' }), errors: [{ messageId: 'noSign', cell: valueCell(0), suggestion: '≥2万头次' }] },
    { name: 'an area worked by the pass (1000亩次)', spec: withRow({ l2: '数量指标', l3: '统防统治面积', desc: '', value: '1000亩次' }), errors: [{ messageId: 'noSign', cell: valueCell(0), suggestion: '≥1000亩次' }] },
    { name: 'a count per period keeps its period (每年2次)', spec: quantity('每年2次'), errors: [{ messageId: 'noSign', suggestion: '每年≥2次' }] },
    { name: 'a total (累计 / 共) keeps its word', spec: quantity('累计200次'), errors: [{ messageId: 'noSign', suggestion: '累计≥200次' }] },
    { name: 'the unit is added with the sign', spec: quantity('200'), errors: [{ messageId: 'noSign', suggestion: '≥200次' }] },
    { name: '度 on an earthquake intensity stays 度 (not 千瓦时)', spec: quality('7度', '抗震设防烈度'), errors: [{ messageId: 'noSign', suggestion: '≥7度' }] },
    { name: 'M on a range (雾炮车风炮射程 80M) stays M: 米 as often as MB or Mbps, so no guess (was ≥80MB)', spec: quality('80M', '雾炮车风炮射程'), errors: [{ messageId: 'noSign', suggestion: '≥80M' }] },
    { name: 'T on a tonnage (垃圾清运量 300T) stays T: 吨 as often as TB, so no guess (was ≥300TB)', spec: withRow({ l2: '数量指标', l3: '垃圾清运量', desc: '垃圾清运量', value: '300T' }), errors: [{ messageId: 'noSign', suggestion: '≥300T' }] },
    { name: '兆 on a bandwidth (网络带宽 100兆) stays 兆: megabits there, not MB (was ≥100MB)', spec: withRow({ l2: '质量指标', l3: '网络带宽', desc: '网络带宽', value: '100兆' }), errors: [{ messageId: 'noSign', suggestion: '≥100兆' }] },
    { name: 'MB written out is still MB', spec: withRow({ l2: '数量指标', l3: '存储扩容', desc: '存储扩容', value: '500MB' }), errors: [{ messageId: 'noSign', suggestion: '≥500MB' }] },
    { name: 'a return period (防洪标准 20年一遇) keeps its unit (was read as 20 years: ≥20年)', spec: quality('20年一遇', '防洪标准'), errors: [{ messageId: 'noSign', suggestion: '≥20年一遇' }] },
    { name: 'a malformed number is repaired too', spec: quality('9..5', '运维服务质量'), errors: [{ messageId: 'noSign', suggestion: '≥9.5' }] },
    { name: 'unreadable number', spec: quantity('1,2次'), errors: [{ messageId: 'noSignNoFix', suggestion: null }] },
    {
      name: 'a date serial with value/date-serial off: the missing sign is not lost',
      spec: timeliness('44561', '项目完成时间'),
      options: { settings: { rules: { 'value/date-serial': 'off' } } },
      // A time under 时效 with no unit: whether a ceiling or a floor is meant cannot be told (fixes39).
      errors: [{ messageId: 'noSignUnknown', suggestion: undefined }],
    },
    {
      name: 'split: the empty sign cell, symbol style',
      spec: spec({ rows: split('≥', {}) }),
      errors: [{ messageId: 'noSignColumn', cell: 'F9', suggestion: '≥' }],
    },
    {
      name: 'split: a system’s — in the sign cell over a number is a missing sign',
      spec: spec({ rows: split('≥', { sign: '—' }) }),
      errors: [{ messageId: 'noSignColumn', cell: 'F9', suggestion: '≥' }],
    },
    {
      name: 'split: the empty sign cell, in words like the other rows',
      spec: spec({ rows: split('大于等于', {}) }),
      errors: [{ messageId: 'noSignColumn', cell: 'F9', suggestion: '大于等于' }],
    },
  ],
});

describe('a number written in Chinese with no sign (`一年`) is value/bad-number’s finding, with the same fix', () => {
  const year = timeliness('一年', '项目实施期限');
  it('with value/bad-number on: one finding on the cell, from that rule', () => {
    expect(runRule(missingSign, year)).toEqual([]);
  });
  it('with value/bad-number off: reported here, with the fix', () => {
    const found = runRule(missingSign, year, { settings: { rules: { 'value/bad-number': 'off' } } });
    expect(found.map((f) => [f.messageId, f.suggestion])).toEqual([['noSign', '≤1年']]);
  });
});

describe('a value whose unit is of the wrong class (value/unit-mismatch’s error): the sign asked for, no fix that keeps the unit', () => {
  // 巴南 圣灯山镇 2022 (tune): a 成本指标 whose 三级 is “20万元” and value “100%”. A fix “≤100%” would
  // keep the percentage the unit-mismatch error tells the clerk to replace with money.
  const costInPercent = withRow({ l2: '成本指标', l3: '20万元', desc: '', value: '100%' });
  it('with value/unit-mismatch on: reported without a fix', () => {
    const found = runRule(missingSign, costInPercent);
    expect(found.map((f) => [f.messageId, f.suggestion ?? null])).toEqual([['noSignNoFix', null]]);
  });
  it('with value/unit-mismatch off: reported with the fix, as before', () => {
    const found = runRule(missingSign, costInPercent, { settings: { rules: { 'value/unit-mismatch': 'off' } } });
    expect(found.map((f) => [f.messageId, f.suggestion])).toEqual([['noSign', '≤100%']]);
  });
  it('a rate under 成本指标 (成本控制率 100%) is only a warning there: its fix is still offered', () => {
    const rate = withRow({ l2: '成本指标', l3: '成本控制率', desc: '', value: '100%' });
    expect(runRule(missingSign, rate).map((f) => [f.messageId, f.suggestion])).toEqual([['noSign', '≤100%']]);
  });
});

// spec42 (issue #11 item 4): `-5人` on a count is left to value/negative-number (no sign fits a count
// below zero); with that rule off the value still gets a finding here, without a fix. Made by us.
describe('a negative count with no sign (value/negative-number’s finding)', () => {
  const negative = withRow({ l2: '数量指标', l3: '新增人数', desc: '新增人数', value: '-5人' });
  it('with value/negative-number on: nothing here', () => {
    expect(runRule(missingSign, negative)).toEqual([]);
  });
  it('with value/negative-number off: reported here, on the value cell', () => {
    const found = runRule(missingSign, negative, { settings: { rules: { 'value/negative-number': 'off' } } });
    expect(found.map((f) => [f.messageId, f.cell, f.severity])).toEqual([['noSignNoFix', valueCell(0), 'warning']]);
  });
});
