import type { Localized } from './format';

/**
 * The rule pages (说明 in the task pane, `perf-target rules ID`, docs/rules.md): why each rule
 * matters, in the words of the 财预 documents paraphrased, and one wrong and one right example.
 * What the rule checks is its entry in RULE_CHECKS, below: kept here, with the pages, so that the
 * ribbon command and the task pane's first load (which show messages, never a rule page) do not
 * carry it.
 *
 * 财预〔2015〕88号 is 《中央部门预算绩效目标管理办法》: targets must be 指向明确, 细化量化, 合理可行,
 * 相应匹配 (matched to the budget). 财预〔2021〕101号 is the 核心绩效目标和指标设置及取值指引: quantitative
 * indicators first, values that can be measured and checked later in the 自评, costs set against the budget.
 */
export interface RuleHelp {
  why: Localized;
  /** A cell as it should not be written, and as it should. Cell contents stay Chinese. */
  wrong: string;
  right: string;
}

const MEASURABLE: Localized = {
  'zh-CN': '财预〔2015〕88号要求绩效目标“细化量化”，能量化的尽量用数值表述；年底自评要拿实际完成值和目标值比较，目标值写不清楚就无法评价。',
  'en-US': 'Circular 财预〔2015〕88号 asks for targets that are detailed and quantified wherever possible; the year-end self-assessment compares the actual result with the target, which is impossible when the target is unclear.',
};

