/**
 * A qualitative text where the kind of indicator needs a number: a 成本指标 states a sum of money,
 * a 满意度指标 a percentage (SPEC §4): an error when there is none. When the text holds a value
 * (`满意度达到95%以上`), that value, corrected, is the suggestion, and the finding a warning.
 */
import type { IndicatorRow, TableModel } from '../../../model';
import { stripSpaces } from '../../text';
import { moneyFactor, unitClass } from '../../units';
import { formatValue, parseIndicatorValue } from '../../value';
import type { Rule, RuleContext } from '../types';
import { amountIn, readAmount } from '../../money';
import { AVAILABILITY_AFTER_TIME_WORDS, isDateText, isRatioText } from '../../vocabulary';
import { correctedSign, inferSign, isSplit, repairedNumber, shown } from './fix';
import { isCategoryName, isRateName, isShareRateName, type IndicatorKind } from './kind';

/** Words saying all of it (`全覆盖`, `全部完成`, `应保尽保`): on a rate, 100%. */
const WHOLE_RE = /^(?:全覆盖|全面覆盖|全部覆盖|全部完成|全面完成|全部|全面|全额|足额|全部到位|足额到位|全部达标|全部合格|应(.)尽\1)$/;

/** Longest sign spelling (`高于或等于`) plus one: how far before a number a sign may start. */
const SIGN_REACH = 6;
const STOPS = '，,；;。（(、：:';
/** A standard's code: GB/T 50378-2019, HJ 2.2, ISO9001, DB11/T 1234. */
const STANDARD_CODE_RE = /(?:GB|HJ|JGJ|CJJ|DB\d*|ISO|IEC|JT|SL|YY|WS|NY|QB|GA|SJ)\s*(?:\/\s*T)?\s*\d/i;
/** `每月`, `每季度` before a count: its period (the unit's denominator); another number between ends it (`每月1次，全年不少于12次`). */
const PER_PERIOD_RE = /每(天|日|周|月|季度|年|学期|半年)[^每\d]*$/;
/** How far after its first digit a value written inside a text may end (number and unit). */
const TAIL_REACH = 12;

/** One character after `N万` that bounds the amount (`30万内`, `5万多`, `5万整`), not a thing counted. */
const WAN_TAIL_BOUNDS = '内整多余左右上下止前后起';

/** How many numbers of one text are tried for a target (a long text is no value anyway). */
const MAX_NUMBERS = 8;

const EXPONENT_OR_HEX_RE = /\d[eE][+-]?\d|0[xX][0-9a-fA-F]/;

/**
 * A value written inside a text (`满意度≥90%`, `达到95%以上，…`), canonical, or undefined; `kind` is the row's (its facts).
 * Each number is tried in turn: the first whose bound is written (`总航时不少于30小时`) is the
 * target, before a number stated as an assumption (`暂定量按15次作业且…`); with no bound written,
 * the first number read.
 */
export function embeddedValue(ind: IndicatorRow, table: Pick<TableModel, 'moneyUnit'>, kind: IndicatorKind): string | undefined {
  return embeddedFigures(ind, table, kind).value;
}

/**
 * embeddedValue's value, and, when no number's bound is written, how many of the values read share
 * the first one's unit (`小学600人,初中700人,高中1000人`: 3); 0 when a bound is written (it names the
 * target: `每月1次，全年不少于12次` is one). One walk over the text's numbers for both.
 */
