/**
 * The zh-CN texts of the value rules (src/core/engine/rules/value): name and messages. Messages say
 * what is wrong and how to fix it; `{placeholders}` come from the report's data (value: the value as
 * written; suggestion: the corrected value). The same rules' texts in the other language are in
 * rules-value-en.ts, under the same ids.
 */
import type { RuleTexts } from './rule-texts';

export const VALUE_RULE_TEXTS_ZH = {
  'value/empty': {
    name: '指标值为空',
    messages: {
      empty: '指标值为空。请填写目标值：定量指标写作“符号+数值+单位”（如“≥95%”），定性指标写明要达到的效果。',
      noColumn: '指标表没有“指标值”列（表头中未找到指标值、目标值等列名），{count} 个指标都没有目标值：请在三级指标右侧加一列“指标值”并逐行填写。',
      notApplicable: '三级指标写作“{name}”、指标值为空，表示本项不适用：社会成本、生态环境成本和项目不涉及的效益可以这样填写；也可以删除该行。',
      qualitative: '定性指标“{name}”的指标值为空：请写明要达到的效果（如“有效提升”“明显改善”）。',
    },
  },

  'value/placeholder': {
    name: '指标值为占位符',
    messages: {
      notApplicable: '指标值“{value}”表示本项不适用：社会成本、生态环境成本和项目不涉及的效益可以这样填写；也可以删除该行。',
      placeholder: '指标值“{value}”是占位内容，不是目标值。请填写实际的目标值。',
      doneAsTarget: '指标值“{value}”写的是完成情况，不是目标：目标表应写要达到的目标（如“完成”“＝100%”）；完成情况在自评表中填写。',
    },
  },

  'value/missing-number': {
    name: '指标值缺少数值',
    messages: {
      noNumber: '指标值“{value}”缺少数值。请写明目标数值，如“≥95%”“≤10万元”。',
      wordsBetween: '指标值“{value}”的符号和数值之间夹有文字：请只写目标值，如“{example}”。',
    },
  },

  'value/qualitative-not-allowed': {
    name: '应为定量的指标填了定性描述',
    messages: {
      cost: '成本指标须填写金额上限，“{value}”不是数值。请写作“{example}”这样的形式（≤+金额+元/万元）。',
      satisfaction: '满意度指标须填写百分比目标，“{value}”不是数值。请写作“{example}”这样的形式。',
      sentencePer: '指标值“{value}”是一句话，其中的金额按人或按期计（“每…”）：指标值只写目标本身，并把“每…”写进单位（如“元/人/月”）。',
      sentence: '指标值“{value}”是一句话，其中的目标是“{example}”：指标值只写目标本身，建议写作“{example}”。',
      twoTargets: '指标值“{value}”写了{count}个目标：一个三级指标只写一个目标值，请拆成{count}个三级指标分别填写。',
      vagueQuantity: '数量指标的指标值“{value}”没有写明数量：请写作“≥数值+单位”（如“≥200次”），以便考核。',
      vagueRate: '“{name}”是比率，指标值“{value}”没有写明百分比：请写作如“≥95%”或“＝100%”，以便考核。',
      vagueTimeliness: '时效指标的指标值“{value}”没有写明时间、期限或比率：请写作如“≤30个工作日”“2025年12月底前”或“＝100%”（及时率）。',
    },
  },

  'value/bad-number': {
    name: '数值写法有误',
    messages: {
      badNumber: '指标值“{value}”中的数字“{number}”写法有误（混入字母或多余的符号），建议写作“{suggestion}”。',
      badNumberNoFix: '指标值“{value}”中的数字“{number}”无法识别。请只用阿拉伯数字和小数点，如“98”“26.5”“1,000”。',
      chineseNumeral: '指标值“{value}”用汉字“{number}”表示数值，应使用阿拉伯数字，建议写作“{suggestion}”。',
    },
  },

  'value/malformed-unit': {
    name: '单位写法有误',
    messages: {
      costNotMoneyUnit: '成本指标“{value}”的单位“{unit}”不是金额单位，似缺少“元”（如“元/人/天”），请写明金额单位。',
      nonstandardUnit: '指标值“{value}”的单位“{unit}”写法不规范，应写作“{standard}”。',
      letterUnit: '指标值“{value}”的单位“{unit}”用了字母缩写（w、k、pct 等），应写作规范的中文单位或符号，建议写作“{suggestion}”。',
      letterUnitNoFix: '指标值“{value}”的单位“{unit}”用了字母缩写（w、k、pct 等），应写作规范的中文单位或符号（万、千、%）。',
      tenths: '指标值“{value}”未用百分数表示比例，建议写作“{suggestion}”。',
      percentWords: '指标值“{value}”用“{unit}”表示百分比，应写作“%”，建议写作“{suggestion}”。',
      percentWordsNoFix: '指标值“{value}”用“{unit}”表示百分比，应写作“%”，放在数值后面。',
      currency: '指标值“{value}”在数值前写了“{mark}”，金额的单位已说明币种，建议写作“{suggestion}”。',
      unitBeforeNumber: '指标值“{value}”把单位“{unit}”写在了数值前面，单位应写在数值后面，建议写作“{suggestion}”。',
      unitBeforeNumberNoFix: '指标值“{value}”把单位“{unit}”写在了数值前面，单位应写在数值后面。',
    },
  },

  'value/missing-unit': {
    name: '指标值缺少单位',
    messages: {
      noUnit: '指标值“{value}”缺少计量单位，建议写作“{suggestion}”。',
      unitInName: '三级指标“{name}”已写明单位，“{value}”可照此理解；建议也写上单位：“{suggestion}”。',
      noUnitColumn: '指标值“{value}”缺少计量单位，请在单位列填写“{suggestion}”。',
      noUnitNoFix: '指标值“{value}”缺少计量单位。请在数值后写明单位，如%、次、人、万元、小时。',
      noUnitOverBudget: '指标值“{value}”缺少计量单位：按万元计超过预算数（{budget}万元），按元计又不到预算的百分之一，无法判断单位。请写明单位。',
    },
  },

  'value/doubled-mark': {
    name: '符号或单位重复',
    messages: {
      doubledSign: '指标值“{value}”重复写了比较符号（{signs}），只保留一个，建议写作“{suggestion}”。',
      doubledSignNoFix: '指标值“{value}”重复写了比较符号（{signs}），请只保留一个。',
      conflictingSigns: '指标值“{value}”中的比较符号相互矛盾（{signs}），请确认目标是上限还是下限，只保留一个符号。',
      redundantWords: '指标值“{value}”已有比较符号，“{words}”与之重复，删去“{words}”即可。',
      doubledUnit: '指标值“{value}”重复写了单位“{unit}”，建议写作“{suggestion}”。',
      doubledUnitNoFix: '指标值“{value}”重复写了单位“{unit}”，请只保留一个。',
      stutteredUnit: '指标值“{value}”的单位写成了“{written}”，多打了字，应为“{unit}”，建议写作“{suggestion}”。',
    },
  },

  'value/missing-sign': {
    name: '指标值缺少比较符号',
    messages: {
      noSign: '指标值“{value}”缺少比较符号，建议写作“{suggestion}”。',
      noSignColumn: '指标值“{value}”缺少比较符号，请在符号列填写“{suggestion}”。',
      noSignUnknown: '指标值“{value}”缺少比较符号，且从指标名称看不出是上限还是下限，请按目标的含义加上“≥”或“≤”。',
      noSignNoFix: '指标值“{value}”缺少比较符号，请在数值前加上“{sign}”等符号。',
    },
  },

  'value/nonstandard-sign': {
    name: '比较符号不规范',
    messages: {
      range: '指标值“{value}”是一个范围：目标值应写一个界限，通常是下限，建议写作“{suggestion}”。',
      rangeCeiling: '指标值“{value}”是一个范围：成本等越低越好的指标应写上限，建议写作“{suggestion}”。',
      words: '指标值“{value}”用文字“{sign}”表示比较关系，应使用符号“{symbol}”。',
      digraph: '指标值“{value}”用“{sign}”表示比较关系，应使用符号“{symbol}”。',
      variant: '指标值“{value}”中的“{sign}”与“{symbol}”含义相同，但不是标准的比较符号（常由日文键盘或其他输入法输入），建议写作“{suggestion}”。',
    },
  },

  'value/wrong-direction': {
    name: '比较方向错误',
    messages: {
      cost: '成本指标是支出上限，指标值“{value}”的“{sign}”方向相反，应使用“{expected}”。',
      satisfaction: '满意度目标是下限，指标值“{value}”的“{sign}”方向相反，应使用“{expected}”。',
      negative: '“{name}”越低越好（反向指标），指标值“{value}”的“{sign}”方向相反，应使用“{expected}”写上限。',
      negativeFull: '“{name}”越低越好（反向指标），指标值“{value}”表示全部达到这一不利状态，与指标方向矛盾：请核对，应写上限（如“≤5%”），或改用正向指标（如出租率、完成率）。',
    },
  },

  'value/unit-mismatch': {
    name: '单位与指标类型不符',
    messages: {
      satisfaction: '满意度指标应以百分比（%）表示，指标值“{value}”的单位是“{unit}”。',
      satisfactionComplaints: '“{name}”以次数计（{value}），越少越好；许多地方把投诉次数列为满意度指标，可以保留。',
      satisfactionScore: '满意度指标通常以百分比（%）表示，指标值“{value}”用的是“{unit}”；如为评分制，请在指标描述中说明满分。',
      timeliness: '时效指标应为时间（小时、天、工作日、月、年）或及时率（%），指标值“{value}”的单位是“{unit}”。',
      cost: '成本指标应为金额（元、万元、亿元），指标值“{value}”的单位是“{unit}”。',
      quantityMoney: '数量指标一般为数量，指标值“{value}”的单位是金额“{unit}”，请确认是否应归入成本指标。',
      quantityPercent: '指标“{name}”是数量，指标值“{value}”却是百分比，请写明数量及单位（如“≥10次”）。',
      rateUnit: '指标“{name}”是比率，应以百分比（%）表示，指标值“{value}”的单位却是“{unit}”：请把指标值写成百分比，或改用与数量相符的指标名称。',
    },
  },

  'value/negative-number': {
    name: '数量、时间或成本为负数',
    messages: {
      count: '“{name}”的指标值“{value}”是负数，数量不会小于0。如目标是减少，请写明减少后的数量上限（用“≤”），或改写为下降率（如“下降率≥5%”）。',
      time: '“{name}”的指标值“{value}”是负数，时间不会小于0。如目标是缩短，请写明缩短后的时限（用“≤”），或改写为缩短比例。',
      cost: '成本指标“{name}”的指标值“{value}”是负数，成本上限不会小于0。请填写成本上限（如“≤26.5万元”）；如目标是节约，请改写为节约率或降低率。',
    },
  },

  'value/percent-range': {
    name: '百分比超出范围',
    messages: {
      overHundred: '“{name}”是比率，不能超过100%，指标值“{value}”超出范围。',
      belowZero: '“{name}”是比率，不能小于0%，指标值“{value}”超出范围。',
      impossibleAbove: '比率不可能大于100%，指标值“{value}”无法达到；如目标为全部，请写作“＝100%”。',
      impossibleBelow: '比率不可能小于0%，指标值“{value}”无法达到；如目标为零，请写作“＝0%”。',
      overHundredLoose: '指标值“{value}”超过100%，请确认“{name}”确实可以超过100%。',
      fraction: '满意度目标“{value}”不超过1%，像是把比例写成了百分数：若目标是{percent}%，应写作“{example}”。',
      belowMinimum: '满意度目标“{value}”低于设定的最低要求{min}%，请提高目标。',
    },
  },

  'value/quantity-ceiling': {
    name: '数量指标使用上限',
    messages: {
      ceiling: '数量指标“{value}”用“{sign}”表示上限，产出数量通常用“≥”或“＝”，请确认。',
    },
  },

  'value/grade-list': {
    name: '指标值列出了评价等级',
    messages: {
      grades: '指标值“{value}”列出了评价等级，没有选定目标；请写明要达到的等级或程度（如“高”“良好及以上”）。',
    },
  },

  'value/date-serial': {
    name: '时间写成了日期序列号',
    messages: {
      serial: '指标值“{value}”像是 Excel 的日期序列号（即 {date}）；请把时间写成文字，如“{date}前”。',
    },
  },

  'value/restates-indicator': {
    name: '指标值重复指标名称',
    messages: {
      name: '指标值“{value}”与三级指标名称相同，没有说明目标；请写明可衡量的目标（如达到的程度、比例或时间）。',
      description: '指标值“{value}”与指标描述相同，没有说明目标；请写明可衡量的目标（如达到的程度、比例或时间）。',
    },
  },

  'value/split-contradiction': {
    name: '分列指标值前后矛盾',
    messages: {
      unitConflict: '度量单位列为“{unit}”，数值“{value}”中却写了“{valueUnit}”，两者矛盾；请统一，数值列只填数字。',
      signConflict: '符号列为“{sign}”，数值“{value}”中却写了“{valueSign}”，两者矛盾；请统一，数值列只填数字。',
      qualitativeWithNumber: '指标标为“{nature}”，但指标值“{value}”是数值；定量指标请标为定量，定性指标请写文字描述。',
      qualitativeWithUnit: '定性指标不需要度量单位，却填写了“{unit}”；请删去单位。',
      quantitativeWithText: '指标标为“{nature}”（定量），指标值“{value}”却是文字；请填写数值，或改为定性指标。',
      directionConflict: '指标方向为“{direction}”，符号却是“{sign}”，两者矛盾（正向用≥、＞、＝，反向用≤、＜）；请统一。',
      unknownSign: '符号列中的“{sign}”不是比较符号，请填写≥、≤、＝、＞、＜（或大于等于、小于等于、等于）。',
    },
  },

  'value/wan-unit': {
    name: '单位“万”宜写作“万元”',
    messages: {
      wan: '指标值“{value}”的单位“{unit}”按“{canonical}”理解，建议写全为“{canonical}”。',
    },
  },

  'value/fullwidth': {
    name: '全角数字',
    messages: {
      digits: '指标值“{value}”中的数字是全角字符，建议改为半角：“{suggestion}”。',
      thousands: '指标值“{value}”用全角逗号作千位分隔符，建议写作“{suggestion}”。',
    },
  },
} satisfies Record<string, RuleTexts>;
