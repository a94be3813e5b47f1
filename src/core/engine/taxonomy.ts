/**
 * The indicator taxonomy (SPEC §3): the two schemes of 一级/二级 indicators, the spellings real
 * tables use for their names, and the scheme a table follows.
 *
 * Names are compared after `nameKey`: no spaces anywhere, half-width punctuation, no colon, no
 * weight suffix (`产出指标(50分)`), so `产出 指标（50分）` and `产出指标` are the same name.
 */
import type { IndicatorRow, SchemeId, TableModel } from '../model';
import { labelKey, LIST_NUMBER_RE } from './text';
import { BARE_WEIGHT_RE, LEVEL1_ALIASES, LEVEL2_ALIASES, OLDER_TEMPLATE_LEVEL2, WEIGHT_SUFFIX_RE } from './vocabulary';
import { memoText } from './memo';

export interface Level1Spec {
  /** Canonical 一级 name, e.g. `产出指标`. */
  readonly name: string;
  /** Its 二级 names, in the published order. */
  readonly level2: readonly string[];
}

export interface SchemeSpec {
  readonly id: SchemeId;
  /** The document the scheme comes from, for the docs and the interface. */
  readonly basis: string;
  /** The 一级 indicators in order, each with its 二级. */
  readonly level1: readonly Level1Spec[];
}

const BENEFIT: Level1Spec = {
  name: '效益指标',
  level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'],
};
const SATISFACTION: Level1Spec = { name: '满意度指标', level2: ['服务对象满意度指标'] };

/** Both schemes as data: the template and the add-in's dropdown lists reuse them. */
export const SCHEMES: Readonly<Record<SchemeId, SchemeSpec>> = {
  '2015': {
    id: '2015',
    basis: '财预〔2015〕88号',
    level1: [{ name: '产出指标', level2: ['数量指标', '质量指标', '时效指标', '成本指标'] }, BENEFIT, SATISFACTION],
  },
  '2021': {
    id: '2021',
    basis: '财预〔2021〕101号',
    level1: [
      { name: '产出指标', level2: ['数量指标', '质量指标', '时效指标'] },
      { name: '成本指标', level2: ['经济成本指标', '社会成本指标', '生态环境成本指标'] },
      // 可持续影响指标 is gone from the 2021 guidance but local templates still use it: accepted.
      BENEFIT,
      SATISFACTION,
    ],
  },
};

export const COST_LEVEL1 = '成本指标';
/** 二级 names that make a row a cost indicator, in either scheme. */
export const COST_LEVEL2: readonly string[] = ['成本指标', '经济成本指标', '社会成本指标', '生态环境成本指标'];
/** 二级 names only the 2021 scheme has. */
const LEVEL2_2021_ONLY: readonly string[] = ['经济成本指标', '社会成本指标', '生态环境成本指标'];

/**
 * The comparison key of a name: a label's key (no spaces, half width, traditional characters folded:
 * `產出指標` is 产出指标; no colon or asterisk). Keeps the weight.
 */
function baseKey(text: string): string {
  return labelKey(text);
}

/** The comparison key of a name without its weight suffix. */
export function nameKey(text: string): string {
  return nameKeyMemo(text);
}

function nameKeyUncached(text: string): string {
  const key = baseKey(text);
  // Only the tail can hold a weight: matching there keeps a pasted 1 MB cell of digits linear
  // (an anchored pattern tried at every position of a long digit run is quadratic).
  const cut = Math.max(0, key.length - TAIL);
  return key.slice(0, cut) + key.slice(cut).replace(WEIGHT_SUFFIX_RE, '').replace(BARE_WEIGHT_RE, '指标');
}

const nameKeyMemo = memoText(nameKeyUncached);

/** How far from the end a weight suffix can start (`(100.5-100.5)分` and some room). */
const TAIL = 24;

/**
 * A name's key without remarks in brackets (`数量指标(或建筑规模指标)` -> `数量指标`,
 * `预算(或投资规模)控制指标` -> `预算控制指标`), and the remarks' own names (`建筑规模指标`).
 */
function remarkKeys(key: string): string[] {
  // Level names are short; a long text is no name, and is not scanned again.
  if (key.length > 40) return [];
  // `一、产出指标`, `1.数量指标`: a list number before the name.
  const numbered = LIST_NUMBER_RE.exec(key);
  if (numbered && numbered[0].length < key.length) {
    const rest = key.slice(numbered[0].length);
    return [rest, ...remarkKeys(rest)];
  }
  // `产出值`, `数量值`: a system that names its levels …值 for …指标.
  if (key.endsWith('值') && !key.endsWith('指标值') && key.length <= 8) return [`${key.slice(0, -1)}指标`];
  if (!/[([]/.test(key)) return [];
  const out = [key.replace(/[([][^)\]]*[)\]]/g, '')];
  for (const m of key.matchAll(/[([]或?([^)\]]*)[)\]]/g)) out.push(m[1], `${key.replace(/[([][^)\]]*[)\]]/g, '').replace(/指标$/, '')}${m[1]}`);
  return out.filter((k) => k.length > 0);
}

