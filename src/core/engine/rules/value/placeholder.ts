/**
 * A placeholder (`XX`, `/`, `待定`, `——`, `≥XX%`) where a target belongs. `无` or `/` on a row
 * where nothing is expected — 社会成本 and 生态环境成本 (the 2021 guidance allows 0 or none), a
 * benefit the project does not have (经济效益 of a training course) — says "not applicable"
 * and is only noted. `无` on a measure of something unwanted (`安全事故`, `质量问题投诉`, `违规违纪情况`)
 * is the target itself — none — as `零事故` is: no finding.
 */
import { stripSpaces } from '../../text';
import type { IndicatorRow } from '../../../model';
import type { RowFacts } from '../../facts';
import type { Rule } from '../types';
import { shown } from './fix';
import { isNegativeMeasure, NON_MONEY_COST_NAME_RE } from './kind';
import { NONE_RE, NOT_APPLICABLE_LEVEL2 } from '../../vocabulary';


function notApplicable(ind: IndicatorRow, facts: RowFacts): boolean {
  const l2 = facts.level2?.name;
  const expected = (l2 !== undefined && NOT_APPLICABLE_LEVEL2.has(l2)) || NON_MONEY_COST_NAME_RE.test(stripSpaces(ind.level3.text));
  return expected && NONE_RE.test(stripSpaces(ind.value.text));
}

/** Things a project aims to have none of: `无` on such a row is a target, not a placeholder. */
const UNWANTED_RE = /事故|违规|违纪|违法|投诉|纠纷|隐患|伤亡|污染|上访|信访|质量问题|安全问题|负面|舆情/;

function statesNone(ind: IndicatorRow): boolean {
  if (stripSpaces(ind.value.text) !== '无') return false;
  const name = ind.level3.text;
  return isNegativeMeasure(name) || UNWANTED_RE.test(name);
}

/**
 * A result where a target belongs (`已完成`, `已全部落实`): how a self-evaluation reports the year, copied into a
 * target table (values45, real: 安居区 食品监管 区域自评表 2021, three 质量指标 with `已完成` in 年度指标值). Only noted:
 * the work's being done is what is meant, said in the past.
 */
const DONE_RE = /^已(?:经)?(?:全部|全面|按时|如期|按期|足额)?(?:完成|达到|达成|实现|落实|办结|到位|发放|建成)$/;

export const placeholder: Rule = {
  meta: { id: 'value/placeholder', category: 'value', severity: 'error', fixable: false },
  row(ctx, ind, facts) {
    if (ind.parsed.kind === 'qualitative' && DONE_RE.test(stripSpaces(ind.value.text))) {
      ctx.report({ messageId: 'doneAsTarget', at: ind.value.at, data: { value: shown(ind) }, severity: 'info' });
      return;
    }
    if (ind.parsed.kind !== 'placeholder') return;
    if (statesNone(ind)) return;
    if (notApplicable(ind, facts)) ctx.report({ messageId: 'notApplicable', at: ind.value.at, data: { value: shown(ind) }, severity: 'info' });
    else ctx.report({ messageId: 'placeholder', at: ind.value.at, data: { value: shown(ind) } });
  },
};
