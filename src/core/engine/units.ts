/**
 * The unit vocabulary of indicator values (SPEC §4): every unit seen in published tables, its
 * canonical spelling and the kind of quantity it measures. Rules compare units by class (a
 * satisfaction must be a percentage, a cost money, a deadline a time), so the class matters more
 * than the exact unit.
 */
import type { UnitClass } from '../model';
import { foldTraditional, stripSpaces, toHalfWidth } from './text';

import { ABBREVIATED_UNITS, LETTER_MULTIPLIERS, PER_NOUNS, UNITS, type UnitDef } from './vocabulary';
import { memoText } from './memo';

export type { UnitDef };

/** Units that take no 万 in front: data sizes, the bare M, T and 兆, shares, temperatures. */
const NO_WAN = new Set(['GB', 'TB', 'MB', 'Mbps', 'M', 'T', '兆', '倍', '‰', '℃', '页']);

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
// `1.2万人次`, `≥1万㎡`, `3万株`: ten thousand of a count or a measure (not of money, time, a
// share or data sizes), each spelling with 万 in front, where the table has no own entry.
for (const def of UNITS) {
  if ((def.cls !== 'count' && def.cls !== 'other') || def.unit.startsWith('万') || NO_WAN.has(def.unit)) continue;
  const unit = `万${def.unit}`;
  if (!CLASS_OF.has(unit)) CLASS_OF.set(unit, def.cls);
  const canonical = SPELLINGS.get(unit) ?? unit;
  for (const spelling of [def.unit, ...(def.aliases ?? [])]) {
    if (!SPELLINGS.has(`万${spelling}`)) SPELLINGS.set(`万${spelling}`, canonical);
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
  // A converter's traditional unit (`個`, `臺`, `萬元`) is the unit: folded for the lookup only.
  return foldTraditional(toHalfWidth(stripSpaces(text)));
}

/**
 * The canonical spelling of a known unit (`％` -> `%`, `万` -> `万元`, `公斤` -> `千克`, `次/年`),
 * or undefined when the text is not a known unit. A rate per period (`次/年`, `元/人`) is known
 * when both of its parts are.
 */
export function canonicalUnit(text: string): string | undefined {
  return canonicalUnitMemo(text);
}

function canonicalUnitUncached(text: string): string | undefined {
  // A unit is short: a long text is none, and is not cleaned first (that would copy it).
  if (text.length > 16 * MAX_SPELLING) return undefined;
  const s = cleanUnit(text);
  if (s === '' || s.length > 4 * MAX_SPELLING) return undefined;
  const direct = lookup(s);
  if (direct !== undefined) return direct;
  const slash = s.indexOf('/');
  if (slash > 0 && slash < s.length - 1) {
    // `元/人`, `万元/公里`, `元/生/年`: a known unit per known units (or per 生, 村 …).
    const parts = s.split('/');
    const first = lookup(parts[0]);
    const rest = parts.slice(1).map(perPart);
    if (first !== undefined && parts.length <= 4 && rest.every((p) => p !== undefined)) return [first, ...rest].join('/');
  }
  return undefined;
}

/**
 * What a compound unit is per: a known unit (`人次`), a noun (`生`), or two of them joined
 * (`人年`, `人·年`, `人*月`, `人、天`, `床·日`: per person and year, `人/年`).
 */
function perPart(p: string): string | undefined {
  // `元/人.每天`, `次/每年`: 每 (each) before what the rate is per says nothing more (湘西州特校 2023
  // writes 学生补助标准 17元/人.每天; split into 17 | 元/人.每天 by another hand it read as an unknown unit).
  const one = (q: string): string | undefined => lookup(q) ?? (PER_NOUNS.has(q) ? q : q.length > 1 && q.startsWith('每') ? one(q.slice(1)) : undefined);
  const known = one(p);
  if (known !== undefined) return known;
  const pair = (a: string, b: string) => {
    const x = one(a);
    const y = x === undefined ? undefined : one(b);
    return y === undefined ? undefined : `${x}/${y}`;
  };
  const dot = /[·•・.*×、]/.exec(p);
  // 人·次 is 人次; 人·年 is per person and year (人/年); 人、天 as 遂宁's 培训成本 writes it (2021).
  if (dot) return lookup(p.slice(0, dot.index) + p.slice(dot.index + 1)) ?? pair(p.slice(0, dot.index), p.slice(dot.index + 1));
  for (let i = 1; i < p.length; i++) {
    const both = pair(p.slice(0, i), p.slice(i));
    if (both !== undefined) return both;
  }
  return undefined;
}

const canonicalUnitMemo = memoText(canonicalUnitUncached);

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
    const unit = lookup(foldTraditional(toHalfWidth(piece)));
    if (unit !== undefined) return { unit, length: len };
  }
  return undefined;
}

/**
 * A unit written with a Latin letter for 万 or 千 (`w人次`, `k人`, `w元`), or abbreviated (`pct`):
 * the standard unit meant and what the number is to be multiplied by (`w人次` is 万人次, ×1; `k人`
 * is 人, ×1000; `k元` is 千元). Undefined for a known unit (`km`, `kg`) or anything else.
 */
export function letterUnit(text: string): { unit: string; factor: number } | undefined {
  const s = cleanUnit(text);
  if (s.length < 2 || s.length > 8 || canonicalUnit(s) !== undefined) return undefined;
  const abbreviated = ABBREVIATED_UNITS[s.toLowerCase()];
  if (abbreviated !== undefined) return { unit: abbreviated, factor: 1 };
  const factor = LETTER_MULTIPLIERS[s[0]];
  const rest = canonicalUnit(s.slice(1));
  if (factor === undefined || rest === undefined) return undefined;
  const cls = unitClass(rest);
  // 万 and 千 multiply a count, an amount or a measure; a share or a time is not so written.
  if (cls === 'percent' || cls === 'time' || rest.includes('/')) return undefined;
  const joined = canonicalUnit(`${factor === 1e4 ? '万' : '千'}${rest}`);
  return joined !== undefined ? { unit: joined, factor: 1 } : { unit: rest, factor };
}
