/**
 * A sign or a unit with no number (`≥%`, `≥`, `%`; in split layouts a sign and unit over an empty
 * number cell). Nothing to suggest: the number is the one thing only the author knows. When the
 * number is there but words stand between it and the sign (`≤预算100万元`, `≥培训500人`), the
 * target is read from the text: a warning with that target as the suggestion.
 */
import { stripSpaces } from '../../text';
import type { Rule } from '../types';
import { isSplit, shown } from './fix';
import { embeddedValue } from './qualitative-not-allowed';

/** A sign, then words (Chinese only: `≤****000元` hides its number), then the number. */
const WORDS_BETWEEN_RE = /^[^\d\u4e00-\u9fff]{1,3}[\u4e00-\u9fff]{1,8}\d/;

export const missingNumber: Rule = {
  meta: { id: 'value/missing-number', category: 'value', severity: 'error', fixable: true },
  row(ctx, ind, facts) {
    if (ind.parsed.kind === 'quantitative' && ind.parsed.problems.includes('no-number')) {
      const embedded = !isSplit(ind) && WORDS_BETWEEN_RE.test(stripSpaces(ind.value.text)) ? embeddedValue(ind, ctx.table, facts.kind) : undefined;
      if (embedded) {
        ctx.report({ messageId: 'wordsBetween', at: ind.value.at, data: { value: shown(ind), example: embedded }, suggestion: embedded, severity: 'warning' });
        return;
      }
      ctx.report({ messageId: 'noNumber', at: ind.value.at, data: { value: shown(ind) } });
    }
  },
};
