/**
 * The zh-CN texts of the budget, structure and content rules. Every message says what is wrong and
 * how to fix it; `{placeholders}` are filled from the finding's data. The same rules' texts in the
 * other language are in rules-table-en.ts, under the same ids.
 */
import { AMOUNTS, perFieldIn, suffixed, type FieldName } from './rule-fields';
import type { RuleTexts } from './rule-texts';

/** Names of the table's fields, for messages that are the same for several fields. */
const FIELD_NAMES: Readonly<Record<FieldName, string>> = {
  title: '标题',
  unitName: '单位名称',
  projectName: '项目名称',
  use: '资金用途',
  goals: '绩效目标',
  level1: '一级指标名称',
  level2: '二级指标名称',
  level3: '三级指标名称',
  description: '绩效指标描述',
  value: '指标值',
  total: '预算数',
  fiscal: '财政资金',
  other: '其他资金',
};

/** One message per field from one template; `{field}` in the template becomes the field's name. */
function perField(fields: readonly FieldName[], template: string): Record<string, string> {
  return perFieldIn(FIELD_NAMES, fields, template);
}

const BUDGET = {
  'budget/missing-total': {
    name: '缺少预算数',
    messages: {
      elsewhere: '预算数没有单独填写（写在说明文字或其他栏目中），无法核对财政资金与其他资金之和：建议单独填写预算数。',
      notInInfoForm: '本表是绩效信息表，不含资金栏目（预算数在系统的预算表中），未核对预算数、资金来源和成本上限：请在预算表中核对。',
      noMoneyRows: '本表没有资金栏目（预算数、财政资金、其他资金等），未核对预算数、资金来源和成本上限：如本表式应填写资金，请补充预算数。',
      fromSources: '未填写预算数，按资金来源之和 {sum}{unit} 作为预算数核对：如有预算数一栏，请填写。',
      sourcesOnly: '未填写预算数，以资金来源之和作为预算数：如有预算数一栏，请填写。',
      notInList: '导出的指标清单中没有“预算数”列，未核对预算数、资金来源和成本上限：请在预算表中核对。',
      missing: '表中没有“预算数”一栏：请在预算规模及资金用途中填写预算数。',
      empty: '预算数为空：请填写项目预算数。',
    },
  },
  'budget/not-a-number': {
    name: '金额不是数字',
    messages: {
      ...perField(AMOUNTS, '{field}“{text}”不是数字：请只填写金额数字，如 26.50。'),
      ...suffixed(
        'Words',
        perField(AMOUNTS, '{field}“{text}”用汉字书写，已按 {digits} 核对：请改写成数字 {digits}，以便求和与核对。'),
      ),
      ...suffixed('Note', perField(AMOUNTS, '{field}“{text}”在金额后附了说明，已按 {amount} 核对：金额栏请只填写数字，说明写到资金用途或备注中，以便求和与核对。')),
      ...suffixed('Fullwidth', perField(AMOUNTS, '{field}“{text}”用了全角数字，已按 {digits} 核对：其他系统不把全角数字读作数字，建议改为半角 {digits}。')),
    },
  },
  'budget/negative': {
    name: '金额为负数',
    messages: perField(AMOUNTS, '{field}“{text}”为负数：预算金额不能小于 0，请改正。'),
  },
  'budget/sum-mismatch': {
    name: '预算数与资金来源不符',
    messages: {
      mismatch: '预算数 {total} 不等于财政资金 {fiscal} + 其他资金 {other} = {sum}（{unit}）：请核对，若资金来源无误，预算数应为 {sum}。',
      mismatchParts: '预算数 {total} 不等于各项资金来源之和 {sum}（{parts}，{unit}）：请核对，若资金来源无误，预算数应为 {sum}。',
      fiscalEmpty: '财政资金为空，而预算数 {total} 与其他资金 {other}（{unit}）不等：请填写财政资金，应为 {total} − {other} = {rest}。',
    },
  },
  'budget/cost-exceeds': {
    name: '成本指标超过预算数',
    messages: {
      exceeds: '成本指标合计 {caps}{unit} 超过预算数 {total}{unit}：成本上限不能高于预算，请改小成本指标值或核对预算数。',
      exceedsSources: '成本指标合计 {caps}{unit} 超过资金来源之和 {total}{unit}（未填预算数）：请改小成本指标值或核对资金。',
      unitSlip: '成本指标合计 {caps}{unit} 恰为预算数 {total}{unit} 的一万倍：金额单位可能写错（元写成了万元），请改正单位。',
    },
  },
  'budget/unit-cost-exceeds': {
    name: '单位成本乘数量超过预算数',
    messages: {
      exceeds: '单位成本 {cost} × 数量 {count} = {product}{unit}，超过预算数 {total}{unit}：单位成本、数量指标或预算数至少有一处填错，请核对。',
      exceedsSources: '单位成本 {cost} × 数量 {count} = {product}{unit}，超过资金来源之和 {total}{unit}（未填预算数）：请核对单位成本、数量指标和资金。',
    },
  },
  'budget/long-term-total': {
    name: '中期资金少于年度资金',
    messages: {
      below: '中期资金总额 {longTerm} 小于年度资金总额 {annual}：中期资金应包含本年度资金，请核对两处金额。',
    },
  },

  'budget/implausible-amount': {
    name: '金额与单位不符',
    messages: {
      unitWritten: '金额“{text}”写的单位是{written}，而本表单位为{unit}：请换算为{unit}并只填写数字。',
      largeForWan: '预算数“{text}”以万元计超过十亿元，可能是按元填写的：请换算为万元，或把表头单位改为“单位：元”。',
      smallForWan: '预算数“{text}”万元不足一百元，金额或单位可能有误：请核对。',
      smallForYuan: '预算数“{text}”元不足一千元，可能是按万元填写的：请换算为元，或把表头单位改为“单位：万元”。',
      capScale: '成本指标合计 {caps}{unit} 恰为预算数 {total}{unit} 的万分之一：成本指标的金额单位可能写错（万元写成了元），请改正单位。',
    },
  },
} satisfies Record<string, RuleTexts>;

