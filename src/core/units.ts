/**
 * The unit vocabulary of indicator values (SPEC §4): every unit seen in published tables, its
 * canonical spelling and the kind of quantity it measures. Rules compare units by class (a
 * satisfaction must be a percentage, a cost money, a deadline a time), so the class matters more
 * than the exact unit.
 */
import type { UnitClass } from './model';
import { stripSpaces, toHalfWidth } from './text';

/** A canonical unit, its class and its other spellings (all mapped to the canonical one). */
interface UnitDef {
  unit: string;
  cls: UnitClass;
  aliases?: readonly string[];
}

const UNITS: readonly UnitDef[] = [
  // `百分之`/`百分比` are accepted as spellings of `%` (the parser still reports `百分之` after a
  // number as malformed; a split layout's unit column legitimately says `百分比`).
  { unit: '%', cls: 'percent', aliases: ['％', '百分之', '百分比', '百分'] },
  { unit: '个百分点', cls: 'percent', aliases: ['百分点'] },

  { unit: '元', cls: 'money', aliases: ['人民币元'] },
  { unit: '千元', cls: 'money' },
  { unit: '万元', cls: 'money', aliases: ['万'] },
  { unit: '百万元', cls: 'money' },
  { unit: '亿元', cls: 'money', aliases: ['亿'] },

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
  { unit: '千瓦时', cls: 'other', aliases: ['kWh', '度'] },
  { unit: '兆瓦', cls: 'other', aliases: ['MW'] },
  { unit: 'GB', cls: 'other', aliases: ['G'] },
  { unit: 'TB', cls: 'other', aliases: ['T'] },
  { unit: 'MB', cls: 'other', aliases: ['M', '兆'] },
  { unit: 'Mbps', cls: 'other', aliases: ['M/s', '兆/秒'] },
  { unit: '字', cls: 'other' },
  { unit: '万字', cls: 'other' },
  { unit: '页', cls: 'other' },
  { unit: '倍', cls: 'other' },
  { unit: '‰', cls: 'other' },
  { unit: '℃', cls: 'other' },
];

/** Spelling (exact) -> canonical unit; ASCII spellings also by lower case. */
const SPELLINGS = new Map<string, string>();
const LOWER_SPELLINGS = new Map<string, string>();
const CLASS_OF = new Map<string, UnitClass>();
for (const def of UNITS) {
  CLASS_OF.set(def.unit, def.cls);
  for (const spelling of [def.unit, ...(def.aliases ?? [])]) {
    SPELLINGS.set(spelling, def.unit);
    if (/^[\x20-\x7e²³]+$/.test(spelling) && !LOWER_SPELLINGS.has(spelling.toLowerCase())) {
      LOWER_SPELLINGS.set(spelling.toLowerCase(), def.unit);
    }
  }
}
/** The longest spelling, to bound the longest-match scan. */
const MAX_SPELLING = Math.max(...[...SPELLINGS.keys()].map((s) => s.length));

/** Money units in 元: a 万元 is 10^4 元, an 亿元 10^8. */
export const MONEY_FACTORS: Readonly<Record<string, number>> = { 元: 1, 千元: 1e3, 万元: 1e4, 百万元: 1e6, 亿元: 1e8 };

/** Factor of a money unit in 元 (any spelling: `万` is 10^4), or undefined for other units. */
export function moneyFactor(unit: string): number | undefined {
  const c = canonicalUnit(unit);
  return c === undefined ? undefined : MONEY_FACTORS[c];
}

function lookup(s: string): string | undefined {
  return SPELLINGS.get(s) ?? LOWER_SPELLINGS.get(s.toLowerCase());
}

/** Cleans a unit as written: no spaces, full-width forms folded (`％` -> `%`, `ＫＧ` -> `KG`). */
function cleanUnit(text: string): string {
  return toHalfWidth(stripSpaces(text));
}

/**
 * The canonical spelling of a known unit (`％` -> `%`, `万` -> `万元`, `公斤` -> `千克`, `次/年`),
 * or undefined when the text is not a known unit. A rate per period (`次/年`, `元/人`) is known
 * when both of its parts are.
 */
export function canonicalUnit(text: string): string | undefined {
  const s = cleanUnit(text);
  if (s === '' || s.length > 4 * MAX_SPELLING) return undefined;
  const direct = lookup(s);
  if (direct !== undefined) return direct;
  const slash = s.indexOf('/');
  if (slash > 0 && slash < s.length - 1) {
    const a = lookup(s.slice(0, slash));
    const b = lookup(s.slice(slash + 1));
    if (a !== undefined && b !== undefined) return `${a}/${b}`;
  }
  return undefined;
}

/** The canonical spelling of a known unit, else the unit as written without spaces. */
export function normalizeUnit(text: string): string {
  return canonicalUnit(text) ?? stripSpaces(text);
}

/**
 * The class of a unit (any spelling). A rate per period takes the class of its first part
 * (`次/年` counts, `元/人` is money); an unknown unit is 'other'.
 */
export function unitClass(unit: string): UnitClass {
  const c = canonicalUnit(unit);
  if (c === undefined) return 'other';
  const slash = c.indexOf('/');
  return CLASS_OF.get(slash > 0 ? c.slice(0, slash) : c) ?? 'other';
}

/** True for a rate per period of time (`次/年`, `人次/月`): a frequency, which fits a 时效 row. */
export function isPerTime(unit: string): boolean {
  const c = canonicalUnit(unit);
  if (c === undefined) return false;
  const slash = c.indexOf('/');
  return slash > 0 && CLASS_OF.get(c.slice(slash + 1)) === 'time';
}

/**
 * The longest known unit spelling that starts at s[i] (s already cleaned of spaces), with its
 * length in s; undefined if none. Bounded by the longest spelling: O(1) per call.
 */
export function matchUnitAt(s: string, i: number): { unit: string; length: number } | undefined {
  for (let len = Math.min(MAX_SPELLING, s.length - i); len > 0; len--) {
    const piece = s.slice(i, i + len);
    const unit = lookup(toHalfWidth(piece));
    if (unit !== undefined) return { unit, length: len };
  }
  return undefined;
}