/** The weight written after a name (`产出指标(50分)` -> 50), or undefined. */
export function parseWeight(text: string): number | undefined {
  return parseWeightMemo(text);
}

function parseWeightUncached(text: string): number | undefined {
  const key = baseKey(text).slice(-TAIL);
  const m = WEIGHT_SUFFIX_RE.exec(key);
  if (m) return m[1] !== undefined || m[2] !== undefined ? Number(m[1] ?? m[2]) : undefined;
  const bare = BARE_WEIGHT_RE.exec(key);
  return bare ? Number(bare[1]) : undefined;
}

const parseWeightMemo = memoText(parseWeightUncached);

/** The weight suffix exactly as written (`（50分）`), so a corrected name can keep it. */
export function weightSuffix(text: string): string {
  // Only the tail can hold a weight: on the whole text, a level cell of 32,767 digits took 0.55 s
  // (the pattern tried at every position of the run), so a sheet of them could hang the check.
  const trimmed = text.trim().slice(-64);
  const m = /(?:[(（[【]\s*[+-]?[\d０-９]+(?:[.．][\d０-９]+)?\s*分?\s*[)）\]】]|[\d０-９]+(?:[.．][\d０-９]+)?分)$/.exec(
    trimmed,
  );
  return m ? m[0] : '';
}

function withAndWithoutSuffix(names: Iterable<string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const name of names) {
    map.set(name, name);
    if (name.endsWith('指标') && name.length > 2) map.set(name.slice(0, -2), name);
  }
  return map;
}

const ALL_LEVEL1 = new Set<string>();
/** 二级 name -> the 一级 names it sits under, across both schemes. */
const LEVEL2_PARENTS = new Map<string, string[]>();
for (const scheme of Object.values(SCHEMES)) {
  for (const l1 of scheme.level1) {
    ALL_LEVEL1.add(l1.name);
    for (const l2 of l1.level2) {
      const parents = LEVEL2_PARENTS.get(l2) ?? [];
      if (!parents.includes(l1.name)) parents.push(l1.name);
      LEVEL2_PARENTS.set(l2, parents);
    }
  }
}
const LEVEL1_KEYS = withAndWithoutSuffix(ALL_LEVEL1);
// An alias is accepted with or without its trailing 指标, as the canonical names are.
const bare = (alias: string) => alias.replace(/指标$/, '');
for (const [alias, name] of Object.entries(LEVEL1_ALIASES)) for (const a of [alias, bare(alias)]) if (!LEVEL1_KEYS.has(a)) LEVEL1_KEYS.set(a, name);
const LEVEL2_KEYS = withAndWithoutSuffix(LEVEL2_PARENTS.keys());
for (const [alias, name] of Object.entries(LEVEL2_ALIASES)) for (const a of [alias, bare(alias)]) if (a === alias || !LEVEL2_KEYS.has(a)) LEVEL2_KEYS.set(a, name);

/** A level name by its key, else by the key without a list number or remarks in brackets. */
function lookUp(keys: ReadonlyMap<string, string>, key: string): string | undefined {
  return keys.get(key) ?? remarkKeys(key).map((k) => keys.get(k)).find((n) => n !== undefined);
}

/**
 * Name lookups are made by most rules for every row; the same few texts recur in every table,
 * so their normalised keys are remembered (bounded: cleared when full).
 */
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 4096;

function cachedNameKey(text: string): string {
  let key = KEY_CACHE.get(text);
  if (key === undefined) {
    key = nameKey(text);
    if (text.length <= 64) {
      if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
      KEY_CACHE.set(text, key);
    }
  }
  return key;
}

/**
 * A 一级 name in any accepted spelling -> its canonical name and the weight it carries. Asked by
 * several rules of every row: worked out once per text, and the answer (frozen) shared.
 */
export function resolveLevel1(text: string): Readonly<{ name: string; weight?: number }> | undefined {
  return resolveLevel1Memo(text);
}

