/**
 * Texts of the budget, structure and content rules. Every message says what is wrong and how to
 * fix it; `{placeholders}` are filled from the finding's data.
 */
import type { Localized } from './format';
import type { RuleTexts } from './index';

/** Names of the table's fields, for messages that are the same for several fields. */
const FIELD_NAMES = {
  title: { 'zh-CN': '标题', 'en-US': 'the title' },
  unitName: { 'zh-CN': '单位名称', 'en-US': 'the unit name' },
  projectName: { 'zh-CN': '项目名称', 'en-US': 'the project name (项目名称)' },
  use: { 'zh-CN': '资金用途', 'en-US': 'the use of funds (资金用途)' },
  goals: { 'zh-CN': '绩效目标', 'en-US': 'the goals (绩效目标)' },
  level1: { 'zh-CN': '一级指标名称', 'en-US': 'the level-1 indicator name (一级指标)' },
  level2: { 'zh-CN': '二级指标名称', 'en-US': 'the level-2 indicator name (二级指标)' },
  level3: { 'zh-CN': '三级指标名称', 'en-US': 'the level-3 indicator name (三级指标)' },
  description: { 'zh-CN': '绩效指标描述', 'en-US': 'the indicator description (绩效指标描述)' },
  value: { 'zh-CN': '指标值', 'en-US': 'the target value (指标值)' },
  total: { 'zh-CN': '预算数', 'en-US': 'the budget total (预算数)' },
  fiscal: { 'zh-CN': '财政资金', 'en-US': 'the fiscal funds (财政资金)' },
  other: { 'zh-CN': '其他资金', 'en-US': 'the other funds (其他资金)' },
} satisfies Record<string, Localized>;

type FieldName = keyof typeof FIELD_NAMES;

/** One message per field from one template; `{field}` in the template becomes the field's name. */
function perField(fields: readonly FieldName[], template: Localized): Record<string, Localized> {
  const out: Record<string, Localized> = {};
  for (const f of fields) {
    out[f] = {
      'zh-CN': template['zh-CN'].replace('{field}', FIELD_NAMES[f]['zh-CN']),
      'en-US': template['en-US'].replace('{field}', FIELD_NAMES[f]['en-US']),
    };
  }
  return out;
}

const AMOUNTS: readonly FieldName[] = ['total', 'fiscal', 'other'];

/** The same messages under ids with a suffix (`total` -> `totalWords`). */
function suffixed(suffix: string, messages: Record<string, Localized>): Record<string, Localized> {
  const out: Record<string, Localized> = {};
  for (const [id, m] of Object.entries(messages)) out[`${id}${suffix}`] = m;
  return out;
}

