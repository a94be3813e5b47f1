/**
 * The vocabulary of target tables, in one place: how signs are written (symbols, digraphs, words,
 * trailing words), 正向/反向 and 定性/定量, placeholders, units, weight suffixes and the other
 * spellings of indicator level names. The parser, the locator, the taxonomy and the rules read
 * their words from here, so a spelling seen in a new system is added once.
 */
import type { Sign, UnitClass } from '../model';
import { toHalfWidth } from './text';
import { memoText } from './memo';

// ---------------------------------------------------------------------------------------------
// Periods

/** Which goal, column group or value a word names: the budget year's (年度) or the whole period's (中长期). */
export type Period = 'annual' | 'longTerm';

/** Words for the budget year, in labels (`年度指标值`), remarks (`二级指标(本年)`) and sub-headers (`全年`). */
export const ANNUAL_WORDS: readonly string[] = ['年度', '本年度', '本年', '当年', '全年'];

/** Words for the project's whole period (`中长期目标`, `实施期指标值`, `中期`). */
export const LONG_TERM_WORDS: readonly string[] = ['中长期', '长期', '实施期', '实施周期', '中期'];

/**
 * The period a text names, from the two lists above: `only` a period word (`年度`, `项目中长期`),
 * a text `leading` with one (`年度预算数`), or one `anywhere` in it (`二级指标(年度)`). Where a text
 * holds words of both (`中长期（含年度）`), the long-term one: the annual word is then a part of it.
 * The callers give a label's key (labelKey: no spaces, half-width brackets).
 */
export function periodIn(key: string, where: 'only' | 'leading' | 'anywhere'): Period | undefined {
  const text = where !== 'anywhere' && key.startsWith('项目') ? key.slice(2) : key;
  const names = (words: readonly string[]): boolean =>
    where === 'only' ? words.includes(text) : where === 'leading' ? words.some((w) => text.startsWith(w)) : words.some((w) => text.includes(w));
  if (names(LONG_TERM_WORDS)) return 'longTerm';
  if (names(ANNUAL_WORDS)) return 'annual';
  return undefined;
}

/**
 * Words saying a service is open or running (`图书馆开放时间`, `24小时开放`, `热线在线时长`): the time
 * they go with is how long it is available, a floor, never a time taken (a ceiling).
 */
export const AVAILABILITY_WORDS: readonly string[] = ['开放', '开通', '在线', '值守', '值班', '营业', '可用', '运行'];

/**
 * More such words, read only right after a time in a value (`24小时畅通`, `全天不间断`): in a 三级
 * name they may mean the time to restore a service (`道路畅通时间`, a ceiling).
 */
export const AVAILABILITY_AFTER_TIME_WORDS: readonly string[] = [...AVAILABILITY_WORDS, '运转', '不间断', '畅通'];

// ---------------------------------------------------------------------------------------------
// Signs

export const SYMBOLS: Readonly<Record<string, Sign>> = {
  '≥': '≥',
  '≧': '≥',
  '⩾': '≥',
  // 不小于 / 不大于 as one symbol, as Chinese engineering texts write them.
  '≮': '≥',
  '≤': '≤',
  '≦': '≤',
  '⩽': '≤',
  '≯': '≤',
  '＝': '＝',
  '=': '＝',
  // The box-drawing double line some systems' exports print for ＝ (云南's sign column).
  '═': '＝',
  '＞': '＞',
  '>': '＞',
  '＜': '＜',
  '<': '＜',
};

/**
 * A currency mark before an amount (`¥26.5万元`, `￥265000`, `人民币300万元`, `RMB5万元`): the amount
 * reads the same without it (its unit, or 元 when none is written, says the currency).
 */
export const CURRENCY_MARK_RE = /[¥￥]|人民币|RMB/i;
/** CURRENCY_MARK_RE at the start of a text. */
export const CURRENCY_PREFIX_RE = new RegExp(`^(?:${CURRENCY_MARK_RE.source})`, 'i');