function resolveLevel1Uncached(text: string): Readonly<{ name: string; weight?: number }> | undefined {
  const key = cachedNameKey(text);
  const name = lookUp(LEVEL1_KEYS, key);
  if (!name) return undefined;
  const weight = parseWeight(text);
  return Object.freeze(weight === undefined ? { name } : { name, weight });
}

const resolveLevel1Memo = memoText(resolveLevel1Uncached);

/**
 * A 二级 name in any accepted spelling -> its canonical name and the 一级 it belongs to (any
 * scheme). Worked out once per text; the answer and its list are frozen and shared.
 */
export function resolveLevel2(text: string): Readonly<{ name: string; level1: readonly string[] }> | undefined {
  return resolveLevel2Memo(text);
}

function resolveLevel2Uncached(text: string): Readonly<{ name: string; level1: readonly string[] }> | undefined {
  const key = cachedNameKey(text);
  const name = lookUp(LEVEL2_KEYS, key);
  if (!name) return combinedLevel2(key);
  return Object.freeze({ name, level1: Object.freeze([...(LEVEL2_PARENTS.get(name) ?? [])]) });
}

/** Between the 一级 and the 二级 of one cell: `产出指标-数量指标`, `产出/数量`, `效益指标—社会效益指标`. */
const COMBINED_SEPARATOR_RE = /^(.{2,12}?)[-—–~～/／\\、·•|｜>＞→]+(.{2,16})$/u;

/**
 * One cell naming both levels (a system that exports 指标类别 as `产出指标-数量指标`, or `产出指标数量指标`
 * once spaces are dropped): the 二级, under the 一级 the cell names when that is one of its own.
 */
function combinedLevel2(key: string): Readonly<{ name: string; level1: readonly string[] }> | undefined {
  if (key.length > 30) return undefined;
  const parts = COMBINED_SEPARATOR_RE.exec(key);
  const splits: [string, string][] = parts ? [[parts[1], parts[2]]] : [];
  // Without a separator, only where the first part ends in 指标 (`产出指标数量指标`).
  for (let i = key.indexOf('指标'); i > 0 && splits.length === 0; i = key.indexOf('指标', i + 1)) splits.push([key.slice(0, i + 2), key.slice(i + 2)]);
  for (const [head, tail] of splits) {
    const level1 = lookUp(LEVEL1_KEYS, head);
    const name = level1 && lookUp(LEVEL2_KEYS, tail);
    if (!level1 || !name) continue;
    const parents = LEVEL2_PARENTS.get(name) ?? [];
    return Object.freeze({ name, level1: Object.freeze(parents.includes(level1) ? [level1] : [...parents]) });
  }
  return undefined;
}

const resolveLevel2Memo = memoText(resolveLevel2Uncached);

/** The older 范本's 二级 names by key, with and without a trailing 指标 (`项目实施效益指标`). */
const OLDER_LEVEL2_KEYS = new Map<string, string>();
for (const name of Object.keys(OLDER_TEMPLATE_LEVEL2)) for (const k of [name, `${name}指标`]) OLDER_LEVEL2_KEYS.set(k, name);

/**
 * A 二级 name of the older local 范本 (vocabulary OLDER_TEMPLATE_LEVEL2: 目标完成程度, 项目实施效益,
 * 项目管理) -> its name and the 一级 it sits under there; undefined for any other text.
 */
export function olderTemplateLevel2(text: string): Readonly<{ name: string; level1: readonly string[] }> | undefined {
  if (text.length > 40) return undefined;
  const name = lookUp(OLDER_LEVEL2_KEYS, cachedNameKey(text));
  return name === undefined ? undefined : { name, level1: OLDER_TEMPLATE_LEVEL2[name] };
}

/**
 * A cost row of the older 范本: its 目标完成程度 (the 二级 of every output, cost included) with a
 * 三级 naming the cost (`项目总成本`, `成本控制`). Those forms have no 成本指标 二级; their cost is
 * this row, and it is capped by the budget as any other.
 */
export function isOlderTemplateCost(level2: string, level3: string): boolean {
  return olderTemplateLevel2(level2)?.name === '目标完成程度' && level3.length <= 40 && level3.includes('成本');
}

/** The canonical 一级 names of a scheme, in order. */
export function level1Names(scheme: SchemeId): string[] {
  return SCHEMES[scheme].level1.map((l) => l.name);
}

/** The canonical 二级 names of a scheme, optionally only those under one 一级. */
export function level2Names(scheme: SchemeId, level1?: string): string[] {
  return SCHEMES[scheme].level1.filter((l) => level1 === undefined || l.name === level1).flatMap((l) => [...l.level2]);
}

