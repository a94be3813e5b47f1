/**
 * L5, an outline export (宁夏's budget system, 项目绩效目标批复表): one column holds the unit, each
 * project (its amount beside it), the 一级, the 二级 and the 三级 names one under another, indented
 * by spaces; a value stands beside each 三级 only:
 *
 *   项目                          | 指标值 | 绩效金额
 *    石嘴山市疾病预防控制中心       |        |
 *     狂犬、乙肝、流感等疫苗…        |        | 3000000
 *      产出指标                    |        |
 *       数量指标(必填硬性指标)       |        |
 *        疫苗使用率                 | 100%   |
 *
 * Each project is a table. A row is a heading when its name is a 一级 or 二级 name (a 二级 that
 * belongs under the current 一级 wins over the same text as a 一级: 成本指标 in the 2015 scheme),
 * a project when it has an amount, an indicator when it has a value or stands under a 二级.
 */
import { isSpaceCode, type CellAddress, type Grid } from './grid';
import { classifyLabel, isTitleText, periodWordOf, titleKind } from './labels';
import { memoText } from './memo';
import type { Field, IndicatorRow, LevelField, ParsedValue, TableModel } from '../model';
import { resolveLevel1, resolveLevel2 } from './taxonomy';
import { labelKey } from './text';
import { parseSplitValue } from './value';

export interface TreeHeader {
  row: number;
  name: number;
  value: number;
  amount?: number;
  /** A 计量单位 column right of the value (`项目 | 指标值 | 计量单位 | 绩效金额`): each value's unit written apart. */
  unit?: number;
  /** A row under the header splits its value column by period: the outline starts below it. */
  sub?: true;
}

const NAME_HEADER = /^(项目|项目名称|指标|指标名称|名称|项目\/指标|项目及指标|项目或指标)$/;
const AMOUNT_HEADER = /^(绩效|预算|项目)?(金额|资金|预算数)(\(万?元\))?$/;
/** How many rows below the header must show a 一级 and a 二级 name for the outline to count. */
const CONFIRM_ROWS = 12;
/** A note under the outline (`填表说明：`, `注：`, `说明:`): not an indicator's name. */
const NOTE_RE = /^\s*(?:注|说明|备注|填表说明|填报说明)\s*[:：]/;
/** Blank rows that end the outline. */
const BLANK_GAP = 2;

/**
 * classifyLabel, remembered per text: every row of a sheet where no other grid was found is
 * looked at here, cell by cell, and most cells repeat a few texts (a sheet of 1,000,000 copies of
 * one number ran the labels' 200 patterns on each: 8 of its 12 seconds).
 */
const classifyLabelOnce = memoText(classifyLabel);

/**
 * True for a text of ASCII digits with signs, points, commas and percent signs only (`12`,
 * `-3.5`, `1,200.00`, `45%`), which is no label and no column name (a test holds that
 * classifyLabel says so): such a cell is not looked up. A sheet of 1,000,000 different numbers
 * ran the labels' patterns on each (10 of its 20 seconds), and no memory helps there.
 */
function isNumberText(text: string): boolean {
  let digit = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (c !== 43 && c !== 44 && c !== 45 && c !== 46 && c !== 37) return false; // + , - . %
  }
  return digit;
}

/** The outline's header in a row (`项目 | 指标值 | 绩效金额`), confirmed by level names below it. */
export function treeHeaderAt(grid: Grid, row: number, cells: readonly CellAddress[]): TreeHeader | undefined {
  let value: number | undefined;
  let name: number | undefined;
  let amount: number | undefined;
  let unit: number | undefined;
  for (const c of cells) {
    const text = grid.rawText(c.row, c.col);
    if (isNumberText(text)) continue;
    const info = classifyLabelOnce(text);
    if (info?.header === 'level1' || info?.header === 'level2' || info?.header === 'level3') return undefined;
    if (info?.header === 'value' && value === undefined) value = c.col;
    else if (info?.header === 'unit' && value !== undefined && unit === undefined) unit = c.col;
    else if (NAME_HEADER.test(labelKey(text)) && name === undefined) name = c.col;
    else if (AMOUNT_HEADER.test(labelKey(text)) && amount === undefined) amount = c.col;
  }
  if (value === undefined || name === undefined || name >= value) return undefined;
  let level1 = false;
  let level2 = false;
  for (let r = row + 1; r <= Math.min(grid.lastRow, row + CONFIRM_ROWS); r++) {
    const text = grid.rawText(r, name);
    if (resolveLevel1(text)) level1 = true;
    else if (resolveLevel2(text)) level2 = true;
  }
  if (!level1 || !level2) return undefined;
  // `指标值` over a row splitting it by period (`中长期指标值 | 年度指标值`, merged or not): the annual
  // column is read (a one-year project leaves the long-term one empty); the outline starts below.
  const span = grid.mergeAt(row, value)?.right ?? (grid.rawText(row, value + 1) === '' && value + 1 !== amount ? value + 1 : value);
  let annual: number | undefined;
  let other: number | undefined;
  let periods = 0;
  for (let c = value; c <= span && span > value; c++) {
    const text = grid.rawText(row + 1, c);
    const p = classifyLabelOnce(text)?.period ?? periodWordOf(text);
    if (p) periods++;
    if (p === 'annual' && annual === undefined) annual = c;
    else if (p !== 'longTerm' && other === undefined) other = c;
  }
  if (periods > 0) value = annual ?? other ?? value;
  return { row, name, value, ...(amount !== undefined && amount > value ? { amount } : {}), ...(unit !== undefined && unit > value ? { unit } : {}), ...(periods > 0 ? { sub: true } : {}) };
}

