/**
 * What the value rules share: where a finding about a row's value goes (in split layouts the
 * sign, number and unit have cells of their own) and the corrected value to suggest.
 *
 * Every rule that can fix a cell suggests the same fully corrected value (syntax repaired, the
 * sign added or turned round, the unit added where it can be guessed), so applying any one of
 * the suggestions leaves nothing for the others to report.
 */
import type { CellAddress } from '../../grid';
import type { IndicatorRow, ParsedValue, Sign, TableModel } from '../../../model';
import { rowFacts } from '../../facts';
import { stripSpaces } from '../../text';
import { canonicalUnit, unitClass } from '../../units';
import { chineseNumber, conditionTail, formatValue, parseSign, quantityLead, repairNumber, SIGN_WORDS, unitAsWritten, withoutFloatNoise } from '../../value';
import { amountIn, readAmount } from '../../money';
import { NONSTANDARD_UNITS } from '../../vocabulary';
import {
  isChangeRate,
  isNegativeMeasure,
  isRateName,
  isShareRateName,
  PASS_RATE_RE,
  isSatisfactionName,
  isAvailabilityName,
  isTimeFloorName,
  type IndicatorKind,
} from './kind';

/** True when the row's value is spread over sign / number / unit columns. */
export function isSplit(ind: IndicatorRow): boolean {
  return ind.sign !== undefined || ind.unit !== undefined;
}

/** The value as the user wrote it, for messages: the cell's text, or the columns joined. */
export function shown(ind: IndicatorRow): string {
  return isSplit(ind) ? ind.parsed.raw : ind.value.text.trim();
}

/** 正向/反向 as written in the direction or nature column (or a sign column holding it). */
export function directionOf(ind: IndicatorRow): 'positive' | 'negative' | undefined {
  return rowFacts(ind).direction?.says;
}

/** Where the row's sign came from: its own column, the number cell, or the 正向/反向 column. */
export function signSource(ind: IndicatorRow): 'column' | 'cell' | 'direction' | undefined {
  if (ind.parsed.sign === undefined) return undefined;
  if (!isSplit(ind)) return 'cell';
  if (ind.sign && parseSign(ind.sign.text)) return 'column';
  if (rowFacts(ind).own.sign !== undefined) return 'cell';
  return 'direction';
}

/** The cell holding 正向/反向 for a row, if any. */
export function directionCell(ind: IndicatorRow): CellAddress | undefined {
  return rowFacts(ind).direction?.field.at;
}

/** The direction a kind of indicator must have: a cost is a ceiling, a satisfaction a floor. */
export function requiredDirection(kind: IndicatorKind): 'positive' | 'negative' | undefined {
  if (kind === 'cost') return 'negative';
  if (kind === 'satisfaction') return 'positive';
  return undefined;
}

/** A sign turned to a direction: a ceiling (negative) takes ≤ ＜, a floor (positive) ≥ ＞; ＝ fits both. */
export function turnedSign(direction: 'positive' | 'negative' | undefined, sign: Sign): Sign {
  if (direction === 'negative' && (sign === '≥' || sign === '＞')) return sign === '≥' ? '≤' : '＜';
  if (direction === 'positive' && (sign === '≤' || sign === '＜')) return sign === '≤' ? '≥' : '＞';
  return sign;
}

/** The sign turned to the direction the kind requires (`≥` on a cost becomes `≤`). */
export function correctedSign(kind: IndicatorKind, sign: Sign): Sign {
  return turnedSign(requiredDirection(kind), sign);
}

const SUBSIDY_STANDARD_RE = /(补助|补贴|资助|奖补|奖励|救助|慰问|抚恤|发放)(资金|金)?标准$|^(?:义务教育)?(?:小学|初中|中学)?(?:生均|人均)公用经费(?:标准|定额)?$/;

