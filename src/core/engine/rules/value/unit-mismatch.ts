/**
 * A unit that does not fit the 二级指标 (SPEC §4): a satisfaction is a percentage, a 时效 a time
 * or a rate in %, a cost money. A known unit of the wrong class is an error; an unknown unit only
 * a warning (it may be a unit this checker does not know); complaints counted under 满意度
 * (`投诉次数 ≤2次`) only a note. For 数量指标 only clear cases are
 * reported, as warnings: money, or a percentage on a name that counts (`…数量`, `…次数`); on 质量,
 * 效益 and rows of no known kind, a percentage on a count (`培训人数 ≥5%`) and, on those and 数量,
 * a count, score or money on a rate that is a share (`验收合格率 ≥1个`).
 */
import type { IndicatorRow, ParsedValue, Severity } from '../../../model';
import { isPerTime } from '../../units';
import type { Rule } from '../types';
import { isDateSerial } from './date-serial';
import { isSplit, shown } from './fix';
import { isCountName, isRateName, isReverseSatisfaction, isShareRateName, type IndicatorKind } from './kind';

interface Verdict {
  messageId: string;
  severity: Severity;
}

/** What value/unit-mismatch says of a value's unit on a row of this kind, if anything. */
export function judge(kind: IndicatorKind, p: ParsedValue, name: string): Verdict | undefined {
  const cls = p.unitClass;
  const unit = p.unit ?? '';
  const severity: Severity = p.unitKnown ? 'error' : 'warning';
  switch (kind) {
    case 'satisfaction':
      if (cls === 'percent') return undefined;
      // `投诉次数 ≤2次`, `有效投诉 0起`: complaints counted, less is better; many counties keep them
      // under 满意度. A note, not an error.
      if (cls === 'count' && isReverseSatisfaction(name)) return { messageId: 'satisfactionComplaints', severity: 'info' };
      return cls === 'score' ? { messageId: 'satisfactionScore', severity: 'warning' } : { messageId: 'satisfaction', severity };
    case 'timeliness':
      return cls === 'time' || cls === 'percent' || isPerTime(unit) ? undefined : { messageId: 'timeliness', severity };
    case 'cost':
      if (cls === 'money') return undefined;
      return { messageId: 'cost', severity: cls === 'percent' && isRateName(name) ? 'warning' : severity };
    case 'quantity':
      if (cls === 'money') return { messageId: 'quantityMoney', severity: 'warning' };
      if (cls === 'percent' && !isRateName(name) && (/(?:数|数量)$/.test(name.trim()) || isCountName(name))) return { messageId: 'quantityPercent', severity: 'warning' };
      return shareRate(p, name);
    case 'quality':
    case 'benefit':
    case 'unknown':
      // `培训人数 ≥5%` under 质量 or 效益: a count is a count whatever its 二级.
      if (cls === 'percent' && isCountName(name)) return { messageId: 'quantityPercent', severity: 'warning' };
      return shareRate(p, name);
    default:
      return undefined;
  }
}

/**
 * `验收合格率 ≥1个`, `合格率 ≥90分`: a rate that is a share of a whole is a percentage (SPEC §4:
 * rates are 0–100%); a count, a score or money on it says the name or the value is wrong. A warning.
 */
function shareRate(p: ParsedValue, name: string): Verdict | undefined {
  const cls = p.unitClass;
  if ((cls === 'count' || cls === 'score' || cls === 'money') && p.unitKnown && isShareRateName(name)) return { messageId: 'rateUnit', severity: 'warning' };
  return undefined;
}

/** The cell the unit was written in: the unit column of a split layout, else the value cell. */
function unitCell(ind: IndicatorRow) {
  return isSplit(ind) && ind.unit && ind.unit.text.trim() !== '' && ind.parsed.unitText === ind.unit.text.replace(/\s/g, '')
    ? ind.unit.at
    : ind.value.at;
}

export const unitMismatch: Rule = {
  meta: { id: 'value/unit-mismatch', category: 'value', severity: 'error', fixable: false },
  row(ctx, ind, facts) {
    const { kind } = facts;
    const p = ind.parsed;
    if (p.kind !== 'quantitative' || p.unit === undefined || p.numberText === undefined) return;
    // A date stored as its serial number, repeated in the unit column (`44,561 | 44,561`): the
    // column holds no unit of the wrong class but the same date, value/date-serial's finding.
    if (isDateSerial(ctx, ind, kind)) return;
    const verdict = judge(kind, p, ind.level3.text);
    if (!verdict) return;
    ctx.report({
      messageId: verdict.messageId,
      at: unitCell(ind),
      data: { value: shown(ind), unit: p.unitText ?? p.unit, name: ind.level3.text.trim() },
      severity: verdict.severity,
    });
  },
};