/**
 * A money source's name written before its amount in the amount cell, on a half-width text
 * (`中央衔接推进乡村振兴补助资金(少数民族发展任务)50`, `少数民族发展资金37万元`, 广东's
 * `一般公共预算安排77300万元`): the amount reads the same without it. Only right before a digit.
 */
export const FUND_NAME_PREFIX_RE = /^[\u4e00-\u9fff]{1,40}?(?:资金|拨款|补助|经费|债券|基金|预算安排)(?:\([^()]{1,30}\))?(?=\d)/;

/**
 * Symbols read as signs that are not the standard ones (SPEC §4: `≥ ≤ ＝ = ＞ ＜ > <`): `≧`/`≦` as
 * a Japanese keyboard types them, the slanted `⩾`/`⩽`, `≮`/`≯`, the box-drawing `═`. Same meaning; the standard
 * symbol is suggested (a note, as for other glyph variants such as full-width digits).
 */
export const VARIANT_SYMBOLS: ReadonlySet<string> = new Set(Object.keys(SYMBOLS).filter((c) => !'≥≤＝=＞＜><'.includes(c)));

/** Chinese digits as indicator values and everyday amounts write them (`十二`, `一百零五`, `两`). */
export const CN_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** Their multipliers below 万. */
export const CN_MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
/** The capitals of financial documents (`壹拾万零伍仟元`), traditional forms included, and their multipliers. */
export const CN_CAPITAL_DIGITS: Readonly<Record<string, number>> = { 壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9 };
export const CN_CAPITAL_MULTIPLIERS: Readonly<Record<string, number>> = { 拾: 10, 佰: 100, 仟: 1000 };
/** The decimal point of a numeral in words (`二十六点五`). */
export const CN_POINT = '点';

/**
 * The digits written after a numeral's 点 (`五` → `5`, `零五` → `05`) through a table of digits
 * (CN_DIGITS, or with the capitals), or undefined when none is written or one is no digit.
 */
export function cnDecimalDigits(text: string, digits: Readonly<Record<string, number>>): string | undefined {
  if (text === '') return undefined;
  let out = '';
  for (const c of text) {
    const d = digits[c];
    if (d === undefined) return undefined;
    out += String(d);
  }
  return out;
}

/** Two-character ASCII forms, compared after folding full width (`＞＝` is `>=`). */
export const DIGRAPHS: Readonly<Record<string, Sign>> = { '>=': '≥', '=>': '≥', '<=': '≤', '=<': '≤' };

/** Signs in words. Longest match wins, so `不超过` is not read as `超过`. */
export const WORDS: Readonly<Record<string, Sign>> = {
  大于等于: '≥',
  大于或等于: '≥',
  高于等于: '≥',
  高于或等于: '≥',
  不小于: '≥',
  不低于: '≥',
  不少于: '≥',
  至少: '≥',
  最少: '≥',
  达到: '≥',
  小于等于: '≤',
  小于或等于: '≤',
  低于等于: '≤',
  低于或等于: '≤',
  不大于: '≤',
  不高于: '≤',
  不超过: '≤',
  不多于: '≤',
  最多: '≤',
  至多: '≤',
  控制在: '≤',
  等于: '＝',
  大于: '＞',
  高于: '＞',
  超过: '＞',
  多于: '＞',
  小于: '＜',
  低于: '＜',
  少于: '＜',
  不足: '＜',
};

/**
 * Words after the value that state its direction (`98%以上`, `3个工作日内`), longest first.
 * `needsUnit`: only a sign when it follows a unit (`内` alone after a number means nothing).
 */