export const RULE_HELP: Readonly<Record<string, RuleHelp>> = {
  'value/empty': { why: MEASURABLE, wrong: '（空白）', right: '≥95%' },
  'value/placeholder': {
    why: {
      'zh-CN': '绩效目标表随部门预算公开，占位内容公开出去既无意义也不合规；财政部门审核时会退回。',
      'en-US': 'The tables are published with the department budget; a placeholder published is meaningless and will be sent back by the finance bureau.',
    },
    wrong: 'XX',
    right: '≥200次',
  },
  'value/missing-number': { why: MEASURABLE, wrong: '≥%', right: '≥98%' },
  'value/qualitative-not-allowed': {
    why: {
      'zh-CN': '财预〔2021〕101号要求成本指标反映资金的控制上限、满意度指标给出可调查的比例，定量为主、定性为辅；这两类指标只写文字无法在自评时核对。',
      'en-US': 'Circular 财预〔2021〕101号 wants cost indicators to state a spending ceiling and satisfaction indicators a surveyable share (quantitative first); text alone cannot be checked in the self-assessment.',
    },
    wrong: '成本控制在预算内',
    right: '≤26.5万元',
  },
  'value/bad-number': {
    why: {
      'zh-CN': '数值要被预算管理系统和汇总表读取；字母“O”混作数字“0”、多余的小数点，都会让数值无法识别或被读错。',
      'en-US': 'Values are read by the budget systems and summaries; a letter O for a zero or an extra point makes the number unreadable or wrong.',
    },
    wrong: '≥2O次',
    right: '≥20次',
  },
  'value/malformed-unit': {
    why: {
      'zh-CN': '指标值按“符号+数值+单位”的统一格式填写，汇总和公开时才能读懂和比较；“百分之”和前置单位不符合这一格式。',
      'en-US': 'Values follow one format, sign + number + unit, so they can be read and compared when summed up and published; “百分之” and a unit before the number break it.',
    },
    wrong: '≥99百分之',
    right: '≥99%',
  },
  'value/missing-unit': { why: MEASURABLE, wrong: '≥200', right: '≥200次' },
  'value/doubled-mark': {
    why: {
      'zh-CN': '重复的符号或单位多为录入失误，会让系统读错目标值，公开时也显得不严谨。',
      'en-US': 'A doubled sign or unit is usually a typing slip; systems misread the target and it looks careless when published.',
    },
    wrong: '≥≥90%',
    right: '≥90%',
  },
  'value/missing-sign': {
    why: {
      'zh-CN': '没有比较符号就看不出目标是下限、上限还是确切值，自评时无法判断是否完成；财政部门的填报说明要求用“≥ ≤ ＝”等符号表示。',
      'en-US': 'Without a sign nobody can tell whether the target is a floor, a ceiling or exact, so completion cannot be judged; the bureaus’ filling instructions ask for ≥ ≤ ＝.',
    },
    wrong: '100%',
    right: '＝100%',
  },
  'value/nonstandard-sign': {
    why: {
      'zh-CN': '统一使用符号，系统才能识别目标方向，各单位的表也才可比；文字和“>=”在汇总时需要逐条人工判断。',
      'en-US': 'One set of symbols lets systems read the direction and makes units’ tables comparable; words and “>=” need a person to read each one.',
    },
    wrong: '不低于98%',
    right: '≥98%',
  },
  'value/wrong-direction': {
    why: {
      'zh-CN': '财预〔2021〕101号把成本指标定为支出控制的上限，满意度是要达到的下限；方向写反，目标就变成了“至少花多少钱”或“满意度不超过多少”。',
      'en-US': 'Circular 财预〔2021〕101号 sets cost indicators as spending ceilings and satisfaction as a floor; a reversed sign turns the target into “spend at least” or “satisfaction at most”.',
    },
    wrong: '成本指标：≥26.5万元',
    right: '成本指标：≤26.5万元',
  },
  'value/unit-mismatch': {
    why: {
      'zh-CN': '指标值要能衡量它所属的二级指标：满意度用百分比、时效用时间、成本用金额。单位不符说明指标放错了类别或值填错了。',
      'en-US': 'A value must measure its 二级 indicator: satisfaction in percent, timeliness in time, cost in money. A unit that does not fit means a misplaced indicator or a wrong value.',
    },
    wrong: '服务对象满意度：≥95次',
    right: '服务对象满意度：≥95%',
  },
  'value/percent-range': {
    why: {
      'zh-CN': '比率不会超过100%或低于0%；满意度目标过低也不符合“合理可行”又有挑战性的要求（公开的目标多在85%到99%之间）。',
      'en-US': 'A rate cannot exceed 100% or fall below 0%; a very low satisfaction target is not the reasonable yet ambitious target asked for (published ones run 85%–99%).',
    },
    wrong: '≥120%',
    right: '≥98%',
  },
  'value/negative-number': {
    why: {
      'zh-CN': '数量、时间和成本都不会小于0；写成负数的目标无法考核，自评时也说不清是否完成。减少的目标写减少后的上限（≤），或写下降率。',
      'en-US': 'Counts, times and costs are never below 0; a negative target cannot be assessed. Write a decrease as the ceiling after it (≤), or as a rate of decrease.',
    },
    wrong: '培训人次：≥-5人次',
    right: '培训人次：≤95人次，或人次下降率：≥5%',
  },
  'value/quantity-ceiling': {
    why: {
      'zh-CN': '数量指标衡量产出，一般是“至少完成多少”；上限只在确实要控制数量时才用，请确认没有写反。',
      'en-US': 'A quantity measures output, usually “at least”; a ceiling is right only when the quantity is to be limited, so make sure it is not reversed.',
    },
    wrong: '培训人次：≤200人次',
    right: '培训人次：≥200人次',
  },
  'value/restates-indicator': {
    why: {
      'zh-CN': '财预〔2015〕88号要求目标“指向明确”；把指标名称再写一遍没有说明要达到的程度，自评时无法判断完成与否。',
      'en-US': 'Circular 财预〔2015〕88号 asks for targets with a clear aim; repeating the indicator’s name says nothing about the level to reach.',
    },
    wrong: '三级指标“提高法律监督水平”，指标值“提高法律监督水平”',
    right: '指标值“办案质量评查合格率≥95%”或“有效提升”',
  },
  'value/grade-list': {
    why: {
      'zh-CN': '评价等级是申报表给出的选项；把选项原样抄进指标值等于没有设定目标，年底自评时无从比较。',
      'en-US': 'The grades are the form’s options; copying them into the value sets no target to compare against at the year-end self-evaluation.',
    },
    wrong: '三级指标“食品安全整体状况”，指标值“高中低”',
    right: '指标值“高”或“持续向好”',
  },
  'value/date-serial': {
    why: {
      'zh-CN': '在单元格里输入日期时，Excel 会把它存成序列号；表格导出或改了数字格式后只剩一个数，审核人员和公众都读不出期限。',
      'en-US': 'Excel stores a typed date as a serial number; after an export or a format change only the number remains and nobody can read the deadline.',
    },
    wrong: '三级指标“项目财政资金到位时间”，指标值“44,561”',
    right: '指标值“2021年12月31日前”',
  },
  'value/split-contradiction': {
    why: {
      'zh-CN': '分列填写时，系统按各列分别读取符号、数值和单位；列之间互相矛盾，读出来的目标就是错的。',
      'en-US': 'In split layouts systems read sign, number and unit from their own columns; columns that contradict each other give a wrong target.',
    },
    wrong: '度量单位“%”，指标值“28.8万元”',
    right: '度量单位“万元”，指标值“28.8”',
  },
  'value/wan-unit': {
    why: {
      'zh-CN': '“万”可能被理解为“万元”也可能是“万人”等，写全单位避免歧义。',
      'en-US': '“万” could mean 万元 or 万人 and more; the full unit avoids doubt.',
    },
    wrong: '≤26.5万',
    right: '≤26.5万元',
  },
  'value/fullwidth': {
    why: {
      'zh-CN': '全角数字在其他系统和公式中不能当作数字计算，导入预算管理系统时可能出错。',
      'en-US': 'Full-width digits are not numbers to other systems and formulas, and may fail on import into the budget systems.',
    },
    wrong: '≥９８%',
    right: '≥98%',
  },
  'budget/missing-total': {
    why: {
      'zh-CN': '财预〔2015〕88号要求绩效目标与预算“相应匹配”；没有预算数，成本指标和产出都无从比较。',
      'en-US': 'Circular 财预〔2015〕88号 wants targets matched to the budget; without the budget amount neither costs nor outputs can be compared.',
    },
    wrong: '预算数（空白）',
    right: '预算数 26.50',
  },
  'budget/not-a-number': {
    why: {
      'zh-CN': '金额要参与求和与核对，写成文字或带单位的金额无法计算，单位应只在表头“单位：万元”中给出。',
      'en-US': 'Amounts are summed and compared; text or an amount with its own unit cannot be calculated (the unit belongs in the 单位：万元 line).',
    },
    wrong: '26.5万元',
    right: '26.50',
  },
  'budget/negative': {
    why: { 'zh-CN': '预算规模不可能为负，负数多为录入错误。', 'en-US': 'A budget cannot be negative; a minus is nearly always a typing slip.' },
    wrong: '-26.50',
    right: '26.50',
  },
  'budget/sum-mismatch': {
    why: {
      'zh-CN': '预算数是财政资金与其他资金的合计，要与部门预算一致；合计不符的表会被财政部门退回。',
      'en-US': 'The budget is the sum of fiscal and other funds and must agree with the department budget; a table whose sum is off is sent back.',
    },
    wrong: '预算数 26.50，财政资金 25.50，其他资金（空白）',
    right: '预算数 26.50，财政资金 26.50，其他资金（空白）',
  },
  'budget/cost-exceeds': {
    why: {
      'zh-CN': '财预〔2021〕101号要求成本指标与预算相匹配；成本上限加起来超过预算数，说明成本或预算有一处填错。',
      'en-US': 'Circular 财预〔2021〕101号 asks for costs that match the budget; caps that add up to more than the budget mean one of them is wrong.',
    },
    wrong: '预算数 26.50 万元，成本指标 ≤30万元',
    right: '预算数 26.50 万元，成本指标 ≤26.5万元',
  },
  'budget/unit-cost-exceeds': {
    why: {
      'zh-CN': '单位成本（补助标准、单价）乘以对应的数量指标就是项目必须花的钱；乘积超过预算数，说明单位成本、数量或预算有一处填错。',
      'en-US': 'A unit cost (subsidy rate, unit price) times its count is money the project must spend; a product above the budget means the unit cost, the count or the budget is wrong.',
    },
    wrong: '预算数 214.06 万元，入股合作社个数 =10个，补助合作社平均标准 =23万元/个',
    right: '预算数 214.06 万元，入股合作社个数 =10个，补助合作社平均标准 =21.4万元/个',
  },
  'budget/long-term-total': {
    why: {
      'zh-CN': '中期规划的资金覆盖整个实施期，本年度资金是其中一部分；中期少于年度，说明两处金额至少有一处填错（常见于把两栏填反）。',
      'en-US': 'The long-term money covers the whole period, this year\'s included; a smaller long-term total means one of the two is wrong (often swapped).',
    },
    wrong: '中期资金总额 170.00，年度资金总额 340.00',
    right: '中期资金总额 340.00，年度资金总额 340.00（一年期项目两者相同）',
  },
  'budget/implausible-amount': {
    why: {
      'zh-CN': '元和万元相差一万倍；把以元计的金额填进“单位：万元”的表，预算就被放大了一万倍。',
      'en-US': '元 and 万元 differ ten-thousandfold; an amount in 元 typed into a 万元 table inflates the budget 10,000 times.',
    },
    wrong: '单位：万元，预算数 265000',
    right: '单位：万元，预算数 26.50',
  },
  'structure/missing-project-name': {
    why: {
      'zh-CN': '项目名称是绩效目标表与预算项目对应的依据，公开时按项目列示。',
      'en-US': 'The project name ties the table to its budget project; published tables are listed by project.',
    },
    wrong: '项目名称（空白）',
    right: '项目名称 2025年检察业务信息化运维项目',
  },
  'structure/missing-goals': {
    why: {
      'zh-CN': '财预〔2015〕88号规定绩效目标是预算安排的前提，绩效指标是对目标的细化；没有目标，指标就没有依据。',
      'en-US': 'Circular 财预〔2015〕88号 makes the target the basis of the budget, and indicators a breakdown of it; without goals the indicators have no basis.',
    },
    wrong: '绩效目标（空白）',
    right: '1.保障信息化系统全年稳定运行……',
  },
  'structure/no-indicators': {
    why: MEASURABLE,
    wrong: '只有表头，没有指标行',
    right: '产出指标 / 数量指标 / 运维设备数量 / ≥200台',
  },
  'structure/missing-level1': {
    why: {
      'zh-CN': '指标体系要求同时反映产出、效益和服务对象满意度（财预〔2021〕101号起成本指标也单列为一级指标），缺一类目标就不完整。',
      'en-US': 'The indicator system covers output, effect and user satisfaction (and, from 财预〔2021〕101号, cost as its own first level); a missing class leaves the targets incomplete.',
    },
    wrong: '只有产出指标和效益指标',
    right: '产出指标、效益指标、满意度指标（2021 版另加成本指标）',
  },
  'structure/missing-cost': {
    why: {
      'zh-CN': '财预〔2021〕101号要求每个项目设置成本指标，反映资金使用的经济性；2015 版中它是产出指标下的二级指标。',
      'en-US': 'Circular 财预〔2021〕101号 requires a cost indicator for every project, for the economy of spending; in the 2015 scheme it is a second level under output.',
    },
    wrong: '产出指标下只有数量、质量、时效指标',
    right: '产出指标 / 成本指标 / 项目总成本 / ≤26.5万元',
  },
  'structure/unknown-level1': {
    why: {
      'zh-CN': '一级指标名称来自统一的指标体系，系统和审核人员按名称归类；错别字（如“产出指示”）会让这一类指标无法识别。',
      'en-US': 'First-level names come from one indicator system and are grouped by name; a typo (产出指示) makes the whole class unrecognisable.',
    },
    wrong: '产出指示',
    right: '产出指标',
  },
  'structure/unknown-level2': {
    why: {
      'zh-CN': '二级指标名称同样来自指标体系，名称不规范就无法判断该用什么单位和方向。',
      'en-US': 'Second-level names come from the same system; a non-standard name leaves the expected unit and direction unknown.',
    },
    wrong: '数量指表',
    right: '数量指标',
  },
  'structure/level2-mismatch': {
    why: {
      'zh-CN': '二级指标要归入正确的一级指标，统计和评价时才不会错类；2021 版的成本指标已从产出指标中独立出来。',
      'en-US': 'A second level must sit under its own first level for counts and evaluation; in 2021 cost left output to be a first level of its own.',
    },
    wrong: '效益指标 / 数量指标',
    right: '产出指标 / 数量指标',
  },
  'structure/empty-level3': {
    why: MEASURABLE,
    wrong: '三级指标（空白），指标值 ≥95%',
    right: '三级指标“系统正常运行率”，指标值 ≥95%',
  },
  'structure/duplicate-level3': {
    why: {
      'zh-CN': '同名的三级指标在自评时无法区分，多为复制后忘记修改。',
      'en-US': 'Two indicators with one name cannot be told apart in the self-assessment; usually a copied row left unchanged.',
    },
    wrong: '两行都叫“运维设备数量”',
    right: '“服务器运维数量”和“终端运维数量”',
  },
  'structure/level2-as-level3': {
    why: {
      'zh-CN': '三级指标是具体衡量的内容；写成二级指标名称等于没有说明衡量什么。',
      'en-US': 'A third level names what is measured; repeating a second-level name says nothing.',
    },
    wrong: '三级指标“生态效益指标”',
    right: '三级指标“节约用电量”',
  },
  'structure/satisfaction-under-benefit': {
    why: {
      'zh-CN': '满意度反映服务对象的评价，效益指标反映项目带来的效果；以满意度代替效益，效益就没有衡量。',
      'en-US': 'Satisfaction is what the people served think; a benefit indicator says what the project changed. A satisfaction in its place leaves the benefit unmeasured.',
    },
    wrong: '社会效益指标“群众满意度 ≥90%”',
    right: '社会效益指标“空气质量优良天数比例 ≥85%”，满意度指标“群众满意度 ≥90%”',
  },
  'structure/weights-sum': {
    why: {
      'zh-CN': '分值用于年底自评打分，合计须为 100 分（保留预算执行率 10 分时为 90 分），否则得分无法换算。',
      'en-US': 'Weights score the year-end self-assessment and must total 100 (90 where 10 points are kept for budget execution), or the score means nothing.',
    },
    wrong: '各指标分值合计 95',
    right: '各指标分值合计 100',
  },
  'structure/unused-rows': {
    why: {
      'zh-CN': '空白行随表公开时像是漏填了指标，审核时也要逐行确认；不用的行删除即可。',
      'en-US': 'Empty rows published with the table look like missing indicators and must be checked one by one; delete the ones not used.',
    },
    wrong: '三级指标和指标值都空着的一行',
    right: '删除该行，或填上“系统正常运行率”“≥95%”',
  },
  'structure/table-kind': {
    why: {
      'zh-CN': '部门整体、转移支付、自评和监控等表的栏目与项目支出绩效目标表不同，按项目表的规则检查只会报出误报。',
      'en-US': 'Department-wide, transfer, self-assessment and monitoring tables have other fields; checking them as project tables would only give false findings.',
    },
    wrong: '把“项目支出绩效自评表”当作目标表填报',
    right: '在项目支出绩效目标表中填写目标值',
  },
  'structure/unfilled': {
    why: {
      'zh-CN': '刚插入的模板还没有内容，逐项报错没有意义；列出待填写的栏目，填写后再按正常规则检查。',
      'en-US': 'A template just inserted has no content yet; reporting errors on it helps nobody. The fields to fill are listed, and normal checks start once they are filled.',
    },
    wrong: '（空白模板）',
    right: '填写项目名称、预算数、绩效目标和各项指标后再校验',
  },
  'content/placeholder-goal': {
    why: {
      'zh-CN': '绩效目标随部门预算公开，模板中的占位文字公开出去会被视为未填报。',
      'en-US': 'Goals are published with the department budget; template placeholder text published counts as not filled in.',
    },
    wrong: '1.目标内容1',
    right: '1.保障检察业务信息系统全年稳定运行',
  },
  'content/vague-goal': {
    why: {
      'zh-CN': '绩效目标是年底评价的依据；只写“提高”“改善”什么，年底无从判断是否实现。',
      'en-US': 'The goals are what the year-end review measures against; "improve X" alone cannot be judged met or not.',
    },
    wrong: '绩效目标“提高医疗服务水平”',
    right: '绩效目标“2024年社区医院门诊量提升15%，患者满意度达到90%以上”',
  },
  'content/placeholder-text': {
    why: {
      'zh-CN': '占位文字说明该处还没有填写，公开或报送前须补全。',
      'en-US': 'Placeholder text means the field is not filled in yet; complete it before sending or publishing.',
    },
    wrong: 'XX项目',
    right: '2025年检察业务信息化运维项目',
  },
  'content/project-year-mismatch': {
    why: {
      'zh-CN': '项目名称中的年份前后不一，多为沿用上年表格时漏改，会让人误解项目所属年度。',
      'en-US': 'Years that disagree in a project name usually come from last year’s table left unchanged, and mislead about the project’s year.',
    },
    wrong: '2024年检察业务信息化运维项目-2025中央',
    right: '2025年检察业务信息化运维项目-2025中央',
  },
  'content/name-states-value': {
    why: {
      'zh-CN': '指标名称只说明考核什么，目标值写在指标值栏；名称里另写一个数，读者不知道以哪个为准。',
      'en-US': 'The name says what is measured and the value column the target; a second figure in the name leaves readers unsure which one holds.',
    },
    wrong: '三级指标“设施建设质量达标率100%”，指标值“≥98%”',
    right: '三级指标“设施建设质量达标率”，指标值“≥98%”',
  },
  'content/stray-space': {
    why: {
      'zh-CN': '多余的空格在公开文本中显得不规范，也会让系统按名称匹配时对不上。',
      'en-US': 'Stray spaces look untidy in published text and make name matching fail.',
    },
    wrong: '系统 正常运行率 ',
    right: '系统正常运行率',
  },
  'content/trailing-punctuation': {
    why: {
      'zh-CN': '指标名称和指标值不是句子，末尾的标点在汇总表中显得不规范。',
      'en-US': 'Indicator names and values are not sentences; a final full stop looks untidy in summaries.',
    },
    wrong: '系统正常运行率。',
    right: '系统正常运行率',
  },
};

