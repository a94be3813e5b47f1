/**
 * The en-US texts of the budget, structure and content rules. Every message says what is wrong and
 * how to fix it; `{placeholders}` are filled from the finding's data. The same rules' texts in the
 * other language are in rules-table-zh.ts, under the same ids.
 */
import { AMOUNTS, perFieldIn, suffixed, type FieldName } from './rule-fields';
import type { RuleTexts } from './rule-texts';
import type { TABLE_RULE_TEXTS_ZH } from './rules-table-zh';

/** Names of the table's fields, for messages that are the same for several fields. */
const FIELD_NAMES: Readonly<Record<FieldName, string>> = {
  title: 'the title',
  unitName: 'the unit name',
  projectName: 'the project name (项目名称)',
  use: 'the use of funds (资金用途)',
  goals: 'the goals (绩效目标)',
  level1: 'the level-1 indicator name (一级指标)',
  level2: 'the level-2 indicator name (二级指标)',
  level3: 'the level-3 indicator name (三级指标)',
  description: 'the indicator description (绩效指标描述)',
  value: 'the target value (指标值)',
  total: 'the budget total (预算数)',
  fiscal: 'the fiscal funds (财政资金)',
  other: 'the other funds (其他资金)',
};

/** One message per field from one template; `{field}` in the template becomes the field's name. */
function perField(fields: readonly FieldName[], template: string): Record<string, string> {
  return perFieldIn(FIELD_NAMES, fields, template);
}

const BUDGET = {
  'budget/missing-total': {
    name: 'Missing budget total',
    messages: {
      elsewhere: 'The budget total is not written on its own (it is in a sentence or another column), so it cannot be checked against its parts: consider writing it on its own.',
      notInInfoForm: 'This is a performance information form (绩效信息表), which has no money rows (the budget is kept in the system’s budget table), so the budget, its sources and the cost caps were not checked: check them against the budget table.',
      noMoneyRows: 'This table has no money rows (budget total, fiscal or other funds), so the budget, its sources and the cost caps were not checked: if this form should state them, add the budget total.',
      fromSources: 'No budget total is written, so the sum of the funding sources, {sum} {unit}, is taken as the total: if the form has a 预算数 field, fill it in.',
      sourcesOnly: 'No budget total is written: the sum of the funding sources stands for it. If the form has a 预算数 field, fill it in.',
      notInList: 'This exported list of indicators has no 预算数 (budget total) column, so the budget, its sources and the cost caps were not checked: check them against the budget table.',
      missing: 'The table has no 预算数 (budget total) field: add it to the budget block and fill it in.',
      empty: 'The budget total (预算数) is empty: enter the project budget.',
    },
  },
  'budget/not-a-number': {
    name: 'Amount is not a number',
    messages: {
      ...perField(AMOUNTS, 'The amount "{text}" in {field} is not a number: enter the amount only, e.g. 26.50.'),
      ...suffixed(
        'Words',
        perField(AMOUNTS, 'The amount "{text}" in {field} is written in Chinese numerals, checked as {digits}: write it as the number {digits} so that it can be summed and checked.'),
      ),
      ...suffixed('Note', perField(AMOUNTS, 'The amount "{text}" in {field} has a note after it, checked as {amount}: enter the amount only and put the note in the use of funds or a remark, so that it can be summed and checked.')),
      ...suffixed('Fullwidth', perField(AMOUNTS, 'The amount "{text}" in {field} is written in full-width digits, checked as {digits}: other systems do not read them as a number; write {digits}.')),
    },
  },
  'budget/negative': {
    name: 'Negative amount',
    messages: perField(AMOUNTS, 'The amount "{text}" in {field} is negative: a budget amount cannot be below 0; correct it.'),
  },
  'budget/sum-mismatch': {
    name: 'Budget total does not match its sources',
    messages: {
      mismatch: 'The budget total {total} is not fiscal {fiscal} + other {other} = {sum} ({unit}): check the amounts; if the sources are right, the total should be {sum}.',
      mismatchParts: 'The budget total {total} is not the sum of its sources, {sum} ({parts}, {unit}): check the amounts; if the sources are right, the total should be {sum}.',
      fiscalEmpty: 'The fiscal funds are empty while the budget total {total} differs from the other funds {other} ({unit}): fill in the fiscal funds, {total} − {other} = {rest}.',
    },
  },
  'budget/cost-exceeds': {
    name: 'Cost caps exceed the budget',
    messages: {
      exceeds: 'The cost caps add up to {caps} {unit}, above the budget total of {total} {unit}: a cost cap cannot exceed the budget; lower it or check the total.',
      exceedsSources: 'The cost caps add up to {caps} {unit}, above the {total} {unit} of the funding sources (no budget total is written): lower them or check the amounts.',
      unitSlip: 'The cost caps add up to {caps} {unit}, exactly 10,000 times the budget total of {total} {unit}: the unit is probably wrong (万元 written for 元); correct it.',
    },
  },
  'budget/unit-cost-exceeds': {
    name: 'Unit cost times count exceeds the budget',
    messages: {
      exceeds: 'The unit cost {cost} times the count {count} is {product} {unit}, above the budget total of {total} {unit}: the unit cost, the count or the budget is wrong; check them.',
      exceedsSources: 'The unit cost {cost} times the count {count} is {product} {unit}, above the {total} {unit} of the funding sources (no budget total is written): check the unit cost, the count and the amounts.',
    },
  },
  'budget/long-term-total': {
    name: 'Long-term total below the annual total',
    messages: {
      below: 'The long-term total {longTerm} is less than the annual total {annual}: the period includes this year; check both amounts.',
    },
  },

  'budget/implausible-amount': {
    name: 'Amount implausible for its unit',
    messages: {
      unitWritten: 'The amount "{text}" is written in {written} but the table\'s unit is {unit}: convert it to {unit} and enter the number only.',
      largeForWan: 'The budget total "{text}" would be over one billion yuan in 万元; it is probably in 元: convert it to 万元 or change the unit line to 单位：元.',
      smallForWan: 'The budget total "{text}" 万元 is less than 100 yuan; the amount or the unit is probably wrong: check it.',
      smallForYuan: 'The budget total "{text}" 元 is under 1,000 yuan; it is probably in 万元: convert it to 元 or change the unit line to 单位：万元.',
      capScale: 'The cost caps add up to {caps} {unit}, exactly one ten-thousandth of the budget total of {total} {unit}: the cap\'s unit is probably wrong (元 written for 万元); correct it.',
    },
  },
} satisfies Record<string, RuleTexts>;

