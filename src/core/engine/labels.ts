/**
 * Recognising the labels of a target table. Column and field names differ between systems
 * (SPEC §2), so every spelling the locator accepts is here, compared after `labelKey`.
 */
import { labelKey, LIST_NUMBER_RE, stripSpaces } from './text';
import { parseSign, repeatedSign } from './value';
import { DIRECTION_WORDS, NATURE_WORDS, periodIn, type Period } from './vocabulary';
import type { ColumnRole, MoneyUnit, TableKind } from '../model';
import { memoText } from './memo';
import { patternIndex } from './pattern-index';
import { readAmount } from './money';

export type FieldLabel =
  | 'projectName'
  | 'budgetBlock'
  | 'total'
  | 'fiscal'
  | 'other'
  | 'carryOver'
  | 'use'
  | 'goals'
  | 'moneyUnit'
  | 'amountHeader'
  | 'unitName'
  | 'category';

/**
 * Grid header roles, plus the ambiguous sign/direction/nature columns decided by content, and
 * 指标内容/指标名称, which is the 三级 column where a table has no 三级指标 header and the
 * description otherwise.
 */
export type HeaderLabel = ColumnRole | 'signOrDirection' | 'contentOrLevel3' | 'level3AndValue';

/** Which goal or column group a label names: `年度目标`, `中长期目标`, `二级指标(年度)`. */
export type { Period };

export interface LabelInfo {
  field?: FieldLabel;
  header?: HeaderLabel;
  /** A money unit written inside the label: `预算数（万元）`, `单位：元`. */
  unit?: MoneyUnit;
  period?: Period;
  /**
   * A column that only tables of another kind have (实际完成值, 得分, 偏差原因, 执行进度): the
   * kind it points to.
   */
  kind?: TableKind;
  /** A column a project table may have but the checker does not read (`2021年实际实现值`). */
  skip?: true;
  /** A value column of the declaration (`申报指标值`), which an approved value beside it (`批复指标值`) replaces. */
  declared?: true;
}

/** `（万元）` / `(年度)` / `(或计划水平)` at the end of a label: what it says, and what remains. */
function splitRemark(key: string): { base: string; unit?: MoneyUnit; period?: Period } {
  const m = /^(.+?)\(([^()]*)\)(分)?$/.exec(key);
  if (!m) return { base: key };
  const remark = m[2];
  const out: { base: string; unit?: MoneyUnit; period?: Period } = { base: m[1] };
  if (remark === '万元' || remark === '元') out.unit = remark;
  const period = periodIn(remark, 'anywhere');
  if (period) out.period = period;
  return out;
}

/**
 * A list export's short words for its project columns (`项目 | 合计（万元）`), too short to be labels
 * anywhere else (`项目` heads a scoring sheet's column, `合计` any sum): read only in the header row
 * of a list that already has another project column. (`金额`, `资金` and `预算` are labels already:
 * a list's header reads them through projectColumnField.)
 */
export function listHeaderWord(text: string): { field: 'projectName' | 'total'; unit?: MoneyUnit } | undefined {
  if (text.length > 16) return undefined;
  const { base, unit } = splitRemark(labelKey(text));
  if (base === '项目') return { field: 'projectName' };
  if (/^(合计|小计|总计)$/.test(base)) return unit ? { field: 'total', unit } : { field: 'total' };
  return undefined;
}

/**
 * The label of a department's or unit's name (部门名称, 单位名称, 部门(单位)名称, 部门/单位名称,
 * 二级预算单位名称), with the seal the form asks for (`单位名称（盖章）`).
 */
export const DEPARTMENT_NAME_RE = /^(一级|二级|基层)?(预算)?(部门|单位)(\((部门|单位)\)|\/?(部门|单位))?名称(\((盖章|公章|签章)\))?$/;