/**
 * A subsidy's standard (`补贴标准 200元/亩`), or a funding standard per pupil (`义务教育小学生均公用经费
 * 780元/生/年`, a real tune table: the 基准定额 the state guarantees): an amount set by policy, ＝.
 */
export function isSubsidyStandard(ind: IndicatorRow): boolean {
  return SUBSIDY_STANDARD_RE.test(stripSpaces(ind.level3.text));
}

/**
 * Names whose time is a ceiling wherever the row sits: a time taken (`故障响应时间`, `办结时限`), and
 * a speed measured in time (`灾备恢复速度 2 小时`, 苏州 2021: faster is less time), a response, a 时效.
 */
const CEILING_TIME_RE = /时间|时长|用时|周期|时限|期限|办结|完成|速度|响应|时效/;

/**
 * The sign a value without one most likely means: ＝ when the number is the bound (100%, 0),
 * ≤ for costs (＝ for a subsidy's standard), deadlines and measures where less is better, ≥ otherwise.
 */
export function inferSign(ind: IndicatorRow, number: number | undefined, unit: string | undefined): Sign {
  const direction = directionOf(ind);
  if (direction) return direction === 'positive' ? '≥' : '≤';
  const kind = rowFacts(ind).kind;
  // A subsidy's standard (`补贴标准 200元/亩`) is the amount each one receives, set by policy: ＝.
  if (kind === 'cost') return isSubsidyStandard(ind) ? '＝' : '≤';
  if (number === 0) return '＝';
  const cls = unit === undefined ? undefined : unitClass(unit);
  if (cls === 'percent' && number === 100) return '＝';
  const name = ind.level3.text;
  if (isNegativeMeasure(name)) return '≤';
  if (cls === 'time') {
    if (isTimeFloorName(name) || isAvailabilityName(name)) return '≥';
    return kind === 'timeliness' || CEILING_TIME_RE.test(name) ? '≤' : '≥';
  }
  return '≥';
}

/**
 * True when the sign a value without one means cannot be told, so no value is suggested (the
 * finding stays): a lower-is-better measure the name says is to fall (`有效降低…传染病的发生 40%`,
 * a real tune table: the level, a ceiling, or the fall, a floor?), and a time under 时效 with no unit
 * (`完成时限 1`: 1 what? and ≥1 would have turned a deadline round).
 */
export function isSignUnknowable(ind: IndicatorRow, unit: string | undefined): boolean {
  if (directionOf(ind) !== undefined) return false;
  const name = ind.level3.text;
  if (isNegativeMeasure(name) && isChangeRate(name)) return true;
  return unit === undefined && rowFacts(ind).kind === 'timeliness' && CEILING_TIME_RE.test(stripSpaces(name));
}

/** The unit a 三级 name states in brackets at its end (`培训人数（人）`, `补助标准(元/人)`), if known. */
export function unitInName(ind: IndicatorRow): string | undefined {
  const named = /[（(]([^（）()]{1,6})[）)]$/.exec(stripSpaces(ind.level3.text));
  return named && canonicalUnit(named[1]) !== undefined ? named[1] : undefined;
}

/** Count units guessed from a name ending in `…次数`, `…人数`, `…份数`. */
const COUNT_NAME_UNITS = ['人次', '次', '人', '份', '台', '个', '件', '户', '篇', '期', '场', '项', '套', '辆', '家', '门', '本', '册', '条', '所', '处', '批'];

/** The unit a value without one most likely means, or undefined when it cannot be told. */
export function guessUnit(ind: IndicatorRow, table: Pick<TableModel, 'moneyUnit'> & Partial<Pick<TableModel, 'budget'>>): string | undefined {
  const kind = rowFacts(ind).kind;
  const name = stripSpaces(ind.level3.text);
  // `实施营造林总面积(亩)`: the name states the unit in brackets at its end.
  const named = unitInName(ind);
  if (named !== undefined) return named;
  // `有效投诉 0`, `安全事故 0`: things counted by the usual word for them, under 满意度指标 too
  // (`有效投诉 ≥0` there was given `≥0%`).
  if (!isRateName(name)) for (const [ending, unit] of COUNTED_THINGS) if (name.endsWith(ending)) return unit;
  if (kind === 'satisfaction' || isRateName(name) || isSatisfactionName(name)) return '%';
  if (kind === 'cost') return costUnit(ind, table);
  for (const u of COUNT_NAME_UNITS) if (name.endsWith(`${u}数`)) return u;
  return undefined;
}

