/**
 * An indicator row with nothing in its value cell(s): every indicator needs a target. A row marked
 * 定性 in its own column has said what kind of target it is: a warning there, not an error.
 */
import type { IndicatorRow } from '../../../model';
import { NATURE_WORDS } from '../../vocabulary';
import type { Rule } from '../types';

function markedQualitative(ind: IndicatorRow): boolean {
  return [ind.nature, ind.sign, ind.direction].some((f) => f !== undefined && NATURE_WORDS[f.text.replace(/\s/g, '')] === 'qualitative');
}

export const empty: Rule = {
  meta: { id: 'value/empty', category: 'value', severity: 'error', fixable: false },
  row(ctx, ind) {
    if (ind.parsed.kind !== 'empty') return;
    const qualitative = markedQualitative(ind);
    ctx.report({ messageId: qualitative ? 'qualitative' : 'empty', at: ind.value.at, data: { name: ind.level3.text.trim() }, ...(qualitative ? { severity: 'warning' as const } : {}) });
  },
};