const FIELD_PATTERNS: [RegExp, FieldLabel][] = [
  [/^(项目)?(支出)?名称$/, 'projectName'],
  [/^(二级|预算)?项目(全称|名称)$/, 'projectName'],
  [/^项目(\(资金\))?名称(及|和)?(编码|代码|编号)?$/, 'projectName'],
  // 项目（课题）名称, 申报项目名称: forms of research and declaration systems.
  [/^项目\((课题|工程|专项)\)名称$|^(申报|申请)项目名称$/, 'projectName'],
  [/^项目名$/, 'projectName'],
  // 项目（政策）名称, 政策（项目）名称: a project that carries out a policy, named as both.
  [/^(项目\(政策\)|政策\(项目\))名称$/, 'projectName'],
  [/^(具体|本)项目名称$/, 'projectName'],
  [/^项目(编码|代码|编号)(及|和)名称$/, 'projectName'],
  [/^(单位|部门)?\(?专项\)?名称$/, 'projectName'],
  // 专项（项目）名称: a 专项's form naming it a project too (陕西's 水利发展资金绩效目标表).
  [/^专项(\(项目\))?(资金)?名称$/, 'projectName'],
  [/^预算(规模|资金)?及(资金)?用途$/, 'budgetBlock'],
  [/^(项目)?资金(情况|规模|来源|来源情况|申请)?(及用途)?$/, 'budgetBlock'],
  [/^投入目标$/, 'budgetBlock'],
  [/^资金总额(及|和)构成$/, 'budgetBlock'],
  // 鄂州's form: `项目预算成本构成 | 金额 | 测算依据` over the costs, their 合计 the budget.
  [/^(项目)?(预算)?成本构成$/, 'budgetBlock'],
  [/^(其中)?(上级|申请)?财政(资金|拨款|拨款数|性资金)(预算)?(数|小计)?$/, 'fiscal'],
  // 同级财政资金: the unit's own government's money, beside 上级财政补助资金 (安徽's 申报明细表).
  [/^(其中)?(本级|同级)财政(资金|拨款)?(预算)?(数|小计)?$/, 'fiscal'],
  // 预算内资金, and 预算资金 named as a part (`其中：预算资金`): the money the budget appropriates, beside the
  // unit's own. Numbered under the block's total it is a part too (classifyLabel, NUMBERED_FISCAL_RE).
  [/^(其中)?预算内资金$|^其中预算资金$/, 'fiscal'],
  // 省级财政安排: 甘肃's 省级部门预算 form, beside 中央补助安排. 申请市财政资金: the level's money the form
  // asks for (a city's 财政支出项目绩效目标申报表填表说明, 2024: 资金总额=申请市财政资金+项目用款单位自筹+其他).
  [/^(其中)?(申请|申报)?(当年|本年|本年度)?(中央|省|市|县|区|州|旗)级?财政(资金|拨款|安排)(预算)?(数)?$/, 'fiscal'],
  [/^(其中)?(当年|本年|本年度)财政(资金|拨款)(数)?$/, 'fiscal'],
  // Each level's share of the money (省级资金, 市县配套资金); 中央/省 补助 says a transfer (below).
  [/^(其中)?(中央|省|市|县|区|州|旗)级(资金|拨款)$/, 'fiscal'],
  [/^(其中)?(市县|县市|县区|市区)(级)?(配套)?资金$|^(其中)?(市县|县市|县区|市区)(级)?财政(资金|拨款)$/, 'fiscal'],
  // 山西's form: 中央财政资金 / 省级财政资金 / 市县（区）财政资金 / 单位自筹.
  [/^(其中)?(市县|县市|县区|市区|市|县)\((区|县|市)\)(级)?财政(资金|拨款)$/, 'fiscal'],
  [/^(其中)?(中央|省|市|县|区|州|旗)级?(财政)?配套(资金)?$/, 'fiscal'],
  [/^(其中)?中央(财政)?(资金|拨款)$/, 'fiscal'],
  [/^(其中)?(国有资本经营预算|财政专户(管理)?(资金)?)(拨款|资金|安排)?$/, 'fiscal'],
  // 广西等地申报表: `纳入财政专户管理的收入` is fiscal money, `未纳入…` the unit's own.
  [/^(其中)?纳入财政专户管理的?(收入|资金)$/, 'fiscal'],
  [/^(其中)?未纳入财政专户管理的?(收入|资金)$/, 'other'],
  [/^(其中)?(一般|专项)债券(资金)?$/, 'fiscal'],
  // 天津's form: `其中：转移支付资金 | 区级资金 | 其他资金` under the project's total.
  [/^(其中)?(上级)?(专项)?转移支付资金$|^(其中)?上级(专项)?转移支付$/, 'fiscal'],
  [/^(其中)?上级(财政)?补助(资金|收入)?$/, 'fiscal'],
  // A level's own or matching share named without 级 or 财政 (本级配套, 乡镇配套, 县财政, 省补资金).
  [/^(其中)?(本级|乡镇|镇级?|乡级?|地方)配套$|^(其中)?(本级|乡镇|镇级|乡级)配套资金$|^(其中)?配套资金$/, 'fiscal'],
  [/^(其中)?本级(资金|安排|安排资金)$|^(其中)?上级(资金|拨款|下达资金|专项资金)$/, 'fiscal'],
  // 广西's form splits 一般公共预算拨款 into `其中：上级` and `本级` in the next column.
  [/^(其中)?(上级|本级)$/, 'fiscal'],
  [/^(其中)?(中央|省|市|县|区|州|旗|乡|镇)财政$|^(其中)?(省|市|县|区)补资金$/, 'fiscal'],
  [/^(其中)?一般公共预算(拨款|资金|安排)?$/, 'fiscal'],
  [/^(其中)?政府性基金(预算)?(拨款|资金|安排)?$/, 'fiscal'],
  // The 预算管理一体化 system's sources, as every department's budget names them: 一般公共预算财政
  // 拨款, 政府性基金预算财政拨款, 国有资本经营预算财政拨款 (资金/收入), 财政专户管理资金收入.
  [/^(其中)?(一般公共预算|政府性基金预算|国有资本经营预算)财政拨款(资金|收入)?$|^(其中)?财政专户管理资金收入$/, 'fiscal'],
  // A level's own revenue (本级财力, 县级财力安排): fiscal money named by where it comes from.
  [/^(其中)?(本级|上级|中央|省|市|县|区|州|旗|乡|镇)级?财力(安排)?(资金)?$|^(其中)?财力安排(资金)?$/, 'fiscal'],
  [/^(其中)?财政(拨款|补助)(资金)?$/, 'fiscal'],
  [/^(其中)?财政(性)?(资金|拨款)合计$/, 'fiscal'],
  [/^(其中)?(地方政府|政府)?(专项债券|债券)(资金)?$/, 'fiscal'],
  [/^(其中)?非税收入(资金|安排)?$/, 'fiscal'],
  // 项目用款单位自筹: the same 填表说明's name for the unit's own money.
  [/^(其中)?(项目)?(用款|实施|申报)?(单位)?自筹(资金)?$/, 'other'],
  [/^(其中)?(单位)?自有资金(小计)?$/, 'other'],
  [/^(其中)?(事业|经营|经营性)收入$|^(其中)?(用)?事业基金(弥补(收支)?差额)?$/, 'other'],
  // The rest of a unit's own money in the 一体化 system (单位资金's parts).
  [/^(其中)?(事业单位经营|附属单位上缴)收入$/, 'other'],
  // 非财政拨款数: an 一体化 front end's 资金金额 block (实施期资金总额 / 财政拨款数 / 非财政拨款数).
  [/^(其中)?(银行贷款|非财政(性)?资金|非财政拨款(资金|数)?)$/, 'other'],
  [/^(其中)?(社会|单位)(资金|资本|投入)(投入)?$/, 'other'],
  [/^(其中)?(其他|其它)来源资金$/, 'other'],
  [/^(其中)?(当年|本年|本年度)?(其他|其它)(资金|收入)?(来源)?(预算)?(数|小计)?$/, 'other'],
  [/^(其中)?上年结转(资金)?(数)?$/, 'carryOver'],
  [/^(其中)?上年结余(收入|资金)?$/, 'carryOver'],
  [/^(其中)?(上年|以前年度)?结转(结余)?资金$/, 'carryOver'],
  [/^(年度|项目|本年|当年)?(本级)?(预算|资金)(数|金额|总额|总数|规模)$/, 'total'],
  [/^(年度|项目|当年|本年|本年度)?预算$/, 'total'],
  // 湖北's 项目申报表: `项目总预算 | 1500 | 项目当年预算 | 500`.
  [/^项目(当年|本年|本年度)预算(数|金额)?$/, 'total'],
  [/^本年(度)?预算(数|金额)$/, 'total'],
  [/^项目总(金额|资金)$/, 'total'],
  // `总额：560` beside `财政资金：500` in a 项目资金 row: the row's own total.
  [/^(年度|本年|本年度|当年)?总(额|金额)$/, 'total'],
  [/^项目(金额|预算金额)$/, 'total'],
  // 重庆's 重点项目绩效目标表: `项目申报金额（万元）| 2243.02`.
  [/^(项目)?(预算|申请|申报|批复|安排)(金额|资金)$/, 'total'],
  [/^预算(批复|安排)(数|金额)$/, 'total'],
  [/^(项目)?(当年)?年度(本级)?预算(数|金额)?$/, 'total'],
  [/^(项目|年度)?资金(申请)?总额$/, 'total'],
  [/^(项目)?总预算$/, 'total'],
  [/^年初(安排|预算)(金额|数)?$/, 'total'],
  // `2021年金额（元）`: 广东's 省级 form names the year.
  [/^(当年|本年|本年度|年度|\d{4}年度?)金额$/, 'total'],
  [/^(本年度|年度|当年|中期)?(申请)?(省|市|区|县|州|旗)?(级)?财政预算(资金|数)?$/, 'total'],
  // 中期预算资金总额: 山西's 市级 form, beside 年度预算资金总额.
  [/^(中期|中长期|实施期)(预算)?(资金)?总额$/, 'total'],
  [/^(年度|本年|本年度|当年)?(预算)?(资金)?申请(金额|数|总额)?$/, 'total'],
  [/^(年度|本年|本年度|当年)资金$/, 'total'],
  [/^(预算数?|资金|项目资金|项目预算|项目经费)合计$/, 'total'],
  [/^(项目|年度|本年|本年度|当年)?(预算|资金)额度$/, 'total'],
  [/^(年度|本年|本年度|当年|\d{4}年度?)?预算安排(数|金额)?$/, 'total'],
  [/^\d{4}年度?(预算|资金)(数|金额|总额)?$/, 'total'],
  [/^(年度|本年|本年度|当年|项目)?预算资金(总额|合计)$/, 'total'],
  [/^项目(资金)?总额$/, 'total'],
  // 经费 for the money (schools, courts, police): 项目经费, 年度经费预算, 经费总额.
  [/^(项目|年度|本年|本年度|当年)?经费(预算)?(数|金额|总额|合计)?$/, 'total'],
  [/^(年度|本年|本年度|当年)?申请预算(数|金额)?$/, 'total'],
  // 嘉峪关's form: `预算申报数 | 20万元` (the budget the unit declares), and its other spellings.
  [/^(年度|本年|本年度|当年|项目)?(预算申报|申报预算)(数|金额|总额)?$/, 'total'],
  [/^(年度|项目)?资金需求(总额)?$/, 'total'],
  // 湖南's 专项 form: `本年度预计投入(万元)` over the year's total, beside 财政资金 and 其他.
  [/^(本年度|本年|年度|当年)?(预计|计划)(总)?投入(资金)?(总额|合计)?$/, 'total'],
  [/^(年度|本年度|当年)?批复(数|金额)$/, 'total'],
  // The money as the finance bureau gave it (下达资金, 资金下达数, 批复预算数, 核定金额, 审定金额), and a
  // year's money by the words other systems print (预算安排资金, 年度安排资金, 年度预算资金, 年度总预算,
  // 预算总金额, 申请资金总额, 计划资金, 资金投入): the table's 预算数.
  [/^(?=.{3})(年度|本年|本年度|当年|项目)?(资金)?(批复|核定|审定|下达)(预算)?(资金)?(数|金额|总额|额)?$/, 'total'],
  [/^(年度|本年|本年度|当年)?(预算)?安排(资金|金额)$|^(年度|本年|本年度|当年)安排$/, 'total'],
  [/^(年度|本年|本年度|当年|项目)预算资金$/, 'total'],
  [/^(年度|本年|本年度|当年)总预算(数|金额)?$/, 'total'],
  [/^(项目)?预算(总金额|总投入|额)$/, 'total'],
  [/^(年度|本年|本年度|当年|项目)?(申请|计划)资金(总额|合计)?$/, 'total'],
  [/^(项目)?资金投入(总额)?$|^投入资金(总额)?$/, 'total'],
  // A year's investment (年度投资, 当年投入, 年度计划投资) is its money; the project's whole investment
  // (总投资, 计划总投资) spans its years: the total only where no year's total is written.
  [/^(年度|本年|本年度|当年)(计划)?(投资|投入)(资金|金额|额)?$/, 'total'],
  [/^(项目)?(计划)?总投(资|入)(额|金额)?$|^(项目)?计划投资(额)?$/, 'total'],
  [/^(主要)?(资金)?用途$/, 'use'],
  [/^资金(主要)?用途$/, 'use'],
  [/^项目(资金)?(主要)?(内容及)?用途$/, 'use'],
  // 全年绩效目标: the year's goal of the older 范本 (2015-era municipal forms, issue #11), beside 长期绩效目标 or alone.
  [/^(年度|全年|项目|总体|整体|本年度|实施期|中长期|长期|中期滚动|中期)?(绩效)?目标$/, 'goals'],
  [/^(项目)?(年度)?目标任务$/, 'goals'],
  [/^(项目)?(实施)?内容及(绩效)?目标$/, 'goals'],
  [/^年度(主要)?目标(和|及)?成果$/, 'goals'],
  [/^(年度)?总体(绩效)?目标$/, 'goals'],
  // 项目年度绩效目标, 预期绩效目标, 项目总体目标, 绩效目标概述, 项目绩效总目标 … (专项年度绩效目标: a
  // 专项资金's form names its project a 专项).
  // 项目中期规划绩效目标: 重庆's 重点项目绩效目标表, above 项目当年绩效目标.
  [/^(项目|专项)?(年度|全年|本年度|当年|总体|整体|实施期|中长期|长期|中期)?(规划)?(预期|实施)?绩效总?目标(内容|描述|概述|说明)?$/, 'goals'],
  // Without 绩效, not 目标内容: that is a template's placeholder goal, not a label.
  [/^(项目|专项)?(年度|本年度|当年|总体|整体|实施期|中长期|长期)?(预期|实施)?总?目标(描述|概述)?$/, 'goals'],
  [/^金额$/, 'amountHeader'],
  // 填报单位, 申报单位, 绩效编制单位, 项目执行单位, 具体实施单位: the unit filing or carrying out the project.
  [/^(项目)?(具体)?(实施|执行|主管|预算|编制|绩效编制|业务主管|承担|填报|申报)?(单位|部门)$/, 'unitName'],
  [/^(填报|申报)(单位|部门)名称$/, 'unitName'],
  [DEPARTMENT_NAME_RE, 'unitName'],
  // 主管部门（单位）名称及部门预算编码: 福建's 区域绩效目标表.
  [/^(主管部门|实施单位|项目单位)(\((单位|部门)\))?(名称)?(及|和)?(部门)?(预算)?(代码|编码)?$/, 'unitName'],
  [/^(项目)?类别$/, 'category'],
];

