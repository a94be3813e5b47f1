/**
 * Texts of the value rules (src/core/engine/rules/value): name, description and messages, zh-CN and
 * en-US. Messages say what is wrong and how to fix it; `{placeholders}` come from the report's
 * data (value: the value as written; suggestion: the corrected value).
 */
import type { RuleTexts } from './index';

export const VALUE_RULE_TEXTS: Record<string, RuleTexts> = {
  'value/empty': {
    name: { 'zh-CN': '指标值为空', 'en-US': 'Empty indicator value' },
    messages: {
      empty: {
        'zh-CN': '指标值为空。请填写目标值：定量指标写作“符号+数值+单位”（如“≥95%”），定性指标写明要达到的效果。',
        'en-US': 'The indicator value is empty. Fill in a target: sign + number + unit (e.g. “≥95%”), or the intended effect for a qualitative indicator.',
      },
      noColumn: {
        'zh-CN': '指标表没有“指标值”列（表头中未找到指标值、目标值等列名），{count} 个指标都没有目标值：请在三级指标右侧加一列“指标值”并逐行填写。',
        'en-US': 'The grid has no value column (no 指标值 / 目标值 heading was found): none of its {count} indicators has a target. Add a 指标值 column right of the 三级 names and fill it in.',
      },
      notApplicable: {
        'zh-CN': '三级指标写作“{name}”、指标值为空，表示本项不适用：社会成本、生态环境成本和项目不涉及的效益可以这样填写；也可以删除该行。',
        'en-US': 'The 三级 name “{name}” with no value says this does not apply: allowed for social and environmental costs and for benefits the project does not have; the row may also be deleted.',
      },
      qualitative: {
        'zh-CN': '定性指标“{name}”的指标值为空：请写明要达到的效果（如“有效提升”“明显改善”）。',
        'en-US': 'The qualitative indicator “{name}” has no value: state the intended effect (e.g. “有效提升”).',
      },
    },
  },

  'value/placeholder': {
    name: { 'zh-CN': '指标值为占位符', 'en-US': 'Placeholder value' },
    messages: {
      notApplicable: {
        'zh-CN': '指标值“{value}”表示本项不适用：社会成本、生态环境成本和项目不涉及的效益可以这样填写；也可以删除该行。',
        'en-US': 'The value “{value}” says this does not apply: allowed for social and environmental costs and for benefits the project does not have; the row may also be deleted.',
      },
      placeholder: {
        'zh-CN': '指标值“{value}”是占位内容，不是目标值。请填写实际的目标值。',
        'en-US': 'The value “{value}” is a placeholder, not a target. Fill in the actual target.',
      },
    },
  },

  'value/missing-number': {
    name: { 'zh-CN': '指标值缺少数值', 'en-US': 'Value without a number' },
    messages: {
      noNumber: {
        'zh-CN': '指标值“{value}”缺少数值。请写明目标数值，如“≥95%”“≤10万元”。',
        'en-US': 'The value “{value}” has no number. Write the target number, e.g. “≥95%” or “≤10万元”.',
      },
      wordsBetween: {
        'zh-CN': '指标值“{value}”的符号和数值之间夹有文字：请只写目标值，如“{example}”。',
        'en-US': 'The value “{value}” has words between its sign and its number: write the target alone, as “{example}”.',
      },
    },
  },

  'value/qualitative-not-allowed': {
    name: { 'zh-CN': '应为定量的指标填了定性描述', 'en-US': 'Qualitative value where a number is required' },
    messages: {
      cost: {
        'zh-CN': '成本指标须填写金额上限，“{value}”不是数值。请写作“{example}”这样的形式（≤+金额+元/万元）。',
        'en-US': 'A cost indicator needs a money ceiling; “{value}” is not a number. Write it like “{example}” (≤ + amount + 元/万元).',
      },
      satisfaction: {
        'zh-CN': '满意度指标须填写百分比目标，“{value}”不是数值。请写作“{example}”这样的形式。',
        'en-US': 'A satisfaction indicator needs a percentage target; “{value}” is not a number. Write it like “{example}”.',
      },
      sentence: {
        'zh-CN': '指标值“{value}”是一句话，其中的目标是“{example}”：指标值只写目标本身，建议写作“{example}”。',
        'en-US': 'The value “{value}” is a sentence holding the target “{example}”: write the target alone, as “{example}”.',
      },
      twoTargets: {
        'zh-CN': '指标值“{value}”写了{count}个目标：一个三级指标只写一个目标值，请拆成{count}个三级指标分别填写。',
        'en-US': 'The value “{value}” holds {count} targets: one 三级 indicator takes one target; split it into {count} indicators.',
      },
      vagueQuantity: {
        'zh-CN': '数量指标的指标值“{value}”没有写明数量：请写作“≥数值+单位”（如“≥200次”），以便考核。',
        'en-US': 'The quantity target “{value}” states no amount: write “≥ number + unit” (e.g. “≥200次”) so it can be assessed.',
      },
      vagueRate: {
        'zh-CN': '“{name}”是比率，指标值“{value}”没有写明百分比：请写作如“≥95%”或“＝100%”，以便考核。',
        'en-US': '“{name}” is a rate, but its target “{value}” states no percentage: write e.g. “≥95%” or “＝100%” so it can be assessed.',
      },
      vagueTimeliness: {
        'zh-CN': '时效指标的指标值“{value}”没有写明时间、期限或比率：请写作如“≤30个工作日”“2025年12月底前”或“＝100%”（及时率）。',
        'en-US': 'The timeliness target “{value}” states no time, deadline or rate: write e.g. “≤30个工作日”, “2025年12月底前” or “＝100%” (on-time rate).',
      },
    },
  },

  'value/bad-number': {
    name: { 'zh-CN': '数值写法有误', 'en-US': 'Malformed number' },
    messages: {
      badNumber: {
        'zh-CN': '指标值“{value}”中的数字“{number}”写法有误（混入字母或多余的符号），建议写作“{suggestion}”。',
        'en-US': 'The number “{number}” in “{value}” is malformed (a letter or stray mark in it). Suggested: “{suggestion}”.',
      },
      badNumberNoFix: {
        'zh-CN': '指标值“{value}”中的数字“{number}”无法识别。请只用阿拉伯数字和小数点，如“98”“26.5”“1,000”。',
        'en-US': 'The number “{number}” in “{value}” cannot be read. Use digits and a decimal point only, e.g. “98”, “26.5”, “1,000”.',
      },
      chineseNumeral: {
        'zh-CN': '指标值“{value}”用汉字“{number}”表示数值，应使用阿拉伯数字，建议写作“{suggestion}”。',
        'en-US': 'The value “{value}” writes the number in Chinese numerals (“{number}”); use digits. Suggested: “{suggestion}”.',
      },
    },
  },

  'value/malformed-unit': {
    name: { 'zh-CN': '单位写法有误', 'en-US': 'Malformed unit' },
    messages: {
      nonstandardUnit: {
        'zh-CN': '指标值“{value}”的单位“{unit}”写法不规范，应写作“{standard}”。',
        'en-US': 'The unit “{unit}” in “{value}” is not the standard spelling: write “{standard}”.',
      },
      letterUnit: {
        'zh-CN': '指标值“{value}”的单位“{unit}”用了字母缩写（w、k、pct 等），应写作规范的中文单位或符号，建议写作“{suggestion}”。',
        'en-US': 'The unit “{unit}” in “{value}” uses a Latin abbreviation (w, k, pct …); write the standard unit. Suggested: “{suggestion}”.',
      },
      letterUnitNoFix: {
        'zh-CN': '指标值“{value}”的单位“{unit}”用了字母缩写（w、k、pct 等），应写作规范的中文单位或符号（万、千、%）。',
        'en-US': 'The unit “{unit}” in “{value}” uses a Latin abbreviation (w, k, pct …); write the standard unit (万, 千, %).',
      },
      tenths: {
        'zh-CN': '指标值“{value}”用“成”表示比例，建议写作“{suggestion}”。',
        'en-US': '“{value}” is in tenths (成); suggested: “{suggestion}”.',
      },
      percentWords: {
        'zh-CN': '指标值“{value}”用“{unit}”表示百分比，应写作“%”，建议写作“{suggestion}”。',
        'en-US': 'The value “{value}” writes the percentage as “{unit}”; use “%”. Suggested: “{suggestion}”.',
      },
      percentWordsNoFix: {
        'zh-CN': '指标值“{value}”用“{unit}”表示百分比，应写作“%”，放在数值后面。',
        'en-US': 'The value “{value}” writes the percentage as “{unit}”; use “%” after the number.',
      },
      currency: {
        'zh-CN': '指标值“{value}”在数值前写了“{mark}”，金额的单位已说明币种，建议写作“{suggestion}”。',
        'en-US': '“{value}” puts “{mark}” before the amount; its unit already says the currency. Suggested: “{suggestion}”.',
      },
      unitBeforeNumber: {
        'zh-CN': '指标值“{value}”把单位“{unit}”写在了数值前面，单位应写在数值后面，建议写作“{suggestion}”。',
        'en-US': 'The value “{value}” puts the unit “{unit}” before the number; it belongs after it. Suggested: “{suggestion}”.',
      },
      unitBeforeNumberNoFix: {
        'zh-CN': '指标值“{value}”把单位“{unit}”写在了数值前面，单位应写在数值后面。',
        'en-US': 'The value “{value}” puts the unit “{unit}” before the number; it belongs after it.',
      },
    },
  },

  'value/missing-unit': {
    name: { 'zh-CN': '指标值缺少单位', 'en-US': 'Value without a unit' },
    messages: {
      noUnit: {
        'zh-CN': '指标值“{value}”缺少计量单位，建议写作“{suggestion}”。',
        'en-US': 'The value “{value}” has no unit. Suggested: “{suggestion}”.',
      },
      unitInName: {
        'zh-CN': '三级指标“{name}”已写明单位，“{value}”可照此理解；建议也写上单位：“{suggestion}”。',
        'en-US': '“{name}” states the unit, so “{value}” can be read; suggested with it: “{suggestion}”.',
      },
      noUnitColumn: {
        'zh-CN': '指标值“{value}”缺少计量单位，请在单位列填写“{suggestion}”。',
        'en-US': 'The value “{value}” has no unit; fill in “{suggestion}” in the unit column.',
      },
      noUnitNoFix: {
        'zh-CN': '指标值“{value}”缺少计量单位。请在数值后写明单位，如%、次、人、万元、小时。',
        'en-US': 'The value “{value}” has no unit. Add the unit after the number, e.g. %, 次, 人, 万元, 小时.',
      },
    },
  },

  'value/doubled-mark': {
    name: { 'zh-CN': '符号或单位重复', 'en-US': 'Doubled sign or unit' },
    messages: {
      doubledSign: {
        'zh-CN': '指标值“{value}”重复写了比较符号（{signs}），只保留一个，建议写作“{suggestion}”。',
        'en-US': 'The value “{value}” repeats its sign ({signs}); keep one. Suggested: “{suggestion}”.',
      },
      doubledSignNoFix: {
        'zh-CN': '指标值“{value}”重复写了比较符号（{signs}），请只保留一个。',
        'en-US': 'The value “{value}” repeats its sign ({signs}); keep only one.',
      },
      conflictingSigns: {
        'zh-CN': '指标值“{value}”中的比较符号相互矛盾（{signs}），请确认目标是上限还是下限，只保留一个符号。',
        'en-US': 'The signs in “{value}” contradict each other ({signs}). Decide whether the target is a floor or a ceiling and keep one sign.',
      },
      redundantWords: {
        'zh-CN': '指标值“{value}”已有比较符号，“{words}”与之重复，删去“{words}”即可。',
        'en-US': 'The value “{value}” already has a sign; “{words}” repeats it: remove “{words}”.',
      },
      doubledUnit: {
        'zh-CN': '指标值“{value}”重复写了单位“{unit}”，建议写作“{suggestion}”。',
        'en-US': 'The value “{value}” repeats the unit “{unit}”. Suggested: “{suggestion}”.',
      },
      doubledUnitNoFix: {
        'zh-CN': '指标值“{value}”重复写了单位“{unit}”，请只保留一个。',
        'en-US': 'The value “{value}” repeats the unit “{unit}”; keep only one.',
      },
      stutteredUnit: {
        'zh-CN': '指标值“{value}”的单位写成了“{written}”，多打了字，应为“{unit}”，建议写作“{suggestion}”。',
        'en-US': 'The unit of “{value}” is typed “{written}”, with a character repeated; it is “{unit}”. Suggested: “{suggestion}”.',
      },
    },
  },

  'value/missing-sign': {
    name: { 'zh-CN': '指标值缺少比较符号', 'en-US': 'Value without a sign' },
    messages: {
      noSign: {
        'zh-CN': '指标值“{value}”缺少比较符号，建议写作“{suggestion}”。',
        'en-US': 'The value “{value}” has no comparison sign. Suggested: “{suggestion}”.',
      },
      noSignColumn: {
        'zh-CN': '指标值“{value}”缺少比较符号，请在符号列填写“{suggestion}”。',
        'en-US': 'The value “{value}” has no comparison sign; fill in “{suggestion}” in the sign column.',
      },
      noSignNoFix: {
        'zh-CN': '指标值“{value}”缺少比较符号，请在数值前加上“{sign}”等符号。',
        'en-US': 'The value “{value}” has no comparison sign; put a sign such as “{sign}” before the number.',
      },
    },
  },

  'value/nonstandard-sign': {
    name: { 'zh-CN': '比较符号不规范', 'en-US': 'Non-standard sign' },
    messages: {
      range: {
        'zh-CN': '指标值“{value}”是一个范围：目标值应写一个界限，通常是下限，建议写作“{suggestion}”。',
        'en-US': 'The value “{value}” is a range: a target states one bound, usually the lower one; write “{suggestion}”.',
      },
      rangeCeiling: {
        'zh-CN': '指标值“{value}”是一个范围：成本等越低越好的指标应写上限，建议写作“{suggestion}”。',
        'en-US': 'The value “{value}” is a range: a cost, or any measure where lower is better, states its upper bound; write “{suggestion}”.',
      },
      words: {
        'zh-CN': '指标值“{value}”用文字“{sign}”表示比较关系，应使用符号“{symbol}”。',
        'en-US': 'The value “{value}” states its comparison in words (“{sign}”); use the symbol “{symbol}”.',
      },
      digraph: {
        'zh-CN': '指标值“{value}”用“{sign}”表示比较关系，应使用符号“{symbol}”。',
        'en-US': 'The value “{value}” writes its sign as “{sign}”; use the symbol “{symbol}”.',
      },
      variant: {
        'zh-CN': '指标值“{value}”中的“{sign}”与“{symbol}”含义相同，但不是标准的比较符号（常由日文键盘或其他输入法输入），建议写作“{suggestion}”。',
        'en-US': 'The “{sign}” in “{value}” means the same as “{symbol}” but is not a standard sign (often typed on a Japanese keyboard or another input method). Suggested: “{suggestion}”.',
      },
    },
  },

  'value/wrong-direction': {
    name: { 'zh-CN': '比较方向错误', 'en-US': 'Sign in the wrong direction' },
    messages: {
      cost: {
        'zh-CN': '成本指标是支出上限，指标值“{value}”的“{sign}”方向相反，应使用“{expected}”。',
        'en-US': 'A cost is a ceiling; “{sign}” in “{value}” points the wrong way. Use “{expected}”.',
      },
      satisfaction: {
        'zh-CN': '满意度目标是下限，指标值“{value}”的“{sign}”方向相反，应使用“{expected}”。',
        'en-US': 'A satisfaction target is a floor; “{sign}” in “{value}” points the wrong way. Use “{expected}”.',
      },
      negative: {
        'zh-CN': '“{name}”越低越好（反向指标），指标值“{value}”的“{sign}”方向相反，应使用“{expected}”写上限。',
        'en-US': '“{name}” is better when lower (a reverse indicator); “{sign}” in “{value}” points the wrong way. Use “{expected}” for a ceiling.',
      },
      negativeFull: {
        'zh-CN': '“{name}”越低越好（反向指标），指标值“{value}”表示全部达到这一不利状态，与指标方向矛盾：请核对，应写上限（如“≤5%”），或改用正向指标（如出租率、完成率）。',
        'en-US': '“{name}” is better when lower (a reverse indicator), and “{value}” sets it at its worst: check it — write a ceiling (such as “≤5%”) or use the positive indicator (a letting or completion rate).',
      },
    },
  },

  'value/unit-mismatch': {
    name: { 'zh-CN': '单位与指标类型不符', 'en-US': 'Unit does not fit the indicator' },
    messages: {
      satisfaction: {
        'zh-CN': '满意度指标应以百分比（%）表示，指标值“{value}”的单位是“{unit}”。',
        'en-US': 'A satisfaction indicator is a percentage (%); the value “{value}” is in “{unit}”.',
      },
      satisfactionComplaints: {
        'zh-CN': '“{name}”以次数计（{value}），越少越好；许多地方把投诉次数列为满意度指标，可以保留。',
        'en-US': '“{name}” is a count ({value}), fewer is better; many regions list complaints under satisfaction: it may stay.',
      },
      satisfactionScore: {
        'zh-CN': '满意度指标通常以百分比（%）表示，指标值“{value}”用的是“{unit}”；如为评分制，请在指标描述中说明满分。',
        'en-US': 'Satisfaction is usually a percentage (%); “{value}” uses “{unit}”. If it is a score, state the full score in the description.',
      },
      timeliness: {
        'zh-CN': '时效指标应为时间（小时、天、工作日、月、年）或及时率（%），指标值“{value}”的单位是“{unit}”。',
        'en-US': 'A timeliness indicator is a time (hours, days, working days, months, years) or a rate in %; “{value}” is in “{unit}”.',
      },
      cost: {
        'zh-CN': '成本指标应为金额（元、万元、亿元），指标值“{value}”的单位是“{unit}”。',
        'en-US': 'A cost indicator is an amount of money (元, 万元, 亿元); “{value}” is in “{unit}”.',
      },
      quantityMoney: {
        'zh-CN': '数量指标一般为数量，指标值“{value}”的单位是金额“{unit}”，请确认是否应归入成本指标。',
        'en-US': 'A quantity indicator is usually a count; “{value}” is in money (“{unit}”). Check whether it belongs under cost.',
      },
      quantityPercent: {
        'zh-CN': '指标“{name}”是数量，指标值“{value}”却是百分比，请写明数量及单位（如“≥10次”）。',
        'en-US': 'The indicator “{name}” counts something, but “{value}” is a percentage. Give the count and its unit (e.g. “≥10次”).',
      },
      rateUnit: {
        'zh-CN': '指标“{name}”是比率，应以百分比（%）表示，指标值“{value}”的单位却是“{unit}”：请把指标值写成百分比，或改用与数量相符的指标名称。',
        'en-US': 'The indicator “{name}” is a rate, a percentage (%), but “{value}” is in “{unit}”: write the value as a percentage, or name the indicator after what it counts.',
      },
    },
  },

  'value/negative-number': {
    name: { 'zh-CN': '数量、时间或成本为负数', 'en-US': 'Negative count, time or cost' },
    messages: {
      count: {
        'zh-CN': '“{name}”的指标值“{value}”是负数，数量不会小于0。如目标是减少，请写明减少后的数量上限（用“≤”），或改写为下降率（如“下降率≥5%”）。',
        'en-US': 'The value “{value}” of “{name}” is negative, but a count cannot be below 0. For a decrease, state the count after it as a ceiling (“≤”), or write a rate of decrease (e.g. “下降率≥5%”).',
      },
      time: {
        'zh-CN': '“{name}”的指标值“{value}”是负数，时间不会小于0。如目标是缩短，请写明缩短后的时限（用“≤”），或改写为缩短比例。',
        'en-US': 'The value “{value}” of “{name}” is negative, but a time cannot be below 0. For a shorter time, state the new limit with “≤”, or write the reduction as a rate.',
      },
      cost: {
        'zh-CN': '成本指标“{name}”的指标值“{value}”是负数，成本上限不会小于0。请填写成本上限（如“≤26.5万元”）；如目标是节约，请改写为节约率或降低率。',
        'en-US': 'The cost “{name}” has a negative value “{value}”: a cost ceiling cannot be below 0. State the ceiling (e.g. “≤26.5万元”); for a saving, write a rate of saving.',
      },
    },
  },

  'value/percent-range': {
    name: { 'zh-CN': '百分比超出范围', 'en-US': 'Percentage out of range' },
    messages: {
      overHundred: {
        'zh-CN': '“{name}”是比率，不能超过100%，指标值“{value}”超出范围。',
        'en-US': '“{name}” is a rate and cannot exceed 100%; the value “{value}” is out of range.',
      },
      belowZero: {
        'zh-CN': '“{name}”是比率，不能小于0%，指标值“{value}”超出范围。',
        'en-US': '“{name}” is a rate and cannot be below 0%; the value “{value}” is out of range.',
      },
      impossibleAbove: {
        'zh-CN': '比率不可能大于100%，指标值“{value}”无法达到；如目标为全部，请写作“＝100%”。',
        'en-US': 'A rate cannot be more than 100%, so “{value}” cannot be met; for “all”, write “＝100%”.',
      },
      impossibleBelow: {
        'zh-CN': '比率不可能小于0%，指标值“{value}”无法达到；如目标为零，请写作“＝0%”。',
        'en-US': 'A rate cannot be less than 0%, so “{value}” cannot be met; for “none”, write “＝0%”.',
      },
      overHundredLoose: {
        'zh-CN': '指标值“{value}”超过100%，请确认“{name}”确实可以超过100%。',
        'en-US': 'The value “{value}” is over 100%; check that “{name}” can really exceed 100%.',
      },
      fraction: {
        'zh-CN': '满意度目标“{value}”不超过1%，像是把比例写成了百分数：若目标是{percent}%，应写作“{example}”。',
        'en-US': 'The satisfaction target “{value}” is 1% or less; it looks like a fraction written as a percentage. For {percent}%, write “{example}”.',
      },
      belowMinimum: {
        'zh-CN': '满意度目标“{value}”低于设定的最低要求{min}%，请提高目标。',
        'en-US': 'The satisfaction target “{value}” is below the required minimum of {min}%; raise it.',
      },
    },
  },

  'value/quantity-ceiling': {
    name: { 'zh-CN': '数量指标使用上限', 'en-US': 'Ceiling on a quantity' },
    messages: {
      ceiling: {
        'zh-CN': '数量指标“{value}”用“{sign}”表示上限，产出数量通常用“≥”或“＝”，请确认。',
        'en-US': 'The quantity “{value}” is a ceiling (“{sign}”); outputs are usually ≥ or ＝. Please check.',
      },
    },
  },

  'value/grade-list': {
    name: { 'zh-CN': '指标值列出了评价等级', 'en-US': 'Value lists the grades' },
    messages: {
      grades: {
        'zh-CN': '指标值“{value}”列出了评价等级，没有选定目标；请写明要达到的等级或程度（如“高”“良好及以上”）。',
        'en-US': 'The value “{value}” lists the grades without choosing one; state the level to reach (e.g. “高”, “良好及以上”).',
      },
    },
  },

  'value/date-serial': {
    name: { 'zh-CN': '时间写成了日期序列号', 'en-US': 'Date shown as a serial number' },
    messages: {
      serial: {
        'zh-CN': '指标值“{value}”像是 Excel 的日期序列号（即 {date}）；请把时间写成文字，如“{date}前”。',
        'en-US': 'The value “{value}” looks like an Excel date serial number ({date}); write the date as text, e.g. “{date}前”.',
      },
    },
  },

  'value/restates-indicator': {
    name: { 'zh-CN': '指标值重复指标名称', 'en-US': 'Value restates the indicator' },
    messages: {
      name: {
        'zh-CN': '指标值“{value}”与三级指标名称相同，没有说明目标；请写明可衡量的目标（如达到的程度、比例或时间）。',
        'en-US': 'The value “{value}” repeats the indicator name and sets no target; state something measurable (a level, a rate, a date).',
      },
      description: {
        'zh-CN': '指标值“{value}”与指标描述相同，没有说明目标；请写明可衡量的目标（如达到的程度、比例或时间）。',
        'en-US': 'The value “{value}” repeats the description and sets no target; state something measurable (a level, a rate, a date).',
      },
    },
  },

  'value/split-contradiction': {
    name: { 'zh-CN': '分列指标值前后矛盾', 'en-US': 'Split value contradicts its columns' },
    messages: {
      unitConflict: {
        'zh-CN': '度量单位列为“{unit}”，数值“{value}”中却写了“{valueUnit}”，两者矛盾；请统一，数值列只填数字。',
        'en-US': 'The unit column says “{unit}” but the value “{value}” carries “{valueUnit}”; make them agree and keep only the number in the value column.',
      },
      signConflict: {
        'zh-CN': '符号列为“{sign}”，数值“{value}”中却写了“{valueSign}”，两者矛盾；请统一，数值列只填数字。',
        'en-US': 'The sign column says “{sign}” but the value “{value}” carries “{valueSign}”; make them agree and keep only the number in the value column.',
      },
      qualitativeWithNumber: {
        'zh-CN': '指标标为“{nature}”，但指标值“{value}”是数值；定量指标请标为定量，定性指标请写文字描述。',
        'en-US': 'The indicator is marked “{nature}” (qualitative) but its value “{value}” is a number; mark it quantitative, or describe the target in words.',
      },
      qualitativeWithUnit: {
        'zh-CN': '定性指标不需要度量单位，却填写了“{unit}”；请删去单位。',
        'en-US': 'A qualitative indicator has no unit, yet “{unit}” is given; remove it.',
      },
      quantitativeWithText: {
        'zh-CN': '指标标为“{nature}”（定量），指标值“{value}”却是文字；请填写数值，或改为定性指标。',
        'en-US': 'The indicator is marked “{nature}” (quantitative) but its value “{value}” is text; give a number, or mark it qualitative.',
      },
      directionConflict: {
        'zh-CN': '指标方向为“{direction}”，符号却是“{sign}”，两者矛盾（正向用≥、＞、＝，反向用≤、＜）；请统一。',
        'en-US': 'The direction is “{direction}” but the sign is “{sign}” (正向 takes ≥ ＞ ＝, 反向 takes ≤ ＜); make them agree.',
      },
      unknownSign: {
        'zh-CN': '符号列中的“{sign}”不是比较符号，请填写≥、≤、＝、＞、＜（或大于等于、小于等于、等于）。',
        'en-US': '“{sign}” in the sign column is not a comparison sign; use ≥ ≤ ＝ ＞ ＜ (or 大于等于, 小于等于, 等于).',
      },
    },
  },

  'value/wan-unit': {
    name: { 'zh-CN': '单位“万”宜写作“万元”', 'en-US': '“万” for “万元”' },
    messages: {
      wan: {
        'zh-CN': '指标值“{value}”的单位“{unit}”按“{canonical}”理解，建议写全为“{canonical}”。',
        'en-US': 'The unit “{unit}” in “{value}” is read as “{canonical}”; write “{canonical}” in full.',
      },
    },
  },

  'value/fullwidth': {
    name: { 'zh-CN': '全角数字', 'en-US': 'Full-width digits' },
    messages: {
      digits: {
        'zh-CN': '指标值“{value}”中的数字是全角字符，建议改为半角：“{suggestion}”。',
        'en-US': 'The value “{value}” uses full-width digits; suggested: “{suggestion}”.',
      },
      thousands: {
        'zh-CN': '指标值“{value}”用全角逗号作千位分隔符，建议写作“{suggestion}”。',
        'en-US': '“{value}” uses a full-width comma as thousands separator; suggested: “{suggestion}”.',
      },
    },
  },
};