const STRUCTURE = {
  'structure/missing-project-name': {
    name: 'Missing project name',
    messages: {
      missing: 'The table has no 项目名称 (project name) field: add it.',
      empty: 'The project name is empty: fill it in.',
      fromTitle: 'The table has no 项目名称 (project name) field; the title names the project (“{name}”). The standard form has the field: consider adding it.',
    },
  },
  'structure/missing-goals': {
    name: 'Missing goals',
    messages: {
      missing: 'The table has no 绩效目标 (goals) field: add the project\'s goals.',
      empty: 'The goals are empty: write what the project is to achieve, numbered if there are several (1. 2. …).',
    },
  },
  'structure/table-kind': {
    name: 'Not a project target table',
    messages: {
      department: 'This is a department-wide target table (部门整体支出绩效目标表); it was not checked as a project table.',
      region: 'This is a regional target table (区域绩效目标表); it was not checked as a project table.',
      transfer: 'This is a transfer-payment target table (转移支付绩效目标表); it was not checked as a project table.',
      policy: 'This is a policy target table (政策绩效目标表); it was not checked as a project table.',
      'self-eval': 'This is a self-evaluation table (绩效自评表); it was not checked as a project table.',
      monitor: 'This is a performance monitoring table (绩效监控表); it was not checked as a project table.',
      scoring: 'This is a scoring sheet (评分表); it was not checked as a project table.',
      review: 'This is a target review form (绩效目标审核表: what was reviewed and the reviewer\'s opinion); it was not checked as a project table.',
      summary: 'This is a summary list of projects (项目绩效目标汇总表, one row each); it was not checked as a project table.',
      adjustment: 'This is a target adjustment table (绩效目标调整表, targets before and after the change); it was not checked as a project table.',
      library: 'This is an indicator library (绩效指标库 / 指标体系: indicators to choose from, with their explanations, for no one project); it was not checked as a project table.',
    },
  },
  'structure/unused-rows': {
    name: 'Unused indicator rows',
    messages: {
      unused: 'The table has {count} unused indicator rows (from row {first}, no level-3 indicator and no value): delete them or fill them in.',
    },
  },
  'structure/unfilled': {
    name: 'To be filled in',
    messages: {
      projectName: 'To fill in: the project name (项目名称).',
      total: 'To fill in: the budget total (预算数).',
      fiscal: 'To fill in: the fiscal funds (财政资金).',
      use: 'To fill in: the use of funds (资金用途).',
      goals: 'To fill in: the goals (绩效目标).',
      indicators: 'To fill in: {count} indicator rows (level-3 indicators and target values).',
    },
  },
  'structure/no-indicators': {
    name: 'No indicators',
    messages: {
      noGrid: 'The table has no indicator grid: add the columns 一级指标, 二级指标, 三级指标, 绩效指标描述 and 指标值.',
      empty: 'There are no indicators under the grid header: add one row per level-3 indicator.',
    },
  },
  'structure/missing-level1': {
    name: 'Missing level-1 indicator',
    messages: {
      missing: 'Level-1 indicator(s) missing: {names}. Add at least one level-3 indicator under each.',
      noLevels: 'This table has no level-1/level-2 columns: whether 产出, 效益 and 满意度 are all there cannot be checked; only the values were.',
    },
  },
  'structure/missing-cost': {
    name: 'No cost indicator',
    messages: {
      missing2015: 'There is no cost indicator: add the level-2 成本指标 under 产出指标, e.g. 项目总成本 {cap}.',
      missing2021: 'There is no cost indicator: add the level-1 成本指标 with the level-2 经济成本指标, e.g. 项目总成本 {cap}.',
    },
  },
  'structure/unknown-level1': {
    name: 'Unknown level-1 indicator',
    messages: {
      empty: 'The level-1 indicator is empty: fill in its name.',
      emptyColumn: 'The level-1 indicator column is empty in all {count} rows: fill in each row’s level-1 indicator from its level-2 (数量指标 belongs under 产出指标).',
      emptyKnown: 'The level-1 indicator is empty: its level-2 “{level2}” belongs under “{suggestion}”; fill it in.',
      typo: 'The level-1 indicator "{name}" is not a standard name; it should be "{suggestion}".',
      isLevel2: '"{name}" is a level-2 indicator, not a level-1 one: its level-1 indicator is "{suggestion}".',
      unknown: 'The level-1 indicator "{name}" is not in the scheme: use one of {names}.',
      notInScheme: '"{name}" is not a level-1 indicator of the {scheme} scheme: in 2015 成本指标 is a level-2 indicator under 产出指标; move it, or check against the 2021 scheme.',
    },
  },
  'structure/unknown-level2': {
    name: 'Unknown level-2 indicator',
    messages: {
      empty: 'The level-2 indicator is empty: fill in its name.',
      typo: 'The level-2 indicator "{name}" is not a standard name; it should be "{suggestion}".',
      isLevel1: '"{name}" is a level-1 indicator and cannot be a level-2 one: use one of {names}.',
      unknown: 'The level-2 indicator "{name}" is not in the scheme: use one of {names}.',
      olderTemplate: 'The level-2 names "{names}" are those of an older local template (about 2015), not of the {scheme} scheme: this table is checked by that template (a row under 目标完成程度 whose name says 成本 is its cost, a row under 效益指标 whose name says 满意 its satisfaction). To follow the current scheme, use level-2 names such as 数量指标, 质量指标, 时效指标, 成本指标, 社会效益指标 and 服务对象满意度指标.',
    },
  },
  'structure/level2-mismatch': {
    name: 'Level-2 under the wrong level-1',
    messages: {
      wrongParent: 'The level-2 indicator "{name}" does not belong to "{level1}"; it belongs under "{expected}": correct the level-1 or the level-2 name.',
      costIsLevel1: 'In the 2021 scheme 成本指标 is a level-1 indicator: set the level-1 to 成本指标 and the level-2 to one of {names}.',
      costRepeatsLevel1: 'The level-2 name 成本指标 repeats its level-1: under 成本指标 the 2021 scheme has {names}; use one of them (usually 经济成本指标).',
      notInScheme: '"{name}" is not a level-2 indicator of the {scheme} scheme: use that scheme\'s names, or check against the other scheme.',
    },
  },
  'structure/empty-level3': {
    name: 'Empty level-3 indicator',
    messages: {
      empty: 'The level-3 indicator is empty: name what is measured, e.g. 软件维护次数.',
    },
  },
  'structure/duplicate-level3': {
    name: 'Duplicate level-3 indicator',
    messages: {
      duplicate: 'The level-3 indicator "{name}" repeats {first}: remove the repeated row or measure something else.',
    },
  },
  'structure/level2-as-level3': {
    name: 'Category name used as level-3 indicator',
    messages: {
      level2: 'The level-3 indicator "{name}" is a level-2 name: name what is actually measured.',
      level1: 'The level-3 indicator "{name}" is a level-1 name: name what is actually measured.',
    },
  },
  'structure/satisfaction-under-benefit': {
    name: 'Satisfaction under a benefit indicator',
    messages: {
      satisfaction: 'The level-3 indicator "{name}" measures satisfaction but sits under {level2}: satisfaction belongs under the satisfaction indicators; a benefit row says what the project achieves.',
    },
  },
  'structure/weights-sum': {
    name: 'Weights do not add up',
    messages: {
      empty: 'This row has no weight while the others have: fill it in.',
      notANumber: 'The weight "{text}" is not a number: enter a number, e.g. 10.',
      ninety: 'The weights total {sum}: the remaining 10 points are usually kept for the budget execution rate (预算执行率) in the later self-evaluation. If your rules require 100, adjust the weights.',
      total: 'The weights add up to {sum}, not 100: adjust them.',
      level1: '"{name}" is marked {weight} points but its rows add up to {sum}: make them agree.',
      level1Total: 'The weights marked on the level-1 indicators add up to {sum}, not 100: adjust them.',
    },
  },
} satisfies Record<string, RuleTexts>;