const HEADER_PATTERNS: [RegExp, HeaderLabel][] = [
  [/^一级(绩效)?(指标)?(名称)?$/, 'level1'],
  [/^二级(绩效)?(指标)?(名称)?$/, 'level2'],
  [/^三级(绩效)?(指标)?(名称|内容)?$/, 'level3'],
  [/^(绩效)?指标(内容|名称)$/, 'contentOrLevel3'],
  [/^指标$/, 'contentOrLevel3'],
  [/^(具体|细化|明细)(绩效)?指标(名称)?$/, 'contentOrLevel3'],
  [/^指标(大类|一级分类)$/, 'level1'],
  [/^指标(小类|二级分类)$/, 'level2'],
  [/^考核指标(名称)?$/, 'contentOrLevel3'],
  [/^指标名称(及|和)内容$/, 'contentOrLevel3'],
  // One column for the 三级 name and its value (`培训人数≥100人`).
  [/^(三级)?(绩效)?指标(名称)?(及|和|与)(其)?(指标值|目标值|指标标准|目标|标准|值)$/, 'level3AndValue'],
  [/^指标项(名称)?$/, 'contentOrLevel3'],
  [/^(绩效)?指标(描述|解释|说明|定义)$/, 'description'],
  [/^指标值(内容|说明|解释)$/, 'description'],
  [/^(绩效)?(指标|目标|年度指标|年度目标|绩效指标|计划指标|年度|计划|预期)值(及单位|含单位)?$/, 'value'],
  [/^(预期|计划|目标)?(\d{4}年|本年|当年|本年度)(预期|计划|目标)?(实现|完成)?值$/, 'value'],
  // 湖北's 年度绩效目标表: 指标值 over `前年 | 上年 | 预计当年实现`.
  [/^(预计|预期)(当年|本年|本年度)(实现|完成|达到)值?$/, 'value'],
  [/^(年度|全年|本年度|当年|本年|预期|计划)(绩效)?(指标|目标)值$/, 'value'],
  [/^\d{4}年度?(预期|计划)?(目标|指标)值$/, 'value'],
  [/^(年度|目标)?数值$/, 'value'],
  // Under a 指标值 group split into 符号 | 值 | 计量单位 (河北 预算项目绩效信息表: `*符号 | *值 | 计量单位`).
  [/^值$/, 'value'],
  [/^(当年度|本年度|当年|本年|全年|年初|实施周期|实施期|中长期|长期|中期)(指标|目标)值$/, 'value'],
  [/^(全年|年度|本年|当年|本年度)?(预期|计划|考核|期望)(实现|完成)?((指标|目标)?值|水平)$/, 'value'],
  [/^(指标|绩效)目标值$/, 'value'],
  [/^(产出|数量|预期)值$/, 'value'],
  [/^(考核|绩效|指标)标准值$/, 'value'],
  // An approval's or a declaration's own column (`批复指标值`, `申报目标值`); both in one grid, the
  // approved one is read (headerOf).
  [/^(批复|申报|核定|审定|审核)(后)?的?(绩效)?(指标|目标)值$/, 'value'],
  [/^指标数值$/, 'value'],
  [/^(年度)?(指标|目标)值(及|和)(计量|度量)?单位$/, 'value'],
  [/^(度量|计量|计算)?单位$/, 'unit'],
  [/^(计量|度量)单位名称$/, 'unit'],
  [/^(指标值|目标值)(计量)?单位$/, 'unit'],
  [/^指标(计量|度量)?单位$/, 'unit'],
  [/^(指标)?(分值|权重|分数|权重分值|权重\(分\))$/, 'weight'],
  // 满分 / 标准分 / 分值权重 / 权重% / 权数: the same column under the words other forms print.
  [/^(指标)?(满分|标准分|分值权重|权重分|权重%|权重比例|权数)(\(分\))?$/, 'weight'],
  [/^(指标值?)?(性质|方向|方向性|属性)$/, 'signOrDirection'],
  [/^(正向\/反向|正反向)$/, 'signOrDirection'],
  [/^(指标)?(内容|解释|说明)?(及|和|\/)?计算(方法|公式)$/, 'description'],
  [/^(比较|计算|运算|关系|判断|逻辑|指标值?)?(符号|运算符)$/, 'sign'],
  [/^(比较|比对)(方式|关系|方法)$/, 'sign'],
  [/^(比较|计算|关系)符$/, 'sign'],
  [/^(定性|定量)\/?(定量|定性)?$/, 'nature'],
  [/^指标(值)?类型$/, 'nature'],
];

/** Columns a project table may hold beside its target (last year's actual value): read past. */
const SKIP_PATTERNS: RegExp[] = [/^(\d{4}年|上年|上年度|去年|前一年)(度)?实际(实现|完成|执行)?(值|数|水平)?$/, /^(历史|上年|上年度|往年|基期|现状)(指标|目标|计划)?(值|水平)$/, /^(前年|上年|去年|上年度|近两年|前两年)(实际)?(实现|完成)?(指标)?(值|数)?$/];

/**
 * Labels only other kinds of table have (checked after the field and header patterns, so a
 * project table's own labels never reach here): a table showing one is not a project target table.
 * A third entry names the field the marker labels as well (read so under a project's title or 项目名称).
 */