function fieldOf(grid: Grid, row: number, col: number): Field {
  const a = grid.anchor(row, col);
  return { at: a, text: grid.rawText(a.row, a.col), value: grid.rawValue(a.row, a.col) };
}

/** No level above an indicator. Frozen: every outline shares it, and nothing may move it (locateTables maps a double-spaced sheet's rows in place). */
const NO_LEVEL: LevelField = Object.freeze({ at: Object.freeze({ row: 0, col: 0 }), text: '', value: null, inherited: false });

/**
 * The spaces an outline's name is indented by (its depth: 一级, 二级 and 三级 each further in), as the
 * grid tells white space. A character that shows nothing and takes no width (a zero-width space, a
 * BOM, a joiner or a mark a PDF converter or a web copy left before the text) is passed over
 * uncounted: the name is as far in as it looks.
 */
function indentOf(text: string): number {
  let i = 0;
  let n = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) break;
    if (!zeroWidthCode(c)) n++;
  }
  return n;
}

/** The invisible characters of isSpaceCode's class that take no width (no space a reader sees). */
function zeroWidthCode(c: number): boolean {
  return (c >= 0x200b && c <= 0x200f) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) || c === 0xfeff || c === 0xad || c === 0x34f || c === 0x61c || (c >= 0x180b && c <= 0x180f) || (c >= 0xfe00 && c <= 0xfe0f) || (c < 0x20 && c !== 0x09);
}

/**
 * The projects of an outline, each as a table (range, project name, amount, indicators). Title and
 * money unit come from above the header, read by the caller. `parse` reads a value cell's text;
 * a row matching `footer` (signatures) ends the outline.
 */