const BUDGET: Record<string, RuleTexts> = {
  'budget/missing-total': {
    name: { 'zh-CN': '缺少预算数', 'en-US': 'Missing budget total' },
    messages: {
      elsewhere: {
        'zh-CN': '预算数没有单独填写（写在说明文字或其他栏目中），无法核对财政资金与其他资金之和：建议单独填写预算数。',
        'en-US': 'The budget total is not written on its own (it is in a sentence or another column), so it cannot be checked against its parts: consider writing it on its own.',
      },
      notInInfoForm: {
        'zh-CN': '本表是绩效信息表，不含资金栏目（预算数在系统的预算表中），未核对预算数、资金来源和成本上限：请在预算表中核对。',
        'en-US': 'This is a performance information form (绩效信息表), which has no money rows (the budget is kept in the system’s budget table), so the budget, its sources and the cost caps were not checked: check them against the budget table.',
      },
      noMoneyRows: {
        'zh-CN': '本表没有资金栏目（预算数、财政资金、其他资金等），未核对预算数、资金来源和成本上限：如本表式应填写资金，请补充预算数。',
        'en-US': 'This table has no money rows (budget total, fiscal or other funds), so the budget, its sources and the cost caps were not checked: if this form should state them, add the budget total.',
      },
      fromSources: {
        'zh-CN': '未填写预算数，按资金来源之和 {sum}{unit} 作为预算数核对：如有预算数一栏，请填写。',
        'en-US': 'No budget total is written, so the sum of the funding sources, {sum} {unit}, is taken as the total: if the form has a 预算数 field, fill it in.',
      },
      sourcesOnly: {
        'zh-CN': '未填写预算数，以资金来源之和作为预算数：如有预算数一栏，请填写。',
        'en-US': 'No budget total is written: the sum of the funding sources stands for it. If the form has a 预算数 field, fill it in.',
      },
      notInList: {
        'zh-CN': '导出的指标清单中没有“预算数”列，未核对预算数、资金来源和成本上限：请在预算表中核对。',
        'en-US': 'This exported list of indicators has no 预算数 (budget total) column, so the budget, its sources and the cost caps were not checked: check them against the budget table.',
      },
      missing: {
        'zh-CN': '表中没有“预算数”一栏：请在预算规模及资金用途中填写预算数。',
        'en-US': 'The table has no 预算数 (budget total) field: add it to the budget block and fill it in.',
      },
      empty: {
        'zh-CN': '预算数为空：请填写项目预算数。',
        'en-US': 'The budget total (预算数) is empty: enter the project budget.',
      },
    },
  },
  'budget/not-a-number': {
    name: { 'zh-CN': '金额不是数字', 'en-US': 'Amount is not a number' },
    messages: {
      ...perField(AMOUNTS, {
        'zh-CN': '{field}“{text}”不是数字：请只填写金额数字，如 26.50。',
        'en-US': 'The amount "{text}" in {field} is not a number: enter the amount only, e.g. 26.50.',
      }),
      ...suffixed(
        'Words',
        perField(AMOUNTS, {
          'zh-CN': '{field}“{text}”用汉字书写，已按 {digits} 核对：请改写成数字 {digits}，以便求和与核对。',
          'en-US': 'The amount "{text}" in {field} is written in Chinese numerals, checked as {digits}: write it as the number {digits} so that it can be summed and checked.',
        }),
      ),
    },
  },
  'budget/negative': {
    name: { 'zh-CN': '金额为负数', 'en-US': 'Negative amount' },
    messages: perField(AMOUNTS, {
      'zh-CN': '{field}“{text}”为负数：预算金额不能小于 0，请改正。',
      'en-US': 'The amount "{text}" in {field} is negative: a budget amount cannot be below 0; correct it.',
    }),
  },
  'budget/sum-mismatch': {
    name: { 'zh-CN': '预算数与资金来源不符', 'en-US': 'Budget total does not match its sources' },
    messages: {
      mismatch: {
        'zh-CN': '预算数 {total} 不等于财政资金 {fiscal} + 其他资金 {other} = {sum}（{unit}）：请核对，若资金来源无误，预算数应为 {sum}。',
        'en-US': 'The budget total {total} is not fiscal {fiscal} + other {other} = {sum} ({unit}): check the amounts; if the sources are right, the total should be {sum}.',
      },
      mismatchParts: {
        'zh-CN': '预算数 {total} 不等于各项资金来源之和 {sum}（{parts}，{unit}）：请核对，若资金来源无误，预算数应为 {sum}。',
        'en-US': 'The budget total {total} is not the sum of its sources, {sum} ({parts}, {unit}): check the amounts; if the sources are right, the total should be {sum}.',
      },
      fiscalEmpty: {
        'zh-CN': '财政资金为空，而预算数 {total} 与其他资金 {other}（{unit}）不等：请填写财政资金，应为 {total} − {other} = {rest}。',
        'en-US': 'The fiscal funds are empty while the budget total {total} differs from the other funds {other} ({unit}): fill in the fiscal funds, {total} − {other} = {rest}.',
      },
    },
  },
  'budget/cost-exceeds': {
    name: { 'zh-CN': '成本指标超过预算数', 'en-US': 'Cost caps exceed the budget' },
    messages: {
      exceeds: {
        'zh-CN': '成本指标合计 {caps}{unit} 超过预算数 {total}{unit}：成本上限不能高于预算，请改小成本指标值或核对预算数。',
        'en-US': 'The cost caps add up to {caps} {unit}, above the budget total of {total} {unit}: a cost cap cannot exceed the budget; lower it or check the total.',
      },
      exceedsSources: {
        'zh-CN': '成本指标合计 {caps}{unit} 超过资金来源之和 {total}{unit}（未填预算数）：请改小成本指标值或核对资金。',
        'en-US': 'The cost caps add up to {caps} {unit}, above the {total} {unit} of the funding sources (no budget total is written): lower them or check the amounts.',
      },
      unitSlip: {
        'zh-CN': '成本指标合计 {caps}{unit} 恰为预算数 {total}{unit} 的一万倍：金额单位可能写错（元写成了万元），请改正单位。',
        'en-US': 'The cost caps add up to {caps} {unit}, exactly 10,000 times the budget total of {total} {unit}: the unit is probably wrong (万元 written for 元); correct it.',
      },
    },
  },
  'budget/unit-cost-exceeds': {
    name: { 'zh-CN': '单位成本乘数量超过预算数', 'en-US': 'Unit cost times count exceeds the budget' },
    messages: {
      exceeds: {
        'zh-CN': '单位成本 {cost} × 数量 {count} = {product}{unit}，超过预算数 {total}{unit}：单位成本、数量指标或预算数至少有一处填错，请核对。',
        'en-US': 'The unit cost {cost} times the count {count} is {product} {unit}, above the budget total of {total} {unit}: the unit cost, the count or the budget is wrong; check them.',
      },
      exceedsSources: {
        'zh-CN': '单位成本 {cost} × 数量 {count} = {product}{unit}，超过资金来源之和 {total}{unit}（未填预算数）：请核对单位成本、数量指标和资金。',
        'en-US': 'The unit cost {cost} times the count {count} is {product} {unit}, above the {total} {unit} of the funding sources (no budget total is written): check the unit cost, the count and the amounts.',
      },
    },
  },
  'budget/long-term-total': {
    name: { 'zh-CN': '中期资金少于年度资金', 'en-US': 'Long-term total below the annual total' },
    messages: {
      below: {
        'zh-CN': '中期资金总额 {longTerm} 小于年度资金总额 {annual}：中期资金应包含本年度资金，请核对两处金额。',
        'en-US': 'The long-term total {longTerm} is less than the annual total {annual}: the period includes this year; check both amounts.',
      },
    },
  },

  'budget/implausible-amount': {
    name: { 'zh-CN': '金额与单位不符', 'en-US': 'Amount implausible for its unit' },
    messages: {
      unitWritten: {
        'zh-CN': '金额“{text}”写的单位是{written}，而本表单位为{unit}：请换算为{unit}并只填写数字。',
        'en-US': 'The amount "{text}" is written in {written} but the table\'s unit is {unit}: convert it to {unit} and enter the number only.',
      },
      largeForWan: {
        'zh-CN': '预算数“{text}”以万元计超过十亿元，可能是按元填写的：请换算为万元，或把表头单位改为“单位：元”。',
        'en-US': 'The budget total "{text}" would be over one billion yuan in 万元; it is probably in 元: convert it to 万元 or change the unit line to 单位：元.',
      },
      smallForWan: {
        'zh-CN': '预算数“{text}”万元不足一百元，金额或单位可能有误：请核对。',
        'en-US': 'The budget total "{text}" 万元 is less than 100 yuan; the amount or the unit is probably wrong: check it.',
      },
      smallForYuan: {
        'zh-CN': '预算数“{text}”元不足一千元，可能是按万元填写的：请换算为元，或把表头单位改为“单位：万元”。',
        'en-US': 'The budget total "{text}" 元 is under 1,000 yuan; it is probably in 万元: convert it to 元 or change the unit line to 单位：万元.',
      },
      capScale: {
        'zh-CN': '成本指标合计 {caps}{unit} 恰为预算数 {total}{unit} 的万分之一：成本指标的金额单位可能写错（万元写成了元），请改正单位。',
        'en-US': 'The cost caps add up to {caps} {unit}, exactly one ten-thousandth of the budget total of {total} {unit}: the cap\'s unit is probably wrong (元 written for 万元); correct it.',
      },
    },
  },
};