const STRUCTURE = {
  'structure/missing-project-name': {
    name: '缺少项目名称',
    messages: {
      missing: '表中没有“项目名称”一栏：请补充项目名称。',
      empty: '项目名称为空：请填写项目名称。',
      fromTitle: '表中没有“项目名称”一栏，已按标题取项目名称“{name}”。按标准格式宜补充项目名称一栏。',
    },
  },
  'structure/missing-goals': {
    name: '缺少绩效目标',
    messages: {
      missing: '表中没有“绩效目标”一栏：请补充项目的绩效目标。',
      empty: '绩效目标为空：请填写项目要达到的目标，可分条编号（1. 2. …）。',
    },
  },
  'structure/table-kind': {
    name: '非项目绩效目标表',
    messages: {
      department: '这是部门整体支出绩效目标表，未按项目支出绩效目标表校验。',
      region: '这是区域绩效目标表，未按项目支出绩效目标表校验。',
      transfer: '这是转移支付绩效目标表，未按项目支出绩效目标表校验。',
      policy: '这是政策绩效目标表，未按项目支出绩效目标表校验。',
      'self-eval': '这是绩效自评表，未按项目支出绩效目标表校验。',
      monitor: '这是绩效监控表，未按项目支出绩效目标表校验。',
      scoring: '这是评分表，未按项目支出绩效目标表校验。',
      review: '这是绩效目标审核表（审核内容、审核要点和审核意见），未按项目支出绩效目标表校验。',
      summary: '这是项目绩效目标汇总表（每个项目一行），未按项目支出绩效目标表校验。',
      adjustment: '这是绩效目标调整表（调整前后的指标值），未按项目支出绩效目标表校验。',
      library: '这是绩效指标库（指标体系：供选用的指标及其解释，不属于某个项目），未按项目支出绩效目标表校验。',
    },
  },
  'structure/unused-rows': {
    name: '空白指标行',
    messages: {
      unused: '表中有 {count} 行空白指标行（第 {first} 行起，既无三级指标也无指标值）：请删除或补充填写。',
    },
  },
  'structure/unfilled': {
    name: '待填写',
    messages: {
      projectName: '待填写：项目名称。',
      total: '待填写：预算数。',
      fiscal: '待填写：财政资金。',
      use: '待填写：资金用途。',
      goals: '待填写：绩效目标。',
      indicators: '待填写：{count} 行绩效指标（三级指标和指标值）。',
    },
  },
  'structure/no-indicators': {
    name: '没有绩效指标',
    messages: {
      noGrid: '表中没有绩效指标表格：请补充一级指标、二级指标、三级指标、绩效指标描述、指标值各栏。',
      empty: '绩效指标表头下没有任何指标：请每个三级指标填写一行。',
    },
  },
  'structure/missing-level1': {
    name: '缺少一级指标',
    messages: {
      missing: '缺少一级指标：{names}。请为其补充至少一个三级指标。',
      noLevels: '此表没有一级、二级指标列，无法检查产出、效益、满意度等指标是否齐全；只检查了各指标的指标值。',
    },
  },
  'structure/missing-cost': {
    name: '缺少成本指标',
    messages: {
      missing2015: '没有成本指标：请在产出指标下增加二级指标“成本指标”，如“项目总成本 {cap}”。',
      missing2021: '没有成本指标：请增加一级指标“成本指标”及其二级指标“经济成本指标”，如“项目总成本 {cap}”。',
    },
  },
  'structure/unknown-level1': {
    name: '一级指标名称不规范',
    messages: {
      empty: '一级指标为空：请填写一级指标名称。',
      emptyColumn: '一级指标一栏全部为空（{count} 行）：请按各行的二级指标填写一级指标（如数量指标属于产出指标）。',
      emptyKnown: '一级指标为空：二级指标“{level2}”属于“{suggestion}”，请填写。',
      typo: '一级指标“{name}”不是规范名称，应为“{suggestion}”。',
      isLevel2: '“{name}”是二级指标，不是一级指标：其一级指标应为“{suggestion}”。',
      unknown: '一级指标“{name}”不在指标体系中：请改为{names}之一。',
      notInScheme: '“{name}”不是 {scheme} 版指标体系的一级指标：2015 版中成本指标是产出指标下的二级指标，请调整，或按 2021 版检查。',
    },
  },
  'structure/unknown-level2': {
    name: '二级指标名称不规范',
    messages: {
      empty: '二级指标为空：请填写二级指标名称。',
      typo: '二级指标“{name}”不是规范名称，应为“{suggestion}”。',
      isLevel1: '“{name}”是一级指标，不能作二级指标：请改为{names}之一。',
      unknown: '二级指标“{name}”不在指标体系中：请改为{names}之一。',
      olderTemplate: '二级指标“{names}”是较早（2015 年前后）地方范本的名称，不是 {scheme} 版指标体系的名称：此表按该范本检查（“目标完成程度”下名称含“成本”的指标作成本指标，效益指标下名称含“满意”的指标作满意度指标）。如按现行指标体系填报，请改用数量、质量、时效、成本、效益、满意度等二级指标。',
    },
  },
  'structure/level2-mismatch': {
    name: '二级指标与一级指标不对应',
    messages: {
      wrongParent: '二级指标“{name}”不属于一级指标“{level1}”，应放在“{expected}”下：请调整一级指标或二级指标。',
      costIsLevel1: '2021 版指标体系中成本指标是一级指标：请把一级指标改为“成本指标”，二级指标改为{names}之一。',
      costRepeatsLevel1: '二级指标“成本指标”重复了一级指标的名称：2021 版成本指标下的二级指标为{names}，请选用其一（一般为经济成本指标）。',
      notInScheme: '“{name}”不是 {scheme} 版指标体系的二级指标：请改用该版本的二级指标，或按另一版本检查。',
    },
  },
  'structure/empty-level3': {
    name: '三级指标为空',
    messages: {
      empty: '三级指标为空：请填写具体衡量的内容，如“软件维护次数”。',
    },
  },
  'structure/duplicate-level3': {
    name: '三级指标重复',
    messages: {
      duplicate: '三级指标“{name}”与 {first} 重复：请删除重复行或改为不同的指标。',
    },
  },
  'structure/level2-as-level3': {
    name: '指标类别名称用作三级指标',
    messages: {
      level2: '三级指标“{name}”是二级指标的名称：请填写具体衡量的内容。',
      level1: '三级指标“{name}”是一级指标的名称：请填写具体衡量的内容。',
    },
  },
  'structure/satisfaction-under-benefit': {
    name: '满意度列在效益指标下',
    messages: {
      satisfaction: '三级指标“{name}”衡量的是满意度，却列在“{level2}”下：满意度请列入满意度指标；效益指标写项目带来的效果。',
    },
  },
  'structure/weights-sum': {
    name: '分值合计不符',
    messages: {
      empty: '本行分值为空：其他指标都有分值，请补充。',
      notANumber: '分值“{text}”不是数字：请填写数字，如 10。',
      ninety: '各指标分值合计为 {sum}：其余 10 分通常留给自评时的预算执行率。若本地要求合计 100，请调整分值。',
      total: '各指标分值合计为 {sum}，不是 100：请调整分值。',
      level1: '“{name}”标注 {weight} 分，但其下各指标分值合计为 {sum}：请调整使二者一致。',
      level1Total: '各一级指标标注的分值合计为 {sum}，不是 100：请调整。',
    },
  },
} satisfies Record<string, RuleTexts>;