const KIND_MARKERS: [RegExp, TableKind, FieldLabel?][] = [
  // 部门整体: tasks, duties, and the department's whole budget split by nature.
  // 年度主要工作内容: 岳阳's 部门整体支出 form (2018), beside 职能职责概述.
  [/^(部门|单位)?年度(主要|重点)?(工作)?任务$|^(部门|单位)?年度(主要|重点)?工作内容$/, 'department'],
  [/^(部门|单位)?(主要)?职能(职责)?(概述|简述|描述)?$/, 'department'],
  [/^(部门|单位)(主要)?职责(概述|简述|描述)?$/, 'department'],
  [/^(部门|单位)(年度)?整体(绩效)?目标(内容)?$/, 'department'],
  // A department's own goals and budget (a project's are 项目/年度 绩效目标 and 预算数).
  [/^(部门|单位)(年度)?(绩效)?目标(内容)?$/, 'department'],
  // Also a total: under a project's title or 项目名称, that project's 预算数 (`部门预算数 | 50`).
  [/^(部门|单位)(年度)?预算(总额|总数|数|规模)?$/, 'department', 'total'],
  [/^(当年|本年|年度)?(部门|单位)?整体支出(预算)?(总额|规模|数)?$/, 'department'],
  [/^(其中)?(人员经费|日常公用经费|公用经费)$/, 'department'],
  [/^按(收入|支出)(性质|来源|功能)分$/, 'department'],
  [/^(其中)?基本支出$/, 'department'],
  [/^(主要|重点)?任务名称$/, 'department'],
  [/^(年度)?(重点|主要)(工作)?任务$/, 'department'],
  [/^(部门|单位)?(核心|主要)职能$/, 'department'],
  [/^机构(主要)?职能(职责)?$/, 'department'],
  [/^(部门|单位)(年度)?总体(绩效)?目标$/, 'department'],
  [/^政策名称$/, 'policy'],
  [/^(部门|单位)?(整体|年度)?履职(目标|效能)$/, 'department'],
  [/^部门(整体)?(支出)?(职能|概况)$/, 'department'],
  [/^单位(基本)?概况$|^(部门|单位)?机构设置(情况)?$|^年度(重点|主要)工作$/, 'department'],
  [/^全年(预算)?执行数$/, 'self-eval'],
  [/^(年度)?(预算)?执行数$/, 'self-eval'],
  [/^(全年|年度)执行率$/, 'self-eval'],
  // `执行率(B/A)`, `预算执行率`: a column of what was spent; as an indicator it is a 三级 name, not a header.
  [/^(预算|资金)?执行率$/, 'self-eval'],
  [/^(全年|年度)?实际支出(数|金额)?$/, 'self-eval'],
  [/^(上半年|前三季度|年中|截[至止]目前|目前|当前)(实际)?(完成|实现|执行|进展)(值|情况|数|进度|率)$/, 'monitor'],
  [/^\d{1,2}月(底|末)(实际)?(完成|执行)(值|情况|数)$/, 'monitor'],
  [/^(偏差|偏离)情况$/, 'monitor'],
  [/^(自评|评价)结论$/, 'self-eval'],
  // A self-evaluation's column, and on a project's own form (`全年预算数 | 50 | 财政资金 | 50`) its 预算数.
  [/^全年预算数$/, 'self-eval', 'total'],
  [/^(全年|年度|年末)?实际(完成|实现|达到)?(指标)?(值|数|情况)$/, 'self-eval'],
  [/^(指标)?完成(情况|率)(分析)?$/, 'self-eval'],
  [/^扣分(原因|说明|情况)?$/, 'self-eval'],
  [/^(未完成|偏差)原因(分析)?(及|和)?(改进|整改)?(措施)?$/, 'self-eval'],
  [/^(原因分析)?(及|和)?(改进|整改)措施$/, 'self-eval'],
  [/^(原因分析)?(及|和)?纠偏措施$/, 'monitor'],
  // A period within the year (1-6月, 一至九月); 1-12月 alone is a project's own period (项目期限), the whole year.
  [/^(1|一)[-—–~至到]([2-9]|1[01]|[二三四五六七八九]|十一?)月/, 'monitor'],
  // With its year or 月 written twice (2024年1-6月完成值, 1月-6月执行数): the period and what was done in
  // it (a project's period alone, 2023年1月至12月, is its 起止时间).
  [/^(\d{4}年度?)?(1|一)月?[-—–~至到](\d{1,2}|[一二三四五六七八九十]{1,2})月(份)?(底|末)?(实际)?(完成|执行|实现|进展)/, 'monitor'],
  [/^截[至止](\d{4}年)?\d{1,2}月(底|末)?/, 'monitor'],
  [/^(全年)?预计(全年)?(执行数|执行率|完成率)$/, 'monitor'],
  [/^(其中)?(中央|省|市|区|县|州|旗)级?(财政)?(补助|转移支付)(资金|安排)?$/, 'transfer'],
  [/^(转移支付|专项转移支付)(\(项目\)|项目)?名称$/, 'transfer'],
  [/^(其中)?地方(财政)?(配套)?资金$/, 'transfer'],
  [/^(评分|评价)(细则|依据|办法)$/, 'scoring'],
  [/^(完成|实现)目标(的)?可能性$/, 'monitor'],
  [/^(全年|年度)?(目标)?(完成|实现)(的)?可能性$/, 'monitor'],
  [/^(完成|实现)(全年|年度)(绩效)?(目标)?(的)?可能性$/, 'monitor'],
  [/^预计(到|至)?年(底|末)/, 'monitor'],
  // The authorities a transfer's form names (中央主管部门, 省级财政部门, 地方主管部门).
  [/^中央级?(财政部门|主管部门)$|^(省|市|区|县|州|旗)级?财政部门$|^地方(财政部门|主管部门)$/, 'transfer'],
  // A level's 主管部门 (省级主管部门, 区级林业主管部门, 市级业务主管部门): a transfer's marker, and a field
  // too: under a 项目名称 (广东's 省级 项目库 form) the project's unit.
  [/^(省|市|区|县|州|旗)级?主管部门$|^(省|市|区|县|州|旗)级[^级]{1,4}主管部门$/, 'transfer', 'unitName'],
  [/^(指标)?(全年|年度|年末|实际)?(实际)?完成(值|情况|数)$/, 'self-eval'],
  [/^(年度)?目标完成(值|数)$/, 'self-eval'],
  [/^(全年|年度)?实际执行(数|金额)$/, 'self-eval'],
  [/^(实际)?完成情况(说明|描述)$/, 'self-eval'],
  [/^(自评|评价)意见$/, 'self-eval'],
  [/^(得分|扣分)情况$/, 'self-eval'],
  [/^实际(完成)?值$/, 'self-eval'],
  [/^(全年|年度)?实际完成$/, 'self-eval'],
  [/^(指标)?(得分|自评得分|实际得分|评价得分|综合得分|评分|自评分)$/, 'self-eval'],
  [/^偏差原因(分析)?(及改进措施)?$/, 'self-eval'],
  [/^(未完成原因|偏差原因)和改进措施$/, 'self-eval'],
  [/^(1-\d+月)?(执行|实施)(进度|情况)$/, 'monitor'],
  [/^(1-\d{1,2}月|截[至止]\d{1,2}月底?)(实际)?完成(值|情况|数)$/, 'monitor'],
  [/^1-\d{1,2}月(预算)?执行(数|率)$/, 'monitor'],
  [/^(全年)?预计(全年)?完成(值|情况)?$/, 'monitor'],
  [/^(是否)?(存在)?偏差$/, 'monitor'],
  [/^(是否)?偏离(目标)?$/, 'monitor'],
  [/^偏离(原因|情况)(分析)?$/, 'monitor'],
  [/^监控(结果|情况|结论|发现的问题)$/, 'monitor'],
  [/^(评价|自评)(结果|等级|等次)$/, 'self-eval'],
  [/^实际(完成|实现)率$/, 'self-eval'],
  [/^区域(年度)?目标值?$/, 'region'],
  [/^(补助|实施|分配)区域$/, 'transfer'],
  [/^评(价|分)(要点|标准|方法)$/, 'scoring'],
  [/^(全年|年度|年末|实际)?完成(指标|目标)值$/, 'self-eval'],
  // What was reached, after the year: 实际达成值, 目标实现情况, 年底完成情况, 实际完成数值.
  [/^(全年|年度|年末)?(实际)?达成(值|数|情况|度)$/, 'self-eval'],
  [/^(绩效)?(目标|指标)(完成|实现|达成)(情况|值|度)$/, 'self-eval'],
  [/^(截[至止])?年(底|末)(实际)?完成(值|数|情况)$/, 'self-eval'],
  [/^(实际)?完成(结果|数值)$/, 'self-eval'],
  [/^自评(分值|分数)$/, 'self-eval'],
  [/^(半年|上半年|前三季度|年中)(预算)?执行(率|数)$/, 'monitor'],
  // Progress during the year: monitoring.
  [/^(目标|指标|任务)?完成进度$/, 'monitor'],
  [/^(预算|资金)执行进度$/, 'monitor'],
  [/^(计分|评分)(方法|标准|办法|规则|说明)$/, 'scoring'],
  // 事前绩效评估: its points and score per indicator.
  [/^评估(要点|内容|标准|方法|依据|结论|意见|得分|分值|结果)$/, 'scoring'],
  // 绩效目标调整表: the approved target beside the new one, and why it changed.
  [/^(原|原定|调整前|变更前)(年度)?(绩效)?(指标值|目标值|指标|目标)$/, 'adjustment'],
  [/^(调整|变更)后(的)?(年度)?(绩效)?(指标值|目标值|指标|目标)$/, 'adjustment'],
  [/^(调整|变更)(原因|理由|依据|说明|事项|内容|类型)$/, 'adjustment'],
  // How the year goes, in a monitor's words: 年度执行情况, 全年预计, 累计完成值, 支出进度 (not a
  // project's own schedule: 实施进度计划 and 项目进展 may be fields of its form).
  [/^(年度|全年|当年|本年|本年度)(预算)?执行情况(说明)?$/, 'monitor'],
  [/^执行情况(说明|分析)$/, 'monitor'],
  [/^(全年|年底|年末)预计$/, 'monitor'],
  [/^半年(实际)?(完成|执行)(值|数|情况|率)$/, 'monitor'],
  [/^累计(实际)?(完成|执行|支出)(值|数|情况|率)?$/, 'monitor'],
  [/^(偏离|偏差)程度$/, 'monitor'],
  [/^执行偏差$/, 'monitor'],
  [/^(支出|资金|预算)(执行)?进度$/, 'monitor'],
  // A mid-term evaluation's results (中期完成值, 评估情况) and a self-evaluation's own words.
  [/^(中期|期中|阶段性?)(实际)?(完成|实现|达成)(值|数|情况)$/, 'self-eval'],
  [/^评估情况$/, 'scoring'],
  [/^(目标|指标)?(完成|实现)(度|程度)$/, 'self-eval'],
  [/^自评(指标)?值$/, 'self-eval'],
  [/^(年度)?决算(数|金额)$/, 'self-eval'],
  [/^(存在的?)?问题(及|和)(整改|改进)措施$/, 'self-eval'],
  // A self-evaluation's own rows: 评价结论 | 存在问题 | 改进措施 under its grid, and 年初设定目标 beside
  // 全年实际完成情况 (安徽's and 科技部's 绩效目标自评表; 四川's 一体化 自评表 in the tune corpus).
  [/^存在(的)?(主要)?问题$/, 'self-eval'],
  [/^年初(设定|确定)的?(绩效)?目标$/, 'self-eval'],
  [/^是否(完成|达标|实现)(目标)?$/, 'self-eval'],
  [/^(总体|目标值|指标值)完成情况$/, 'self-eval'],
  [/^(全年|年度|年末|年底)?实际执行情况$/, 'self-eval'],
  [/^(全年|年度|年末|年底)?(目标)?实现情况$/, 'self-eval'],
  [/^(全年|年度|年末|年底)完成$/, 'self-eval'],
  [/^实际(完成)?值(及|和|含)(计量)?单位$/, 'self-eval'],
  [/^(评分|评价|自评)结果$/, 'self-eval'],
  [/^(执行|已支出|实际支出)金额$/, 'self-eval'],
  [/^(实际)?完成(比例|百分比)$/, 'self-eval'],
  [/^是否(达到|达成)(目标|指标值?)?$/, 'self-eval'],
  [/^(年度|全年)(绩效)?(目标|指标)(完成|实现|达成)情况$/, 'self-eval'],
  [/^未(达标|达到|完成)(的)?原因$/, 'self-eval'],
  [/^(现阶段|阶段性?|当前|目前)(实际)?(完成|执行)(情况|进度|值|数)$/, 'monitor'],
  [/^(当前|完成)?进度情况$/, 'monitor'],
  [/^当前进度$/, 'monitor'],
  [/^(偏差|偏离)分析$/, 'monitor'],
  // More of the words units write: a deduction's reason, a result's state or its cause; progress
  // so far (目前进展, 实际进度, 偏差度, 至6月底执行数, 已完成值) and whether the year's target will be met.
  [/^扣分(理由|依据)$/, 'self-eval'],
  [/^完成情况(及|和)(原因|说明|原因分析)$/, 'self-eval'],
  [/^(实际)?完成状态$/, 'self-eval'],
  [/^(实际绩效|绩效(完成|实现))值$/, 'self-eval'],
  [/^(目前|当前|截[至止]目前)(实际)?进展(情况)?$|^进展情况$/, 'monitor'],
  [/^(实际|执行)进度$|^进度(完成|执行)率$/, 'monitor'],
  [/^(偏差|偏离)度$/, 'monitor'],
  [/^(预计)?(年底|年末|全年)?能否(按期)?完成(目标)?$/, 'monitor'],
  [/^[至到]\d{1,2}月(底|末)?(实际)?(执行|完成)(数|值|情况|率)$/, 'monitor'],
  [/^(已|本期)完成(值|数)$/, 'monitor'],
  // How the targets go during the year (绩效目标执行情况, 绩效运行情况).
  [/^(绩效)?(目标|指标)执行情况$|^(绩效|目标|指标)运行情况$/, 'monitor'],
  [/^(第?[一二三1-3]|前[二三两])季度(末)?(实际)?(完成|执行)(值|数|情况|率)$/, 'monitor'],
  // A finance bureau's review of a unit's targets: what it looks at and how (`审核内容 | 审核要点 |
  // 审核意见`); an opinion alone (`审核意见`, `主管部门审核意见`) may end a project's own form.
  [/^(审核|评审|审查)(内容|要点|重点|事项|标准)$/, 'review'],
];