/** Names ending in a thing counted, and the word it is counted in (`安全事故 ＝0起`, `有效投诉 ＝0次`). */
const COUNTED_THINGS: readonly (readonly [string, string])[] = [
  ['事故', '起'],
  ['纠纷', '起'],
  ['投诉', '次'],
  ['上访', '次'],
  ['信访', '次'],
];

/** A cost per one (per person, per unit, per 亩): 人均, 生均, 户均, 单价, 每…, …标准. */
const PER_ONE_COST_RE = /人均|生均|户均|亩均|单价|单位成本|每(?:人|户|亩|个|台|套|公里|平方米|次|天|月|年)|标准$/;

/**
 * Costs of one meeting, trip or print run (会议费, 差旅费, 印刷费 …), or of one event (每场, 每期): small
 * sums. A bare number in the thousands there is 元: `会议费 ≤5000` (fixes39, our grid) is 5000元, not
 * 5000万元, half of a 10000万元 budget.
 */
const SMALL_EXPENSE_RE = /会议费|差旅费|印刷费|办公费|邮电费|通讯费|资料费|餐费|伙食费|住宿费|交通费|市内交通|每(?:场|期|批|届|班)/;
/** The least number of a small expense read as 元: `会议费 ≤500` may be 500万元 at a large conference. */
const SMALL_EXPENSE_YUAN = 1000;

/** What a bare cost number's scale says of its unit: the unit, or why none can be told. */
export interface CostScale {
  unit?: string;
  /** In 万元 it would exceed the budget, and in 元 be under a hundredth of it: the budget, in 万元. */
  overBudget?: string;
}

/**
 * The money unit of a cost written without one: the table's, except
 * - a whole amount in 元 under a budget in 万元 (`≤200000` beside a budget of 20): no cap is over a
 *   hundred times its budget, so `≤200000元`, not `≤200000万元`;
 * - a small expense in the thousands (`会议费 ≤5000`): 元;
 * - a cap over the budget in 万元 but under a hundred times it (`≤80` beside 26.5): no 万元 figure
 *   (a cost cannot exceed the budget) and no likely 元 one either (under 1% of it): none guessed.
 */
export function costScale(ind: IndicatorRow, table: Pick<TableModel, 'moneyUnit'> & Partial<Pick<TableModel, 'budget'>>): CostScale {
  const name = stripSpaces(ind.level3.text);
  // `人均培训成本 400`, `设备单价 3000`: an amount per one, most likely in 元 whatever the table's
  // unit; `≤400万元` would be ten thousand times it. Which unit cannot be told: none guessed.
  if (PER_ONE_COST_RE.test(name)) return {};
  const n = ind.parsed.number;
  if (table.moneyUnit !== '万元' || n === undefined || n <= 0) return { unit: table.moneyUnit };
  if (n >= SMALL_EXPENSE_YUAN && SMALL_EXPENSE_RE.test(name)) return { unit: '元' };
  const budget = table.budget ? amountIn(readAmount(table.budget.total), '万元') : undefined;
  if (budget === undefined || budget.isZero() || budget.isNegative()) return { unit: table.moneyUnit };
  const wan = budget.toNumber();
  if (n > wan * 100) return { unit: '元' };
  return n > wan ? { overBudget: budget.toString() } : { unit: table.moneyUnit };
}