const CONTENT = {
  'content/placeholder-goal': {
    name: '绩效目标为模板占位内容',
    messages: {
      placeholder: '绩效目标“{text}”是模板占位内容：请写明项目实际要达到的目标。',
      mark: '绩效目标“{text}”中有“{mark}”：若是模板中未填写的内容，请补全。',
      noFigure: '绩效目标中“{text}”的百分号前没有数字：请补上比例的数值。',
      reference: '绩效目标只写了“{text}”，没有写明目标：绩效目标随表公开，请在表中写明项目要达到的目标。',
    },
  },
  'content/vague-goal': {
    name: '绩效目标只有方向',
    messages: {
      vague: '绩效目标“{text}”只说了方向，无法衡量：请写明做什么、做到什么程度、何时完成（如“2024年使初中毕业生合格率从85%提升至90%”）。',
    },
  },
  'content/placeholder-text': {
    name: '占位文字',
    messages: perField(['title', 'projectName', 'use', 'level3', 'description'], '{field}“{text}”含有占位文字：请填写实际内容。'),
  },
  'content/project-year-mismatch': {
    name: '项目名称年份不一致',
    messages: {
      inName: '项目名称中出现不同的年份（{years}）：请核对并统一为预算年度。',
      title: '标题中的年份 {years} 与项目名称的年份 {year} 不一致：请核对。',
      deadlineBefore: '“{name}”的指标值“{value}”写的是{year}年，早于本表的预算年度（{tableYear}年）：可能沿用了往年的表格，请核对完成时限。',
      deadlineAfter: '“{name}”的指标值“{value}”写的是{year}年，远晚于本表的预算年度（{tableYear}年）：年度目标应在预算年度内完成，请核对完成时限。',
    },
  },
  'content/name-states-value': {
    name: '指标名称写了目标值',
    messages: {
      differs: '三级指标名称“{name}”中写有“{stated}”，与指标值“{value}”不一致：请删去名称中的数值，或核对指标值。',
      onlyValue: '三级指标“{name}”只是目标值，没有说明考核什么：请写明考核内容（如“项目总成本”），目标值写在指标值栏。',
      sameAsValue: '三级指标“{name}”与指标值相同：名称只写考核什么，目标值写在指标值栏。',
    },
  },
  'content/stray-space': {
    name: '多余空格',
    messages: perField(
      ['title', 'unitName', 'projectName', 'use', 'goals', 'level1', 'level2', 'level3', 'description'],
      '{field}“{text}”中有多余空格：建议删除。',
    ),
  },
  'content/trailing-punctuation': {
    name: '末尾标点',
    messages: perField(['level3', 'value'], '{field}“{text}”末尾有标点：建议删除。'),
  },
} satisfies Record<string, RuleTexts>;

export const TABLE_RULE_TEXTS_ZH = { ...BUDGET, ...STRUCTURE, ...CONTENT };