function embeddedFigures(ind: IndicatorRow, table: Pick<TableModel, 'moneyUnit'>, kind: IndicatorKind): { value: string | undefined; sameUnit: number; perDropped?: boolean } {
  const text = stripSpaces(ind.value.text);
  // A standard's code (`GB 3096-2008 2类`, `ISO9001`) holds numbers that are no target.
  if (STANDARD_CODE_RE.test(text)) return NO_FIGURES;
  // A number in exponent or hex form (`1.5E3台`, `0x10台`: how a spreadsheet shows a huge number, not
  // how a clerk writes one) is read by neither: its digits would give a wrong target (`≥3台`).
  if (EXPONENT_OR_HEX_RE.test(text)) return NO_FIGURES;
  let first: string | undefined;
  let unit: string | undefined;
  let sameUnit = 0;
  let perDropped = false;
  let tried = 0;
  let bounded: { value: string; perDropped: boolean; unit: string; count: number } | undefined;
  for (let i = 0; i < text.length && tried < MAX_NUMBERS; i++) {
    if (!isDigit(text[i]) || (i > 0 && (isDigit(text[i - 1]) || text[i - 1] === '.'))) continue;
    tried++;
    // A bound of a range (`18—54周岁`, `1-6期培训结束后`) is a condition on who or what is counted, not the
    // target: either end alone would change it (values45, real: 吕梁 护工培训 自评表 2021 gave `≥18周` and `≥1期`).
    if (inRange(text, i)) continue;
    const found = valueAt(text, i, ind, table, kind);
    if (!found) continue;
    if (found.bounded) {
      // Every bound written counts: `自愿咨询检测1000人次以上,艾滋病人检测600人次以上,…` holds three targets
      // (values45, real: 祁东 疾控 部门整体绩效目标表 2024; the first alone was offered as the fix).
      const u = VALUE_UNIT_RE.exec(found.value)?.[1] ?? '';
      if (!bounded) bounded = { value: found.value, perDropped: found.perDropped, unit: u, count: 1 };
      else if (u === bounded.unit) bounded.count++;
      continue;
    }
    if (bounded) continue;
    if (first === undefined) {
      first = found.value;
      perDropped = found.perDropped;
    }
    const u = VALUE_UNIT_RE.exec(found.value)?.[1] ?? '';
    unit ??= u;
    if (u === unit && u !== '') sameUnit++;
  }
  if (bounded) return { value: bounded.value, sameUnit: bounded.count >= 2 ? bounded.count : 0, perDropped: bounded.perDropped };
  return { value: first, sameUnit, perDropped };
}

/** Dashes and words joining a range's two numbers. */
const RANGE_JOINS = '-－—–~～至到';

/** True when the number starting at `digit` is a bound of a range: a dash and a number on either side of it. */
function inRange(text: string, digit: number): boolean {
  let end = digit;
  while (end < text.length && (isDigit(text[end]) || text[end] === '.')) end++;
  const after = end + 1 < text.length && RANGE_JOINS.includes(text[end]) && isDigit(text[end + 1]);
  const before = digit >= 2 && RANGE_JOINS.includes(text[digit - 1]) && isDigit(text[digit - 2]);
  return after || before;
}

const NO_FIGURES = { value: undefined, sameUnit: 0 } as const;

/** Words after a time saying a service is open for it (`24小时开放`, `8小时在线服务`, `全天候值守`). */
function availableAfter(rest: string): boolean {
  const words = rest.startsWith('全天候') ? rest.slice(3) : rest.startsWith('全天') ? rest.slice(2) : rest;
  return AVAILABILITY_AFTER_TIME_WORDS.some((w) => words.startsWith(w));
}

