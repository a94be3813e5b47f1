/**
 * A sign or unit written twice: `≥≥90%`, `≥＞90%`, `98%%`, `26.5万元万元` (typing slips, errors),
 * or a symbol repeated in words, `≥98%以上`, `≤3个工作日内` (redundant: a warning). Signs that
 * contradict each other (`≥90%以下`) cannot be repaired without asking. A unit whose ending was
 * typed again (`≥200人次次`, `≤5万元元`) is a slip of the keyboard whose fix is plain: a warning.
 */
import { repeatedSign, scanValue, signDirection } from '../../value';
import type { Rule } from '../types';
import { shown, valueFix } from './fix';

export const doubledMark: Rule = {
  meta: { id: 'value/doubled-mark', category: 'value', severity: 'error', fixable: true },
  row(ctx, ind) {
    const p = ind.parsed;
    const doubledSign = p.problems.includes('doubled-sign');
    const doubledUnit = p.problems.includes('doubled-unit');
    const stuttered = p.problems.includes('stuttered-unit');
    if (!doubledSign && !doubledUnit && !stuttered) return;
    const { at, suggestion } = valueFix(ind, ctx.table);
    const value = shown(ind);
    if (doubledSign && ind.sign && !scanValue(ind.value.text).leading.length) {
      // Split layouts: the sign column holds the repeat (`≥≥`); the fix is that cell alone.
      const single = repeatedSign(ind.sign.text);
      ctx.report({
        messageId: 'doubledSign',
        at: ind.sign.at,
        data: { value: ind.sign.text.trim(), signs: ind.sign.text.trim(), suggestion: single?.text ?? '' },
        ...(single ? { suggestion: single.text } : {}),
      });
    } else if (doubledSign) {
      const scan = scanValue(ind.value.text);
      const signs = [...scan.leading, ...(scan.trailing ? [scan.trailing] : [])];
      const directions = new Set(signs.map((s) => signDirection(s.sign)));
      const text = signs.map((s) => s.text).join('、');
      if (directions.size > 1) {
        ctx.report({ messageId: 'conflictingSigns', at, data: { value, signs: text } });
      } else if (scan.trailing) {
        ctx.report({ messageId: 'redundantWords', at, data: { value, words: scan.trailing.text }, suggestion, severity: 'warning' });
      } else {
        ctx.report({ messageId: suggestion ? 'doubledSign' : 'doubledSignNoFix', at, data: { value, signs: text, suggestion: suggestion ?? '' }, suggestion });
      }
    }
    if (doubledUnit && ind.unit && !scanValue(ind.value.text).doubledUnit) {
      // Split layouts: the unit column holds the repeat (`次次`); the fix is that cell alone.
      ctx.report({ messageId: 'doubledUnit', at: ind.unit.at, data: { value: ind.unit.text.trim(), unit: p.unit ?? '', suggestion: p.unit ?? '' }, suggestion: p.unit });
    } else if (doubledUnit) {
      ctx.report({ messageId: suggestion ? 'doubledUnit' : 'doubledUnitNoFix', at, data: { value, unit: p.unit ?? '', suggestion: suggestion ?? '' }, suggestion });
    }
    if (stuttered && ind.unit && !scanValue(ind.value.text).stutter) {
      // Split layouts: the unit column holds `人次次`; the fix is that cell alone.
      const written = ind.unit.text.trim();
      ctx.report({ messageId: 'stutteredUnit', at: ind.unit.at, data: { value, written, unit: p.unit ?? '', suggestion: p.unit ?? '' }, suggestion: p.unit, severity: 'warning' });
    } else if (stuttered) {
      const written = p.unitText === undefined ? '' : p.unitText + (scanValue(ind.value.text).stutter ?? '');
      ctx.report({ messageId: 'stutteredUnit', at, data: { value, written, unit: p.unit ?? '', suggestion: suggestion ?? p.unit ?? '' }, suggestion, severity: 'warning' });
    }
  },
};
