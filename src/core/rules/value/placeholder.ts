/** A placeholder (`XX`, `/`, `无`, `待定`, `——`, `≥XX%`) where a target belongs. */
import type { Rule } from '../types';
import { shown } from './fix';

export const placeholder: Rule = {
  meta: { id: 'value/placeholder', category: 'value', severity: 'error', fixable: false },
  check(ctx) {
    for (const ind of ctx.table.indicators) {
      if (ind.parsed.kind === 'placeholder') ctx.report({ messageId: 'placeholder', at: ind.value.at, data: { value: shown(ind) } });
    }
  },
};
