/**
 * What an indicator measures, as far as its value is concerned: read from the 二级 name (and the
 * 一级 for the 2021 scheme's 成本指标), in any accepted spelling — with or without the trailing
 * 指标, with a weight (`数量指标(10分)`), 满意度指标 for 服务对象满意度指标 (SPEC §3).
 *
 * Deliberately small and independent of src/core/taxonomy.ts: the value rules only need the
 * kind of quantity, not the scheme.
 */
import { nameKey, resolveLevel2 } from '../../taxonomy';
import { memoText } from '../../memo';
import type { IndicatorRow } from '../../../model';
import { stripSpaces, toHalfWidth } from '../../text';
import { AVAILABILITY_WORDS, UNITS } from '../../vocabulary';

export type IndicatorKind = 'quantity' | 'quality' | 'timeliness' | 'cost' | 'benefit' | 'satisfaction' | 'unknown';

/** A name without spaces, weight suffix (`(50分)`, `（50）`, `【50分】`, `50分`) or trailing 指标. */
export function levelKey(text: string): string {
  return levelKeyMemo(text);
}

function levelKeyUncached(text: string): string {
  // The taxonomy's name key (weights looked for in the tail only, so linear on a pasted cell).
  const s = nameKey(text);
  return s.endsWith('指标') ? s.slice(0, -2) : s;
}

const levelKeyMemo = memoText(levelKeyUncached);

const LEVEL2_KINDS: Readonly<Record<string, IndicatorKind>> = {
  数量: 'quantity',
  质量: 'quality',
  时效: 'timeliness',
  成本: 'cost',
  经济成本: 'cost',
  经济效益: 'benefit',
  社会效益: 'benefit',
  生态效益: 'benefit',
  生态环境效益: 'benefit',
  可持续影响: 'benefit',
  服务对象满意度: 'satisfaction',
  社会公众或服务对象满意度: 'satisfaction',
  满意度: 'satisfaction',
};

/** The kind named by a 二级 text, or undefined. */
export function level2Kind(text: string): IndicatorKind | undefined {
  return level2KindMemo(text);
}

function level2KindUncached(text: string): IndicatorKind | undefined {
  const key = levelKey(text);
  if (key === '') return undefined;
  const exact = LEVEL2_KINDS[key];
  if (exact) return exact;
  // Another spelling of a known 二级 (`时效值`, `数量指标(或建筑规模指标)`): its canonical name's kind.
  const canonical = resolveLevel2(text)?.name;
  const known = canonical ? LEVEL2_KINDS[levelKey(canonical)] : undefined;
  if (known) return known;
  // 社会成本/生态环境成本 are costs, but not necessarily in money: no expectation on the value.
  if (key.endsWith('成本')) return undefined;
  if (key.endsWith('满意度')) return 'satisfaction';
  return undefined;
}

const level2KindMemo = memoText(level2KindUncached);

/** The kind named by a 一级 text, when the 二级 says nothing. */
function level1Kind(text: string): IndicatorKind | undefined {
  const key = levelKey(text);
  if (key === '成本') return 'cost';
  if (key === '满意度') return 'satisfaction';
  if (key === '效益') return 'benefit';
  return undefined;
}

/**
 * What the row measures: from its 二级, else its 一级 (a 2021 一级 成本指标 over an unknown or
 * empty 二级 is a cost; 社会成本/生态环境成本 are not money and stay 'unknown').
 */
export function indicatorKind(ind: Pick<IndicatorRow, 'level1' | 'level2'>): IndicatorKind {
  const byLevel2 = level2Kind(ind.level2.text);
  if (byLevel2) return byLevel2;
  if (levelKey(ind.level2.text).endsWith('成本')) return 'unknown';
  return level1Kind(ind.level1.text) ?? 'unknown';
}

/** 二级 whose cost need not be money: the 2021 guidance lets a project without one write 0 or 无. */
const NON_MONEY_COSTS: ReadonlySet<string> = new Set(['社会成本指标', '生态环境成本指标']);

/**
 * A bare 0 on 社会成本 / 生态环境成本 (`0`, `0万元`, `＝0`): "none", complete as written. `level2` is
 * the row's canonical 二级 name when known (its facts).
 */