function costUnit(ind: IndicatorRow, table: Pick<TableModel, 'moneyUnit'> & Partial<Pick<TableModel, 'budget'>>): string | undefined {
  return costScale(ind, table).unit;
}

/** The number of a parsed value with typing slips repaired, as text; undefined if unreadable. */
export function repairedNumber(p: ParsedValue): string | undefined {
  if (p.numberText === undefined) return undefined;
  const cn = chineseNumber(p.numberText);
  if (cn !== undefined) return String(cn);
  return repairNumber(p.numberText);
}

/**
 * The fully corrected combined value (`≥99%` for `≥99百分之`, `≤26.5万元` for `≥26.5万` on a cost),
 * or undefined when no number can be read. `sign`/`unit` override what would be chosen.
 */
export function bestValue(
  ind: IndicatorRow,
  table: Pick<TableModel, 'moneyUnit'>,
  override: { sign?: Sign; unit?: string } = {},
): string | undefined {
  const p = ind.parsed;
  if (p.kind !== 'quantitative') return undefined;
  const number = repairedNumber(p);
  if (number === undefined) return undefined;
  // A unit written the wrong way (`人/次` for 人次) is suggested in its standard form.
  const written = p.unit === undefined ? undefined : (NONSTANDARD_UNITS[p.unit] ?? unitAsWritten(p));
  const unit = override.unit ?? written ?? guessUnit(ind, table);
  // `≥0.9` on a rate: a fraction of one, so the percentage is 90.
  const scaled = unit === '%' && p.unit === undefined && /^0\.\d{1,4}$/.test(number) ? String(withoutFloatNoise(Number(number) * 100, 4)) : number;
  // A bare 1 on a share (`工程竣工验收合格率 | 1`, values45, real: 罗湖 南湖街道 瓶改管 自评表 2022): the whole
  // as a fraction (100%) or 1%? `≥1%` turned a pass rate into almost nothing; which was meant cannot be told.
  if (unit === '%' && p.unit === undefined && Number(number) === 1 && isShareRateName(stripSpaces(ind.level3.text)) && !isNegativeMeasure(ind.level3.text)) return undefined;
  const kind = rowFacts(ind).kind;
  // A pass rate on a cost (`资助标准达标率 | 100%` under 成本指标, values45, real: 宁晋 助学金 评价指标表 2019): no
  // sum of money to cap, so a cost's ceiling sign (`≤100%`) would turn it round; the unit is the fault.
  if (kind === 'cost' && p.sign === undefined && override.sign === undefined && unit !== undefined && unitClass(unit) === 'percent' && PASS_RATE_RE.test(stripSpaces(ind.level3.text))) return undefined;
  // `-5人`: what was meant (5 fewer? at most 5?) cannot be told, and `≥-5人` would be a finding of
  // its own (value/negative-number): no fix.
  if (isImpossibleNegative(ind, Number(scaled), unit)) return undefined;
  if (p.sign === undefined && override.sign === undefined && isSignUnknowable(ind, unit)) return undefined;
  const sign = override.sign ?? correctedSign(kind, p.sign ?? inferSign(ind, Number(scaled), unit));
  // `各 1 次` → `各≥1次`: the word saying what is counted stays before the sign; a joined condition
  // (`，且市内无劣五类水体`) stays after the value.
  return quantityLead(ind.value.text) + formatValue({ sign, number: scaled, unit }) + conditionTail(ind.value.text);
}

/**
 * A negative target on something that cannot be below zero: a count, a time, or a cost's money
 * (value/negative-number), unless the name says it measures a change (人数增减).
 */
export function isImpossibleNegative(ind: IndicatorRow, number: number | undefined, unit: string | undefined): boolean {
  if (number === undefined || !(number < 0) || unit === undefined || canonicalUnit(unit) === undefined) return false;
  const cls = unitClass(unit);
  const counted = cls === 'count' || cls === 'time' || (cls === 'money' && rowFacts(ind).kind === 'cost');
  return counted && !isChangeRate(ind.level3.text);
}

