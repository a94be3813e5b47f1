/**
 * Split layouts (L3/L4): the columns of one value contradict each other — the unit column says
 * `%` but the number cell says `28.8万元`; the sign column and the number cell disagree; `定性`
 * over a number or a unit; `定量` over text; `正向` with ≤ or `反向` with ≥; a sign cell that is
 * not a sign. Each on the cell most likely wrong, with a fix where the indicator tells which.
 */
import type { IndicatorRow, UnitClass } from '../../../model';
import type { RowFacts } from '../../facts';
import { stripSpaces } from '../../text';
import { normalizeUnit, unitClass } from '../../units';
import { formatValue, parseSign, readNature, signDirection } from '../../value';
import type { Rule, RuleContext } from '../types';
import { DIRECTION_WORDS, isDateText, isFiller, isNoUnit } from '../../vocabulary';
import { correctedSign, repairedNumber, shown } from './fix';
import type { IndicatorKind } from './kind';

function fits(kind: IndicatorKind, cls: UnitClass | undefined): boolean {
  if (kind === 'satisfaction') return cls === 'percent';
  if (kind === 'cost') return cls === 'money';
  if (kind === 'timeliness') return cls === 'time' || cls === 'percent';
  return true;
}

function checkRow(ctx: RuleContext, ind: IndicatorRow, facts: RowFacts): void {
  const { kind, own } = facts;
  const value = shown(ind);
  const signText = ind.sign ? stripSpaces(ind.sign.text) : '';
  const column = parseSign(signText);
  // A system's `-` or 无 in the unit column says "no unit".
  const unitRaw = ind.unit ? stripSpaces(ind.unit.text) : '';
  const unitText = isNoUnit(unitRaw) ? '' : unitRaw;

  // A system's `—` or `/` in the sign column says "no sign" (a 定性 value); a number with no sign
  // is value/missing-sign's finding (reported here when that rule is off).
  const noSign = isFiller(signText) && (own.kind !== 'quantitative' || ctx.enabled('value/missing-sign'));
  if (ind.sign && signText !== '' && !column && !noSign) {
    const n = readNature(signText);
    // `中性` (neither more nor less is better, a 定性 value such as 明显改善) is a direction the
    // 预算一体化 systems offer beside 正向/反向, not a mistyped sign.
    if (n.qualitative === undefined && n.direction === undefined && DIRECTION_WORDS[signText] !== 'neutral') {
      ctx.report({ messageId: 'unknownSign', at: ind.sign.at, data: { value, sign: signText } });
    }
  }

  // The first of the row's columns that states 定性/定量 (says true: 定性).
  const nature = facts.nature;
  if (nature?.says && own.kind === 'quantitative' && own.numberText !== undefined) {
    const natureText = nature.field.text.trim();
    // The value itself is measurable: only the type column mislabels it, a warning.
    ctx.report({ messageId: 'qualitativeWithNumber', at: nature.field.at, data: { value, nature: natureText }, suggestion: natureText.replace('定性', '定量'), severity: 'warning' });
  } else if (nature?.says && own.kind === 'qualitative' && unitText !== '' && ind.unit) {
    ctx.report({ messageId: 'qualitativeWithUnit', at: ind.unit.at, data: { value, unit: unitText } });
  } else if (nature && !nature.says && own.kind === 'qualitative' && !isDateText(own.raw)) {
    ctx.report({ messageId: 'quantitativeWithText', at: ind.value.at, data: { value, nature: nature.field.text.trim() } });
  }

  if (ind.unit && unitText !== '' && own.unit !== undefined && normalizeUnit(unitText) !== own.unit) {
    const data = { value, unit: unitText, valueUnit: own.unitText ?? own.unit };
    const columnFits = fits(kind, unitClass(unitText));
    const cellFits = fits(kind, own.unitClass);
    const number = repairedNumber(own);
    if (cellFits && !columnFits) ctx.report({ messageId: 'unitConflict', at: ind.unit.at, data, suggestion: own.unit });
    else if (columnFits && !cellFits && number !== undefined) {
      ctx.report({ messageId: 'unitConflict', at: ind.value.at, data, suggestion: formatValue({ sign: own.sign, number }) });
    } else ctx.report({ messageId: 'unitConflict', at: ind.value.at, data });
  }

  if (column && own.sign !== undefined && column.sign !== own.sign) {
    ctx.report({ messageId: 'signConflict', at: ind.value.at, data: { value, sign: signText, valueSign: own.signText ?? own.sign } });
  }

  const direction = facts.direction;
  const sign = column?.sign ?? own.sign;
  // A sign wrong for a cost or a satisfaction is value/wrong-direction's finding, whatever 正向/反向 says.
  // ＝ fits either direction (差错率 ＝0% on a 反向 indicator).
  const leftToWrongDirection = correctedSign(kind, sign ?? '＝') !== sign && ctx.enabled('value/wrong-direction');
  if (direction && sign && sign !== '＝' && signDirection(sign) !== direction.says && !leftToWrongDirection) {
    const at = column && ind.sign ? ind.sign.at : ind.value.at;
    // A warning: the sign and the number are the target, the direction word a label beside them
    // (published exports pair 正向 with 小于等于 on deadlines and caps: 内蒙古 2024).
    ctx.report({ messageId: 'directionConflict', at, data: { value, direction: direction.field.text.trim(), sign }, severity: 'warning' });
  }
}

export const splitContradiction: Rule = {
  meta: { id: 'value/split-contradiction', category: 'value', severity: 'error', fixable: true },
  row(ctx, ind, facts) {
    if (ind.sign === undefined && ind.unit === undefined && ind.nature === undefined && ind.direction === undefined) return;
    checkRow(ctx, ind, facts);
  },
};