/**
 * A column a region's table has (`地区`, `区域` beside a transfer's money and targets) but a list of
 * projects might have too: it names the kind only of a table with no 项目名称 and no project title.
 * Not a label (it would count as one where rows are told apart by their labels): the kind pass reads it.
 */
export const REGION_COLUMN_RE = /^((下达|分配|补助|实施|受益)?(地区|区域)|区县|县区|市县|地市|市州)(名称)?$/;

/**
 * A column heading for what a year's goal came to (`年度总体目标完成情况`, `总体目标完成情况综述`):
 * a 申报表 may carry the column, left blank, beside its 年度目标 label. Not a label (as a kind marker
 * it would make the form a self-evaluation): the goals' reader steps over it to the goal below.
 */
export function isGoalOutcomeHeading(text: string): boolean {
  if (text.length > 20) return false;
  return /^(年度|全年)?(总体)?(绩效)?目标(完成|实现|达成)情况(综述)?$/.test(labelKey(text));
}

/** The period a label starts with (`年度预算数`, `实施周期指标值`). */
function leadingPeriod(base: string): Period | undefined {
  if (/^(项目)?(计划)?总投(资|入)|^(项目)?计划投资/.test(base)) return 'longTerm';
  return periodIn(base, 'leading');
}

/**
 * A text that is only a period (`年度`, `（中长期）`, `全年`): a sub-header restating the period of
 * the value column above it (`年度指标值` over `年度`), not a label of its own.
 */
export function periodWordOf(text: string): Period | undefined {
  if (text.length > 12) return undefined;
  return periodIn(labelKey(text).replace(/^\((.*)\)$/, '$1'), 'only');
}

/**
 * A form's own word for a field the checker does not read (`项目属性`, `项目类型`, `项目期`, `主管部门编码`,
 * `是否新增`):
 * short, never a project's name. Beside an empty 项目名称 it is the next field's label, not the name.
 */
export function isFormFieldWord(text: string): boolean {
  if (text.length > 12) return false;
  return FORM_FIELD_WORD_RE.test(labelKey(text));
}

const FORM_FIELD_WORD_RE = /^(项目|专项)?(属性|性质|类型|类别|等级|级别|期|期限|周期|起止时间|起止日期|来源|编码|代码|负责人|联系人|联系电话|负责人及电话)$|^(主管部门|实施单位|项目单位|部门)(编码|代码)$|^是否[\u4e00-\u9fff]{1,8}$/;

/** The three lists classifyLabel tries in order, for the test that holds their indexes to them. */
export const LABEL_PATTERN_LISTS: readonly (readonly RegExp[])[] = [HEADER_PATTERNS, FIELD_PATTERNS, KIND_MARKERS].map((list) => list.map(([re]) => re));

/** Each list's patterns by first character (pattern-index.ts): a text is tried only against those that can match it. */
const [headerCandidates, fieldCandidates, kindCandidates] = LABEL_PATTERN_LISTS.map(patternIndex);
const NO_CANDIDATES: readonly number[] = Object.freeze([]);

/**
 * The field of the first of FIELD_PATTERNS that matches `base` or `key` (the label without its note
 * in brackets, and with it): the candidates of both, in the list's order.
 */
function fieldLabelOf(base: string, key: string): FieldLabel | undefined {
  const a = fieldCandidates(base);
  const candidates = key === base ? a : a.concat(fieldCandidates(key)).sort((x, y) => x - y);
  for (let k = 0; k < candidates.length; k++) {
    const [re, field] = FIELD_PATTERNS[candidates[k]];
    if (re.test(base) || (key !== base && re.test(key))) return field;
  }
  return undefined;
}

