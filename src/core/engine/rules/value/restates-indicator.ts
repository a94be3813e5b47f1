/**
 * A qualitative value that only repeats the 三级 name or its description (`提高法律监督水平` three
 * times): it measures nothing. Compared exactly, after removing spaces and punctuation — a
 * value that is merely similar (`保障网络安全` under `保障网络安全性`) is a real, if thin, target.
 */
import { contentKey } from '../../text';
import type { Rule } from '../types';
import { shown } from './fix';

export const restatesIndicator: Rule = {
  meta: { id: 'value/restates-indicator', category: 'value', severity: 'warning', fixable: false },
  row(ctx, ind) {
    if (ind.parsed.kind !== 'qualitative') return;
    // One cell of a `三级指标及指标值` column stating a qualitative indicator whole (`业务能力有效提升`):
    // its name and its target are the one text, not a value copied from the name.
    if (ind.value.part !== undefined && ind.value.part.before === '' && ind.level3.at.row === ind.value.at.row && ind.level3.at.col === ind.value.at.col) return;
    const key = contentKey(ind.value.text);
    if (key === '') return;
    const name = contentKey(ind.level3.text);
    const description = ind.description ? contentKey(ind.description.text) : '';
    const messageId = key === name ? 'name' : key === description ? 'description' : undefined;
    if (messageId) ctx.report({ messageId, at: ind.value.at, data: { value: shown(ind), name: ind.level3.text.trim() } });
  },
};