export function isNoCost(ind: Pick<IndicatorRow, 'level2' | 'level3' | 'parsed'>, level2?: string): boolean {
  if (ind.parsed.number !== 0) return false;
  const name = level2 ?? resolveLevel2(ind.level2.text)?.name;
  // The older scheme's 成本指标 with a 三级 named for a 2021 kind: `成本指标 | 社会成本 | 0`.
  return (name !== undefined && NON_MONEY_COSTS.has(name)) || NON_MONEY_COST_NAME_RE.test(stripSpaces(ind.level3.text));
}

/** A 三级 named 社会成本 or 生态环境成本 (also 生态成本, 环境成本). */
export const NON_MONEY_COST_NAME_RE = /^(社会|生态环境|生态|环境)成本(指标)?$/;

/** A name without a trailing bracketed note (`完成率（%）`), for looking at how it ends. */
function nameCore(name: string): string {
  return toHalfWidth(stripSpaces(name)).replace(/[([【][^()[\]【】]{0,12}[)\]】]$/, '');
}

/** Rates of things done or passed (达标率, 合格率, 完成率): more is better, never under a cost's ceiling (values45). */
export const PASS_RATE_RE = /(?:达标|合格|完成|覆盖|到位|兑现|落实|通过)率$/;

/**
 * True when the 三级 name asks for a kind or a grade, not an amount (`修缮级别 | 市级保护单位`, values45, real: 裕安区
 * 文物保护 自评表 2022, under 数量指标; `建设等级 | 二级公路`, `服务方式`): a word is its value, whatever the 二级.
 */
export function isCategoryName(name: string): boolean {
  return CATEGORY_NAME_RE.test(nameCore(name));
}

const CATEGORY_NAME_RE = /(?:级别|等级|类别|类型|种类|方式|形式)$/;

/**
 * True when the 三级 name is a pure number's (…系数, …指数, …比值, …倍数: `农田灌溉水有效利用系数`
 * with `≥0.6`, `路面技术状况指数` with `≥80`): the value has no unit to write.
 */
export function isPureNumberName(name: string): boolean {
  return /(?:系数|指数|比值|倍数)$/.test(nameCore(name));
}

/** True when the 三级 name is a rate (…率, 比例, 占比, 百分比): its value is a percentage. */
export function isRateName(name: string): boolean {
  return isRateNameMemo(name);
}

function isRateNameUncached(name: string): boolean {
  const s = nameCore(name);
  return s.endsWith('率') || /比例|占比|百分比|比率/.test(s);
}

const isRateNameMemo = memoText(isRateNameUncached);

/**
 * Names ending in 率 that are no share of a whole: a frequency (巡查频率 ≥2次/月), a turnover
 * (资产周转率 ≥2次), an efficiency, a power or a speed; their values are not percentages.
 */
const NOT_A_SHARE_RE = /(?:频率|周转率|效率|功率|速率|汇率)$/;

/** True when the 三级 name is a rate that is a share (合格率, 覆盖率): a percentage, never a count. */
export function isShareRateName(name: string): boolean {
  return isRateName(name) && !NOT_A_SHARE_RE.test(nameCore(name));
}

/** Count and time units (from the vocabulary) that a name counting them ends in before 数: 人数, 次数, 天数. */
const COUNTED_UNITS: readonly string[] = UNITS.filter((u) => u.cls === 'count' || u.cls === 'time').map((u) => u.unit);
/** Counts written as one word, ending in 次 (人次, 场次, 户次): `培训人次`. */
const TIMES_UNITS: readonly string[] = UNITS.filter((u) => u.cls === 'count' && u.unit.length >= 2 && u.unit.endsWith('次')).map((u) => u.unit);

/**
 * True when the 三级 name is a count (培训人数, 新建个数, 服务次数, 设备数量, 培训人次): its value is a
 * number of things, not a percentage. Not a rate, and not 指数/系数/分数 (数 after no unit).
 */
export function isCountName(name: string): boolean {
  return isCountNameMemo(name);
}

function isCountNameUncached(name: string): boolean {
  const s = nameCore(name);
  if (s.length > 40 || isRateName(s)) return false;
  if (s.endsWith('数量')) return true;
  if (s.endsWith('数')) {
    const head = s.slice(0, -1);
    return COUNTED_UNITS.some((u) => head.endsWith(u));
  }
  return TIMES_UNITS.some((u) => s.endsWith(u));
}