/** The unit of a canonical value (`≥600人` -> 人), or '' for none. */
const VALUE_UNIT_RE = /[\d.]([^\d.]*)$/;

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** The value read around the number starting at `digit`, and whether the text writes its sign. */
function valueAt(text: string, digit: number, ind: IndicatorRow, table: Pick<TableModel, 'moneyUnit'>, kind: IndicatorKind): { value: string; bounded: boolean; perDropped: boolean } | undefined {
  let stop = digit;
  while (stop < text.length && !STOPS.includes(text[stop])) stop++;
  // The whole clause first, then shorter ones (`≥90%满意`: the value, then a word).
  const ends = [stop];
  for (let e = Math.min(stop - 1, digit + TAIL_REACH); e > digit; e--) ends.push(e);
  for (const end of ends) {
    for (let start = Math.max(0, digit - SIGN_REACH); start <= digit; start++) {
      const p = parseIndicatorValue(text.slice(start, end));
      if (p.kind !== 'quantitative' || !p.unitKnown) continue;
      // `100分制` is a scale; `5G全覆盖` names a network, not 5 GB (a one-letter unit needs a sign).
      if (text[end] === '制' || (p.sign === undefined && /^[A-Za-z]$/.test(p.unitText ?? ''))) continue;
      // `5万羽`: 万 before the clause's one last character is ten thousand of a thing counted
      // in a word not known as a unit (birds), not 万元 and a word: `≥5万元` would change what is
      // counted. A longer tail (`30万用于…`) is money and its use; a bound's word (`30万内`, `5万多`) is too.
      if (p.unitText === '万' && end === stop - 1 && /[\u4e00-\u9fff]/.test(text[end]) && !WAN_TAIL_BOUNDS.includes(text[end])) continue;
      // `成本节约率≥5%` on a cost: a rate, no sum of money to cap it (the cost message says so).
      if (kind === 'cost' && p.unit !== undefined && (unitClass(p.unit) === 'percent' || p.unit === '‰')) continue;
      const number = repairedNumber(p);
      if (number === undefined) continue;
      // `24小时开放`, `每天8小时在线`: a time the service is available for is a floor, whatever the
      // name (`开放时间` is no deadline): ≥, never the ceiling a time taken would get.
      const available = p.sign === undefined && p.unit !== undefined && unitClass(p.unit) === 'time' && availableAfter(text.slice(end));
      let sign = correctedSign(kind, p.sign ?? (available ? '≥' : inferSign(ind, Number(number), p.unit)));
      // `达到100%`: a rate cannot pass 100%, so the target is 100% itself.
      if (sign === '≥' && p.unit === '%' && Number(number) === 100) sign = '＝';
      let unit = p.unit ?? (kind === 'cost' ? table.moneyUnit : undefined);
      // `每月1次`, `每季度不少于1次`: the period belongs to the unit (≥1次/月), or the target
      // suggested would say something else (a rate or a sum of money keeps its own unit).
      // `每人每月300元`: a sum per one and per period; `＝300元` would drop both, and how to write them
      // (元/人/月?) is the unit's to choose: the value is shown as an example, never offered as the fix.
      const perDropped = unit !== undefined && moneyFactor(unit) !== undefined && !unit.includes('/') && /每/.test(text.slice(Math.max(0, start - SIGN_REACH), start));
      const per = unit && !unit.includes('/') && unit !== '%' && unit !== '‰' && moneyFactor(unit) === undefined ? PER_PERIOD_RE.exec(text.slice(0, start)) : null;
      if (per) unit = `${unit}/${per[1]}`;
      return { value: formatValue({ sign, number, unit }), bounded: p.sign !== undefined, perDropped };
    }
  }
  return undefined;
}

/** Words that make a rate's name a direction (`提高普及率`, `保持较高完成率`), a qualitative target of its own. */
const RATE_DIRECTION_RE = /^(?:提高|提升|增加|增强|降低|减少|保持|确保|达到|维持|稳定|稳步|逐步|有效|明显|不断|持续|较高|高|低)/;

const DIGIT_RE = /\d/;

/** A value that is only a rate's name (`知识更新率`): no digit, short, ends as a share, no direction word. */
function isRateAsValue(text: string): boolean {
  const t = stripSpaces(text);
  return t.length <= 10 && !DIGIT_RE.test(t) && isShareRateName(t) && !RATE_DIRECTION_RE.test(t);
}

const EXAMPLES = { cost: '≤10万元', satisfaction: '≥90%' } as const;

/**
 * Targets written in one text, at most 9 counted: a sign followed by a number (`≥95%；≥90%` has
 * two), or, with fewer, the values read from it when none is bounded in words and they share a unit
 * (`sameUnit` of embeddedFigures: `小学600人,初中700人,高中1000人` has three in 人: the first is no
 * more the target than the others; before, `≥600人` was offered as the fix).
 */