/** What each rule checks, in one or two sentences: the first paragraph of its page. */
export const RULE_CHECKS: Readonly<Record<string, Localized>> = {
  'budget/negative': { 'zh-CN': '预算金额不能为负数。', 'en-US': 'Budget amounts cannot be negative.' },
  'value/empty': {
    'zh-CN': '每个三级指标都要有指标值：定量指标写“符号+数值+单位”，定性指标写明要达到的效果。',
    'en-US': 'Every indicator needs a target: sign + number + unit for a quantitative one, the intended effect for a qualitative one.',
  },
  'value/placeholder': {
    'zh-CN': '“XX”“/”“无”“待定”“——”等占位内容不是目标值，公开前须替换为实际目标。',
    'en-US': 'Placeholders such as “XX”, “/”, “无”, “待定” or “——” are not targets and must be replaced before publication.',
  },
  'value/missing-number': {
    'zh-CN': '写了比较符号或单位却没有数值（如“≥%”），无法衡量。',
    'en-US': 'A sign or unit without a number (e.g. “≥%”) measures nothing.',
  },
  'value/qualitative-not-allowed': {
    'zh-CN': '成本指标须写明金额上限，满意度指标须写明百分比目标，不能只写文字（错误）；数量、时效指标只写模糊文字，或把目标写在一句话里，也无法考核（警告）。',
    'en-US': 'A cost indicator needs a money ceiling and a satisfaction indicator a percentage; text alone is not enough (error). Vague words on a quantity or timeliness indicator, or a target buried in a sentence, cannot be assessed either (warning).',
  },
  'value/bad-number': {
    'zh-CN': '数值只能由阿拉伯数字、小数点和千位分隔符组成；混入字母（如“2O”）或多余的小数点（如“9..5”）会导致无法识别。',
    'en-US': 'A number is made of digits, a decimal point and thousands separators; letters (“2O”) or extra points (“9..5”) make it unreadable.',
  },
  'value/malformed-unit': {
    'zh-CN': '百分比应写作“%”而不是“百分之”或“成”；单位应写在数值后面（“≥98%”而不是“≥百分之98”）。',
    'en-US': 'A percentage is written “%”, not “百分之” or tenths (成); the unit follows the number (“≥98%”, not “≥百分之98”).',
  },
  'value/missing-unit': {
    'zh-CN': '定量指标值须带计量单位（%、次、人、万元、小时等），否则数值含义不明。',
    'en-US': 'A quantitative value needs its unit (%, 次, 人, 万元, 小时 …); without it the number means nothing definite.',
  },
  'value/doubled-mark': {
    'zh-CN': '比较符号或单位写了两遍（“≥≥90%”“98%%”），或符号与“以上”“以内”等文字重复（“≥98%以上”）。',
    'en-US': 'A sign or unit written twice (“≥≥90%”, “98%%”), or a sign repeated in words (“≥98%以上”).',
  },
  'value/missing-sign': {
    'zh-CN': '定量指标值应以“≥ ≤ ＝ ＞ ＜”开头，说明目标是下限、上限还是确切值（如“100%”应写作“＝100%”）。',
    'en-US': 'A quantitative value starts with ≥ ≤ ＝ ＞ ＜ to say whether it is a floor, a ceiling or exact (“100%” is written “＝100%”).',
  },
  'value/nonstandard-sign': {
    'zh-CN': '指标值中的比较关系应使用符号“≥ ≤ ＝ ＞ ＜”，不用文字（“不低于”“以上”）或“>=”这类组合。单独的符号列中写文字是正常的。',
    'en-US': 'Inside a value cell, use the symbols ≥ ≤ ＝ ＞ ＜, not words (“不低于”, “以上”) or “>=”. Words in a separate sign column are normal.',
  },
  'value/wrong-direction': {
    'zh-CN': '成本指标是支出上限，应使用“≤ ＜ ＝”；满意度指标是下限，应使用“≥ ＞ ＝”；差错率、逾期率等越低越好的比率是上限，不能用“≥ ＞”。',
    'en-US': 'A cost is a ceiling (≤ ＜ ＝); a satisfaction target is a floor (≥ ＞ ＝); a rate where lower is better (errors, delays) is a ceiling, never “≥ ＞”.',
  },
  'value/unit-mismatch': {
    'zh-CN': '满意度指标用百分比，时效指标用时间（小时、天、工作日、月、年）或百分比，成本指标用金额（元、万元、亿元）。',
    'en-US': 'Satisfaction is a percentage, timeliness a time (hours, days, months, years) or a percentage, cost an amount of money (元, 万元, 亿元).',
  },
  'value/percent-range': {
    'zh-CN': '比率和满意度只能在0%到100%之间；满意度目标不应低于设定的最低值。',
    'en-US': 'Rates and satisfaction lie between 0% and 100%; a satisfaction target should not fall below the configured minimum.',
  },
  'value/negative-number': {
    'zh-CN': '数量、时间和成本的目标不能是负数；减少写作“≤”加减少后的数值，或写成下降率。',
    'en-US': 'A count, time or cost target cannot be negative; write a decrease as “≤” and the value after it, or as a rate of decrease.',
  },
  'value/quantity-ceiling': {
    'zh-CN': '数量指标是产出数量，通常用“≥”或“＝”；用“≤”表示上限时请确认确有此意（如最多采购1台）。',
    'en-US': 'A quantity indicator is an output, usually ≥ or ＝; a ceiling (≤) may be meant (at most one device bought) but is worth a check.',
  },
  'value/grade-list': {
    'zh-CN': '指标值只列出“高中低”“优、良、中、差”“是/否”等评价等级时，没有选定要达到的等级，无法衡量。',
    'en-US': 'A value that only lists grades (高中低, 优、良、中、差, 是/否) chooses none of them and sets no target.',
  },
  'value/date-serial': {
    'zh-CN': '时效指标的日期被 Excel 存成日期、导出时又显示为序列号（如 44,561 即 2021年12月31日），读表的人看不到日期。',
    'en-US': 'A deadline Excel stored as a date and an export printed as its serial number (44,561 is 2021-12-31): readers see no date.',
  },
  'value/restates-indicator': {
    'zh-CN': '定性指标值只重复三级指标名称或指标描述时，没有说明要达到的程度，无法衡量。',
    'en-US': 'A qualitative value that only repeats the indicator name or description says nothing about the level to reach.',
  },
  'value/split-contradiction': {
    'zh-CN': '符号、数值、单位分列填写时，各列须一致：单位列与数值中的单位、符号列与数值中的符号、定性/定量与内容、正向/反向与符号。',
    'en-US': 'When sign, number and unit have columns of their own they must agree: unit column and unit in the number, sign column and sign, 定性/定量 and content, 正向/反向 and sign.',
  },
  'value/wan-unit': {
    'zh-CN': '“万”单独使用时按“万元”理解，写全为“万元”更清楚。',
    'en-US': '“万” alone is read as 万元 (10,000 yuan); writing 万元 in full is clearer.',
  },
  'value/fullwidth': {
    'zh-CN': '数值中的全角数字（如“９８”、“10，000”）其他系统不能当作数字读取，宜改为半角。全角的“％”“＝”“＞”“＜”是正确写法，不作提示。',
    'en-US': 'Full-width digits (“９８”, “10，000”) are not read as numbers by other systems; use ASCII digits. Full-width ％ ＝ ＞ ＜ are correct and not reported.',
  },
  'budget/missing-total': {
    'zh-CN': '每张绩效目标表都应填写预算数（项目的预算规模）。',
    'en-US': 'Every table must state its budget total (预算数), the size of the project.',
  },
  'budget/not-a-number': {
    'zh-CN': '预算数、财政资金和其他资金必须是数字（如 26.50），单位由表头的“单位：万元”给出。用汉字书写的金额（叁佰万元整、二十六万）按其数值参与核对，并提示改写成数字（警告）；金额后附括号说明的（854万(高标准农田建设400万元,…)）按金额核对，并提示把说明移到资金用途或备注中（警告）。',
    'en-US': 'The budget total, fiscal and other funds must be numbers (e.g. 26.50); the unit is the table\'s "单位：万元". An amount in Chinese numerals (叁佰万元整, 二十六万) is checked by its value, with a warning to write it in digits; an amount followed by a note in brackets (854万(高标准农田建设400万元,…)) is checked by the amount, with a warning to move the note to the use of funds or a remark.',
  },
  'budget/sum-mismatch': {
    'zh-CN': '预算数应等于财政资金与其他资金之和（另有上年结转、自筹资金等来源时一并计入），精确到分；其他资金为空按 0 计。',
    'en-US': 'The budget total must equal fiscal plus other funds (and any further source written, such as 上年结转 or 自筹资金) to the cent; an empty 其他资金 counts as 0.',
  },
  'budget/cost-exceeds': {
    'zh-CN': '成本指标（≤ 金额）之和换算为表的金额单位后不应超过预算数；等于预算数是正常的。',
    'en-US': 'The cost caps (≤ amount) added up and converted to the table\'s unit must not exceed the budget total; equal is fine.',
  },
  'budget/unit-cost-exceeds': {
    'zh-CN': '成本指标中的单位成本（＝ 金额/个、人等，或不带符号）乘以按同一单位计数的唯一数量指标（＝、≥ 或不带符号），换算为表的金额单位后不应超过预算数。上限（≤）、按月按年的单价不比较。',
    'en-US': 'A unit cost under 成本指标 (＝ money per 个, 人 …, or no sign) times the one 数量指标 that counts the same unit (＝, ≥ or no sign), converted to the table\'s unit, must not exceed the budget total. Ceilings (≤) and rates per period are not compared.',
  },
  'budget/long-term-total': {
    'zh-CN': '中期（实施期）资金总额包含本年度的资金，不应少于年度资金总额。',
    'en-US': 'The long-term (implementation period) total includes this year\'s money and cannot be less than the annual total.',
  },
  'budget/implausible-amount': {
    'zh-CN': '金额的大小与表的金额单位明显不符时提醒（多为元与万元混淆）。',
    'en-US': 'Warns when an amount does not fit the table\'s money unit, usually 元 and 万元 confused.',
  },
  'structure/missing-project-name': {
    'zh-CN': '每张表都应填写项目名称，表按项目名称报送和公开。',
    'en-US': 'Every table must name its project; tables are filed and published under that name.',
  },
  'structure/missing-goals': {
    'zh-CN': '每张表都应填写绩效目标，绩效指标用来衡量这些目标。',
    'en-US': 'Every table must state its goals (绩效目标), which the indicators measure.',
  },
  'structure/table-kind': {
    'zh-CN': '部门整体支出绩效目标表、区域或转移支付绩效目标表、政策绩效目标表、项目支出绩效自评表、绩效监控表、评分表、绩效目标调整表、绩效目标审核表、项目绩效目标汇总表（每个项目一行、没有指标）和绩效指标库（共性或分行业的指标体系，不属于某个项目）的格式与项目支出绩效目标表不同，只注明表的种类，不按项目表校验。',
    'en-US': 'Department-wide, regional, transfer-payment or policy target tables, self-evaluation, monitoring, scoring, target adjustment and target review tables, summary lists of projects (one row per project, no indicators) and indicator libraries (common or per-sector indicator sets, for no one project) differ from project target tables: their kind is named, and they are not checked as project tables.',
  },
  'structure/unused-rows': {
    'zh-CN': '模板中没有填写三级指标和指标值的行（包括只留着模板“指标2：”“……”的行）是未使用的空白行：请删除，或补充三级指标和指标值。',
    'en-US': 'Template rows with neither a level-3 indicator nor a value (the form’s “指标2：” or “……” left as it is included) are unused: delete them or fill them in.',
  },
  'structure/unfilled': {
    'zh-CN': '空白模板尚未填写：列出待填写的栏目，不报告错误；填写后按正常规则校验。',
    'en-US': 'A blank template is not yet filled in: the fields to fill are listed, not reported as errors; once filled in, the table is checked as usual.',
  },
  'structure/no-indicators': {
    'zh-CN': '表中应有绩效指标（一级/二级/三级指标及指标值）。',
    'en-US': 'A table needs indicators (levels 1–3 with target values).',
  },
  'structure/missing-level1': {
    'zh-CN': '绩效指标应包含产出指标、效益指标和满意度指标（2021 版另含成本指标）。',
    'en-US': 'The indicators must include 产出指标, 效益指标 and 满意度指标 (and 成本指标 in the 2021 scheme).',
  },
  'structure/missing-cost': {
    'zh-CN': '每个项目都应设置成本指标：2015 版为产出指标下的二级指标“成本指标”，2021 版为一级指标“成本指标”。',
    'en-US': 'Every project must state its cost: 成本指标 under 产出指标 (2015 scheme), or the level-1 成本指标 (2021 scheme).',
  },
  'structure/unknown-level1': {
    'zh-CN': '一级指标名称应为指标体系中的名称（产出指标、效益指标、满意度指标；2021 版另有成本指标）。整栏一级指标都空着时只提示一次（警告），各行的补填建议作为提示列出。',
    'en-US': 'A level-1 name must be one of the scheme\'s (产出指标, 效益指标, 满意度指标; 成本指标 in 2021). A level-1 column left empty in every row is one warning, each row\'s fill-in suggestion an info.',
  },
  'structure/unknown-level2': {
    'zh-CN': '二级指标名称应为指标体系中的名称（数量指标、质量指标、社会效益指标……）。',
    'en-US': 'A level-2 name must be one of the scheme\'s (数量指标, 质量指标, 社会效益指标 …).',
  },
  'structure/level2-mismatch': {
    'zh-CN': '二级指标应放在其所属的一级指标下；2021 版中成本指标是一级指标，下设经济成本指标、社会成本指标、生态环境成本指标。',
    'en-US': 'A level-2 indicator must sit under its own level-1 indicator; in the 2021 scheme 成本指标 is a level-1 indicator with 经济成本指标, 社会成本指标 and 生态环境成本指标.',
  },
  'structure/empty-level3': {
    'zh-CN': '每行指标都应有三级指标名称，说明衡量的是什么。',
    'en-US': 'Every indicator row needs a level-3 name saying what is measured.',
  },
  'structure/duplicate-level3': {
    'zh-CN': '同一张表中三级指标名称不应重复。',
    'en-US': 'A level-3 name should appear only once per table.',
  },
  'structure/level2-as-level3': {
    'zh-CN': '三级指标应是具体衡量的内容，不能填写一级或二级指标的名称（如“生态效益指标”）。',
    'en-US': 'A level-3 indicator names what is measured; a level-1 or level-2 name (e.g. 生态效益指标) measures nothing.',
  },
  'structure/satisfaction-under-benefit': {
    'zh-CN': '满意度类三级指标（名称含“满意”）应列在满意度指标下，不应放在经济、社会、生态效益或可持续影响指标下代替效益（提示）。',
    'en-US': 'A satisfaction measure (a level-3 name with 满意) belongs under the satisfaction indicators, not under an economic, social, ecological or sustainability benefit in place of one (info).',
  },
  'structure/weights-sum': {
    'zh-CN': '填写了分值（权重）时，各指标分值合计应为 100；一级指标标注分值（如“产出指标(50分)”）时，其下各指标分值之和应等于该分值。',
    'en-US': 'Where weights are given they must total 100, and the rows under a weighted level-1 name (e.g. 产出指标(50分)) must add up to its weight.',
  },
  'content/placeholder-goal': {
    'zh-CN': '绩效目标不能是模板中的占位文字（如“目标内容1”“请输入…”“XXX”）；绩效目标会随部门预算公开。写出的目标中百分号前漏了数字（“按总客%”）时提示。',
    'en-US': 'Goals must not be template filler (目标内容1, 请输入…, XXX); they are published with the budget. A written goal with a percent sign and no figure before it (按总客%) gets an info.',
  },
  'content/vague-goal': {
    'zh-CN': '绩效目标只有“提高…”“改善…”“提升…”之类的短语、没有任何数量或时限时提示。',
    'en-US': 'An info when the goals are only short phrases of improving (提高…, 改善…, 提升…) with no figure or time.',
  },
  'content/placeholder-text': {
    'zh-CN': '项目名称、资金用途、三级指标等不能留有“XX”“请输入”“待定”之类的占位文字。',
    'en-US': 'Names and descriptions must not keep filler such as XX, 请输入 or 待定.',
  },
  'content/project-year-mismatch': {
    'zh-CN': '项目名称中的年份应一致（如“2024年…-2025中央”前后不一），标题中的年份应与项目名称一致；时效指标的完成时限应在预算年度内（如2024年的表写“2022年12月底前”）。',
    'en-US': 'The years in a project name must agree (2024年…-2025中央 does not), and the title\'s must match them; a 时效 deadline must fall in the budget year (not 2022年12月底前 in a 2024 table).',
  },
  'content/name-states-value': {
    'zh-CN': '三级指标名称末尾写了目标值（如“…达标率100%”），而指标值写的是另一个数，同一指标有两个目标（提示）；三级指标名称只是一个目标值（如“15万元”“2020年”），或与指标值一字不差且写有数值，没有说明考核什么（警告）。',
    'en-US': 'A level-3 name ends with a target of its own (…达标率100%) while the value states another: two targets for one indicator (info); a level-3 name that is only a target (15万元, 2020年), or the same as its value with a figure in it, names no measure (warning).',
  },
  'content/stray-space': {
    'zh-CN': '填写的文字首尾或中间有多余空格（含全角空格），公开时显得不规范。',
    'en-US': 'Leading, trailing, doubled or full-width spaces in what the user wrote; they look untidy when published.',
  },
  'content/trailing-punctuation': {
    'zh-CN': '三级指标名称和指标值是名称或目标值，不是句子，末尾不加“。”“；”“，”。',
    'en-US': 'Level-3 names and target values are names, not sentences: no closing 。, ； or ，.',
  },
};