const isCountNameMemo = memoText(isCountNameUncached);

/** Rates that may leave 0–100% (a growth rate of 120% is possible): looser checks. */
export function isChangeRate(name: string): boolean {
  return isChangeRateMemo(name);
}

function isChangeRateUncached(name: string): boolean {
  return /增长|增幅|增速|增减|净增|提高|提升|下降|降低|减少|变化|变动|同比|环比/.test(nameCore(name));
}

const isChangeRateMemo = memoText(isChangeRateUncached);

/** True when the 三级 name names a satisfaction (满意度, 满意率). */
export function isSatisfactionName(name: string): boolean {
  return isSatisfactionNameMemo(name);
}

function isSatisfactionNameUncached(name: string): boolean {
  return /满意/.test(nameCore(name));
}

const isSatisfactionNameMemo = memoText(isSatisfactionNameUncached);

const NEGATIVE_RATE_ROOTS = [
  '差错', '错误', '出错', '故障', '投诉', '事故', '失误', '破损', '损坏', '流失', '空置', '闲置', '返工', '不合格', '违规',
  '违约', '超标', '误差', '延误', '逾期', '漏检', '漏报', '误报', '发生', '退回', '返修', '复发', '死亡', '辍学',
  '失业', '差评', '缺陷', '拖欠', '丢失', '超支',
  // A spacing or a service radius is kept small so that every place is near one (闵行 卫生十二五 规划, 2015:
  // 平均急救站点间距离 6公里 meant at most 6 km; the fix was ≥6公里).
  '间距', '间距离', '服务半径',
  // Losses to disaster and disease (values45, real: 巴南 一品街道 部门整体绩效目标表 2022, `森林受灾率 | 1 | %` with
  // its sign cell empty: the fix was ≥1; 成灾率 and 发病率 are the same family in 林业 and 卫生 tables, ours).
  '受灾', '成灾', '发病',
];

/** Verbs that may stand between a root and 率 (`逾期发放率`, `事故发生率`) without turning it round. */
const NEGATIVE_RATE_VERBS = ['发生', '发放', '出现', '支付', '办理', '完成', '交付'];

/** A measure where less is better (差错率, 投诉率, 故障率): its bound is a ceiling. */
export function isNegativeMeasure(name: string): boolean {
  return isNegativeMeasureMemo(name);
}

function isNegativeMeasureUncached(name: string): boolean {
  const s = nameCore(name);
  return NEGATIVE_RATE_ROOTS.some(
    (root) => s.endsWith(`${root}率`) || s.endsWith(`${root}次数`) || s.endsWith(root) || NEGATIVE_RATE_VERBS.some((verb) => s.endsWith(`${root}${verb}率`)),
  );
}

const isNegativeMeasureMemo = memoText(isNegativeMeasureUncached);

/** 投诉率, 不满意率: measures where less is better, though they stand under 满意度指标. */
export function isReverseSatisfaction(name: string): boolean {
  return /不满意/.test(name) || (isNegativeMeasure(name) && !isSatisfactionName(name));
}

/** Time measures that state a floor (最低使用年限, 质保期) rather than a deadline. */
export function isTimeFloorName(name: string): boolean {
  return isTimeFloorNameMemo(name);
}

function isTimeFloorNameUncached(name: string): boolean {
  return /最低|最少|至少|不少于|年限|寿命|保修|质保|保质|持续|有效期/.test(nameCore(name));
}

const isTimeFloorNameMemo = memoText(isTimeFloorNameUncached);

/**
 * A time a service is open or available for (`图书馆开放时间 每周56小时`, `服务热线开通时长 24小时`):
 * a floor, as `24小时开放` is in words; not a time to respond or to finish (`故障响应时间`, `办结时长`).
 */
export function isAvailabilityName(name: string): boolean {
  const s = nameCore(name);
  return AVAILABILITY_WORDS.some((w) => s.includes(w)) && !/响应|办结|用时|到达|处置|处理|恢复|修复|等待|排队|审批|办理|完成/.test(s);
}