function targetCount(text: string, sameUnit: number): number {
  if (text.length > 200) return 0;
  let n = 0;
  for (const _ of text.matchAll(/[≥≤＞＜><＝=≧≦⩾⩽≮≯]\s*\d/g)) if (++n >= 9) break;
  return n >= 2 ? n : Math.max(n, sameUnit);
}

/**
 * A 时效 text that still states a time: a date, a deadline, a period (`2025年12月底前`, `当月`,
 * `年度内`, `本年度`, `次年3月前`), a period (`项目周期内`, `实施期内`), a frequency (`每月`, `按季度`, 环卫的 `日产日清`, `常态化`), a season (`汛期前`, `开学前`, `春耕前`), a time set elsewhere
 * (`按合同约定时间`, `规定时限内`, `按时限完成`, `按工程进度`). Bare `按时`/`按期` (`按时完成`) is
 * no time: on time by what date? Evaluation reports send back 时效指标未设定时间, and the real
 * corpus's labels call `及时支出` a value with no time or rate (a 安徽 城市管理局, 2023, tune); `按时` says no more.
 */
function statesTime(text: string): boolean {
  // `当年的所有时间`, `任何时间`: every time is no time (a year named does not make it a deadline).
  if (/(所有|全部|任何|一切)的?时间/.test(text)) return false;
  return isDateText(text) || /(月|年|年度|日|天|季度|周|小时|工作日)(内|前|底|末|以内|之前|之内)|当(天|日|月|年)|本(年|月|季度|周)|次年|(每|按)(天|日|周|旬|月|季|季度|年|半年|学期)|期(内|间|以内|之内)|期限(内|以内|之内)|(规定|约定|合同|计划|要求)的?(时间|时限|期限|日期|节点|工期)|(汛期|汛|开学|春耕|春播|秋收|秋播|冬修|春节|节|供暖季|采暖季|雨季|旱季)(前|之前|以前)|下一?年度?|常态化|按(合同|协议)|^(汛期|供暖期|采暖期|学期|假期)$|按(工程|施工|计划)?进度|日清|随产随清|即产即清|即时|实时|长期|常年|全年|按(?:时|期)限|按时间(?:节点|要求|安排)|按节点|持续/.test(stripSpaces(text));
}