export const TRAILING: readonly { text: string; sign: Sign; needsUnit: boolean }[] = [
  { text: '及以上', sign: '≥', needsUnit: false },
  { text: '或以上', sign: '≥', needsUnit: false },
  { text: '以上', sign: '≥', needsUnit: false },
  { text: '及以下', sign: '≤', needsUnit: false },
  { text: '或以下', sign: '≤', needsUnit: false },
  { text: '以下', sign: '≤', needsUnit: false },
  { text: '以内', sign: '≤', needsUnit: false },
  { text: '之内', sign: '≤', needsUnit: true },
  { text: '内', sign: '≤', needsUnit: true },
];

/** The words for a sign, for a split layout whose sign column is written in words. */
export const SIGN_WORDS: Readonly<Record<Sign, string>> = {
  '≥': '大于等于',
  '≤': '小于等于',
  '＝': '等于',
  '＞': '大于',
  '＜': '小于',
};

/** 正向/反向 as a split layout's direction column writes them. */
export const DIRECTION_WORDS: Readonly<Record<string, 'positive' | 'negative' | 'neutral'>> = {
  正向: 'positive',
  正向指标: 'positive',
  反向: 'negative',
  反向指标: 'negative',
  中性: 'neutral',
  中性指标: 'neutral',
};

/** 定性/定量 as a nature column writes them. */
export const NATURE_WORDS: Readonly<Record<string, 'qualitative' | 'quantitative'>> = {
  定性: 'qualitative',
  定性指标: 'qualitative',
  定量: 'quantitative',
  定量指标: 'quantitative',
};

// ---------------------------------------------------------------------------------------------
// Placeholders

export const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set([
  '无',
  '暂无',
  '待定',
  '未定',
  '待填',
  '待填写',
  '待补充',
  '待确定',
  // 暂不确定: a value source a budget system offers in its own list beside 定量 and 定性 (the pmkpi
  // system's KPIVALSOURCE, added for 合肥; test/fixtures/census/systems40.tsv), no target.
  '暂不确定',
  '不确定',
  '暂未确定',
  '尚未确定',
  '略',
  '空',
  '见附件',
  'n/a',
  'na',
  'null',
  'none',
  'tbd',
  '#n/a',
  '?',
  '??',
  '???',
]);

export const PLACEHOLDER_PREFIXES = ['请输入', '请填写', '请选择', '在此输入', '此处填写'];

/**
 * A template's numbered indicator slot (`指标1：`, `指标２`, `指标一`), the ministry form's rows
 * under each 二级 before they are filled: a 三级 not yet written, never a field's label.
 */