const STRUCTURE: Record<string, RuleTexts> = {
  'structure/missing-project-name': {
    name: { 'zh-CN': '缺少项目名称', 'en-US': 'Missing project name' },
    messages: {
      missing: {
        'zh-CN': '表中没有“项目名称”一栏：请补充项目名称。',
        'en-US': 'The table has no 项目名称 (project name) field: add it.',
      },
      empty: { 'zh-CN': '项目名称为空：请填写项目名称。', 'en-US': 'The project name is empty: fill it in.' },
      fromTitle: {
        'zh-CN': '表中没有“项目名称”一栏，已按标题取项目名称“{name}”。按标准格式宜补充项目名称一栏。',
        'en-US': 'The table has no 项目名称 (project name) field; the title names the project (“{name}”). The standard form has the field: consider adding it.',
      },
    },
  },
  'structure/missing-goals': {
    name: { 'zh-CN': '缺少绩效目标', 'en-US': 'Missing goals' },
    messages: {
      missing: {
        'zh-CN': '表中没有“绩效目标”一栏：请补充项目的绩效目标。',
        'en-US': 'The table has no 绩效目标 (goals) field: add the project\'s goals.',
      },
      empty: {
        'zh-CN': '绩效目标为空：请填写项目要达到的目标，可分条编号（1. 2. …）。',
        'en-US': 'The goals are empty: write what the project is to achieve, numbered if there are several (1. 2. …).',
      },
    },
  },
  'structure/table-kind': {
    name: { 'zh-CN': '非项目绩效目标表', 'en-US': 'Not a project target table' },
    messages: {
      department: { 'zh-CN': '这是部门整体支出绩效目标表，未按项目支出绩效目标表校验。', 'en-US': 'This is a department-wide target table (部门整体支出绩效目标表); it was not checked as a project table.' },
      region: { 'zh-CN': '这是区域绩效目标表，未按项目支出绩效目标表校验。', 'en-US': 'This is a regional target table (区域绩效目标表); it was not checked as a project table.' },
      transfer: { 'zh-CN': '这是转移支付绩效目标表，未按项目支出绩效目标表校验。', 'en-US': 'This is a transfer-payment target table (转移支付绩效目标表); it was not checked as a project table.' },
      policy: { 'zh-CN': '这是政策绩效目标表，未按项目支出绩效目标表校验。', 'en-US': 'This is a policy target table (政策绩效目标表); it was not checked as a project table.' },
      'self-eval': { 'zh-CN': '这是绩效自评表，未按项目支出绩效目标表校验。', 'en-US': 'This is a self-evaluation table (绩效自评表); it was not checked as a project table.' },
      monitor: { 'zh-CN': '这是绩效监控表，未按项目支出绩效目标表校验。', 'en-US': 'This is a performance monitoring table (绩效监控表); it was not checked as a project table.' },
      scoring: { 'zh-CN': '这是评分表，未按项目支出绩效目标表校验。', 'en-US': 'This is a scoring sheet (评分表); it was not checked as a project table.' },
      review: {
        'zh-CN': '这是绩效目标审核表（审核内容、审核要点和审核意见），未按项目支出绩效目标表校验。',
        'en-US': 'This is a target review form (绩效目标审核表: what was reviewed and the reviewer\'s opinion); it was not checked as a project table.',
      },
      summary: {
        'zh-CN': '这是项目绩效目标汇总表（每个项目一行），未按项目支出绩效目标表校验。',
        'en-US': 'This is a summary list of projects (项目绩效目标汇总表, one row each); it was not checked as a project table.',
      },
      adjustment: {
        'zh-CN': '这是绩效目标调整表（调整前后的指标值），未按项目支出绩效目标表校验。',
        'en-US': 'This is a target adjustment table (绩效目标调整表, targets before and after the change); it was not checked as a project table.',
      },
    },
  },
  'structure/unused-rows': {
    name: { 'zh-CN': '空白指标行', 'en-US': 'Unused indicator rows' },
    messages: {
      unused: {
        'zh-CN': '表中有 {count} 行空白指标行（第 {first} 行起，既无三级指标也无指标值）：请删除或补充填写。',
        'en-US': 'The table has {count} unused indicator rows (from row {first}, no level-3 indicator and no value): delete them or fill them in.',
      },
    },
  },
  'structure/unfilled': {
    name: { 'zh-CN': '待填写', 'en-US': 'To be filled in' },
    messages: {
      projectName: { 'zh-CN': '待填写：项目名称。', 'en-US': 'To fill in: the project name (项目名称).' },
      total: { 'zh-CN': '待填写：预算数。', 'en-US': 'To fill in: the budget total (预算数).' },
      fiscal: { 'zh-CN': '待填写：财政资金。', 'en-US': 'To fill in: the fiscal funds (财政资金).' },
      use: { 'zh-CN': '待填写：资金用途。', 'en-US': 'To fill in: the use of funds (资金用途).' },
      goals: { 'zh-CN': '待填写：绩效目标。', 'en-US': 'To fill in: the goals (绩效目标).' },
      indicators: { 'zh-CN': '待填写：{count} 行绩效指标（三级指标和指标值）。', 'en-US': 'To fill in: {count} indicator rows (level-3 indicators and target values).' },
    },
  },
  'structure/no-indicators': {
    name: { 'zh-CN': '没有绩效指标', 'en-US': 'No indicators' },
    messages: {
      noGrid: {
        'zh-CN': '表中没有绩效指标表格：请补充一级指标、二级指标、三级指标、绩效指标描述、指标值各栏。',
        'en-US': 'The table has no indicator grid: add the columns 一级指标, 二级指标, 三级指标, 绩效指标描述 and 指标值.',
      },
      empty: {
        'zh-CN': '绩效指标表头下没有任何指标：请每个三级指标填写一行。',
        'en-US': 'There are no indicators under the grid header: add one row per level-3 indicator.',
      },
    },
  },
  'structure/missing-level1': {
    name: { 'zh-CN': '缺少一级指标', 'en-US': 'Missing level-1 indicator' },
    messages: {
      missing: {
        'zh-CN': '缺少一级指标：{names}。请为其补充至少一个三级指标。',
        'en-US': 'Level-1 indicator(s) missing: {names}. Add at least one level-3 indicator under each.',
      },
      noLevels: {
        'zh-CN': '此表没有一级、二级指标列，无法检查产出、效益、满意度等指标是否齐全；只检查了各指标的指标值。',
        'en-US': 'This table has no level-1/level-2 columns: whether 产出, 效益 and 满意度 are all there cannot be checked; only the values were.',
      },
    },
  },
  'structure/missing-cost': {
    name: { 'zh-CN': '缺少成本指标', 'en-US': 'No cost indicator' },
    messages: {
      missing2015: {
        'zh-CN': '没有成本指标：请在产出指标下增加二级指标“成本指标”，如“项目总成本 {cap}”。',
        'en-US': 'There is no cost indicator: add the level-2 成本指标 under 产出指标, e.g. 项目总成本 {cap}.',
      },
      missing2021: {
        'zh-CN': '没有成本指标：请增加一级指标“成本指标”及其二级指标“经济成本指标”，如“项目总成本 {cap}”。',
        'en-US': 'There is no cost indicator: add the level-1 成本指标 with the level-2 经济成本指标, e.g. 项目总成本 {cap}.',
      },
    },
  },
  'structure/unknown-level1': {
    name: { 'zh-CN': '一级指标名称不规范', 'en-US': 'Unknown level-1 indicator' },
    messages: {
      empty: { 'zh-CN': '一级指标为空：请填写一级指标名称。', 'en-US': 'The level-1 indicator is empty: fill in its name.' },
      emptyColumn: {
        'zh-CN': '一级指标一栏全部为空（{count} 行）：请按各行的二级指标填写一级指标（如数量指标属于产出指标）。',
        'en-US': 'The level-1 indicator column is empty in all {count} rows: fill in each row’s level-1 indicator from its level-2 (数量指标 belongs under 产出指标).',
      },
      emptyKnown: {
        'zh-CN': '一级指标为空：二级指标“{level2}”属于“{suggestion}”，请填写。',
        'en-US': 'The level-1 indicator is empty: its level-2 “{level2}” belongs under “{suggestion}”; fill it in.',
      },
      typo: {
        'zh-CN': '一级指标“{name}”不是规范名称，应为“{suggestion}”。',
        'en-US': 'The level-1 indicator "{name}" is not a standard name; it should be "{suggestion}".',
      },
      isLevel2: {
        'zh-CN': '“{name}”是二级指标，不是一级指标：其一级指标应为“{suggestion}”。',
        'en-US': '"{name}" is a level-2 indicator, not a level-1 one: its level-1 indicator is "{suggestion}".',
      },
      unknown: {
        'zh-CN': '一级指标“{name}”不在指标体系中：请改为{names}之一。',
        'en-US': 'The level-1 indicator "{name}" is not in the scheme: use one of {names}.',
      },
      notInScheme: {
        'zh-CN': '“{name}”不是 {scheme} 版指标体系的一级指标：2015 版中成本指标是产出指标下的二级指标，请调整，或按 2021 版检查。',
        'en-US': '"{name}" is not a level-1 indicator of the {scheme} scheme: in 2015 成本指标 is a level-2 indicator under 产出指标; move it, or check against the 2021 scheme.',
      },
    },
  },
  'structure/unknown-level2': {
    name: { 'zh-CN': '二级指标名称不规范', 'en-US': 'Unknown level-2 indicator' },
    messages: {
      empty: { 'zh-CN': '二级指标为空：请填写二级指标名称。', 'en-US': 'The level-2 indicator is empty: fill in its name.' },
      typo: {
        'zh-CN': '二级指标“{name}”不是规范名称，应为“{suggestion}”。',
        'en-US': 'The level-2 indicator "{name}" is not a standard name; it should be "{suggestion}".',
      },
      isLevel1: {
        'zh-CN': '“{name}”是一级指标，不能作二级指标：请改为{names}之一。',
        'en-US': '"{name}" is a level-1 indicator and cannot be a level-2 one: use one of {names}.',
      },
      unknown: {
        'zh-CN': '二级指标“{name}”不在指标体系中：请改为{names}之一。',
        'en-US': 'The level-2 indicator "{name}" is not in the scheme: use one of {names}.',
      },
    },
  },
  'structure/level2-mismatch': {
    name: { 'zh-CN': '二级指标与一级指标不对应', 'en-US': 'Level-2 under the wrong level-1' },
    messages: {
      wrongParent: {
        'zh-CN': '二级指标“{name}”不属于一级指标“{level1}”，应放在“{expected}”下：请调整一级指标或二级指标。',
        'en-US': 'The level-2 indicator "{name}" does not belong to "{level1}"; it belongs under "{expected}": correct the level-1 or the level-2 name.',
      },
      costIsLevel1: {
        'zh-CN': '2021 版指标体系中成本指标是一级指标：请把一级指标改为“成本指标”，二级指标改为{names}之一。',
        'en-US': 'In the 2021 scheme 成本指标 is a level-1 indicator: set the level-1 to 成本指标 and the level-2 to one of {names}.',
      },
      notInScheme: {
        'zh-CN': '“{name}”不是 {scheme} 版指标体系的二级指标：请改用该版本的二级指标，或按另一版本检查。',
        'en-US': '"{name}" is not a level-2 indicator of the {scheme} scheme: use that scheme\'s names, or check against the other scheme.',
      },
    },
  },
  'structure/empty-level3': {
    name: { 'zh-CN': '三级指标为空', 'en-US': 'Empty level-3 indicator' },
    messages: {
      empty: {
        'zh-CN': '三级指标为空：请填写具体衡量的内容，如“软件维护次数”。',
        'en-US': 'The level-3 indicator is empty: name what is measured, e.g. 软件维护次数.',
      },
    },
  },
  'structure/duplicate-level3': {
    name: { 'zh-CN': '三级指标重复', 'en-US': 'Duplicate level-3 indicator' },
    messages: {
      duplicate: {
        'zh-CN': '三级指标“{name}”与 {first} 重复：请删除重复行或改为不同的指标。',
        'en-US': 'The level-3 indicator "{name}" repeats {first}: remove the repeated row or measure something else.',
      },
    },
  },
  'structure/level2-as-level3': {
    name: { 'zh-CN': '指标类别名称用作三级指标', 'en-US': 'Category name used as level-3 indicator' },
    messages: {
      level2: {
        'zh-CN': '三级指标“{name}”是二级指标的名称：请填写具体衡量的内容。',
        'en-US': 'The level-3 indicator "{name}" is a level-2 name: name what is actually measured.',
      },
      level1: {
        'zh-CN': '三级指标“{name}”是一级指标的名称：请填写具体衡量的内容。',
        'en-US': 'The level-3 indicator "{name}" is a level-1 name: name what is actually measured.',
      },
    },
  },
  'structure/weights-sum': {
    name: { 'zh-CN': '分值合计不符', 'en-US': 'Weights do not add up' },
    messages: {
      empty: {
        'zh-CN': '本行分值为空：其他指标都有分值，请补充。',
        'en-US': 'This row has no weight while the others have: fill it in.',
      },
      notANumber: {
        'zh-CN': '分值“{text}”不是数字：请填写数字，如 10。',
        'en-US': 'The weight "{text}" is not a number: enter a number, e.g. 10.',
      },
      ninety: {
        'zh-CN': '各指标分值合计为 {sum}：其余 10 分通常留给自评时的预算执行率。若本地要求合计 100，请调整分值。',
        'en-US': 'The weights total {sum}: the remaining 10 points are usually kept for the budget execution rate (预算执行率) in the later self-evaluation. If your rules require 100, adjust the weights.',
      },
      total: {
        'zh-CN': '各指标分值合计为 {sum}，不是 100：请调整分值。',
        'en-US': 'The weights add up to {sum}, not 100: adjust them.',
      },
      level1: {
        'zh-CN': '“{name}”标注 {weight} 分，但其下各指标分值合计为 {sum}：请调整使二者一致。',
        'en-US': '"{name}" is marked {weight} points but its rows add up to {sum}: make them agree.',
      },
      level1Total: {
        'zh-CN': '各一级指标标注的分值合计为 {sum}，不是 100：请调整。',
        'en-US': 'The weights marked on the level-1 indicators add up to {sum}, not 100: adjust them.',
      },
    },
  },
};