export const qualitativeNotAllowed: Rule = {
  meta: { id: 'value/qualitative-not-allowed', category: 'value', severity: 'error', fixable: true },
  row(ctx, ind, facts) {
    const { kind } = facts;
    if (ind.parsed.kind !== 'qualitative') return;
    if (kind === 'quantity' || kind === 'timeliness' || kind === 'quality') {
      // A deadline (`≤2025年3月`) is a time, not a sentence holding a number.
      if (kind === 'timeliness' && isDateText(ind.value.text)) return;
      // A ratio (`≥1:1` 配套比例) is measurable as written.
      if (isRatioText(ind.value.text)) return;
      // A sentence holding a measurable target (`完成率达到100%`): the target is the value. (In
      // split columns the sentence is said too, with no fix: a sign and unit have cells of their own.)
      const split = isSplit(ind);
      const { value: embedded, sameUnit, perDropped } = embeddedFigures(ind, ctx.table, kind);
      const targets = embedded && !split ? targetCount(ind.value.text, sameUnit) : 0;
      if (targets >= 2) {
        // `≥95%；≥90%`, `城区≥95%，农村≥90%`: two targets in one cell; keeping one would lose the other.
        ctx.report({ messageId: 'twoTargets', at: ind.value.at, data: { value: shown(ind), count: targets }, severity: 'warning' });
      } else if (embedded) {
        ctx.report({ messageId: perDropped ? 'sentencePer' : 'sentence', at: ind.value.at, data: { value: shown(ind), example: embedded }, suggestion: split || perDropped ? undefined : embedded, severity: 'warning' });
      } else if ((kind === 'quantity' && !isCategoryName(ind.level3.text)) || (kind === 'timeliness' && !statesTime(ind.value.text))) {
        // A quantity or a deadline in vague words measures nothing a reviewer can check. A rate
        // said to be whole (`覆盖率 | 全覆盖`, `完成率 | 全部完成`) is 100%: that is the fix.
        const whole = kind === 'quantity' && !isSplit(ind) && isRateName(stripSpaces(ind.level3.text)) && WHOLE_RE.test(stripSpaces(ind.value.text));
        ctx.report({ messageId: kind === 'quantity' ? 'vagueQuantity' : 'vagueTimeliness', at: ind.value.at, data: { value: shown(ind) }, severity: 'warning', ...(whole ? { suggestion: '＝100%' } : {}) });
      } else if (kind === 'quality' && !isSplit(ind) && isShareRateName(stripSpaces(ind.level3.text))) {
        // A quality rate said in words (`验收合格率 | 合格`, `达标率 | 全部达标`): a rate is a
        // percentage, or nothing can be assessed at the year's end; said to be whole, 100%.
        const whole = WHOLE_RE.test(stripSpaces(ind.value.text));
        ctx.report({ messageId: 'vagueRate', at: ind.value.at, data: { value: shown(ind), name: stripSpaces(ind.level3.text) }, severity: 'warning', ...(whole ? { suggestion: '＝100%' } : {}) });
      } else if (kind === 'quality' && !isSplit(ind) && isRateAsValue(ind.value.text)) {
        // The value names a rate and gives none (`科普宣传栏内容更新 | 知识更新率`, values45, real: 鄂州 科协 2022).
        ctx.report({ messageId: 'vagueRate', at: ind.value.at, data: { value: shown(ind), name: stripSpaces(ind.value.text) }, severity: 'warning' });
      }
      return;
    }
    if (kind !== 'cost' && kind !== 'satisfaction') return;
    const { value: embedded, sameUnit, perDropped } = embeddedFigures(ind, ctx.table, kind);
    // The amount or percentage is there, inside words (`≥90%满意`, `控制在…1000元/人…`): written
    // the wrong way, not missing. (In split columns the value cannot take a sign and unit: no fix.)
    const targets = embedded && !isSplit(ind) ? targetCount(ind.value.text, sameUnit) : 0;
    if (targets >= 2) {
      ctx.report({ messageId: 'twoTargets', at: ind.value.at, data: { value: shown(ind), count: targets }, severity: 'warning' });
      return;
    }
    if (embedded) {
      const suggestion = isSplit(ind) || perDropped ? undefined : embedded;
      ctx.report({ messageId: perDropped ? 'sentencePer' : 'sentence', at: ind.value.at, data: { value: shown(ind), example: embedded }, suggestion, severity: 'warning' });
      return;
    }
    // `≤预算数`, `预算内`: the cap meant is the budget; with no other cap in the table, that amount.
    const suggestion = kind === 'cost' && !isSplit(ind) && BUDGET_WORDS_RE.test(stripSpaces(ind.value.text)) ? budgetAsCap(ctx) : undefined;
    ctx.report({ messageId: kind, at: ind.value.at, data: { value: shown(ind), example: suggestion ?? EXAMPLES[kind] }, suggestion });
  },
};

/**
 * A cost written as the budget in words: `≤预算数`, `不超过预算金额`, `预算内`, `控制在批复预算以内`,
 * `在预算范围内`, `不超预算`, `不突破预算`.
 */
const BUDGET_WORDS_RE = /^(?:≤|<=|＜=|不超过|不超出|不超|不突破|未超过|不高于|控制在|在)?(?:项目|年度)?(?:批复)?(?:预算|批复)(?:数|金额|资金|总额)?(?:内|以内|之内|范围内|范围以内)?$/;

/** The budget as a cap (`≤100万元`) when the table has one and no cost row states a sum already. */
function budgetAsCap(ctx: RuleContext): string | undefined {
  const unit = ctx.table.moneyUnit;
  const total = amountIn(readAmount(ctx.table.budget.total), unit);
  if (total === undefined || ctx.facts.totalCaps.length > 0) return undefined;
  return formatValue({ sign: '≤', number: total.toString(), unit });
}