/** Classifies a cell's text as a field label or a grid header label. Cheap; called per cell. */
export function classifyLabel(text: string): LabelInfo | undefined {
  if (text.length === 0 || text.length > 40) return undefined;
  // A money unit in square brackets after the label (`年度资金总额[万元]`, a project system's export
  // heading its columns so, forms44 f14) is the same as in round ones.
  let key = labelKey(text);
  const end = key.charCodeAt(key.length - 1);
  if (end === 0x5d /* ] */ || end === 0x3011 /* 】 */) key = key.replace(SQUARE_UNIT_RE, '($1)');
  // A long label is one with a note in brackets after it (`项目绩效目标（含项目概况、设立依据、必要性及预期
  // 目标）`): the words before the note are short.
  if (key.length === 0 || (key.length > 24 && !LONG_REMARK_RE.test(key))) return undefined;
  const unitLine = /^(金额|金额单位|资金)?单位(万元|元)$/.exec(key);
  if (unitLine) return { field: 'moneyUnit', unit: unitLine[2] as MoneyUnit };
  const numbered = LIST_NUMBER_RE.test(key);
  // `其中：1.中央资金`: a numbered source under its block's 其中 (重庆's 项目绩效目标表).
  key = key.replace(LIST_NUMBER_RE, '').replace(SOURCE_NUMBER_RE, '');
  const { base, unit, period } = splitRemark(key);
  const with_ = (own: Period | undefined) => ({ ...(unit ? { unit } : {}), ...(own ? { period: own } : {}) });
  // `单位（盖章）`, `填报单位（盖章）`: where the unit signs the form, never a grid's 计量单位.
  const sealed = SEAL_RE.test(key);
  const headers = sealed ? NO_CANDIDATES : headerCandidates(base);
  for (let k = 0; k < headers.length; k++) {
    const [re, header] = HEADER_PATTERNS[headers[k]];
    // `当年度指标值`, `实施周期指标值`: the group's period may stand before the label.
    if (re.test(base)) return { header, ...with_(period ?? leadingPeriod(base)), ...(header === 'value' && base.startsWith('申报') ? { declared: true as const } : {}) };
  }
  const found = fieldLabelOf(base, key);
  // A numbered 预算资金 is an item of the block's list of sources, not its total: 湖南's 项目绩效目标表
  // (湘潭市环境卫生管理处 2024) lists `资金总额：250` then `一、预算资金：250`, `二、自有资金：0`, `三、其他：0`.
  // Put one a row, it was read as a second total and the parts after it were dropped (a false sum-mismatch).
  const field = found === 'total' && numbered && base === '预算资金' ? 'fiscal' : found;
  if (field) return { field, ...with_(leadingPeriod(base) ?? period) };
  // `资金来源：财政资金`, `资金来源：自筹`: a source's label led by the block's own (the colon is gone).
  const source = MONEY_SOURCE_LEAD_RE.exec(base);
  if (source) {
    const part = fieldLabelOf(source[1], source[1]);
    if (part === 'fiscal' || part === 'other' || part === 'carryOver') return { field: part, ...with_(period) };
  }
  // `部门（单位）职能`, `单位（部门）整体绩效目标`: the department's markers, however it names itself.
  const own = base.replace(/(部门|单位)\((部门|单位)\)/, '部门');
  // A sentence is no column of another kind's table: a project's schedule (`1-3月招标，4-11月检测`,
  // the 项目实施计划 of 山西's form) starts as a monitor's period does.
  if (SENTENCE_MARK_RE.test(own)) return undefined;
  const kinds = kindCandidates(own);
  for (let k = 0; k < kinds.length; k++) {
    const [re, kind, field] = KIND_MARKERS[kinds[k]];
    // 中央补助 / 省级补助 / 地方配套资金: a transfer's marker, and money from the public purse (a
    // project funded by them adds them up to its budget).
    // `全年预算数（A）`: a letter for a formula (`执行率（B/A）`) marks the evaluation's column, never a project's 预算数.
    if (re.test(own)) return kind === 'transfer' && FUNDING_RE.test(own) ? { kind, field: 'fiscal' } : field && !FORMULA_NOTE_RE.test(key) ? { kind, field } : { kind };
  }
  // 整体支出绩效目标, 年度部门（单位）整体支出绩效目标, 年度整体绩效目标: a department's goals, read as
  // the table's goals (under a project's own 项目名称, as that project's).
  if (DEPARTMENT_GOALS_RE.test(own)) return { kind: 'department', field: 'goals' };
  if (SKIP_PATTERNS.some((re) => re.test(base))) return { skip: true };
  return undefined;
}

const SENTENCE_MARK_RE = /[,;。、]/;

/** A money unit in square brackets at a label's end: `[万元]`, `【元】`. */
const SQUARE_UNIT_RE = /[[【](万元|元)[\]】]$/;

/** A formula's letter after a label (`（A）`, `（B/A）`): 科技部's and 安徽's 绩效目标自评表 (全年预算数（A）, 全年执行数（B）). */
const FORMULA_NOTE_RE = /\([A-Z]([/+\-][A-Z])?\)$/;

/** A seal or signature asked for after a label: `（盖章）`. */
const SEAL_RE = /\((盖章|公章|签章|签字)\)$/;

/** `其中1.`, `其中(一)`: 其中 before a list number (its colon already gone). */
const SOURCE_NUMBER_RE = /^其中(?:\(?[一二三四五六七八九十\d]{1,2}\)|[一二三四五六七八九十\d]{1,2}[、.])/;

/** A label of at most 12 characters with a bracketed note after it, the note alone making it long. */
const LONG_REMARK_RE = /^[^()]{1,12}\([^()]+\)$/;

/** A money source's label after the block's (`资金来源财政资金`): group 1 is the source's own. */
const MONEY_SOURCE_LEAD_RE = /^(?:其中)?资金来源(?:其中)?(.+)$/;

const DEPARTMENT_GOALS_RE = /^(年度)?(部门|单位)?(年度)?整体支出(年度)?(绩效)?目标(内容)?$|^年度(部门|单位)?整体(绩效)?目标$/;

/** Transfer markers that are also a share of the money: 中央补助, 省级财政补助资金, 地方配套资金. */
const FUNDING_RE = /(?:补助|配套)(?:资金|安排)?$|^(?:其中)?地方(?:财政)?(?:配套)?资金$/;

/** The kind a table title names (部门整体…, 自评表, 监控表), or 'project'; undefined when it names none. */
export function titleKind(text: string): TableKind | undefined {
  return titleKindMemo(text);
}

/** `…项目绩效目标表`, `…项目支出绩效目标申报表`, with a batch or page note after it (`（第二批）`). */
const PROJECT_TITLE_END_RE = /项目(支出)?绩效目标(申报|批复|审批)?表(\([^()]{0,8}\))?$/;

/**
 * The kind a note after a target table's title names (`项目支出绩效目标表（自评）`, `…（1-6月执行情况）`,
 * `…（中期评估）`): the table is that kind's, whatever the title before it says. A batch, year or
 * approval note (`（第二批）`, `（2025年度）`, `（批复）`, `（调整后）`) names none.
 */
function titleNoteKind(key: string): TableKind | undefined {
  const note = /\(([^()]{1,16})\)$/.exec(key);
  if (!note || !/绩效(目标)?(申报|批复|审批|审核)?表$/.test(key.slice(0, note.index))) return undefined;
  // The note's words without its period (`2024年`, `1-6月`, `上半年`) and its `表`/`情况`.
  const words = note[1]
    .replace(/^\d{4}年度?|^[1一][-—–~至到]\d{1,2}月(份)?|^(上半年|前三季度|年中|半年|年度)/, '')
    .replace(/^绩效/, '')
    .replace(/(情况)?表?$/, '');
  if (/^(自评|评价|自评结果|评价结果|中期评估|完成|实现|目标完成|得分)$/.test(words)) return 'self-eval';
  if (/^(监控|执行|跟踪|运行监控|执行监控|运行跟踪)$/.test(words)) return 'monitor';
  return undefined;
}

/**
 * The words of an indicator library's title: a library (`指标库`), the common or per-sector indicators
 * (`共性绩效指标`, `分行业分领域…指标`), a department's core indicators' template or catalogue, an
 * indicator system or catalogue named at the title's end (`…绩效指标体系表`, `…指标目录`), an import
 * template of a budget system's library (pmkpi's `转移支付绩效指标导入模板`). `共性指标` / `个性指标` alone are
 * group rows of some forms (and sheets named so may hold a project's table): no title.
 */