export const INDICATOR_SLOT_RE = /^指标\s*(?:[\d０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*[:：]?$/;

/** The form's row marker `……` (or `…`, `...`) under a 二级: more rows may go here. */
const ELLIPSIS_SLOT_RE = /^[…．.。]+$/;

/** A 三级 cell that holds only a template's slot (`指标2：`, `……`): no indicator written yet. */
export function isIndicatorSlot(text: string): boolean {
  const t = text.trim();
  return INDICATOR_SLOT_RE.test(t) || ELLIPSIS_SLOT_RE.test(t);
}

// ---------------------------------------------------------------------------------------------
// Units

/** A canonical unit, its class and its other spellings (all mapped to the canonical one). */
export interface UnitDef {
  unit: string;
  cls: UnitClass;
  aliases?: readonly string[];
}

export const UNITS: readonly UnitDef[] = [
  // `百分之`/`百分比` are accepted as spellings of `%` (the parser still reports `百分之` after a
  // number as malformed; a split layout's unit column legitimately says `百分比`).
  { unit: '%', cls: 'percent', aliases: ['％', '百分之', '百分比', '百分'] },
  { unit: '个百分点', cls: 'percent', aliases: ['百分点'] },

  // `26.5万元整`, `265000元人民币`: the formal way of writing an amount, the same unit.
  { unit: '元', cls: 'money', aliases: ['人民币元', '元整', '元人民币'] },
  { unit: '千元', cls: 'money' },
  { unit: '万元', cls: 'money', aliases: ['万', '万元整', '万元人民币'] },
  { unit: '百万元', cls: 'money' },
  { unit: '亿元', cls: 'money', aliases: ['亿', '亿元整', '亿元人民币'] },

  { unit: '秒', cls: 'time', aliases: ['秒钟'] },
  { unit: '分钟', cls: 'time' },
  { unit: '小时', cls: 'time', aliases: ['个小时', 'h'] },
  { unit: '天', cls: 'time' },
  { unit: '日', cls: 'time' },
  { unit: '工作日', cls: 'time' },
  { unit: '个工作日', cls: 'time' },
  { unit: '自然日', cls: 'time' },
  { unit: '周', cls: 'time' },
  { unit: '个周', cls: 'time' },
  { unit: '星期', cls: 'time' },
  { unit: '个星期', cls: 'time' },
  { unit: '月', cls: 'time' },
  { unit: '个月', cls: 'time' },
  { unit: '季度', cls: 'time' },
  { unit: '个季度', cls: 'time' },
  { unit: '年', cls: 'time' },
  { unit: '周年', cls: 'time' },
  { unit: '学时', cls: 'time' },
  { unit: '课时', cls: 'time' },

  ...[
    '次', '人次', '万人次', '个', '份', '万份', '台', '辆', '人', '万人', '名', '位', '户', '万户', '件', '万件',
    '点', '点位', '个点位', '批次', '批', '门', '套', '台套', '项', '场', '场次', '篇', '期', '家', '所', '座', '处',
    '条', '本', '册', '万册', '部', '张', '间', '组', '类', '种', '只', '头', '株', '棵', '把', '块', '幅', '集', '节',
    '课', '堂', '轮', '届', '支', '队', '根', '盏', '片', '卷', '宗', '起', '单', '笔', '例', '床', '箱', '袋', '瓶',
    '盒', '枚', '对', '副', '双', '架', '艘', '列', '路', '个次', '份次', '人天', '班', '班次', '栋', '幢', '所次',
    '户次', '件次', '台次', '车次', '架次', '站', '个站点', '站点', '平台', '系统', '个系统', '模块', '个模块',
    // values40 (real): 原州区 马铃薯种薯 2022 `550万粒` (seed potatoes by the grain); 国家林业局's
    // 填写样例 `2000 种次` (pests by species and report); a 2021 增殖放流 plan's `不少于350万尾` (fry by
    // the tail). Unknown, unsigned ones were text: no sign found, and `550万` read as 万元 with a word
    // after it (the fix offered `≥550万元`).
    '粒', '种次', '尾',
    // Counts of 农业农村 and 水利 tables (issue #11, left open by values40): poultry by the 羽 (`免疫家禽
    // 5万羽`), horses by the 匹, immunisations by the head and time (`头次`, `只次`, `羽次`); wells and
    // ponds by the 口 (`新打机井10口`), wells and springs by the 眼, bridge spans and kilns by the 孔.
    // Unknown, they were text (`5万羽` had no sign asked for) or a malformed unit after a sign.
    '羽', '匹', '头次', '只次', '羽次', '口', '眼', '孔',
  ].map((unit): UnitDef => ({ unit, cls: 'count' })),

  { unit: '分', cls: 'score' },
  { unit: '级', cls: 'score' },
  { unit: '星', cls: 'score' },
  { unit: '星级', cls: 'score' },

  { unit: '平方米', cls: 'other', aliases: ['㎡', 'm²', 'm2', '平米'] },
  { unit: '万平方米', cls: 'other' },
  { unit: '平方公里', cls: 'other', aliases: ['km²', 'km2'] },
  { unit: '公顷', cls: 'other' },
  { unit: '亩', cls: 'other' },
  { unit: '万亩', cls: 'other' },
  // An area worked so many times (`病虫害统防统治 1000亩次`): an area, counted per pass.
  { unit: '亩次', cls: 'other' },
  { unit: '公里', cls: 'other', aliases: ['千米', 'km'] },
  { unit: '米', cls: 'other', aliases: ['m'] },
  { unit: '厘米', cls: 'other', aliases: ['cm'] },
  { unit: '立方米', cls: 'other', aliases: ['m³', 'm3', '方'] },
  { unit: '万立方米', cls: 'other' },
  { unit: '吨', cls: 'other', aliases: ['t'] },
  { unit: '万吨', cls: 'other' },
  { unit: '千克', cls: 'other', aliases: ['公斤', 'kg'] },
  { unit: '克', cls: 'other', aliases: ['g'] },
  { unit: '升', cls: 'other', aliases: ['L'] },
  { unit: '千瓦', cls: 'other', aliases: ['kW'] },
  { unit: '千瓦时', cls: 'other', aliases: ['kWh'] },
  // `度` is kWh on an electricity bill but degrees on 抗震设防烈度 `≥7度`, 温度, 坡度: its own unit,
  // kept as written (a suggestion `≥7千瓦时` on an earthquake intensity would be wrong).
  { unit: '度', cls: 'other' },
  // A return period: 防洪标准 `≥20年一遇` (not 20 years).
  { unit: '年一遇', cls: 'other' },
  { unit: '兆瓦', cls: 'other', aliases: ['MW'] },
  { unit: 'GB', cls: 'other', aliases: ['G'] },
  { unit: 'TB', cls: 'other' },
  { unit: 'MB', cls: 'other' },
  // A bare capital `M`, `T` or `兆` is read several ways in published tables: `80M` is metres on a
  // 射程 and `100M` / `100兆` a bandwidth (Mbps, not MB); `300T` is tonnes of refuse as often as
  // terabytes of storage. Each is its own unit, kept as written (like `度`): a suggestion `≥80MB` on
  // a range was wrong.
  { unit: 'M', cls: 'other' },
  { unit: 'T', cls: 'other' },
  { unit: '兆', cls: 'other' },
  { unit: 'Mbps', cls: 'other', aliases: ['M/s', '兆/秒'] },
  { unit: '字', cls: 'other' },
  { unit: '万字', cls: 'other' },
  { unit: '页', cls: 'other' },
  { unit: '倍', cls: 'other' },
  { unit: '‰', cls: 'other' },
  { unit: '℃', cls: 'other' },
];

// ---------------------------------------------------------------------------------------------
// Weights and level names

/**
 * A weight or score band written after a 一级 name, compared on the name's key (no spaces, half
 * width): `产出指标(50分)`, `(50)`, `【50分】`, `50分`, a band `(0-20)分` / `(40-50)分`.
 * Group 1 is a single weight; groups 2–3 a band (no single weight).
 */
export const WEIGHT_SUFFIX_RE = /(?:[([【](\d+(?:\.\d+)?)分?[)\]】]分?|(\d+(?:\.\d+)?)分|[([【](\d+(?:\.\d+)?)[-~～—–](\d+(?:\.\d+)?)分?[)\]】]分?)$/;

/** A bare number right after a level name (`产出指标50`, from `产出指标 50`). */
export const BARE_WEIGHT_RE = /指标(\d+(?:\.\d+)?)$/;

/**
 * 一级 names of local templates, by key, and the standard name they stand for (Sichuan's
 * 项目完成指标/项目效益指标, Dongguan's 预期产出指标/效果指标).
 */
export const LEVEL1_ALIASES: Readonly<Record<string, string>> = {
  项目完成指标: '产出指标',
  项目完成: '产出指标',
  预期产出指标: '产出指标',
  预期产出: '产出指标',
  产出目标: '产出指标',
  项目效益指标: '效益指标',
  项目效益: '效益指标',
  效果指标: '效益指标',
  预期效果指标: '效益指标',
  效益目标: '效益指标',
  社会公众或服务对象满意度指标: '满意度指标',
  服务对象满意度指标: '满意度指标',
  满意度目标: '满意度指标',
  成本目标: '成本指标',
  项目产出指标: '产出指标',
  // `产出类指标`: the class of indicators, as some templates head them.
  产出类指标: '产出指标',
  效益类指标: '效益指标',
  满意度类指标: '满意度指标',
  成本类指标: '成本指标',
};

/**
 * 二级 names of the older local 范本 of project target tables (2015-era municipal forms, e.g. 黑龙江
 * 大庆's and 山西 阳泉's, issue #11), each with the 一级 it sits under there. They are no other
 * spelling of a scheme's 二级: 目标完成程度 holds quantity, quality, time and cost rows at once, so it
 * is not mapped to one of them. A table using them is checked by its own 范本's names (an info says
 * so) instead of each row being reported as an unknown 二级. 项目管理's place differs between forms.
 */
export const OLDER_TEMPLATE_LEVEL2: Readonly<Record<string, readonly string[]>> = {
  目标完成程度: ['产出指标'],
  项目实施效益: ['效益指标'],
  项目管理: ['产出指标', '效益指标'],
};

/** Other spellings of 二级 names, by key, beyond "with or without the trailing 指标". */
export const LEVEL2_ALIASES: Readonly<Record<string, string>> = {
  社会公众或服务对象满意度指标: '服务对象满意度指标',
  社会公众或服务对象满意度: '服务对象满意度指标',
  满意度指标: '服务对象满意度指标',
  满意度: '服务对象满意度指标',
  受益对象满意度指标: '服务对象满意度指标',
  群众满意度指标: '服务对象满意度指标',
  生态环境效益指标: '生态效益指标',
  生态环境效益: '生态效益指标',
  建筑规模指标: '数量指标',
  工期指标: '时效指标',
  形象进度指标: '时效指标',
  预算控制指标: '成本指标',
  投资规模控制指标: '成本指标',
  预算或投资规模控制指标: '成本指标',
  成本控制指标: '成本指标',
  '社会、经济、生态效益指标': '社会效益指标',
  '经济、社会、生态效益指标': '社会效益指标',
  经济成本: '经济成本指标',
  社会成本: '社会成本指标',
  生态环境成本: '生态环境成本指标',
  // Spellings of local templates: the same 二级 by another plain name.
  社会公众满意度指标: '服务对象满意度指标',
  社会公众满意度: '服务对象满意度指标',
  公众满意度指标: '服务对象满意度指标',
  公众满意度: '服务对象满意度指标',
  环境效益指标: '生态效益指标',
  环境效益: '生态效益指标',
  可持续发展指标: '可持续影响指标',
  可持续发展: '可持续影响指标',
  进度指标: '时效指标',
  时间指标: '时效指标',
  时限指标: '时效指标',
  生态成本指标: '生态环境成本指标',
  生态成本: '生态环境成本指标',
  环境成本指标: '生态环境成本指标',
  环境成本: '生态环境成本指标',
  // The satisfaction of those served, by whom they are; a 二级 named after its 一级 (产出数量).
  受益群众满意度指标: '服务对象满意度指标',
  服务群众满意度指标: '服务对象满意度指标',
  受益人满意度指标: '服务对象满意度指标',
  受益对象满意程度: '服务对象满意度指标',
  工作量指标: '数量指标',
  实物量指标: '数量指标',
  长期影响指标: '可持续影响指标',
  长效影响指标: '可持续影响指标',
  可持续影响力指标: '可持续影响指标',
  产出数量指标: '数量指标',
  产出质量指标: '质量指标',
  产出时效指标: '时效指标',
  产出成本指标: '成本指标',
  // The same 二级 in words local templates use (时效性, 项目成本, 服务满意度).
  时效性指标: '时效指标',
  及时性指标: '时效指标',
  工作质量指标: '质量指标',
  项目成本指标: '成本指标',
  服务满意度指标: '服务对象满意度指标',
};

// ---------------------------------------------------------------------------------------------
// Fillers and dates

/** `-`, `/`, `—`, `…`: a cell that says "nothing here" (a system's empty unit column). */
export function isFiller(text: string): boolean {
  return isFillerMemo(text);
}

/**
 * isFiller worked out once per text: the locator asks it of every indicator row's value and sign
 * and value/split-contradiction of every split row's sign and unit, the same few texts over and
 * over (no copy without spaces made and no pattern tried per row).
 */
const isFillerMemo = memoText((text: string): boolean => {
  const s = text.replace(/\s+/g, '');
  return s.length > 0 && s.length <= 3 && /^[-—–－/／\\…_.~～]+$/.test(s);
});

/**
 * A unit column that says "no unit": a filler, or 无 (湖南 预算一体化 writes 度量单位 无 beside a
 * 定性 value such as 保障). Only for the unit column: 无 as a target value is a placeholder.
 */
export function isNoUnit(text: string): boolean {
  return isNoUnitMemo(text);
}

/** isNoUnit once per text: every split row's unit cell is asked, by the locator and by a rule. */
const isNoUnitMemo = memoText((text: string): boolean => isFiller(text) || text.replace(/\s+/g, '') === '无');

/** A date or a deadline written out: `2023年12月31日`, `2025年12月底前`, `2023.07-2024.01`, `2025.12.31前`, `≤2025.12.31`, `12月底`, `第四季度`. */
export function isDateText(text: string): boolean {
  // A deadline may carry its sign: `≤2025.12.31`, `<=2025-12-31`, `不晚于2025.12.31`; a period its
  // end without the year (`2021.1.1-12.31`).
  const s = text.replace(/\s+/g, '').replace(/^(?:[≤<＜≦⩽]=?|＜＝|不晚于|不迟于)/, '');
  if (s.length > 40) return false;
  return /\d{1,4}\s*(年|月|日|号)/.test(s) || /^\d{4}[.\-/]\d{1,2}([.\-/]\d{1,2})?([-—~～至到](\d{4}[.\-/])?\d{1,2}([.\-/]\d{1,2})?)?(前|之前|以前|止|完成)?$/.test(s) || /(月底|年底|年末|月末|季度末|上半年|下半年)/.test(s) || /^(\d{4}年)?(第?[一二三四1-4]季度)(前|内|末|底|之前|以前|完成)?$/.test(s);
}

/**
 * A value that names a point or span on the calendar, not a quantity: `2025.12.31`, `2025年`,
 * `1-12月`, `2025年3月-6月`, `12月`. Its digits are a date (a deadline or a period), never a
 * number of years or months to put a sign before.
 */
export function isCalendarValue(text: string): boolean {
  const s = toHalfWidth(text.replace(/\s+/g, ''));
  if (s.length > 24) return false;
  const month = (m: string | undefined) => m === undefined || (Number(m) >= 1 && Number(m) <= 12);
  let m = /^((?:19|20)\d{2})[.．](\d{1,2})[.．](\d{1,2})日?(前|之前|以前)?$/.exec(s);
  if (m) return month(m[2]) && Number(m[3]) >= 1 && Number(m[3]) <= 31;
  // `2025年`, `2025年内` (within the year), `2026年前`: a year on the calendar, not 2025 years.
  if (/^(19|20)\d{2}年度?(内|以内|之内|前|之前|以前)?$/.test(s)) return true;
  // A quarter by its name (`一季度`, `2025年第四季度前`): a time of year, not "1 quarter".
  if (/^(?:(?:19|20)\d{2}年)?(?:第[一二三四1-4]|[一二三四])季度(?:前|内|末|底|之前|以前)?$/.test(s)) return true;
  m = /^(?:(?:19|20)\d{2}年)?(\d{1,2})月?(?:份)?[-—–~～至到](?:(?:19|20)\d{2}年)?(\d{1,2})月份?$/.exec(s);
  if (m) return month(m[1]) && month(m[2]) && Number(m[1]) <= Number(m[2]);
  m = /^(\d{1,2})月份?$/.exec(s);
  return m !== null && month(m[1]);
}

/**
 * Words before a target's number that say what it counts, not how it compares: `各1次` (each of the
 * reports named), `每年2次`, `累计200亩`, `共5个`, `全年12期`. Group 1 is the lead a fix keeps before the
 * sign (`各≥1次`). `约100人` (about) stays text: no target, not a count missing its sign. Longer words
 * first (`共计` before `共`): what follows the lead must start a number, a Chinese numeral (`各一次`)
 * or a sign (LEAD_NEXT_RE, or value.ts's Chinese-numeral test), which value.ts checks.
 */
export const QUANTITY_LEAD_RE = /^(共计|合计|总计|累计|全年累计|全年共?|年均|各|共|每(?:年度?|半年|季度?|月|周|日|天|期|批)各?)/;

/** A character a count after QUANTITY_LEAD_RE's word may start with (a digit or a sign). */
export const LEAD_NEXT_RE = /^[0-9０-９≥≤＞＜><=＝]/;

// ---------------------------------------------------------------------------------------------
// Compound units

/** Nouns a rate may be per (`780元/生/年`, `元/村`) that are no units of their own. */
export const PER_NOUNS: ReadonlySet<string> = new Set(['生', '学生', '床', '床位', '村', '校', '车', '座', '亩', '宗', '案', '班级', '项目', '工日']);

/**
 * Compound units written the wrong way round or with a slash where none belongs, and their standard
 * form; and a count's name written as its unit (`≥200人数`, `≥5次数`: the unit is 人, 次), for every
 * count unit of the table above.
 */
export const NONSTANDARD_UNITS: Readonly<Record<string, string>> = {
  '人/次': '人次',
  '户/次': '户次',
  '件/次': '件次',
  '台/次': '台次',
  '车/次': '车次',
  '人/天': '人天',
  ...Object.fromEntries(UNITS.filter((u) => u.cls === 'count').map((u) => [`${u.unit}数`, u.unit])),
};

/**
 * Latin letters typed for 万 or 千 between a number and its unit (`≥1.5w人次`, `≥3k人`, `≤50w元`): the
 * multiplier each stands for. Understood, but no other reader takes them so: the standard form is
 * suggested (`≥1.5万人次`, `≥3000人`).
 */
export const LETTER_MULTIPLIERS: Readonly<Record<string, 1e4 | 1e3>> = { w: 1e4, W: 1e4, k: 1e3, K: 1e3 };

/** Abbreviations typed for a unit (`≥95pct`), and the unit meant. */
export const ABBREVIATED_UNITS: Readonly<Record<string, string>> = { pct: '%' };

/**
 * A ratio as a target (`1:1`, `≥1：3`, `不低于1:0.5`): a measurable value with no unit of its own
 * (配套比例, 师生比).
 */
export function isRatioText(text: string): boolean {
  const s = toHalfWidth(text.replace(/\s+/g, ''));
  if (s.length > 24) return false;
  return /^(?:≥|≤|=|＝|>=|<=|>|<|不低于|不少于|不高于|不超过|达到)?\d+(?:\.\d+)?[:∶]\d+(?:\.\d+)?(?:以上|以下|以内)?$/.test(s);
}

/**
 * The 二级 where nothing may be expected — 社会成本 and 生态环境成本 (the 2021 guidance allows 0 or
 * none), a benefit the project does not have — and the words that say so (`无`, `/`, `-`, `0`).
 */
export const NOT_APPLICABLE_LEVEL2: ReadonlySet<string> = new Set(['社会成本指标', '生态环境成本指标', '经济效益指标', '生态效益指标', '可持续影响指标']);
export const NONE_RE = /^(无|暂无|不适用|不涉及|\/|／|-|—+|－|0)$/;