const CONTENT: Record<string, RuleTexts> = {
  'content/placeholder-goal': {
    name: { 'zh-CN': '绩效目标为模板占位内容', 'en-US': 'Placeholder goal' },
    messages: {
      placeholder: {
        'zh-CN': '绩效目标“{text}”是模板占位内容：请写明项目实际要达到的目标。',
        'en-US': 'The goal "{text}" is template filler: write what the project is actually to achieve.',
      },
      mark: {
        'zh-CN': '绩效目标“{text}”中有“{mark}”：若是模板中未填写的内容，请补全。',
        'en-US': 'The goal "{text}" holds "{mark}": if it is a template\'s blank left unfilled, fill it in.',
      },
      noFigure: {
        'zh-CN': '绩效目标中“{text}”的百分号前没有数字：请补上比例的数值。',
        'en-US': 'In the goal, "{text}" has a percent sign with no figure before it: write the percentage\'s number.',
      },
      reference: {
        'zh-CN': '绩效目标只写了“{text}”，没有写明目标：绩效目标随表公开，请在表中写明项目要达到的目标。',
        'en-US': 'The goal only says "{text}" and states none: goals are published with the table; write the project\'s goals here.',
      },
    },
  },
  'content/placeholder-text': {
    name: { 'zh-CN': '占位文字', 'en-US': 'Placeholder text' },
    messages: perField(['title', 'projectName', 'use', 'level3', 'description'], {
      'zh-CN': '{field}“{text}”含有占位文字：请填写实际内容。',
      'en-US': 'The text "{text}" in {field} is placeholder text: write the real content.',
    }),
  },
  'content/project-year-mismatch': {
    name: { 'zh-CN': '项目名称年份不一致', 'en-US': 'Years disagree in the project name' },
    messages: {
      inName: {
        'zh-CN': '项目名称中出现不同的年份（{years}）：请核对并统一为预算年度。',
        'en-US': 'The project name contains different years ({years}): check it and use the budget year throughout.',
      },
      title: {
        'zh-CN': '标题中的年份 {years} 与项目名称的年份 {year} 不一致：请核对。',
        'en-US': 'The title\'s year {years} differs from the project name\'s year {year}: check them.',
      },
      deadlineBefore: {
        'zh-CN': '“{name}”的指标值“{value}”写的是{year}年，早于本表的预算年度（{tableYear}年）：可能沿用了往年的表格，请核对完成时限。',
        'en-US': 'The value "{value}" of "{name}" names {year}, before the table\'s budget year ({tableYear}): probably copied from an earlier table; check the deadline.',
      },
      deadlineAfter: {
        'zh-CN': '“{name}”的指标值“{value}”写的是{year}年，远晚于本表的预算年度（{tableYear}年）：年度目标应在预算年度内完成，请核对完成时限。',
        'en-US': 'The value "{value}" of "{name}" names {year}, well after the table\'s budget year ({tableYear}): an annual target is met within its year; check the deadline.',
      },
    },
  },
  'content/name-states-value': {
    name: { 'zh-CN': '指标名称另写目标值', 'en-US': 'Indicator name states another target' },
    messages: {
      differs: {
        'zh-CN': '三级指标名称“{name}”中写有“{stated}”，与指标值“{value}”不一致：请删去名称中的数值，或核对指标值。',
        'en-US': 'The level-3 name "{name}" states "{stated}", which differs from the value "{value}": remove the figure from the name, or check the value.',
      },
    },
  },
  'content/stray-space': {
    name: { 'zh-CN': '多余空格', 'en-US': 'Stray spaces' },
    messages: perField(
      ['title', 'unitName', 'projectName', 'use', 'goals', 'level1', 'level2', 'level3', 'description'],
      {
        'zh-CN': '{field}“{text}”中有多余空格：建议删除。',
        'en-US': 'The text "{text}" in {field} has stray spaces: remove them.',
      },
    ),
  },
  'content/trailing-punctuation': {
    name: { 'zh-CN': '末尾标点', 'en-US': 'Trailing punctuation' },
    messages: perField(['level3', 'value'], {
      'zh-CN': '{field}“{text}”末尾有标点：建议删除。',
      'en-US': 'The text "{text}" in {field} ends with punctuation: remove it.',
    }),
  },
};

export const TABLE_RULE_TEXTS: Record<string, RuleTexts> = { ...BUDGET, ...STRUCTURE, ...CONTENT };