export interface Fix {
  at: CellAddress;
  suggestion?: string;
}

export function sameCell(a: CellAddress, b: CellAddress): boolean {
  return a.row === b.row && a.col === b.col;
}

function fix(at: CellAddress, suggestion: string | undefined): Fix {
  return suggestion === undefined ? { at } : { at, suggestion };
}

/** Per table's rows: counted once, not once per finding (2,000 rows of empty signs did 4,000,000 reads). */
const SIGNS_IN_WORDS = new WeakMap<readonly IndicatorRow[], boolean>();

/** True when most sign cells of the table are written in words (`大于等于`): suggest words too. */
function tableSignsInWords(table: TableModel): boolean {
  let known = SIGNS_IN_WORDS.get(table.indicators);
  if (known === undefined) SIGNS_IN_WORDS.set(table.indicators, (known = countSignsInWords(table)));
  return known;
}

function countSignsInWords(table: TableModel): boolean {
  let words = 0;
  let symbols = 0;
  for (let ii = 0; ii < table.indicators.length; ii++) {
    const ind = table.indicators[ii];
    const s = ind.sign ? parseSign(ind.sign.text) : undefined;
    if (s?.style === 'words') words++;
    else if (s) symbols++;
  }
  return words > symbols;
}

/** The text of a sign for a sign column, in the column's style. */
export function signForColumn(table: TableModel, sign: Sign): string {
  return tableSignsInWords(table) ? SIGN_WORDS[sign] : sign;
}

/** Where to report a problem in the written text of the value cell, and its repair. */
export function valueFix(ind: IndicatorRow, table: TableModel): Fix {
  if (isSplit(ind)) return fix(ind.value.at, rowFacts(ind).own.suggestion);
  return fix(ind.value.at, bestValue(ind, table));
}

/** Where to report a missing or wrong sign, and the correction (`wanted` is the right sign). */
export function signFix(ind: IndicatorRow, table: TableModel, wanted: Sign): Fix {
  if (!isSplit(ind)) return fix(ind.value.at, bestValue(ind, table, { sign: wanted }));
  const source = signSource(ind);
  if (ind.sign && source !== 'cell') return fix(ind.sign.at, signForColumn(table, wanted));
  // No sign column (or the sign sits in the number cell): the sign goes with the number.
  const own = rowFacts(ind).own;
  const number = repairedNumber(own);
  return fix(ind.value.at, number === undefined ? undefined : formatValue({ sign: wanted, number, unit: unitAsWritten(own) }));
}

/** Where to report a missing or wrong unit, and the correction (`wanted`, when known). */
export function unitFix(ind: IndicatorRow, table: TableModel, wanted: string | undefined): Fix {
  if (isSplit(ind) && ind.unit && rowFacts(ind).own.unit === undefined) {
    return fix(ind.unit.at, wanted === undefined ? undefined : canonicalUnit(wanted) ?? wanted);
  }
  if (isSplit(ind)) return fix(ind.value.at, undefined);
  return fix(ind.value.at, wanted === undefined ? undefined : bestValue(ind, table, { unit: wanted }));
}

/** Rows of the table with their kind, for rules that look at every row. */
export function rowsWithKind(table: TableModel): { ind: IndicatorRow; kind: IndicatorKind }[] {
  return table.indicators.map((ind) => ({ ind, kind: rowFacts(ind).kind }));
}

/**
 * A 时效 value written as a year and month with a dot (`2025.12`, `≤2025.6`): a deadline, not a
 * number wanting a sign or a unit.
 */
export function isDottedMonth(ind: IndicatorRow, kind: IndicatorKind): boolean {
  if (kind !== 'timeliness') return false;
  const m = /^(?:≤|<=|<)?((?:19|20)\d{2})[.．/-](\d{1,2})$/.exec(stripSpaces(ind.value.text));
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}