const LIBRARY_TITLE_RE = /指标库|(?:共性|个性|通用)(?:绩效)?指标(?:体系|框架|目录|模板|表)|分行业.{0,12}指标|核心(?:绩效)?指标(?:表)?(?:模板|目录|体系)|指标(?:体系|目录)(?:表|框架)?(?:\([^()]{0,12}\))?$|绩效指标导入/;

function titleKindUncached(text: string): TableKind | undefined {
  const key = labelKey(text);
  const noted = titleNoteKind(key);
  if (noted) return noted;
  // A title ending in a project's target table names a project, whatever words its name holds
  // (`部门整体运转经费项目绩效目标表`, `监控平台建设项目…`, `自评系统运维项目支出绩效目标表`): a kind's
  // words stand after the name (`某某项目绩效自评表`, `…资金区域绩效目标表`), not before 项目.
  if (PROJECT_TITLE_END_RE.test(key)) return 'project';
  // A sheet named after its project (`监控平台建设项目`) is no title of another kind.
  if (/项目$/.test(key)) return undefined;
  // A 部门整体支出绩效自评表 is a self-evaluation first.
  // A project's mid-term evaluation (项目中期绩效评估表) weighs what was reached, as a self-evaluation does.
  if (/自评|绩效评价(报告|表)|评价结果|中期(绩效)?评估|绩效中期评估/.test(key)) return 'self-eval';
  // 项目支出绩效目标调整表, 绩效目标变更申请表: a request to change approved targets.
  if (/(目标|指标)(调整|变更)|(调整|变更)(申请|审批|申报)?表$/.test(key)) return 'adjustment';
  // A 部门整体支出绩效运行监控表 is monitoring first, as its self-evaluation is a self-evaluation.
  if (/监控|执行情况表|运行跟踪|跟踪(情况)?表/.test(key)) return 'monitor';
  // 项目绩效目标完成情况表: what was achieved, after the year.
  if (/(目标|指标)(完成|实现)情况(表|统计表?)?$/.test(key)) return 'self-eval';
  // An indicator library (绩效指标库, 共性绩效指标体系, 分行业分领域绩效指标, 核心绩效指标表模板): indicators
  // to choose from, for no one project (财预〔2021〕101号 附件2 中央部门本级项目支出核心绩效指标表模板, a
  // traditional copy at lsrwf.cn, 2021; 表1 通用共性指標庫示例 of a journal page at clix4bitcoin.com). An
  // evaluation's or a review's indicator system (`绩效评价共性指标体系框架`, `培训类项目立项评审指标体系`)
  // scores a project: not a library, unless it says so (`绩效评价共性指标库`, a budget system's name).
  if (LIBRARY_TITLE_RE.test(key) && (!/评价|评分|得分|考核|评审|评估/.test(key) || /指标库/.test(key))) return 'library';
  // A scoring sheet named at the title's end is one, whatever it scores: `部门整体支出绩效评价指标表`,
  // `2017年部门整体支出绩效评价得分表` (a 部门整体 self-evaluation's score sheet, wanglu.net's copy, 2019).
  // A review's indicator system scores the projects reviewed (`培训类项目立项评审指标体系`, titles41 k013).
  if (/(评分|得分|评价指标)表(\([^()]{0,12}\))?$|(评价|评审)(共性|个性)?指标体系(表|框架)?$/.test(key)) return 'scoring';
  // `某某项目整体绩效目标表`: a project's targets over its whole period, not a department's; a transfer's
  // overall targets (`中央对地方服务业发展专项转移支付整体绩效目标`, 湖南省财政厅 2017) are the transfer's.
  if (/(部门|单位)(\((部门|单位)\))?整体|整体支出/.test(key) || (/整体绩效/.test(key) && !/项目|转移支付/.test(key))) return 'department';
  // 某某局部门绩效目标表, 部门年度绩效目标表: a department's targets; a 部门 title naming a 项目 is a project's.
  if (/(部门|单位)(\((部门|单位)\))?(年度|中期)?(预算)?绩效目标/.test(key) && !/项目/.test(key)) return 'department';
  // 部门职责—工作活动, 机构职能, 年度重点工作任务: a department's work, not a project's.
  if (/部门职责|工作活动|(机构|部门|核心)职能|工作任务/.test(key) && !/项目/.test(key)) return 'department';
  // A transfer's targets by region (`中央对地方转移支付区域绩效目标表`, the form's own name): a region's.
  if (/区域(绩效)?目标/.test(key)) return 'region';
  // A higher level's fund handed down (自治区级 as the provinces' 省级; a 申报表 as well as a 目标表).
  // A county's money matching a transfer (`转移支付资金配套`, `转移支付配套资金`) is its own project's.
  // A note may follow, as after a project's title (`…补助资金绩效目标表（2025年度）`), or stand between the
  // fund and its table (安溪县农业农村局 2025: `2025年市级财政乡村振兴专项资金(第一批整镇推进创建乡镇奖补)绩效目标表`).
  const fund = key.replace(/资金\([^()]{1,24}\)绩效目标/, '资金绩效目标');
  if (/转移支付(?!(资金)?配套)/.test(key) || (/(中央|省级|市级|州级|自治区级?)(财政)?.*(专项)?资金绩效目标(申报)?表(\([^()]{0,8}\))?$/.test(fund) && !/项目/.test(key))) return 'transfer';
  // A central investment plan sent down (发改's `中央预算内投资计划绩效目标表`: 专项名称 / 下达地方或单位 /
  // 本次下达中央预算内投资, 一级 实施效果指标 and 过程管理指标): a higher level's money handed down.
  if (/中央预算内投资(计划)?(绩效)?目标(申报)?表$/.test(key)) return 'transfer';
  // 政策绩效目标表: a policy's targets; a 政策性 project's table names its 项目.
  if (/政策(绩效)?目标(申报|批复)?表/.test(key) && !/项目/.test(key)) return 'policy';
  // The targets a project files for its pre-assessment (`事前绩效评估绩效目标申报表`) are the project's own.
  if (/评分表|得分表|评价指标表|评价表|评价指标体系|事前(绩效)?评估(?!.*绩效目标(申报|批复|审批)?表$)/.test(key)) return 'scoring';
  // 绩效目标审核表, 评审表, 审核意见表: a finance bureau's review of a unit's targets (审核内容, 审核要点,
  // 审核意见), not the targets themselves.
  // A 申报审核表 is the unit's declaration with the bureau's opinion below it: the project's own.
  if (/(审核|评审|审查)(意见)?(汇总)?表$/.test(key) && !/申报/.test(key)) return 'review';
  if (/项目(支出)?绩效目标/.test(key) || /绩效目标(申报|批复|审批)?表/.test(key)) return 'project';
  return undefined;
}

const titleKindMemo = memoText(titleKindUncached);

/**
 * The kind a sheet's name names (`部门整体`, `自评表`, `绩效监控`). Sheets are often named after their
 * project: one about monitoring (`视频监控系统运维`, `森林防火监控`) is no monitoring table.
 */
export function sheetKind(name: string): TableKind | undefined {
  const kind = titleKind(name);
  if (kind !== 'monitor') return kind;
  return /(绩效|运行|执行|目标)监控|监控(情况)?(表|报告)|执行情况|跟踪/.test(labelKey(name)) ? kind : undefined;
}

/**
 * The kind a title names that is not read as a title: a note after it (`…绩效目标表（2024年度）`,
 * `（调整）`) or its end cut off at the column's edge (`…部门整体支出绩效目`). For a cell standing alone
 * in its row above a table; undefined when the text names no kind or is no such title.
 */
export function looseTitleKind(text: string): TableKind | undefined {
  if (text.length < 6 || text.length > 80) return undefined;
  const whole = labelKey(text);
  const key = whole.replace(/\([^()]{1,12}\)$/, '');
  if (!/绩效/.test(key) || /[。；;，,]/.test(key)) return undefined;
  return titleNoteKind(whole) ?? titleKind(key);
}

/**
 * The project a project table's title names, when it names one: `2024年农村道路养护项目绩效目标表`
 * → `农村道路养护项目`, `1.2025年检察业务信息化运维项目-2025中央绩效目标表` → `检察业务信息化运维项目-2025中央`.
 * Generic titles (`项目支出绩效目标表`, `2025年度项目绩效目标申报表`, `某某局部门绩效目标表`) name none.
 */
