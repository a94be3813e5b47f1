/**
 * Recognising the labels of a target table. Column and field names differ between systems
 * (SPEC §2), so every spelling the locator accepts is here, compared after `labelKey`.
 */
import { labelKey } from './text';
import { repeatedSign } from './value';
import type { ColumnRole, MoneyUnit } from './model';

export type FieldLabel =
  | 'projectName'
  | 'budgetBlock'
  | 'total'
  | 'fiscal'
  | 'other'
  | 'use'
  | 'goals'
  | 'moneyUnit'
  | 'unitName'
  | 'category';

/** Grid header roles, plus the ambiguous sign/direction/nature columns decided by content. */
export type HeaderLabel = ColumnRole | 'signOrDirection';

export interface LabelInfo {
  field?: FieldLabel;
  header?: HeaderLabel;
  /** A money unit written inside the label: `预算数（万元）`, `单位：元`. */
  unit?: MoneyUnit;
}

/** `（万元）` / `(元)` at the end of a label, and what remains. */
function splitUnitSuffix(key: string): { base: string; unit?: MoneyUnit } {
  const m = /^(.*?)\((万元|元)\)$/.exec(key);
  if (m) return { base: m[1], unit: m[2] as MoneyUnit };
  return { base: key };
}

const FIELD_PATTERNS: [RegExp, FieldLabel][] = [
  [/^(项目)?名称$/, 'projectName'],
  [/^项目名$/, 'projectName'],
  [/^预算(规模|资金)?及(资金)?用途$/, 'budgetBlock'],
  [/^(项目)?资金(情况|规模)?(及用途)?$/, 'budgetBlock'],
  [/^(其中)?财政(资金|拨款|性资金)(预算)?(数)?$/, 'fiscal'],
  [/^(其中)?(其他|其它)(资金)?(来源)?(预算)?(数)?$/, 'other'],
  [/^(年度|项目)?(预算|资金)(数|金额|总额|总数|规模)$/, 'total'],
  [/^(年度|项目)?预算$/, 'total'],
  [/^(项目)?年度预算(数|金额)?$/, 'total'],
  [/^(项目)?资金总额$/, 'total'],
  [/^(主要)?(资金)?用途$/, 'use'],
  [/^资金(主要)?用途$/, 'use'],
  [/^(年度|项目|总体|整体)?(绩效)?目标$/, 'goals'],
  [/^(年度|项目|总体)?绩效目标(内容)?$/, 'goals'],
  [/^(项目)?(实施|主管)?单位$/, 'unitName'],
  [/^(项目)?类别$/, 'category'],
];

const HEADER_PATTERNS: [RegExp, HeaderLabel][] = [
  [/^一级(绩效)?指标(名称)?$/, 'level1'],
  [/^二级(绩效)?指标(名称)?$/, 'level2'],
  [/^三级(绩效)?指标(名称)?$/, 'level3'],
  [/^(绩效)?指标(描述|解释|说明|内容|定义)$/, 'description'],
  [/^(绩效)?(指标|目标|年度指标|年度目标|绩效指标)值(及单位|\(含单位\)|含单位)?$/, 'value'],
  [/^(年度)?(指标|目标)值(及|和)(计量|度量)?单位$/, 'value'],
  [/^(度量|计量|计算)?单位$/, 'unit'],
  [/^(指标)?(分值|权重|分数|权重分值)$/, 'weight'],
  [/^(指标)?(性质|方向|方向性|属性)$/, 'signOrDirection'],
  [/^(比较)?(符号|运算符)$/, 'sign'],
  [/^(定性|定量)\/?(定量|定性)?$/, 'nature'],
  [/^指标类型$/, 'nature'],
];

/** Classifies a cell's text as a field label or a grid header label. Cheap; called per cell. */
export function classifyLabel(text: string): LabelInfo | undefined {
  if (text.length === 0 || text.length > 40) return undefined;
  const key = labelKey(text);
  if (key.length === 0 || key.length > 24) return undefined;
  const unitLine = /^(金额)?单位(万元|元)$/.exec(key);
  if (unitLine) return { field: 'moneyUnit', unit: unitLine[2] as MoneyUnit };
  const { base, unit } = splitUnitSuffix(key);
  for (const [re, header] of HEADER_PATTERNS) {
    if (re.test(base)) return { header, ...(unit ? { unit } : {}) };
  }
  for (const [re, field] of FIELD_PATTERNS) {
    if (re.test(base)) return { field, ...(unit ? { unit } : {}) };
  }
  return undefined;
}

/** A table title: `1.2025年…绩效目标表`, `项目支出绩效目标申报表`. */
export function isTitleText(text: string): boolean {
  if (text.length < 4 || text.length > 200) return false;
  const key = labelKey(text);
  return /绩效目标(申报|批复|自评)?表$/.test(key) || /目标表$/.test(key);
}

/** Values of a split sign column. */
const SIGN_WORD_RE = /^(≥|≤|=|>|<|>=|<=|＝|≧|≦|大于等于|小于等于|等于|大于|小于|不低于|不少于|不高于|不超过|不大于|不小于|高于|低于|超过)$/;
const DIRECTION_RE = /^(正向|反向|正向指标|反向指标|中性|中性指标)$/;
const NATURE_RE = /^(定性|定量|定性指标|定量指标)$/;

export type ColumnContent = 'sign' | 'direction' | 'nature' | 'other' | 'empty';

/** What a data cell of an ambiguous column holds. */
export function columnContentOf(text: string): ColumnContent {
  const key = labelKey(text);
  if (key === '') return 'empty';
  if (SIGN_WORD_RE.test(key) || repeatedSign(key)) return 'sign';
  if (DIRECTION_RE.test(key)) return 'direction';
  if (NATURE_RE.test(key)) return 'nature';
  return 'other';
}