/** Whether a canonical 一级 name belongs to a scheme (without making the scheme's list). */
export function isLevel1Of(scheme: SchemeId, name: string): boolean {
  return LEVEL1_OF[scheme].has(name);
}

const LEVEL1_OF: Readonly<Record<SchemeId, ReadonlySet<string>>> = {
  '2015': new Set(SCHEMES['2015'].level1.map((l) => l.name)),
  '2021': new Set(SCHEMES['2021'].level1.map((l) => l.name)),
};

/**
 * The 一级 a canonical 二级 belongs to in a scheme ([] when the scheme does not have it). Asked
 * for every row: worked out once per scheme and name (the list returned is shared, never changed).
 */
export function parentsIn(scheme: SchemeId, level2: string): string[] {
  // Per scheme, then per name: no key string made per call.
  const byName = PARENTS_IN[scheme];
  let parents = byName.get(level2);
  if (parents === undefined) {
    parents = parentsInUncached(scheme, level2);
    if (byName.size >= 1024) byName.clear();
    byName.set(level2, parents);
  }
  return parents;
}

const PARENTS_IN: Readonly<Record<SchemeId, Map<string, string[]>>> = { '2015': new Map(), '2021': new Map() };

function parentsInUncached(scheme: SchemeId, level2: string): string[] {
  const parents = SCHEMES[scheme].level1.filter((l) => l.level2.includes(level2)).map((l) => l.name);
  // 财预〔2015〕88号's own list put 社会公众或服务对象满意度指标 under 效益指标; tables made from it
  // still do, and that is not a mistake.
  if (scheme === '2015' && level2 === SATISFACTION_LEVEL2) parents.push(BENEFIT.name);
  return parents;
}

/** The 二级 of satisfaction, in its canonical spelling. */
export const SATISFACTION_LEVEL2 = '服务对象满意度指标';

/** True when the row is a cost indicator: 一级 成本指标 (2021) or a cost 二级 (成本指标 in 2015). */
export function isCostIndicator(ind: IndicatorRow): boolean {
  return isCostNames(resolveLevel1(ind.level1.text)?.name, resolveLevel2(ind.level2.text)?.name) || isOlderTemplateCost(ind.level2.text, ind.level3.text);
}

/** isCostIndicator of a row whose canonical 一级 and 二级 names are known. */
export function isCostNames(level1: string | undefined, level2: string | undefined): boolean {
  return level1 === COST_LEVEL1 || (level2 !== undefined && COST_LEVEL2.includes(level2));
}

/**
 * The scheme a table follows: 2021 when 成本指标 is a 一级 or a 二级 is one of the 2021 cost
 * indicators (经济/社会/生态环境成本指标); otherwise the older 2015 scheme.
 */
export function detectScheme(table: TableModel): SchemeId {
  return has2021Row(table.indicators) || (table.unused !== undefined && has2021Row(table.unused)) ? '2021' : '2015';
}

export function has2021Row(rows: readonly IndicatorRow[]): boolean {
  for (const ind of rows) {
    if (resolveLevel1(ind.level1.text)?.name === COST_LEVEL1) return true;
    if (is2021Names(undefined, resolveLevel2(ind.level2.text)?.name)) return true;
  }
  return false;
}

/** True when a row with these canonical 一级 and 二级 names follows the 2021 scheme. */
export function is2021Names(level1: string | undefined, level2: string | undefined): boolean {
  return level1 === COST_LEVEL1 || (level2 !== undefined && LEVEL2_2021_ONLY.includes(level2));
}

/** Levenshtein distance over code points (names are short: a plain dynamic programme is enough). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = cur;
  }
  return prev[y.length];
}

/**
 * The candidate closest to `text` (`产出指示` -> `产出指标`), or undefined when none is close:
 * at most one edit per three characters of the candidate (at least one), so a typo is matched
 * but an unrelated word is not. Ties go to the earlier candidate.
 */
export function nearestName(text: string, candidates: readonly string[]): string | undefined {
  const key = nameKey(text);
  if (key === '') return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const full = nameKey(candidate);
    const short = full.endsWith('指标') ? full.slice(0, -2) : full;
    // One wrong character in a short name (产出指示), two in a long one: more is another name (政治效益).
    const allowed = Math.max(1, Math.floor([...full].length / 4));
    // The distance is at least the difference in length: a long text is no typo of a short name,
    // and skipping it keeps this linear on free text.
    if (Math.min(Math.abs(key.length - full.length), Math.abs(key.length - short.length)) > allowed) continue;
    const distance = Math.min(editDistance(key, full), short ? editDistance(key, short) : Infinity);
    if (distance <= allowed && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
