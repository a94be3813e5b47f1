/**
 * The en-US texts of the value rules (src/core/engine/rules/value): name and messages. Messages say
 * what is wrong and how to fix it; `{placeholders}` come from the report's data (value: the value as
 * written; suggestion: the corrected value). The same rules' texts in the other language are in
 * rules-value-zh.ts, under the same ids.
 */
import type { RuleTexts } from './rule-texts';
import type { VALUE_RULE_TEXTS_ZH } from './rules-value-zh';

/** Typed against the Chinese texts: a rule missing in English is a compile error (its messages are tested). */
export const VALUE_RULE_TEXTS_EN: Record<keyof typeof VALUE_RULE_TEXTS_ZH, RuleTexts> = {
  'value/empty': {
    name: 'Empty indicator value',
    messages: {
      empty: 'The indicator value is empty. Fill in a target: sign + number + unit (e.g. “≥95%”), or the intended effect for a qualitative indicator.',
      noColumn: 'The grid has no value column (no 指标值 / 目标值 heading was found): none of its {count} indicators has a target. Add a 指标值 column right of the 三级 names and fill it in.',
      notApplicable: 'The 三级 name “{name}” with no value says this does not apply: allowed for social and environmental costs and for benefits the project does not have; the row may also be deleted.',
      qualitative: 'The qualitative indicator “{name}” has no value: state the intended effect (e.g. “有效提升”).',
    },
  },

  'value/placeholder': {
    name: 'Placeholder value',
    messages: {
      notApplicable: 'The value “{value}” says this does not apply: allowed for social and environmental costs and for benefits the project does not have; the row may also be deleted.',
      placeholder: 'The value “{value}” is a placeholder, not a target. Fill in the actual target.',
      doneAsTarget: 'The value “{value}” reports a result, not a target: a target table states what is to be achieved (e.g. “完成” or “＝100%”); results belong in the self-evaluation.',
    },
  },

  'value/missing-number': {
    name: 'Value without a number',
    messages: {
      noNumber: 'The value “{value}” has no number. Write the target number, e.g. “≥95%” or “≤10万元”.',
      wordsBetween: 'The value “{value}” has words between its sign and its number: write the target alone, as “{example}”.',
    },
  },

  'value/qualitative-not-allowed': {
    name: 'Qualitative value where a number is required',
    messages: {
      cost: 'A cost indicator needs a money ceiling; “{value}” is not a number. Write it like “{example}” (≤ + amount + 元/万元).',
      satisfaction: 'A satisfaction indicator needs a percentage target; “{value}” is not a number. Write it like “{example}”.',
      sentencePer: 'The value “{value}” is a sentence holding a sum per one or per period (“每…”): write the target alone, with the “per” in its unit (as in “元/人/月”).',
      sentence: 'The value “{value}” is a sentence holding the target “{example}”: write the target alone, as “{example}”.',
      twoTargets: 'The value “{value}” holds {count} targets: one 三级 indicator takes one target; split it into {count} indicators.',
      vagueQuantity: 'The quantity target “{value}” states no amount: write “≥ number + unit” (e.g. “≥200次”) so it can be assessed.',
      vagueRate: '“{name}” is a rate, but its target “{value}” states no percentage: write e.g. “≥95%” or “＝100%” so it can be assessed.',
      vagueTimeliness: 'The timeliness target “{value}” states no time, deadline or rate: write e.g. “≤30个工作日”, “2025年12月底前” or “＝100%” (on-time rate).',
    },
  },

  'value/bad-number': {
    name: 'Malformed number',
    messages: {
      badNumber: 'The number “{number}” in “{value}” is malformed (a letter or stray mark in it). Suggested: “{suggestion}”.',
      badNumberNoFix: 'The number “{number}” in “{value}” cannot be read. Use digits and a decimal point only, e.g. “98”, “26.5”, “1,000”.',
      chineseNumeral: 'The value “{value}” writes the number in Chinese numerals (“{number}”); use digits. Suggested: “{suggestion}”.',
    },
  },

  'value/malformed-unit': {
    name: 'Malformed unit',
    messages: {
      costNotMoneyUnit: 'The cost “{value}” has the unit “{unit}”, which is no money unit; a “元” seems missing (as in “元/人/天”): write the money unit.',
      nonstandardUnit: 'The unit “{unit}” in “{value}” is not the standard spelling: write “{standard}”.',
      letterUnit: 'The unit “{unit}” in “{value}” uses a Latin abbreviation (w, k, pct …); write the standard unit. Suggested: “{suggestion}”.',
      letterUnitNoFix: 'The unit “{unit}” in “{value}” uses a Latin abbreviation (w, k, pct …); write the standard unit (万, 千, %).',
      tenths: '“{value}” is a share not written as a percentage; suggested: “{suggestion}”.',
      percentWords: 'The value “{value}” writes the percentage as “{unit}”; use “%”. Suggested: “{suggestion}”.',
      percentWordsNoFix: 'The value “{value}” writes the percentage as “{unit}”; use “%” after the number.',
      currency: '“{value}” puts “{mark}” before the amount; its unit already says the currency. Suggested: “{suggestion}”.',
      unitBeforeNumber: 'The value “{value}” puts the unit “{unit}” before the number; it belongs after it. Suggested: “{suggestion}”.',
      unitBeforeNumberNoFix: 'The value “{value}” puts the unit “{unit}” before the number; it belongs after it.',
    },
  },

  'value/missing-unit': {
    name: 'Value without a unit',
    messages: {
      noUnit: 'The value “{value}” has no unit. Suggested: “{suggestion}”.',
      unitInName: '“{name}” states the unit, so “{value}” can be read; suggested with it: “{suggestion}”.',
      noUnitColumn: 'The value “{value}” has no unit; fill in “{suggestion}” in the unit column.',
      noUnitNoFix: 'The value “{value}” has no unit. Add the unit after the number, e.g. %, 次, 人, 万元, 小时.',
      noUnitOverBudget: 'The value “{value}” has no unit: in 万元 it exceeds the budget ({budget}万元), in 元 it is under a hundredth of it, so the unit cannot be told. Write the unit.',
    },
  },

  'value/doubled-mark': {
    name: 'Doubled sign or unit',
    messages: {
      doubledSign: 'The value “{value}” repeats its sign ({signs}); keep one. Suggested: “{suggestion}”.',
      doubledSignNoFix: 'The value “{value}” repeats its sign ({signs}); keep only one.',
      conflictingSigns: 'The signs in “{value}” contradict each other ({signs}). Decide whether the target is a floor or a ceiling and keep one sign.',
      redundantWords: 'The value “{value}” already has a sign; “{words}” repeats it: remove “{words}”.',
      doubledUnit: 'The value “{value}” repeats the unit “{unit}”. Suggested: “{suggestion}”.',
      doubledUnitNoFix: 'The value “{value}” repeats the unit “{unit}”; keep only one.',
      stutteredUnit: 'The unit of “{value}” is typed “{written}”, with a character repeated; it is “{unit}”. Suggested: “{suggestion}”.',
    },
  },

  'value/missing-sign': {
    name: 'Value without a sign',
    messages: {
      noSign: 'The value “{value}” has no comparison sign. Suggested: “{suggestion}”.',
      noSignColumn: 'The value “{value}” has no comparison sign; fill in “{suggestion}” in the sign column.',
      noSignUnknown: 'The value “{value}” has no comparison sign, and the name does not tell whether it is a ceiling or a floor; put “≥” or “≤” as the target means.',
      noSignNoFix: 'The value “{value}” has no comparison sign; put a sign such as “{sign}” before the number.',
    },
  },

  'value/nonstandard-sign': {
    name: 'Non-standard sign',
    messages: {
      range: 'The value “{value}” is a range: a target states one bound, usually the lower one; write “{suggestion}”.',
      rangeCeiling: 'The value “{value}” is a range: a cost, or any measure where lower is better, states its upper bound; write “{suggestion}”.',
      words: 'The value “{value}” states its comparison in words (“{sign}”); use the symbol “{symbol}”.',
      digraph: 'The value “{value}” writes its sign as “{sign}”; use the symbol “{symbol}”.',
      variant: 'The “{sign}” in “{value}” means the same as “{symbol}” but is not a standard sign (often typed on a Japanese keyboard or another input method). Suggested: “{suggestion}”.',
    },
  },

  'value/wrong-direction': {
    name: 'Sign in the wrong direction',
    messages: {
      cost: 'A cost is a ceiling; “{sign}” in “{value}” points the wrong way. Use “{expected}”.',
      satisfaction: 'A satisfaction target is a floor; “{sign}” in “{value}” points the wrong way. Use “{expected}”.',
      negative: '“{name}” is better when lower (a reverse indicator); “{sign}” in “{value}” points the wrong way. Use “{expected}” for a ceiling.',
      negativeFull: '“{name}” is better when lower (a reverse indicator), and “{value}” sets it at its worst: check it — write a ceiling (such as “≤5%”) or use the positive indicator (a letting or completion rate).',
    },
  },

  'value/unit-mismatch': {
    name: 'Unit does not fit the indicator',
    messages: {
      satisfaction: 'A satisfaction indicator is a percentage (%); the value “{value}” is in “{unit}”.',
      satisfactionComplaints: '“{name}” is a count ({value}), fewer is better; many regions list complaints under satisfaction: it may stay.',
      satisfactionScore: 'Satisfaction is usually a percentage (%); “{value}” uses “{unit}”. If it is a score, state the full score in the description.',
      timeliness: 'A timeliness indicator is a time (hours, days, working days, months, years) or a rate in %; “{value}” is in “{unit}”.',
      cost: 'A cost indicator is an amount of money (元, 万元, 亿元); “{value}” is in “{unit}”.',
      quantityMoney: 'A quantity indicator is usually a count; “{value}” is in money (“{unit}”). Check whether it belongs under cost.',
      quantityPercent: 'The indicator “{name}” counts something, but “{value}” is a percentage. Give the count and its unit (e.g. “≥10次”).',
      rateUnit: 'The indicator “{name}” is a rate, a percentage (%), but “{value}” is in “{unit}”: write the value as a percentage, or name the indicator after what it counts.',
    },
  },

  'value/negative-number': {
    name: 'Negative count, time or cost',
    messages: {
      count: 'The value “{value}” of “{name}” is negative, but a count cannot be below 0. For a decrease, state the count after it as a ceiling (“≤”), or write a rate of decrease (e.g. “下降率≥5%”).',
      time: 'The value “{value}” of “{name}” is negative, but a time cannot be below 0. For a shorter time, state the new limit with “≤”, or write the reduction as a rate.',
      cost: 'The cost “{name}” has a negative value “{value}”: a cost ceiling cannot be below 0. State the ceiling (e.g. “≤26.5万元”); for a saving, write a rate of saving.',
    },
  },

  'value/percent-range': {
    name: 'Percentage out of range',
    messages: {
      overHundred: '“{name}” is a rate and cannot exceed 100%; the value “{value}” is out of range.',
      belowZero: '“{name}” is a rate and cannot be below 0%; the value “{value}” is out of range.',
      impossibleAbove: 'A rate cannot be more than 100%, so “{value}” cannot be met; for “all”, write “＝100%”.',
      impossibleBelow: 'A rate cannot be less than 0%, so “{value}” cannot be met; for “none”, write “＝0%”.',
      overHundredLoose: 'The value “{value}” is over 100%; check that “{name}” can really exceed 100%.',
      fraction: 'The satisfaction target “{value}” is 1% or less; it looks like a fraction written as a percentage. For {percent}%, write “{example}”.',
      belowMinimum: 'The satisfaction target “{value}” is below the required minimum of {min}%; raise it.',
    },
  },

  'value/quantity-ceiling': {
    name: 'Ceiling on a quantity',
    messages: {
      ceiling: 'The quantity “{value}” is a ceiling (“{sign}”); outputs are usually ≥ or ＝. Please check.',
    },
  },

  'value/grade-list': {
    name: 'Value lists the grades',
    messages: {
      grades: 'The value “{value}” lists the grades without choosing one; state the level to reach (e.g. “高”, “良好及以上”).',
    },
  },

  'value/date-serial': {
    name: 'Date shown as a serial number',
    messages: {
      serial: 'The value “{value}” looks like an Excel date serial number ({date}); write the date as text, e.g. “{date}前”.',
    },
  },

  'value/restates-indicator': {
    name: 'Value restates the indicator',
    messages: {
      name: 'The value “{value}” repeats the indicator name and sets no target; state something measurable (a level, a rate, a date).',
      description: 'The value “{value}” repeats the description and sets no target; state something measurable (a level, a rate, a date).',
    },
  },

  'value/split-contradiction': {
    name: 'Split value contradicts its columns',
    messages: {
      unitConflict: 'The unit column says “{unit}” but the value “{value}” carries “{valueUnit}”; make them agree and keep only the number in the value column.',
      signConflict: 'The sign column says “{sign}” but the value “{value}” carries “{valueSign}”; make them agree and keep only the number in the value column.',
      qualitativeWithNumber: 'The indicator is marked “{nature}” (qualitative) but its value “{value}” is a number; mark it quantitative, or describe the target in words.',
      qualitativeWithUnit: 'A qualitative indicator has no unit, yet “{unit}” is given; remove it.',
      quantitativeWithText: 'The indicator is marked “{nature}” (quantitative) but its value “{value}” is text; give a number, or mark it qualitative.',
      directionConflict: 'The direction is “{direction}” but the sign is “{sign}” (正向 takes ≥ ＞ ＝, 反向 takes ≤ ＜); make them agree.',
      unknownSign: '“{sign}” in the sign column is not a comparison sign; use ≥ ≤ ＝ ＞ ＜ (or 大于等于, 小于等于, 等于).',
    },
  },

  'value/wan-unit': {
    name: '“万” for “万元”',
    messages: {
      wan: 'The unit “{unit}” in “{value}” is read as “{canonical}”; write “{canonical}” in full.',
    },
  },

  'value/fullwidth': {
    name: 'Full-width digits',
    messages: {
      digits: 'The value “{value}” uses full-width digits; suggested: “{suggestion}”.',
      thousands: '“{value}” uses a full-width comma as thousands separator; suggested: “{suggestion}”.',
    },
  },
};