const CONTENT = {
  'content/placeholder-goal': {
    name: 'Placeholder goal',
    messages: {
      placeholder: 'The goal "{text}" is template filler: write what the project is actually to achieve.',
      mark: 'The goal "{text}" holds "{mark}": if it is a template\'s blank left unfilled, fill it in.',
      noFigure: 'In the goal, "{text}" has a percent sign with no figure before it: write the percentage\'s number.',
      reference: 'The goal only says "{text}" and states none: goals are published with the table; write the project\'s goals here.',
    },
  },
  'content/vague-goal': {
    name: 'Goal states only a direction',
    messages: {
      vague: 'The goal "{text}" only states a direction and cannot be measured: say what is done, to what level and by when (e.g. 2024年使初中毕业生合格率从85%提升至90%).',
    },
  },
  'content/placeholder-text': {
    name: 'Placeholder text',
    messages: perField(['title', 'projectName', 'use', 'level3', 'description'], 'The text "{text}" in {field} is placeholder text: write the real content.'),
  },
  'content/project-year-mismatch': {
    name: 'Years disagree in the project name',
    messages: {
      inName: 'The project name contains different years ({years}): check it and use the budget year throughout.',
      title: 'The title\'s year {years} differs from the project name\'s year {year}: check them.',
      deadlineBefore: 'The value "{value}" of "{name}" names {year}, before the table\'s budget year ({tableYear}): probably copied from an earlier table; check the deadline.',
      deadlineAfter: 'The value "{value}" of "{name}" names {year}, well after the table\'s budget year ({tableYear}): an annual target is met within its year; check the deadline.',
    },
  },
  'content/name-states-value': {
    name: 'Indicator name states a target',
    messages: {
      differs: 'The level-3 name "{name}" states "{stated}", which differs from the value "{value}": remove the figure from the name, or check the value.',
      onlyValue: 'The level-3 name "{name}" is only a target and says nothing of what is measured: name the measure (项目总成本) and put the target in the value column.',
      sameAsValue: 'The level-3 name "{name}" is the same as its value: name only what is measured, and put the target in the value column.',
    },
  },
  'content/stray-space': {
    name: 'Stray spaces',
    messages: perField(
      ['title', 'unitName', 'projectName', 'use', 'goals', 'level1', 'level2', 'level3', 'description'],
      'The text "{text}" in {field} has stray spaces: remove them.',
    ),
  },
  'content/trailing-punctuation': {
    name: 'Trailing punctuation',
    messages: perField(['level3', 'value'], 'The text "{text}" in {field} ends with punctuation: remove it.'),
  },
} satisfies Record<string, RuleTexts>;

/** Typed against the Chinese texts: a rule missing in English is a compile error (its messages are tested). */
export const TABLE_RULE_TEXTS_EN: Record<keyof typeof TABLE_RULE_TEXTS_ZH, RuleTexts> = { ...BUDGET, ...STRUCTURE, ...CONTENT };
