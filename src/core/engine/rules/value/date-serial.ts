/**
 * A deadline that Excel stored as a date and an export printed as its serial number (`44,561` for
 * 2021-12-31, often in the unit column too): nobody reading the table sees a date. Only on 时效
 * indicators or names about a date, and only for whole numbers that are days of 2000–2049.
 */
import type { IndicatorRow } from '../../../model';
import type { Rule } from '../types';
import { isSplit, shown } from './fix';
import type { IndicatorKind } from './kind';

/** Serial numbers of 2000-01-01 and 2049-12-31 in Excel's 1900 date system. */
const FIRST = 36526;
const LAST = 54789;
const DAY_MS = 86_400_000;
/** Day 0 of the serial numbers (Excel counts the non-existent 1900-02-29, so day 0 is 1899-12-30). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** The date a serial number stands for, as 2021年12月31日. */
export function serialDate(serial: number): string {
  const d = new Date(EPOCH_MS + serial * DAY_MS);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

function looksLikeSerial(ind: IndicatorRow, kind: IndicatorKind): number | undefined {
  const p = ind.parsed;
  if (p.kind !== 'quantitative' || p.number === undefined || !Number.isInteger(p.number)) return undefined;
  if (p.number < FIRST || p.number > LAST) return undefined;
  // A unit other than a repeat of the number (`44,561` in the unit column) makes it a quantity.
  const unitText = (ind.unit?.text ?? p.unitText ?? '').replace(/[\s,，]/g, '');
  if (unitText !== '' && !/^\d+$/.test(unitText)) return undefined;
  const dateName = /时间|日期|期限|时限|截止|完成时|到位时/.test(ind.level3.text);
  return kind === 'timeliness' || dateName ? p.number : undefined;
}

export const dateSerial: Rule = {
  meta: { id: 'value/date-serial', category: 'value', severity: 'warning', fixable: true },
  row(ctx, ind, facts) {
    const serial = looksLikeSerial(ind, facts.kind);
    if (serial === undefined) return;
    const date = serialDate(serial);
    const suggestion = isSplit(ind) ? undefined : `${date}前`;
    ctx.report({ messageId: 'serial', at: ind.value.at, data: { value: shown(ind), date }, ...(suggestion ? { suggestion } : {}) });
  },
};