export function readTree(grid: Grid, header: TreeHeader, firstIndex: number, parse: (text: string) => ParsedValue, footer: RegExp, pageMark: (text: string) => boolean = () => false): { tables: TableModel[]; last: number } {
  const tables: TableModel[] = [];
  const right = Math.max(header.amount ?? header.value, header.unit ?? header.value);
  let table: TableModel | undefined;
  let unitName: Field | undefined;
  let level1: LevelField | undefined;
  let level2: LevelField | undefined;
  let last = header.row;
  let gap = 0;
  // A value or amount cell merged with the name cell is part of a line across the sheet (a title), not a value.
  const blank = (r: number, c: number | undefined) => {
    if (c === undefined || grid.isBlank(r, c)) return true;
    if (c === header.name) return false;
    const m = grid.mergeAt(r, c);
    return m !== undefined && m.left <= header.name && m.right >= header.name;
  };

  // The outline starts under the header's cells (merged down over two rows, or over a sub-header).
  for (let r = Math.max(grid.mergeAt(header.row, header.name)?.bottom ?? header.row, header.sub ? header.row + 1 : 0) + 1; r <= grid.lastRow; r++) {
    if (blank(r, header.name) && blank(r, header.value) && blank(r, header.amount)) {
      if (++gap > BLANK_GAP) break;
      continue;
    }
    // A page break inside the outline: the page's number (`第1页 共3页`, `- 2 -`) and the header printed
    // again on the next page (`项目 | 指标值 | 绩效金额`) are rows of neither; the outline goes on below
    // them, as a blank row between its rows (made by us from nx-shizuishan-jkzx-2020's outline with a
    // page break in it, scripts/mutate-corpus.ts: the page number was read as an indicator, empty).
    if (blank(r, header.value) && blank(r, header.amount) && pageMark(grid.rawText(r, header.name))) continue;
    if (r > header.row + 1 && grid.rawText(r, header.name) === grid.rawText(header.row, header.name) && grid.rawText(r, header.value) === grid.rawText(header.row, header.value)) continue;
    const afterGap = gap > 0;
    gap = 0;
    // The signatures under the export (填表人, 联系电话) end it.
    if ([header.name, header.value, header.amount].some((c) => c !== undefined && footer.test(grid.rawText(r, c)))) break;
    const name = fieldOf(grid, r, header.name);
    const hasValue = !blank(r, header.value);
    // So does a note right under it (`填表说明：1.…`, `注：…`), with no value: before, under the last 二级
    // it was read as one more indicator with an empty value (made by us from nx-shizuishan-jkzx-2020's
    // outline with notes under it, scripts/mutate-corpus.ts).
    if (!hasValue && NOTE_RE.test(name.text)) break;
    // So does a line across the sheet whose merge was undone, its text in the name and value cells
    // alike (the next export's title or unit line right under it): no indicator's value restates its
    // name (made by us from nx-shizuishan-jkzx-2020's outline stacked twice, merges undone).
    // An indicator whose value restates its name (`按时完成 | 按时完成`) is one, and is reported: the
    // amount column holds the text too, or it reads as a title.
    if (hasValue && name.text.trim() !== '' && grid.rawText(r, header.value) === name.text && (header.amount !== undefined ? grid.rawText(r, header.amount) === name.text : isTitleText(name.text))) break;
    if (!hasValue && !blank(r, header.amount)) {
      // A project: its name, its amount, and a table of its own from here.
      table = {
        index: firstIndex + tables.length,
        layout: 'L5',
        range: { top: r, bottom: r, left: header.name, right },
        moneyUnit: '元',
        moneyUnitInferred: true,
        projectName: name,
        budget: { total: fieldOf(grid, r, header.amount as number) },
        header: { row: header.row, columns: { level1: header.name, level2: header.name, level3: header.name, value: header.value, ...(header.unit !== undefined ? { unit: header.unit } : {}) } },
        indicators: [],
        ...(unitName ? { unitName } : {}),
      };
      tables.push(table);
      level1 = undefined;
      level2 = undefined;
      last = r;
      continue;
    }
    // A name indented further than its 二级 heading is an indicator under it, value or not
    // (`服务对象满意度` left empty under `服务对象满意度指标`: not another heading, its empty value found).
    const under2 = level2 !== undefined && indentOf(name.text) > indentOf(level2.text);
    if (!hasValue && !under2) {
      const as2 = resolveLevel2(name.text);
      const under = as2 && level1 ? as2.level1.includes(resolveLevel1(level1.text)?.name ?? '') : false;
      if (under || (as2 && !resolveLevel1(name.text) && level1)) {
        level2 = { ...name, inherited: false };
        if (table) table.range.bottom = r;
        last = r;
        continue;
      }
      if (resolveLevel1(name.text)) {
        level1 = { ...name, inherited: false };
        level2 = undefined;
        if (table) table.range.bottom = r;
        last = r;
        continue;
      }
      // Above the first project: the unit's line.
      if (!table) {
        unitName ??= name;
        last = r;
        continue;
      }
      // A name under no 二级 yet, without value or amount: another line of text, not an indicator;
      // so is such a line after blank rows, a project's title or a line across the sheet (the next
      // export's title or unit line, with or without a gap).
      if (!level2 || afterGap || titleKind(name.text) === 'project' || (grid.mergeAt(r, header.name)?.right ?? 0) >= header.value) break;
    }
    if (!table) break;
    // The value's unit in a column of its own (`100 | %`, the 指标值 split in two by a converter or a
    // clerk: made by us from nx-shizuishan-jkzx-2020's outline, scripts/mutate-corpus.ts) is read with it.
    const unit = header.unit !== undefined ? fieldOf(grid, r, header.unit) : undefined;
    const ind: IndicatorRow = {
      row: r,
      level1: level1 ?? NO_LEVEL,
      level2: level2 ?? NO_LEVEL,
      level3: name,
      value: fieldOf(grid, r, header.value),
      parsed: unit ? parseSplitValue({ sign: '', value: grid.rawText(r, header.value), unit: unit.text, nature: '' }) : parse(grid.rawText(r, header.value)),
      ...(unit ? { unit } : {}),
    };
    table.indicators.push(ind);
    // The heading's cell is reported once, on its first row: later rows carry it, like a merge.
    if (level1) level1 = { ...level1, inherited: true };
    if (level2) level2 = { ...level2, inherited: true };
    table.range.bottom = r;
    last = r;
  }
  return { tables, last };
}