export function projectOfTitle(text: string): string | undefined {
  if (text.length > 200 || titleKind(text) !== 'project') return undefined;
  // A batch or page note after the title: `（第二批）`, `(1)`.
  const bare = stripSpaces(text).replace(/[（(][^（）()]{0,8}[)）]$/, '');
  const m = /^(.*?)(?:支出)?(?:预算)?绩效目标(?:申报|批复|审批|审核)?表$/.exec(bare);
  if (!m) return undefined;
  let name = m[1].replace(/^(?:(?:附件|附表)[\d一二三四五六七八九十]*[:：、.．]?|[(（]?[\d一二三四五六七八九十]+[)）.．、])/, '');
  // The unit or place and the year in front (`龙山县2024年`, `2025年度`) are not the project's name.
  const year = /[12]\d{3}年度?/.exec(name);
  if (year && year.index <= 30) name = name.slice(year.index + year[0].length);
  name = name.replace(/^[-—:：、，,]+|[-—:：、，,]+$/g, '');
  // What is left must name something: not the generic words of a table title, nor a unit's own table.
  if (/(?:部门|单位|局|委|办|院|所|站|中心|政府)$/.test(name)) return undefined;
  const own = name.replace(/[12]\d{3}年度?|年度|本级|部门|单位|预算|项目|支出|专项|资金|绩效|重点|(?:中央|地方|[省市县区州旗])级?|[及和的—-]/g, '');
  return own.length >= 2 ? name : undefined;
}

/** How to fill a field in (a 填表说明's item): an instruction, not the field's value. */
const FILLING_NOTE_RE = /^(?:请|应|须|需|必须|如实)?(?:填写|填报|填列|填入|按.{1,12}填|根据.{1,12}填|依据.{1,12}填|参照.{1,12}填|是指|系指)|(?:填写|填列)[。.；;]?$/;

/**
 * Words that are a field's label only with its value after a colon in the same cell (`项目：农村道路养护`
 * over a form's grid): alone, `项目` heads a scoring sheet's or a list's column, and is no label.
 */
const INLINE_ONLY_PATTERNS: [RegExp, FieldLabel][] = [[/^项目$/, 'projectName']];

function inlineOnlyLabel(text: string): LabelInfo | undefined {
  const key = labelKey(text);
  const hit = INLINE_ONLY_PATTERNS.find(([re]) => re.test(key));
  return hit ? { field: hit[1] } : undefined;
}

/** Fields whose value may follow their label in the same cell. */
const INLINE_FIELDS: ReadonlySet<string> = new Set(['projectName', 'total', 'fiscal', 'other', 'carryOver', 'use', 'goals', 'unitName']);

/** A bare 金额 label with an amount after its colon: the 预算数, in the label's unit if it names one. */
function inlineAmount(info: LabelInfo, rest: string): LabelInfo | undefined {
  const text = rest.trim();
  if (text === '' || text.length > 32 || /[\r\n]/.test(text)) return undefined;
  if (readAmount({ at: { row: 0, col: 0 }, text, value: text }).kind !== 'ok') return undefined;
  return info.unit ? { field: 'total', unit: info.unit } : { field: 'total' };
}

/**
 * A label and its value in one cell, after a colon (`项目名称：农村道路养护`, `预算数：100万元`, the
 * way a Word form pasted into Excel often keeps them): the label and the value, or undefined.
 */
export function inlineLabel(text: string): { info: LabelInfo; value: string } | undefined {
  const m = /^(?:其中[:：]?)?([^:：\n]{2,16})[:：]/.exec(text);
  if (!m) return goalsBeforeText(text);
  let info = classifyLabel(m[1]) ?? inlineOnlyLabel(m[1]);
  if (!info?.field) return undefined;
  // `金额：100万元` beside the unit's name on a form's first row (湖南's 预算项目绩效目标申报表): a bare
  // 金额 heads a cost list's column, but with an amount after its colon in the same cell it is the
  // table's 预算数.
  if (info.field === 'amountHeader') info = inlineAmount(info, text.slice(m[0].length));
  if (!info?.field || !INLINE_FIELDS.has(info.field)) return undefined;
  // The value runs to the end of its line: a block of several `label：value` lines in one cell
  // is read for its first label only.
  const rest = text.slice(m[0].length);
  const end = rest.search(/[\r\n]/);
  const value = (end < 0 ? rest : rest.slice(0, end)).trim();
  // `项目名称：填写项目全称`, `1.预算数：按批复填列`: a 填表说明's item (how to fill the field in), not the field.
  return value === '' || FILLING_NOTE_RE.test(value) ? undefined : { info, value };
}

/**
 * The goals' label and their text in one cell with no colon (`绩效目标 通过项目实施，…`, the label on
 * its own line over the text, as a PDF's conversion leaves them): the goals, or undefined.
 */
function goalsBeforeText(text: string): { info: LabelInfo; value: string } | undefined {
  // One line break, then any white space (`[\r\n]+\s*` matched the same, and shared a run of
  // line breaks out between its two runs in every way: time growing with the square of the run).
  const m = /^\s*([^\s:：]{2,16})(?:[ \t\u3000]+|[ \t\u3000]*[\r\n]\s*)(\S[^]*)$/.exec(text) ?? /^\s*((?:项目|年度)*(?:总体|绩效)*目标)(?:为|是)(\S[^]*)$/.exec(text);
  if (!m) return undefined;
  const info = classifyLabel(m[1]);
  const value = m[2].trim();
  // `绩效目标是否明确`, `绩效目标 是否合理`: a review's question about the goals, not the goals.
  if (/^(是否|能否|是不是|与|和|及)/.test(value) || /^\s*\S+(?:是否|能否)/.test(text)) return undefined;
  return info?.field === 'goals' && value.length >= 4 ? { info, value } : undefined;
}

/** A table title: `1.2025年…绩效目标表`, `项目支出绩效目标申报表`. */
export function isTitleText(text: string): boolean {
  if (text.length < 4 || text.length > 200) return false;
  // `绩效目标：完成培训500人次` (a PDF's label and value in one cell) is the goals, not a title.
  if (/^\s*(?:项目支出|部门整体支出)?绩效(?:自评|监控|目标)\s*[:：]/.test(text)) return false;
  // A sentence that starts with the words (`绩效目标 通过项目实施，…`, `绩效目标为…`, the label over
  // its text on a second line) is the goals, not a title: a title ends in its table's name.
  if (/^\s*(?:项目支出|部门整体支出)?绩效(?:自评|监控|目标)(?:\s+|为|是)\S/.test(text) && !/表\s*$/.test(text)) return false;
  if (/^\s*(?:项目支出|部门整体支出)?绩效(?:自评|监控|目标)/.test(text) && /[，。；,;]/.test(text) && !/表\s*(?:[(（][^()（）]{0,12}[)）])?\s*$/.test(text)) return false;
  // A stage or year in brackets after the title (`预算项目绩效信息表（预算编制阶段）`) is the title's.
  // A list's title (`2024年项目支出绩效目标汇总表`, `…一览表`) is a title as its table's name is.
  const key = labelKey(text).replace(/表\([^()]{1,12}\)$/, '表').replace(/(?:汇总|一览)表$/, '表');
  // An indicator library's title (`共性绩效指标体系`, `通用共性指标库示例`, `核心绩效指标表模板`) ends in
  // its kind's word: `共性指标` alone is a group row of some forms (共性指标 / 个性指标), no title.
  if (LIBRARY_TITLE_RE.test(key) && /(库|体系|目录|框架|模板|示例)(表)?(\([^()]{0,12}\))?$/.test(key)) return true;
  // `项目申报表（绩效部分）`: 湖北's project form, its performance part.
  return /绩效信息表$/.test(key) || /^项目(支出)?(申报|批复|审批)表$/.test(key) || /绩效目标(申报|批复|审批|审核|自评)?表$/.test(key) || /目标表$/.test(key) || /(自评|监控|评分|得分|评价|评价结果|评价指标|跟踪|执行情况|完成情况|评估|调整|变更|审核|评审)(申请|意见)?表$/.test(key) || /评价指标体系$/.test(key) || /^(项目支出|部门整体支出)?绩效(自评|监控|目标)/.test(key);
}


export type ColumnContent = 'sign' | 'direction' | 'nature' | 'other' | 'empty';

/** What a data cell of an ambiguous column holds. */
export function columnContentOf(text: string): ColumnContent {
  return columnContentOfMemo(text);
}

function columnContentOfUncached(text: string): ColumnContent {
  const key = labelKey(text);
  if (key === '') return 'empty';
  if (parseSign(key) || repeatedSign(key)) return 'sign';
  if (DIRECTION_WORDS[key]) return 'direction';
  if (NATURE_WORDS[key]) return 'nature';
  return 'other';
}

const columnContentOfMemo = memoText(columnContentOfUncached);
