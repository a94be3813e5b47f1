/**
 * A 数量指标 with a ceiling (`≤1台`): an output quantity is normally a floor (≥) or exact (＝).
 * SPEC §4 calls it suspicious, and reviewers send it back: the tune corpus labels both it has as
 * warnings (临沂 市府 2025 `<=6962人`, 扎赉特旗检察院 2025 `小于等于 | 1` on 车辆采购数量). A warning, not an
 * error: it is legitimate at times (buying at most one device, the seed's 堡垒机), so the message asks
 * to check. A count where fewer is better (投诉次数, 安全事故发生次数), or one its name or description says
 * is held down (控制会议次数), is rightly capped: no finding.
 * Reported on the value cell in every layout (the target a reviewer marks; in split layouts the
 * sign column only says how the target reads).
 */
import type { Rule } from '../types';
import { shown } from './fix';
import { isNegativeMeasure } from './kind';

/** A name or description that says the quantity is to be held down (控制会议次数, 压减…, 最多…): its ceiling is meant. */
const LIMITED_RE = /控制|压减|压缩|精简|上限|最多|不超过|不得超过|限额|限量/;

export const quantityCeiling: Rule = {
  meta: { id: 'value/quantity-ceiling', category: 'value', severity: 'warning', fixable: false },
  row(ctx, ind, facts) {
    const { kind } = facts;
    const p = ind.parsed;
    if (kind !== 'quantity' || p.kind !== 'quantitative' || (p.sign !== '≤' && p.sign !== '＜')) return;
    if (isNegativeMeasure(ind.level3.text) || LIMITED_RE.test(ind.level3.text) || (ind.description !== undefined && LIMITED_RE.test(ind.description.text))) return;
    ctx.report({ messageId: 'ceiling', at: ind.value.at, data: { value: shown(ind), sign: p.sign } });
  },
};
