/**
 * The locator: finds every target table on a sheet and maps each field to its cell.
 *
 * Tables are found by their labels and the structure around them, never by fixed positions:
 * - a grid header row (一级指标 | 二级指标 | 三级指标 | … | 指标值) anchors the indicator grid;
 * - a 项目名称 label anchors the upper part (title, unit, budget block, goals) above the grid;
 * - a header row that also names 项目名称 is the one-row-per-indicator layout (L4), which holds
 *   several projects, one after another.
 * One pass classifies the anchor cells; each table is then read locally, so the cost is linear
 * in the size of the sheet.
 */
import { doubleSpacedRows, isBlankText, type CellAddress, type Grid, type Rect } from './grid';
import { readTree, treeHeaderAt, type TreeHeader } from './locate-tree';
import { classifyLabel, columnContentOf, DEPARTMENT_NAME_RE, inlineLabel, isFormFieldWord, isGoalOutcomeHeading, isTitleText, periodWordOf, listHeaderWord, looseTitleKind, projectOfTitle, REGION_COLUMN_RE, sheetKind, titleKind, type FieldLabel, type HeaderLabel, type LabelInfo, type Period } from './labels';
import type {
  ColumnRole,
  Field,
  IndicatorRow,
  LayoutId,
  LevelField,
  MoneyUnit,
  ParsedValue,
  TableKind,
  TableModel,
} from '../model';
import { inOneShape, parseIndicatorValue, parseSplitValue, splitNameValue, startsWithSign } from './value';
import { Decimal } from './decimal';
import { amountBeforeNote, isAmountWithNote, readAmount } from './money';
import { contentKey, labelKey, LIST_NUMBER_RE, stripSpaces, toHalfWidth } from './text';
import { nameKey, resolveLevel1, resolveLevel2 } from './taxonomy';
import { INDICATOR_SLOT_RE, isFiller, isIndicatorSlot, isNoUnit, periodIn, TRAILING } from './vocabulary';
import { canonicalUnit } from './units';
import { memoText } from './memo';
import { ColumnRows } from './column-rows';

interface Anchor extends CellAddress {
  info: LabelInfo;
  text: string;
  /** `项目名称：某项目` in one cell: the value part after the colon. */
  inline?: string;
}

/** The value written in a label's own cell (`预算数：100万元`), as a field that no fix may write. */
function inlineField(l: CellAddress & Pick<Anchor, 'inline'>): Field | undefined {
  if (l.inline === undefined) return undefined;
  const at = { row: l.row, col: l.col };
  return { at, text: l.inline, value: l.inline, label: at, inline: true };
}

interface RowScan {
  row: number;
  labels: Anchor[];
  /** Cells that look like a table title. */
  titles: CellAddress[];
  readonly nonBlank: CellAddress[];
  /** The columns of nonBlank, left to right. */
  readonly cols: readonly number[];
  /** A text of the row holds a form's signature words (FOOTER_RE), as classified by scanRow. */
  footer: boolean;
  /**
   * The cells of the row scanRow did not classify for those words (a number, a long text), for
   * hasFooter to read: bit k for cols[k] (k < 31), and the sign bit for every cell from cols[31] on.
   */
  footerAsk: number;
  /** Three cells or more, every one the same text (a line across the sheet whose merge was undone), as scanRow read them. */
  repeated: boolean;
}

interface HeaderRow {
  row: number;
  columns: Partial<Record<ColumnRole, number>>;
  /** Ambiguous columns (指标性质/指标方向…) to be decided by their content. */
  ambiguous: number[];
  /** Sub-header columns under words no pattern knows: a sign, direction or nature column only if their content says so. */
  byContent?: number[];
  /** L4: 项目名称 and the other project columns in the header. */
  project: Partial<Record<FieldLabel, number>>;
  left: number;
  right: number;
  unit?: MoneyUnit;
  /** Side-by-side 中长期/年度 groups: the columns of the group read (the annual one). */
  group?: { from: number; to: number; shared: number };
  /** Found by loneValueHeaderOf (`绩效指标 | 指标值`): a group row when a header follows right below. */
  lone?: true;
  /** The levels are written as outline headings in the 三级 column (a grid with no 一级/二级 column). */
  outline?: true;
  /** One column holds each 三级 name and its value (`三级指标及指标值`: `培训人数≥100人`). */
  combined?: true;
  /**
   * No header row was written: the grid starts at row + 1 with an 一级 | 二级 | 三级 | 指标值 row,
   * and `row` is the row above it, which belongs to the table's upper part.
   */
  implied?: true;
}

/** What a text is as a label or title (worked out each time: see labelOrTitle). */
function labelOrTitleOf(text: string): LabelInfo | 'title' | null {
  return classifyLabel(text) ?? (isTitleText(text) ? 'title' : null);
}

/**
 * What scanRow learns of a short text in one look-up: its label or title kind, whether it holds a
 * form's signature words, and (a text that is neither label nor title) the label written in it
 * with its value (`项目名称：某项目`), if any.
 */
interface TextClass {
  readonly kind: LabelInfo | 'title' | null;
  readonly footer: boolean;
  readonly inline: InlineLabel | undefined;
}

/** A label and its value written in one cell (labels.ts's inlineLabel). */
type InlineLabel = NonNullable<ReturnType<typeof inlineLabel>>;

/** Texts up to this long are classified and remembered; longer ones are worked out each time. */
const SHORT_TEXT = 64;

/**
 * A short text's class, remembered across sheets and runs (memo.ts, bounded): tables repeat the
 * same few texts, and so do a workbook's sheets. Long free texts rarely repeat; only the short
 * ones are kept. The signature words (FOOTER_RE) are looked for here, once per distinct text,
 * so that the grid's end is found without a second look-up per cell (hasFooter).
 */
const classOfText = memoText((text: string): TextClass => {
  const kind = labelOrTitleOf(text);
  return { kind, footer: FOOTER_RE.test(text), inline: kind === null ? inlineLabelOf(text) : undefined };
}, 8192, SHORT_TEXT);

/**
 * The label written with its value in a cell that is no label itself, or undefined. Only a text
 * with a colon (or, past six characters, `目标` after its start: `绩效目标 通过…`) can hold one.
 * For a short text this is asked once, by classOfText: scanRow used to search every such cell's
 * text for the colons on every row (2 to 3 indexOf calls per cell of the sheet).
 */
function inlineLabelOf(text: string): InlineLabel | undefined {
  return text.length <= 4096 && (text.indexOf('：') > 0 || text.indexOf(':') > 0 || (text.length > 6 && text.indexOf('目标') > 0)) ? labelInCell(text) : undefined;
}

/** What a text is as a label or title. */
function labelOrTitle(text: string): LabelInfo | 'title' | null {
  return text.length <= SHORT_TEXT ? classOfText(text).kind : labelOrTitleOf(text);
}

/** `项目名称：某项目`: a label with its value in one cell (only asked of texts with a colon). */
const labelInCell = memoText(inlineLabel, 8192, 64);

/** Parsed values kept at most (the memory is emptied when full, as memo.ts does). */
export const PARSED_LIMIT = 8192;
/** Parsed values by key (a value's text, or a split row's columns joined), shared by every run. */
const PARSED = new Map<string, ParsedValue>();

/** How many parsed values are kept now (tests: the memory stays bounded). */
export function parsedKept(): number {
  return PARSED.size;
}

/**
 * Parsed values, remembered across sheets and runs (at most PARSED_LIMIT): published tables
 * repeat the same values (`≥98%`, `≤24小时`) hundreds of times, and a workbook's sheets repeat
 * each other's. A parse is a pure function of its key. Kept results are frozen, so a shared one
 * cannot be changed by a reader.
 */
class ParseCache {
  get(key: string, parse: () => ParsedValue): ParsedValue {
    return this.peek(key) ?? this.keep(key, parse());
  }
  /** The value kept for a key, if any (with keep: no closure made per row on the hot path). */
  peek(key: string): ParsedValue | undefined {
    return PARSED.get(key);
  }
  keep(key: string, made: ParsedValue): ParsedValue {
    Object.freeze(made.problems);
    Object.freeze(made);
    // One shape for every row's parse (value.ts): the rules read it on every row.
    const v = Object.freeze(inOneShape(made));
    if (key.length <= 96) {
      if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
      PARSED.set(key, v);
    }
    return v;
  }
}

const NO_LABELS: RowScan['labels'] = Object.freeze([]) as unknown as RowScan['labels'];
const NO_CELLS: RowScan['titles'] = Object.freeze([]) as unknown as RowScan['titles'];

/**
 * A row's scan. Every scan of the sheet is kept until its tables are read, so it is small: the
 * non-blank cells are a list of columns, made into cell addresses only for the rows a reader asks.
 */
class Scan implements RowScan {
  labels: Anchor[] = NO_LABELS;
  titles: CellAddress[] = NO_CELLS;
  footer = false;
  footerAsk = 0;
  repeated = false;
  private cells: CellAddress[] | undefined;
  constructor(
    readonly row: number,
    readonly cols: readonly number[],
  ) {}
  get nonBlank(): CellAddress[] {
    if (this.cells === undefined) this.cells = this.cols.length === 0 ? NO_CELLS : this.cols.map((col) => ({ row: this.row, col }));
    return this.cells;
  }
}

/**
 * A sheet's row scans by row, added top to bottom: a list over the rows from the first (a row
 * looked up is one read, not a hash of its number; a blank row is a hole), and the scans in order.
 */
class ScanIndex {
  private readonly byRow: (RowScan | undefined)[] = [];
  private readonly ordered: RowScan[] = [];
  constructor(private readonly first: number) {}
  /** Rows must come in increasing order. */
  set(row: number, scan: RowScan): void {
    this.byRow[row - this.first] = scan;
    this.ordered.push(scan);
  }
  get(row: number): RowScan | undefined {
    const i = row - this.first;
    return i >= 0 && i < this.byRow.length ? this.byRow[i] : undefined;
  }
  has(row: number): boolean {
    return this.get(row) !== undefined;
  }
  /** The scans, top to bottom. */
  values(): readonly RowScan[] {
    return this.ordered;
  }
}

const NO_COLS: readonly number[] = Object.freeze([]);
/** The columns of the row being scanned, copied out at the row's end (an array of the right size). */
const scratch: number[] = [];
/** The row's stored columns, before merges and blanks are left out. */
const stored: number[] = [];

/** A row's labels and titles as scanRow finds them, copied out at the row's end (lists of the right size). */
const rowLabels: (Anchor | undefined)[] = [];
const rowTitles: (CellAddress | undefined)[] = [];

/**
 * The first `n` items of a scratch list as a list of their own, the scratch emptied of them (so
 * that it holds no cell of a sheet checked before). A list grown by push from empty has room for
 * 17 items; most rows hold one to three labels.
 */
function takeScratch<T>(list: (T | undefined)[], n: number): T[] {
  const out = list.slice(0, n) as T[];
  for (let k = 0; k < n; k++) list[k] = undefined;
  return out;
}

/** The column lists of the last few scans made (scans never change their lists, so rows may share one). */
const recentCols: (readonly number[])[] = [NO_COLS, NO_COLS, NO_COLS, NO_COLS];
let recentNext = 0;

/**
 * The first `n` columns of scratch as a scan's list: one of the last few lists made when it holds
 * the same columns. A grid's rows repeat a few layouts row after row (`一级 | 二级 | 三级 | … | 指标值`,
 * and the same without the 一级 merged down from above), so most rows share a list instead of each
 * holding a copy the collector keeps until the sheet is located. Four lists are held between sheets.
 */
function colsOf(n: number): readonly number[] {
  for (let i = 0; i < recentCols.length; i++) {
    const list = recentCols[i];
    if (list.length !== n) continue;
    let k = 0;
    while (k < n && list[k] === scratch[k]) k++;
    if (k === n) return list;
  }
  const made = scratch.slice(0, n);
  recentCols[recentNext] = made;
  recentNext = (recentNext + 1) % recentCols.length;
  return made;
}

/** Scans a row's anchor cells (a merged area counts once, at its top-left); undefined for a row showing nothing. */
function scanRow(grid: Grid, row: number): RowScan | undefined {
  // Most rows hold no label and no title (and many nothing at all): they keep the scan's shared
  // empty lists; a row's own are gathered in scratch lists and copied out at its end.
  let labelCount = 0;
  let titleCount = 0;
  let footer = false;
  let footerAsk = 0;
  let n = 0;
  // Every cell the same text so far (the first one's), read as the cells are: no cell read again.
  let same: string | undefined;
  let allSame = true;
  // Only the cells the row stores: a sparse sheet is not walked across its bounding box.
  const count = grid.storedCols(row, stored);
  for (let k = 0; k < count; k++) {
    const col = stored[k];
    const m = grid.mergeAt(row, col);
    if (m && (m.top !== row || m.left !== col)) continue;
    const v = grid.rawValue(row, col);
    if (v === null || (typeof v === 'string' && isBlankText(v))) continue;
    const ask = n < 31 ? 1 << n : ASK_REST;
    scratch[n++] = col;
    if (typeof v !== 'string') {
      footerAsk |= ask;
      allSame = false;
      continue;
    }
    const text = grid.rawText(row, col);
    if (same === undefined) same = text;
    else if (text !== same) allSame = false;
    // A short text's label kind and signature words in one look-up (hasFooter asks the rest).
    let kind: LabelInfo | 'title' | null;
    let inline: InlineLabel | undefined;
    if (text.length <= SHORT_TEXT) {
      const c = classOfText(text);
      kind = c.kind;
      inline = c.inline;
      if (c.footer) footer = true;
    } else {
      kind = labelOrTitleOf(text);
      footerAsk |= ask;
      inline = kind === null ? inlineLabelOf(text) : undefined;
    }
    if (kind === 'title') rowTitles[titleCount++] = { row, col };
    else if (kind) rowLabels[labelCount++] = { row, col, info: kind, text };
    else if (inline) rowLabels[labelCount++] = { row, col, info: inline.info, text, inline: inline.value };
  }
  // A blank row (or one under merges begun above) holds no label or title either: no scan is made.
  if (n === 0) return undefined;
  const scan = new Scan(row, colsOf(n));
  if (labelCount > 0) scan.labels = takeScratch(rowLabels, labelCount);
  if (titleCount > 0) scan.titles = takeScratch(rowTitles, titleCount);
  scan.footer = footer;
  scan.footerAsk = footerAsk;
  if (allSame && n >= 3) scan.repeated = true;
  return scan;
}

/** Words over a column group that say which period it holds. */
function periodOfText(text: string): Period | undefined {
  const key = labelKey(text);
  // Besides the period words: the whole (`整体目标`), a span of years (`近三年`, `2024-2026年`), one year (`2025年`).
  if (/整体|^(近|未来)?[两二三四五]年|\d{4}年?[-—~至]/.test(key)) return 'longTerm';
  return periodIn(key, 'anywhere') ?? (/^\d{4}年/.test(key) ? 'annual' : undefined);
}

/** A header row's label `k` repeats the label in the column just left of it (a merged label undone): one label. */
function writtenAgain(labels: readonly Anchor[], k: number): boolean {
  return k > 0 && labels[k - 1].col === labels[k].col - 1 && labels[k - 1].text === labels[k].text;
}

/**
 * The columns of a header row's 三级 labels that may each start a group. 指标内容 (or 指标名称) after a
 * 三级 label with no value or 二级 label between them describes that 三级 and starts none: the 预算管理一体化
 * standard's indicator fields run 三级指标 (kpi_lv3) | 指标内容 (kpi_content) | 评（扣）分标准 | 指标值
 * (BGT_PERF_INDICATOR, as the pmkpi system's DDL comments them; systems40.tsv).
 */
function namesStartingGroups(scan: RowScan): number[] {
  const cols: number[] = [];
  let open = false;
  scan.labels.forEach((l, k, all) => {
    const role = l.info.header;
    if (role === 'value' || role === 'level2') open = false;
    if (role !== 'level3' && role !== 'contentOrLevel3') return;
    // A 三级 label written again in the next column is one label (its merge undone).
    if (writtenAgain(all, k)) return;
    if (role === 'contentOrLevel3' && open) return;
    cols.push(l.col);
    open = true;
  });
  return cols;
}

/**
 * The column group of a header row to check. Side-by-side 中长期 and 年度 groups repeat the 二级 /
 * 三级 / 指标值 columns; the annual group is checked (a one-year project leaves the long-term group
 * empty). A group's period is read from its own labels (`二级指标(年度)`) or the cells above it;
 * without either, the last group, where systems put the annual one.
 */
function chooseGroup(scan: RowScan, grid: Grid, above: RowScan[], avoid?: number): { from: number; to: number; shared: number } | undefined {
  // A 三级 label written again in the next column is one label (its merge undone, the text in
  // each cell: `三级指标 | 三级指标`), not a second group.
  const columnsOf = (roles: string[]) =>
    scan.labels.filter((l, k, all) => roles.includes(l.info.header ?? '') && !writtenAgain(all, k)).map((l) => l.col);
  const level2 = columnsOf(['level2']);
  // No 三级 label in two groups (`二级指标 | 绩效指标 | 预期目标` twice): the 二级 columns start them.
  let level3 = namesStartingGroups(scan);
  if (level3.length < 2) level3 = level2;
  if (level3.length < 2) return undefined;
  // Each group starts at the last 二级 column between the 三级 before it and its own 三级 (both
  // lists are in column order: one walk, not a search per group, for a header thousands wide).
  const starts: number[] = [];
  let j = 0;
  level3.forEach((c, k) => {
    const prev = k > 0 ? level3[k - 1] : -1;
    while (j < level2.length && level2[j] <= prev) j++;
    let l2: number | undefined;
    while (j < level2.length && level2[j] < c) l2 = level2[j++];
    starts.push(l2 ?? c);
  });
  const groups = starts.map((s, k) => ({ from: s, to: k + 1 < starts.length ? starts[k + 1] - 1 : Infinity }));
  /** The group holding a column (groups are in column order and do not overlap), or -1. */
  const groupAt = (col: number): number => {
    let lo = 0;
    let hi = groups.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (col < groups[mid].from) hi = mid - 1;
      else if (col > groups[mid].to) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  // Each group's period: its own first label that says one, else the first cell above over this
  // group alone (not over the whole grid) that says one. Worked out for all groups in one pass.
  const own: (Period | undefined)[] = new Array<Period | undefined>(groups.length);
  for (const l of scan.labels) {
    const g = l.info.period ? groupAt(l.col) : -1;
    if (g >= 0 && own[g] === undefined) own[g] = l.info.period;
  }
  const overhead: (Period | undefined)[] = new Array<Period | undefined>(groups.length);
  // A row above naming one period per group, both periods among them, names them in column order
  // (`中期目标 | 年度目标` of a form's goal block, not aligned with the grid's groups).
  let ordered: Period[] | undefined;
  for (const s of above) {
    const inRow: Period[] = [];
    let last = '';
    for (const c of s.nonBlank) {
      const right = grid.mergeAt(c.row, c.col)?.right ?? c.col;
      const text = grid.rawText(c.row, c.col);
      const p = periodOfText(text);
      if (!p) continue;
      // A merge undone with its text in every cell is one cell.
      if (text !== last) inRow.push(p);
      last = text;
      // A cell counts for a group it meets unless it also starts left of the group's column
      // before and reaches its end: only the groups holding its two edges can take it.
      for (const g of new Set([groupAt(c.col), groupAt(c.col + 1), groupAt(right)])) {
        if (g < 0 || overhead[g] !== undefined) continue;
        const { from, to } = groups[g];
        if (c.col > to || right < from || (c.col < from - 1 && right >= to)) continue;
        overhead[g] = p;
      }
    }
    if (!ordered && inRow.length === groups.length && inRow.includes('annual') && inRow.includes('longTerm')) ordered = inRow;
  }
  // Every group's own labels saying the same period (`年度指标值` in each) tell none apart.
  const ownSays = own.some((p) => p !== own[0]);
  const periodOf = (k: number): Period | undefined => (ownSays ? own[k] : undefined) ?? ordered?.[k] ?? overhead[k];
  const open = groups.map((_, k) => k).filter((k) => groups[k].from !== avoid);
  const chosenIndex =
    open.find((k) => periodOf(k) === 'annual') ?? open.filter((k) => periodOf(k) !== 'longTerm').pop() ?? open[open.length - 1] ?? groups.length - 1;
  // Columns left of the first group (一级指标, a list's project columns) are shared by all groups.
  return { ...groups[chosenIndex], shared: starts[0] };
}

/** A header's left edge before any column is seen: the largest small integer V8 holds unboxed (2³⁰ − 1). */
const NO_LEFT = 0x3fffffff;

function headerOf(scan: RowScan, grid: Grid, above: RowScan[] = [], avoid?: number): HeaderRow | undefined {
  // The row's header roles gathered in one loop, not `labels.map(…).filter(Boolean)`: the mapped
  // list of a row without labels is another kind of array for V8 than one with some, and the
  // filter on it undid headerOf's optimised code (a second compile of this large function a run).
  const roles = new Set<NonNullable<LabelInfo['header']>>();
  for (let li = 0; li < scan.labels.length; li++) {
    const l = scan.labels[li];
    if (l.info.header) roles.add(l.info.header);
  }
  // `三级指标及指标值`: the 三级 column and the value column in one, where the row names neither
  // apart (beside 三级指标 and 指标值 it is a frame label merged down the grid's left).
  const combined = roles.has('level3AndValue') && !roles.has('level3') && !roles.has('contentOrLevel3') && !roles.has('value');
  if (combined) roles.add('level3').add('value');
  const hasLevel3 = roles.has('level3') || roles.has('contentOrLevel3');
  // A flat list with no 一级/二级 columns (重庆's 一般性项目绩效目标表: 指标 | 指标权重 | 计量单位 |
  // 指标性质 | 指标值) counts when its value column comes with a system's other indicator columns.
  const flat = !roles.has('level1') && !roles.has('level2') && hasLevel3 && roles.has('value') && ['weight', 'unit', 'nature', 'signOrDirection'].some((r) => roles.has(r as NonNullable<LabelInfo['header']>));
  // No 一级 column (`二级指标 | 三级指标 | 指标值`): each row's 一级 is its 二级's.
  const noLevel1 = !roles.has('level1') && roles.has('level2') && hasLevel3 && roles.has('value');
  // `一级指标 | 二级指标 | 绩效指标 | 指标值`: a 三级 column under a word no system agrees on.
  const unnamedLevel3 = !hasLevel3 && roles.has('level1') && roles.has('level2');
  // No 二级 column (`一级指标 | 指标名称 | 指标值`): the rows' 二级 are not written.
  const noLevel2 = roles.has('level1') && !roles.has('level2') && hasLevel3 && roles.has('value');
  // `指标类别 | 指标名称 | 指标值`: level names under a word no pattern knows, left of the 三级.
  const levelsLeft = hasLevel3 && roles.has('value') && !roles.has('level1') && !roles.has('level2') ? levelColumnLeftOf(scan, grid) : undefined;
  if (!flat && !noLevel1 && !noLevel2 && !unnamedLevel3 && (!roles.has('level1') || !roles.has('level2') || !hasLevel3) && levelsLeft === undefined && !(hasLevel3 && roles.has('value') && levelsBelow(scan, grid))) return undefined;
  // The edges start at NO_LEFT / -1, not ±Infinity: a field once given Infinity holds doubles in
  // every header (V8 keeps one representation per field), so each column read from a header came
  // boxed, and the first such column handed to Grid.mergeAt threw it, and the locator's large
  // functions compiled with it, out of optimised code (`--trace-deopt`: "not a Smi"). Every column
  // is ≥ 0 and below NO_LEFT, so Math.min / Math.max answer as they did with ±Infinity.
  const header: HeaderRow = { row: scan.row, columns: {}, ambiguous: [], project: {}, left: NO_LEFT, right: -1 };
  const group = chooseGroup(scan, grid, above, avoid);
  const content: number[] = [];
  // `中期指标值 | 年度指标值` in one group: the annual value is checked (a one-year project leaves
  // the 中期 column empty), wherever the two stand.
  let longTermValue = false;
  // `申报指标值 | 批复指标值`: the approved value is checked.
  let declaredValue = false;
  for (let li = 0; li < scan.labels.length; li++) {
    const l = scan.labels[li];
    const right = grid.mergeAt(l.row, l.col)?.right ?? l.col;
    const inGroup = !group || l.col < group.shared || (l.col >= group.from && l.col <= group.to);
    const role = l.info.header;
    if (!inGroup && role) {
      // Another group's column: part of the table, not read.
    } else if (role === 'signOrDirection') header.ambiguous.push(l.col);
    else if (role === 'contentOrLevel3') content.push(l.col);
    else if (role === 'level3AndValue') {
      if (!combined || header.columns.level3 !== undefined) continue;
      header.columns.level3 = l.col;
      header.columns.value = l.col;
      header.combined = true;
    } else if (role && (header.columns[role] === undefined || (role === 'value' && ((longTermValue && l.info.period === 'annual') || (declaredValue && !l.info.declared))))) {
      header.columns[role] = l.col;
      if (role === 'value') {
        longTermValue = l.info.period === 'longTerm';
        declaredValue = l.info.declared === true;
      }
    } else if (unnamedLevel3 && roles.has('value') && l.info.field === 'projectName' && labelKey(l.text) === '名称') {
      // `一级指标 | 二级指标 | 名称 | 指标值`: beside the two level columns and a value column a bare 名称
      // names the 三级, not a list's project column. (Without a value column, `名称 | 备注`, the row
      // stays no header: the rows below are read by their content.)
      content.push(l.col);
    } else if (l.info.field && header.project[projectColumnField(l.info.field, right === l.col)] === undefined) {
      header.project[projectColumnField(l.info.field, right === l.col)] = l.col;
      if (l.info.unit) header.unit = l.info.unit;
    } else if (!role) continue;
    header.left = Math.min(header.left, l.col);
    header.right = Math.max(header.right, right);
  }
  if (header.project.projectName !== undefined || header.project.total !== undefined || header.project.goals !== undefined) listHeaderWords(grid, scan, header);
  // 指标内容 / 指标名称: the 三级 column where there is no 三级指标 header, else the description.
  for (let ci = 0; ci < content.length; ci++) {
    const col = content[ci];
    // `指标 | 指标内容`: the column of level names is read by content (levelsByContent), not as the 三级.
    if (col === levelsLeft) continue;
    if (header.columns.level3 === undefined) header.columns.level3 = col;
    else if (header.columns.description === undefined) header.columns.description = col;
  }
  if (header.columns.level3 === undefined || header.columns.value === undefined) adoptUnlabelledColumns(scan, grid, header, group);
  if (header.columns.level3 === undefined) return undefined;
  // `一级指标 | 二级指标 | 绩效指标` and no value column: the 三级 cells may hold their values
  // (`培训人数≥100人`); with neither, three columns are no grid.
  if (header.columns.value === undefined && unnamedLevel3) {
    if (namesHoldValues(grid, scan.row, header.columns.level3)) {
      header.columns.value = header.columns.level3;
      header.combined = true;
    } else if (scan.cols.length < 4) return undefined;
  }
  if (group) header.group = group;
  // The grid starts at those level names.
  if (levelsLeft !== undefined) header.left = Math.min(header.left, levelsLeft);
  // An edge no column set keeps ±Infinity, as before (a rare header; its field then holds doubles again).
  if (header.left === NO_LEFT) header.left = Infinity;
  if (header.right === -1) header.right = -Infinity;
  return header;
}

/**
 * `指标名称` merged over `二级指标 | 三级指标` in the row below (大庆's and 阳泉's 申报表: `指标名称 |
 * 上年度实际水平 | 本年度计划水平 | 指标内容/计算公式`): the levels' header is that row (absorbSubHeader).
 */
function levelsBelow(scan: RowScan, grid: Grid): boolean {
  const l = scan.labels.find((x) => x.info.header === 'contentOrLevel3');
  const m = l && grid.mergeAt(l.row, l.col);
  return m !== undefined && m.right > m.left && m.bottom === scan.row && classifyLabelOnce(grid.rawText(scan.row + 1, m.left))?.header === 'level2';
}

/** How many rows under a `指标名称 | 指标值` header are read for level names left of the 三级. */
const LEVELS_LEFT_REACH = 40;

/**
 * `指标类别 | 指标名称 | 指标值`, `绩效指标 | 指标名称 | 指标值`: a header naming only the 三级 and the
 * value, with a column left of the 三级 under a word no pattern knows whose cells below are 一级 or
 * 二级 names (产出指标 on a row of its own, then its indicators). The levels are then read by content
 * (levelsByContent): that column, or undefined. Asked only of rows that name a 三级 and a value and
 * no level column. `指标 | 指标内容 | 指标值` (a published 申报表 with no 二级 column): two words that
 * each name a 三级 elsewhere; the left one's column counts too when its cells are level names.
 */
function levelColumnLeftOf(scan: RowScan, grid: Grid): number | undefined {
  const names = scan.labels.filter((l) => l.info.header === 'level3' || l.info.header === 'contentOrLevel3');
  if (names.length === 0) return undefined;
  const level3 = names[names.length - 1];
  const last = Math.min(grid.lastRow, scan.row + LEVELS_LEFT_REACH);
  for (let col = Math.max(grid.firstCol, names[0].col - LEVEL_REACH); col < level3.col; col++) {
    if (scan.labels.some((l) => l.col === col && l.info.header && l.info.header !== 'contentOrLevel3')) continue;
    let names = 0;
    for (let r = scan.row + 1; r <= last; r++) {
      const a = grid.anchor(r, col);
      if (a.row !== r || a.col !== col || grid.isBlank(r, col)) continue;
      const text = grid.rawText(r, col);
      if (resolveLevel1(text) || resolveLevel2(text)) names++;
      else break;
      if (names >= 2) return col;
    }
  }
  return undefined;
}

/** Rows below a header-less grid's first row that must show 二级 names for the grid to count. */
const IMPLIED_CONFIRM = 2;
const IMPLIED_REACH = 12;

/**
 * A grid written with no header row under its project's fields: a row whose cells read 一级 name |
 * 二级 name | 三级 | value (a frame label such as 绩效指标 may stand left of them). The header is
 * implied, one row above the grid. With no 项目名称 of its own (the grid alone on the sheet, or
 * under a title naming the project), the rows below must show 二级 names in the same column too.
 */
function impliedHeaderOf(scan: RowScan, grid: Grid, ownProject: boolean): HeaderRow | undefined {
  const cols = scan.cols;
  for (let i = 0; i + 3 < cols.length; i++) {
    if (!resolveLevel1(grid.rawText(scan.row, cols[i]))) continue;
    if (!resolveLevel2(grid.rawText(scan.row, cols[i + 1]))) return undefined;
    if (!ownProject) {
      // Lists of level names side by side (a template's dropdown sheet) are not a grid: the 三级
      // and the value are no level names.
      const isLevel = (c: number) => resolveLevel1(grid.rawText(scan.row, c)) !== undefined || resolveLevel2(grid.rawText(scan.row, c)) !== undefined;
      if (isLevel(cols[i + 2]) || isLevel(cols[i + 3])) return undefined;
      if (!level2NamesBelow(grid, scan.row, cols[i + 1])) return undefined;
    }
    // More columns right of the 三级 (指标解释 | 指标值, or 计算方法 | 数据来源 | … | 指标值): the
    // value column is the one whose cells read as targets, the first of them a description.
    const value = cols.length > i + 4 ? valueColumnByContent(grid, scan.row, cols, i + 3) : cols[i + 3];
    const described = value !== cols[i + 3] ? { description: cols[i + 3] } : {};
    const right = grid.mergeAt(scan.row, cols[cols.length - 1])?.right ?? cols[cols.length - 1];
    return {
      row: scan.row - 1,
      columns: { level1: cols[i], level2: cols[i + 1], level3: cols[i + 2], ...described, value },
      ambiguous: [],
      project: {},
      left: cols[i],
      right,
      implied: true,
    };
  }
  return ownProject ? impliedLevel2HeaderOf(scan, grid) : undefined;
}

/**
 * A number with its unit at a text's start (`500人次`, `95%`, `2025年12月底前`). A bare number is no
 * evidence of a target: weights and scores are bare numbers too.
 */
const NUMBER_WITH_UNIT_RE = /^\s*\d[\d.,]*\s*[^\d.,\s]/;

/** A cell's text reads as a target: it starts with a sign (vocabulary.ts's), or with a number and its unit. */
function readsAsTarget(text: string): boolean {
  return startsWithSign(text) || NUMBER_WITH_UNIT_RE.test(text);
}
/** How many columns right of a header-less grid's 三级 are weighed as its value column. */
const VALUE_CANDIDATES = 6;

/**
 * Of a header-less grid's columns from `cols[from]` on, the one whose cells on the first rows
 * read most often as targets (`≥500人次`, `95%`): the value column. The first wins a tie (a grid
 * of qualitative values keeps its value right of the 三级). A few rows of a few columns, once
 * per grid.
 */
function valueColumnByContent(grid: Grid, row: number, cols: readonly number[], from: number): number {
  let best = cols[from];
  let bestCount = -1;
  const last = Math.min(grid.lastRow, row + IMPLIED_REACH);
  for (let k = from; k < Math.min(cols.length, from + VALUE_CANDIDATES); k++) {
    const col = cols[k];
    let count = 0;
    for (let r = row; r <= last; r++) {
      const m = grid.mergeAt(r, col);
      if ((m === undefined || m.top === r) && readsAsTarget(grid.text(r, col))) count++;
    }
    if (count > bestCount) {
      best = col;
      bestCount = count;
    }
  }
  return best;
}

/** True when IMPLIED_CONFIRM rows below `row` (within IMPLIED_REACH) start a 二级 name in column `col`. */
function level2NamesBelow(grid: Grid, row: number, col: number): boolean {
  let seen = 0;
  for (let r = row + 1; r <= Math.min(grid.lastRow, row + IMPLIED_REACH) && seen < IMPLIED_CONFIRM; r++) {
    const a = grid.anchor(r, col);
    if (a.row === r && resolveLevel2(grid.rawText(a.row, a.col))) seen++;
  }
  return seen >= IMPLIED_CONFIRM;
}

/**
 * Under a 项目名称 of its own, a header-less grid with no 一级 column: 二级 name | 三级 | value, the
 * rows below showing 二级 names in the same column too (a grid copied without its 一级 column).
 */
function impliedLevel2HeaderOf(scan: RowScan, grid: Grid): HeaderRow | undefined {
  const cols = scan.cols;
  const isLevel = (r: number, c: number) => resolveLevel1(grid.rawText(r, c)) !== undefined || resolveLevel2(grid.rawText(r, c)) !== undefined;
  for (let i = 0; i + 2 < cols.length; i++) {
    if (!resolveLevel2(grid.rawText(scan.row, cols[i])) || resolveLevel1(grid.rawText(scan.row, cols[i]))) continue;
    if (isLevel(scan.row, cols[i + 1]) || isLevel(scan.row, cols[i + 2]) || !level2NamesBelow(grid, scan.row, cols[i])) return undefined;
    const right = grid.mergeAt(scan.row, cols[cols.length - 1])?.right ?? cols[cols.length - 1];
    return { row: scan.row - 1, columns: { level2: cols[i], level3: cols[i + 1], value: cols[i + 2] }, ambiguous: [], project: {}, left: cols[i], right, implied: true };
  }
  return undefined;
}

/** How many rows under a header are read to tell a 三级 column that holds its values. */
const COMBINED_REACH = 40;

/**
 * The cells under a 三级 header with no value column beside it mostly read as a name and a value
 * (`培训人数≥100人`, `群众满意度：95%`), two of them at least: a `三级指标及指标值` column by content.
 */
function namesHoldValues(grid: Grid, row: number, col: number): boolean {
  let filled = 0;
  let split = 0;
  for (let r = row + 1; r <= Math.min(grid.lastRow, row + COMBINED_REACH); r++) {
    const a = grid.anchor(r, col);
    if (a.row !== r || a.col !== col || grid.isBlank(r, col)) continue;
    const text = grid.rawText(r, col);
    if (resolveLevel1(text) || resolveLevel2(text)) continue;
    filled++;
    if (splitNameValue(text)) split++;
  }
  return split >= 2 && split * 2 >= filled;
}

/** `一级指标 | 二级指标` and one cell more (or two) whose words we don't know: maybe a header (headerOf decides). */
function levelsOnly(scan: RowScan): boolean {
  if (scan.labels.length !== 2 || scan.cols.length < 3) return false;
  const [a, b] = scan.labels;
  return a.info.header === 'level1' && b.info.header === 'level2';
}

/** Header words of a 三级 column no pattern names (绩效指标, 指标明细). */
const UNNAMED_LEVEL3_RE = /指标/;
/** Header words of a value column no pattern names (预期目标, 绩效标准, 目标要求, 标准值, 2025年). */
const UNNAMED_VALUE_RE = /目标|标准|要求|成果|效果|值|预期|计划|^(19|20)\d{2}(年度?)?$/;

/**
 * A goal column over the values that names the whole project (`总目标`: a project plan system's
 * 项目总体绩效目标表 runs 指标单位 | 指标性质 | 总目标 | 本年度目标, test/fixtures/census/systems40.tsv): the
 * whole period's target, as 实施期目标; a year's column after it is the one checked.
 */
const WHOLE_PERIOD_GOALS: ReadonlySet<string> = new Set(['总目标', '总体目标']);

/**
 * The 三级 or value column of a header whose word for it is not one we know, read from the cells
 * right of the level columns: the first unlabelled cell saying 指标 is the 三级 column, the first
 * after it saying 目标 / 标准 / 值 the value column (`年度目标` and `绩效目标` there are the value
 * column's header, not the table's goals). Without this a table whose value column says 预期目标
 * had every indicator reported empty.
 */
function adoptUnlabelledColumns(scan: RowScan, grid: Grid, header: HeaderRow, group: HeaderRow['group']): void {
  const cols = header.columns;
  const taken = new Set<number>([...Object.values(cols), ...header.ambiguous]);
  const levels = Math.max(cols.level1 ?? -1, cols.level2 ?? -1);
  // The labels by column, made once: a search of the row's labels per column was quadratic on a
  // header of 16,000 labels (10 such rows: 2.5 s).
  const labelAt = new Map(scan.labels.map((l) => [l.col, l]));
  // A long-term column taken as the value column (`长期绩效目标`, `实施期目标`): a later one for the
  // year (`全年绩效目标`, `年度目标`) is the one checked, as with `中期指标值 | 年度指标值` (the older 范本's
  // two target columns, issue #11: a long-term cap taken for the year's was a false cost-exceeds).
  let longTermValue = false;
  for (const col of scan.cols) {
    if (col <= levels || taken.has(col)) continue;
    if (group && col >= group.shared && (col < group.from || col > group.to)) continue;
    const label = labelAt.get(col);
    // A cell that is a label of its own (a role, a kind's column such as 区域目标值) is not guessed at.
    if (label && label.info.field !== 'goals') continue;
    const key = labelKey(grid.rawText(scan.row, col));
    if (key.length === 0 || key.length > 12) continue;
    if (cols.level3 === undefined) {
      if (label || !UNNAMED_LEVEL3_RE.test(key)) return;
      cols.level3 = col;
    } else if (col > cols.level3 && UNNAMED_VALUE_RE.test(key)) {
      const lead = periodIn(key, 'leading') ?? (WHOLE_PERIOD_GOALS.has(key.startsWith('项目') ? key.slice(2) : key) ? 'longTerm' : undefined);
      // Past a long-term value column, only the year's takes its place.
      if (longTermValue && lead !== 'annual') continue;
      cols.value = col;
      longTermValue = lead === 'longTerm';
      if (label?.info.field !== undefined && header.project[label.info.field] === col) delete header.project[label.info.field];
    } else continue;
    header.right = Math.max(header.right, grid.mergeAt(scan.row, col)?.right ?? col);
    if (cols.value !== undefined && !longTermValue) return;
  }
}

/** How far below its 项目名称 a two-label header (`指标名称 | 指标值`) may stand. */
const PAIR_HEADER_REACH = 40;

/**
 * `指标名称 | 指标值` (or `三级指标 | 目标值`) and nothing else: the grid of a table that writes no
 * levels, read as a flat list.
 */
function pairHeaderOf(scan: RowScan, grid: Grid): HeaderRow | undefined {
  const [a, b] = scan.labels;
  const isName = (l: Anchor) => l.info.header === 'level3' || l.info.header === 'contentOrLevel3';
  if (!isName(a) || b.info.header !== 'value' || b.col <= a.col) return undefined;
  const right = grid.mergeAt(b.row, b.col)?.right ?? b.col;
  // Level names in a column left of the 三级 (`绩效指标 | 指标名称 | 指标值` with 产出指标 on rows of
  // their own): the grid starts there, its levels read by content.
  const left = Math.min(a.col, levelColumnLeftOf(scan, grid) ?? a.col);
  return { row: scan.row, columns: { level3: a.col, value: b.col }, ambiguous: [], project: {}, left, right };
}

/** Words over an indicator-name column that are no label elsewhere: `绩效指标`, `考核指标项目`. */
const INDICATOR_NAME_HEADER_RE = /^(绩效|考核|评价|项目)?指标(名称|内容|项目|明细)?$/;

/**
 * `绩效指标 | 指标值` under a 项目名称 of its own: a value header with the indicator names to its
 * left under words that are no label by themselves (`绩效指标` is also the label merged down the
 * left of many forms' grids, where it stands beside 一级/二级/三级 headers, not alone).
 */
function loneValueHeaderOf(scan: RowScan, grid: Grid): HeaderRow | undefined {
  const [b] = scan.labels;
  if (b.info.header !== 'value') return undefined;
  let name: number | undefined;
  for (let ci = 0; ci < scan.cols.length; ci++) {
    const col = scan.cols[ci];
    if (col < b.col) name = col;
  }
  if (name === undefined || !INDICATOR_NAME_HEADER_RE.test(labelKey(grid.rawText(scan.row, name)))) return undefined;
  const right = grid.mergeAt(b.row, b.col)?.right ?? b.col;
  return { row: scan.row, columns: { level3: name, value: b.col }, ambiguous: [], project: {}, left: name, right, lone: true };
}

/** A row-number column's header (`序号`, `编号`, `行次`). */
const SERIAL_HEADER_RE = /^(?:序号|编号|行次|行号|排序)$/;

/**
 * `序号` left of the header, in its second row only (a 序号 column put in front of a two-row header
 * whose merges were undone): the row-number column's header, part of the header like its labels.
 * Before, the row was read as a grid of its own and the first header's grid had no indicators
 * (made by us from hb-huangshi-dangxiao-2022's form, scripts/mutate-corpus.ts).
 */
function serialLeftOf(grid: Grid, header: HeaderRow, row: number, col: number): boolean {
  return col < header.left && SERIAL_HEADER_RE.test(labelKey(grid.rawText(row, col)));
}

const SUB_HEADER_ROLES = new Set(['description', 'value', 'sign', 'unit', 'direction', 'nature', 'weight', 'signOrDirection', 'contentOrLevel3']);

/**
 * Budget-system exports often have a two-row header: `指标值` merged over `指标性质 | 指标值 |
 * 度量单位` in the row below. When the row under a header holds only such labels, it is part of
 * the header: its roles win for its columns, and the data starts below it.
 */
function absorbSubHeader(grid: Grid, header: HeaderRow, next: RowScan | undefined): void {
  if (!next || next.cols.length === 0) return;
  // The header's 三级 cell merged down over the row below (`指标值` over `年度指标值` or `2025年`,
  // the other header cells merged down beside it): that row is the header's, whatever it holds.
  // Only a cell over two rows with a word under the value column: a frame label merged down the
  // grid's left (`项目绩效指标`, read as 三级 until the columns' contents decide) is no header cell.
  const { level1: c1, level3: c3, value: cv } = header.columns;
  const down = c3 === undefined ? undefined : grid.mergeAt(header.row, c3);
  const spanned = down !== undefined && down.top === header.row && down.bottom === next.row && cv !== undefined && !grid.isBlank(next.row, cv) && (c1 === undefined || resolveLevel1(grid.text(next.row, c1)) === undefined);
  const end = (): void => {
    if (spanned) header.row = next.row;
  };
  if (next.cols.length < 2 && !spanned) return;
  // Fewer than two labels: a sub-header only if it restates the periods (`（中长期） | （年度）`),
  // told by the value column's own cell (one look, not the row's every cell).
  // `上年度 | 本年度` under 指标值 merged across both: last year's column is read past, this year's is the value.
  const lastYear = next.labels.length === 1 && next.labels[0].info.skip && next.labels[0].col === cv && restatesPeriod(grid, next.row, header.row, cv + 1);
  if (next.labels.length < 2 && !spanned && (cv === undefined || !restatesPeriod(grid, next.row, header.row, cv)) && !lastYear) return;
  // Cells no pattern knows that repeat the header's text in their column (`绩效指标` merged down
  // the grid's left, unmerged with its text in every row) belong to the header like its labels,
  // and so do those that only restate the period of the value column above (`（年度）`).
  let known = next.labels.length;
  if (known !== next.cols.length) {
    const labelled = new Set<number>();
    for (const l of next.labels) labelled.add(l.col);
    for (const col of next.cols) if (!labelled.has(col) && (repeatsAbove(grid, next.row, header.row, col) || restatesPeriod(grid, next.row, header.row, col) || serialLeftOf(grid, header, next.row, col))) known++;
  }
  if (known < 2 && !spanned) return;
  const unknown = known === next.cols.length ? undefined : unknownUnderGroup(grid, header, next);
  if (known !== next.cols.length && !unknown) return end();
  // A header cell merged over two rows, unmerged with its text repeated: the same label again; or
  // a label broken at its line break over the two rows (`一级` over `指标`): the label above, completed.
  const repeats = (l: Anchor) => repeatsAbove(grid, l.row, header.row, l.col) || completesAbove(grid, l, header.row);
  // `中长期目标 | 年度目标` under `指标值` merged across both: the two periods' values, not goals.
  // `中长期指标值 | 年度指标值`, each over its own column, restated below as `中长期目标 | 年度目标`.
  const periodValue = (l: Anchor) => {
    if (l.info.field !== 'goals' || l.info.period === undefined) return false;
    const over = grid.mergeAt(header.row, l.col);
    if (over !== undefined && over.left < over.right && over.bottom === header.row) return true;
    const above = classifyLabelOnce(grid.rawText(header.row, l.col));
    return above?.header === 'value' && above.period === l.info.period;
  };
  // A column of another kind of table (`实际完成值`, `全年预计完成值` under `指标值`): not read here,
  // the kind pass reads it in this row.
  const otherKind = (l: Anchor) => l.info.kind !== undefined && l.info.field === undefined;
  const roleOf = (l: Anchor) => (periodValue(l) ? 'value' : l.info.header);
  // A list export's money columns under a group word (`资金情况（万元）` over 合计 | 财政拨款 | 其他资金).
  const funding = (l: Anchor) => header.project.projectName !== undefined && !l.info.header && l.info.field !== undefined && FUNDING_SUB_FIELDS.has(l.info.field) && underGroup(grid, header.row, l.col);
  // `二级指标 | 三级指标` under `指标名称` merged across both.
  const levels = (l: Anchor) => (l.info.header === 'level2' || l.info.header === 'level3') && underGroup(grid, header.row, l.col);
  if (!next.labels.every((l) => l.info.skip || repeats(l) || otherKind(l) || funding(l) || levels(l) || SUB_HEADER_ROLES.has(roleOf(l) ?? ''))) return end();
  // The ambiguous columns taken by the row below, and those it adds, applied once at the end: a
  // filter of the list per label was quadratic on a sub-header of 16,000 labels.
  const dropped = new Set<number>();
  const added: number[] = [];
  let annualValue = false;
  for (const l of next.labels) {
    if (repeats(l)) continue;
    if (funding(l)) {
      const field = l.info.field as FieldLabel;
      // The group word's own column was taken for the total when it stood over one column only.
      for (const key of Object.keys(header.project) as FieldLabel[]) if (header.project[key] === l.col) delete header.project[key];
      header.project[field] = l.col;
      continue;
    }
    if (l.info.skip || otherKind(l)) {
      // Another value column (last year's actual, this year's result): not the target, not read.
      for (const key of Object.keys(header.columns) as ColumnRole[]) if (header.columns[key] === l.col) delete header.columns[key];
      if (lastYear) header.columns.value = l.col + 1;
      continue;
    }
    // `三级指标及指标值` under a group is no sub-header of it.
    if (l.info.header === 'level3AndValue') continue;
    const header_ = roleOf(l);
    const role = header_ === 'contentOrLevel3' ? 'description' : (header_ as Exclude<NonNullable<LabelInfo['header']>, 'contentOrLevel3' | 'level3AndValue'>);
    if (header.group && l.col >= header.group.shared && (l.col < header.group.from || l.col > header.group.to)) continue;
    // Two periods' values side by side: the annual one is checked, whichever stands first.
    if (role === 'value' && l.info.period !== undefined) {
      if (annualValue && l.info.period !== 'annual') continue;
      if (l.info.period === 'annual') annualValue = true;
    }
    // A column can hold one role: drop whatever the upper row gave it.
    for (const key of Object.keys(header.columns) as ColumnRole[]) if (header.columns[key] === l.col) delete header.columns[key];
    dropped.add(l.col);
    if (role === 'signOrDirection') added.push(l.col);
    else header.columns[role] = l.col;
    header.right = Math.max(header.right, grid.mergeAt(l.row, l.col)?.right ?? l.col);
  }
  // `指标值` over bare period words (`中期 | 年度`): the annual word's column is the value column.
  const cv2 = header.columns.value;
  const span = cv2 === undefined ? -1 : (grid.mergeAt(header.row, cv2)?.right ?? (grid.isBlank(header.row, cv2 + 1) ? cv2 + 1 : cv2));
  for (let c = cv2 ?? 0; c <= span; c++) if (periodWordOf(grid.rawText(next.row, c)) === 'annual') header.columns.value = c;
  if (unknown) {
    for (const col of unknown) {
      for (const key of Object.keys(header.columns) as ColumnRole[]) if (header.columns[key] === col) delete header.columns[key];
      dropped.add(col);
    }
    header.byContent = unknown;
  }
  if (dropped.size > 0) header.ambiguous = [...header.ambiguous.filter((c) => !dropped.has(c)), ...added];
  header.row = next.row;
}

/** The cell at (`row`, `col`) is only the period (`年度`, `（中长期）`) of the value header above it. */
function restatesPeriod(grid: Grid, row: number, headerRow: number, col: number): boolean {
  const period = periodWordOf(grid.rawText(row, col));
  if (period === undefined) return false;
  // Under `指标值` merged across (or over a blank cell right of it, its merge undone): `中期 | 年度`.
  const a = grid.anchor(headerRow, col);
  const above = classifyLabelOnce(grid.rawText(a.row, a.col) || grid.rawText(headerRow, col - 1));
  return above?.header === 'value' && (above.period === undefined || above.period === period);
}

/**
 * The label is the rest of the header cell above it, broken off at a line break (`一级` over
 * `指标`, `绩效` over `指标`): the two read together are a label, of the role the one above has.
 */
function completesAbove(grid: Grid, l: Anchor, headerRow: number): boolean {
  const above = grid.rawText(headerRow, l.col);
  if (above === '' || above.length > 8) return false;
  const joined = classifyLabelOnce(above + grid.rawText(l.row, l.col));
  if (joined === undefined) return false;
  const upper = classifyLabelOnce(above);
  // Over a cell no pattern knows (`绩效` over `指标`), only the bare word 指标 is its tail: `年度` over
  // `指标值` is a group word over its own column, the value column.
  if (upper === undefined) return l.info.header === 'contentOrLevel3' && joined.header !== 'value';
  return upper.header !== undefined && upper.header === joined.header;
}

/** The cell at (`row`, `col`) holds the same text as the header row's cell above it. */
function repeatsAbove(grid: Grid, row: number, headerRow: number, col: number): boolean {
  const text = grid.rawText(row, col);
  return text !== '' && text === grid.rawText(headerRow, col);
}

/** The money fields a list export may write under a group word in a second header row. */
const FUNDING_SUB_FIELDS: ReadonlySet<FieldLabel> = new Set<FieldLabel>(['total', 'fiscal', 'other']);

/** The header cell above `col` is merged across two columns or more (a group word over its sub-columns). */
function underGroup(grid: Grid, row: number, col: number): boolean {
  const m = grid.mergeAt(row, col);
  return m !== undefined && m.right > m.left && m.top <= row && m.bottom >= row;
}

/**
 * The cells of a sub-header row that no pattern knows (`取值方式` beside `目标值 | 度量单位`), when
 * each stands under a header cell merged across columns (`年度指标值` over the three) and reads as a
 * short word, not a value: their columns, else undefined (the row is not a sub-header).
 */
function unknownUnderGroup(grid: Grid, header: HeaderRow, next: RowScan): number[] | undefined {
  const labelled = new Set(next.labels.map((l) => l.col));
  const out: number[] = [];
  for (const col of next.cols) {
    if (labelled.has(col) || repeatsAbove(grid, next.row, header.row, col)) continue;
    const group = grid.mergeAt(header.row, col);
    if (!group || group.left === group.right || group.bottom !== header.row) return undefined;
    const text = grid.rawText(next.row, col);
    if (text.length > 12 || /\d/.test(text) || columnContentOf(text) !== 'other') return undefined;
    out.push(col);
  }
  return out.length > 0 ? out : undefined;
}

/** Rows above and below a cell looked at to call its column a spacer. */
const SPACER_REACH = 8;
/** Spacer columns skipped at most: a label alone in its row is not read across the sheet. */
const SPACER_MAX = 2;

/** A column left blank around a row (a printed form's spacer column), not a field's empty value. */
function isSpacerColumn(grid: Grid, col: number, row: number): boolean {
  const top = Math.max(grid.firstRow, row - SPACER_REACH);
  const bottom = Math.min(grid.lastRow, row + SPACER_REACH);
  for (let r = top; r <= bottom; r++) {
    const m = grid.mergeAt(r, col);
    if (m && m.left < col) continue;
    if (!grid.isBlank(r, col)) return false;
  }
  return true;
}

/** The most cells a label's text is read as repeated across (a merged label's cells, each written). */
const REPEATED_LABEL_MAX = 8;

/** Excel's last column (XFD), 0-based: a value cell is never past it. */
const LAST_EXCEL_COL = 16_383;

/** The cell right of a label (after the label's merged area and any spacer column): where its value is written. */
function valueRightOf(grid: Grid, at: CellAddress & Pick<Anchor, 'inline'>, from?: number): Field {
  const inline = inlineField(at);
  if (inline) return inline;
  const labelMerge = from === undefined ? grid.mergeAt(at.row, at.col) : undefined;
  let right = from ?? labelMerge?.right ?? at.col;
  // A label in (or merged up to) the last column has no cell for its value: the value is empty, at the label.
  if (right >= LAST_EXCEL_COL) return { at: grid.anchor(at.row, at.col), text: '', value: null, label: at };
  // The cell right of the label (its merge's top-left), and the one past any spacer: addresses as
  // numbers, an address object made only for the field returned.
  const nm = grid.mergeAt(at.row, right + 1);
  const nextRow = nm ? nm.top : at.row;
  const nextCol = nm ? nm.left : right + 1;
  const limit = Math.min(grid.lastCol - 1, right + SPACER_MAX);
  while (right < limit && grid.isBlank(at.row, right + 1) && isSpacerColumn(grid, right + 1, at.row)) right++;
  const cm = grid.mergeAt(at.row, right + 1);
  const cellRow = cm ? cm.top : at.row;
  const cellCol = cm ? cm.left : right + 1;
  // Past a spacer only to a written value: another label there means this one's value is empty.
  if (cellCol !== nextCol && (grid.isBlank(cellRow, cellCol) || classifyLabelOnce(grid.rawText(cellRow, cellCol)) !== undefined)) return fieldAtAnchor(grid, nextRow, nextCol, at);
  const field = fieldAtAnchor(grid, cellRow, cellCol, at);
  // The label's text again (its merge undone, the text written into every cell it covered:
  // `合计 | 合计 | (blank) | 450000`): part of the label, its value further on. Looked at only when
  // the value read is the label's text, so that no other label pays for it.
  if (from === undefined && cellCol === nextCol && field.text !== '' && field.text === grid.rawText(at.row, at.col)) {
    let end = cellCol;
    for (let k = 1; k < REPEATED_LABEL_MAX && end + 1 < LAST_EXCEL_COL && grid.anchor(at.row, end + 1).col === end + 1 && grid.rawText(at.row, end + 1) === field.text; k++) end++;
    return valueRightOf(grid, at, end);
  }
  // The label's merge undone, its text in its first cell only (`年度资金总额 | (blank) | 2279.048`: a
  // merge lost on the way into Excel, 蒙城 卫健委 2024's B6:C6): the blank is the label's, the value
  // the written cell after it, unless that is another label (then this one's value is empty).
  // (A written cell there is its merge's top-left or in none: a merge's other cells read as blank.)
  if (from === undefined && cellCol === nextCol && !cm && !labelMerge && field.text === '' && cellCol < grid.lastCol) {
    const text = grid.rawText(at.row, cellCol + 1);
    if (!isBlankText(text) && classifyLabelOnce(text) === undefined && !isFormFieldWord(text)) return fieldAtAnchor(grid, at.row, cellCol + 1, at);
  }
  return field;
}

/** fieldAt of a cell that is its merge's top-left already (or in no merge), with its label. */
function fieldAtAnchor(grid: Grid, row: number, col: number, label: CellAddress): Field {
  const f: Field = { at: { row, col }, text: grid.rawText(row, col), value: grid.rawValue(row, col) };
  f.label = label;
  return f;
}

function fieldAt(grid: Grid, cell: CellAddress, label?: CellAddress): Field {
  const a = grid.anchor(cell.row, cell.col);
  const f: Field = { at: a, text: grid.rawText(a.row, a.col), value: grid.rawValue(a.row, a.col) };
  if (label) f.label = label;
  return f;
}

/** The field at a cell (its merge's top-left), with no address object made only to be looked up. */
function fieldOf(grid: Grid, row: number, col: number): Field {
  const m = grid.mergeAt(row, col);
  const at = m ? { row: m.top, col: m.left } : { row, col };
  return { at, text: grid.rawText(at.row, at.col), value: grid.rawValue(at.row, at.col) };
}

/** classifyLabel, remembered per text: the upper part of every table asks it of the same texts. */
const classifyLabelOnce = memoText(classifyLabel);

/** Decides what each ambiguous header column holds by reading its data cells. */
function resolveAmbiguous(grid: Grid, header: HeaderRow, lastRow: number): void {
  for (let ci = 0; ci < header.ambiguous.length; ci++) {
    const col = header.ambiguous[ci];
    const counts = { sign: 0, direction: 0, nature: 0, other: 0, empty: 0 };
    for (let r = header.row + 1; r <= lastRow; r++) counts[columnContentOf(grid.text(r, col))]++;
    const role: ColumnRole =
      counts.sign > 0 && counts.sign >= counts.direction
        ? 'sign'
        : counts.direction > 0
          ? 'direction'
          : counts.nature > 0
            ? 'nature'
            : labelKey(grid.text(header.row, col)).includes('方向')
              ? 'direction'
              : 'nature';
    if (header.columns[role] === undefined) header.columns[role] = col;
    else if (role === 'sign' && header.columns.direction === undefined) header.columns.direction = col;
  }
  const cols = header.byContent ?? [];
  for (let ci = 0; ci < cols.length; ci++) {
    const col = cols[ci];
    const counts = { sign: 0, direction: 0, nature: 0, other: 0, empty: 0 };
    for (let r = header.row + 1; r <= lastRow; r++) counts[columnContentOf(grid.text(r, col))]++;
    const role: ColumnRole | undefined = counts.sign > 0 && counts.sign >= counts.direction ? 'sign' : counts.direction > 0 ? 'direction' : counts.nature > 0 ? 'nature' : undefined;
    if (role && header.columns[role] === undefined) header.columns[role] = col;
  }
  rolesUnderWideHeaders(grid, header, lastRow);
  splitValueByContent(grid, header, lastRow);
  signsInNatureColumn(grid, header, lastRow);
  levelsInNatureColumn(grid, header, lastRow);
  level3UnderWideHeader(grid, header, lastRow);
  levelsByContent(grid, header, lastRow);
}

/**
 * A column named for the value's nature (`指标值类型`, `指标类型`) that holds the signs (`≥`, `≤`,
 * `=`, with `定性` on the qualitative rows), and no sign column besides: it is the sign column.
 * Before, its signs went unread and every value beside it was warned for a missing sign.
 */
function signsInNatureColumn(grid: Grid, header: HeaderRow, lastRow: number): void {
  const cols = header.columns;
  const c = cols.nature;
  if (c === undefined || cols.sign !== undefined) return;
  let signs = 0;
  let others = 0;
  for (let r = header.row + 1; r <= lastRow; r++) {
    const k = columnContentOf(grid.text(r, c));
    if (k === 'sign') signs++;
    else if (k === 'other' || k === 'direction') others++;
  }
  if (signs === 0 || others > signs) return;
  cols.sign = c;
  delete cols.nature;
}

/**
 * One header word merged over the level columns and the 三级 (`指标` or `绩效指标` over A:C, then
 * `指标值`), with 一级 or 二级 names written in its first columns: the 三级 is the merge's last
 * column of other words, and levelsByContent reads the columns left of it. Before, the first column
 * (the 一级 names) was read as the 三级: an empty-三级 error on every row and the levels lost.
 */
function level3UnderWideHeader(grid: Grid, header: HeaderRow, lastRow: number): void {
  const cols = header.columns;
  const c3 = cols.level3;
  if (c3 === undefined || cols.level1 !== undefined || cols.level2 !== undefined || lastRow <= header.row) return;
  const merged = grid.mergeAt(header.row, c3);
  if (!merged || merged.left !== c3 || merged.right === c3 || merged.top !== header.row) return;
  const taken = new Set<number>([...Object.values(cols), ...header.ambiguous]);
  let levelNames = false;
  let level3: number | undefined;
  for (let col = c3; col <= Math.min(merged.right, c3 + 3); col++) {
    if (col !== c3 && taken.has(col)) break;
    let names = 0;
    let other = 0;
    for (let r = header.row + 1; r <= lastRow; r++) {
      const a = grid.anchor(r, col);
      if (a.row !== r || a.col !== col || grid.isBlank(r, col)) continue;
      const text = grid.rawText(r, col);
      if (resolveLevel1(text) !== undefined || resolveLevel2(text) !== undefined) names++;
      else other++;
    }
    if (names >= 2 && names > other) levelNames = true;
    else if (levelNames && other > names) level3 = col;
  }
  if (level3 === undefined) return;
  cols.level3 = level3;
}

/** How far left of the grid's header a column of level names under unknown words is looked for. */
const LEVEL_REACH = 3;

/**
 * Level columns under words no pattern knows (`指标类别 | 指标子类 | 指标名称 | 指标值`): a column
 * left of the 三级 whose cells are 一级 names is the 一级 column, one of 二级 names the 二级 column.
 * Cells are counted where they start (a name merged down counts once).
 */
function levelsByContent(grid: Grid, header: HeaderRow, lastRow: number): void {
  const cols = header.columns;
  const c3 = cols.level3;
  if (c3 === undefined || (cols.level1 !== undefined && cols.level2 !== undefined)) return;
  const taken = new Set<number>([...Object.values(cols), ...header.ambiguous]);
  for (let col = Math.max(grid.firstCol, header.left - LEVEL_REACH); col < c3; col++) {
    if (taken.has(col)) continue;
    let level1 = 0;
    let level2 = 0;
    let other = 0;
    // 一级 names on rows of their own (no 三级, no value), 二级 names on the rows under them.
    let headings = 0;
    let rowLevel2 = 0;
    for (let r = header.row + 1; r <= lastRow; r++) {
      const a = grid.anchor(r, col);
      if (a.row !== r || a.col !== col || grid.isBlank(r, col)) continue;
      const text = grid.rawText(r, col);
      const heading = grid.isBlank(r, c3) && blankAt(grid, r, cols.value);
      const is1 = resolveLevel1(text) !== undefined;
      const is2 = resolveLevel2(text) !== undefined;
      if (is1) level1++;
      else if (is2) level2++;
      else other++;
      if (heading && is1) headings++;
      else if (!heading && is2) rowLevel2++;
    }
    // `产出指标` on a row of its own, then `数量指标 | 保障村数 | 72` in the same column: a 二级 column
    // under 一级 headings (level1Heading reads them).
    const outlined = cols.level1 === undefined && headings > 0 && rowLevel2 >= 2 && headings + rowLevel2 === level1 + level2 + other;
    const role = outlined ? 'level2' : level1 >= 2 && level1 > other && level1 >= level2 ? 'level1' : level2 >= 2 && level2 > other ? 'level2' : undefined;
    if (!role || cols[role] !== undefined) continue;
    // The 一级 stands left of the 二级.
    if (role === 'level1' && cols.level2 !== undefined && col > cols.level2) continue;
    if (role === 'level2' && cols.level1 !== undefined && col < cols.level1) continue;
    cols[role] = col;
    taken.add(col);
    header.left = Math.min(header.left, grid.mergeAt(header.row, col)?.left ?? col);
  }
}

/**
 * What a column's data cells hold: signs, 定性/定量 words, units, “no unit” marks (无, `-`
 * beside a 定性 value) and cells with text.
 */
function columnHolds(grid: Grid, header: HeaderRow, col: number, lastRow: number): { signs: number; natures: number; units: number; noUnits: number; filled: number } {
  let signs = 0;
  let natures = 0;
  let units = 0;
  let noUnits = 0;
  let filled = 0;
  for (let r = header.row + 1; r <= lastRow; r++) {
    if (grid.isBlank(r, col)) continue;
    filled++;
    const text = grid.text(r, col);
    const content = columnContentOf(text);
    if (content === 'sign') signs++;
    else if (content === 'nature') natures++;
    else if (canonicalUnit(stripSpaces(text)) !== undefined) units++;
    else if (isNoUnit(text)) noUnits++;
  }
  return { signs, natures, units, noUnits, filled };
}

/**
 * True when a data cell of the column below the header is written: columnHolds(…).filled > 0,
 * stopping at the first such cell (every wide header cell of a form is asked, and its column is
 * written from its first row).
 */
function columnFilled(grid: Grid, header: HeaderRow, col: number, lastRow: number): boolean {
  for (let r = header.row + 1; r <= lastRow; r++) if (!grid.isBlank(r, col)) return true;
  return false;
}

/** Roles whose header cell may be merged over columns the data is written in. */
const WIDE_ROLES: readonly ColumnRole[] = ['level1', 'level2', 'level3', 'value', 'description', 'weight'];

/**
 * A header cell merged over two or more columns (`三级指标` over C:D, `指标值` over D:E) with every
 * cell below it written in another of its columns than the first (the first a spacer): that
 * column holds the role. Before, the role read the empty first column (an error on every row).
 */
function rolesUnderWideHeaders(grid: Grid, header: HeaderRow, lastRow: number): void {
  const cols = header.columns;
  if (lastRow <= header.row) return;
  // The columns taken as the header stood when first needed (no role moved before that): made
  // only for a wide header cell with nothing under its first column, rare, not for every grid.
  let taken: Set<number> | undefined;
  for (let ri = 0; ri < WIDE_ROLES.length; ri++) {
    const role = WIDE_ROLES[ri];
    const col = cols[role];
    if (col === undefined) continue;
    const merged = grid.mergeAt(header.row, col);
    if (!merged || merged.left !== col || merged.right === col || columnFilled(grid, header, col, lastRow)) continue;
    taken ??= new Set<number>([...Object.values(cols), ...header.ambiguous]);
    let best = col;
    let most = 0;
    for (let c = col + 1; c <= Math.min(merged.right, col + 4); c++) {
      const filled = taken.has(c) ? 0 : columnHolds(grid, header, c, lastRow).filled;
      if (filled > most) {
        best = c;
        most = filled;
      }
    }
    if (best === col) continue;
    cols[role] = best;
    taken.add(best);
  }
}

/** The role of a column of signs (定性 among them), or of 定性/定量 words alone; else undefined. */
function signColumnRole(held: { signs: number; natures: number; filled: number }): 'sign' | 'nature' | undefined {
  if (!mostly(held.signs + held.natures, held.filled)) return undefined;
  return held.signs > 0 ? 'sign' : 'nature';
}

/** At least one cell, and three in five of the cells written. */
const mostly = (n: number, filled: number): boolean => n > 0 && n * 5 >= filled * 3;

/** A header cell that names nothing: blank, inside another cell's merge, or words no pattern knows. */
function unnamedHeaderCell(grid: Grid, row: number, col: number): boolean {
  const m = grid.mergeAt(row, col);
  if (m && (m.top !== row || m.left !== col)) return true;
  if (grid.isBlank(row, col)) return true;
  return labelOrTitle(grid.rawText(row, col)) === null;
}

/**
 * A split value whose columns the header does not name: `指标值` merged over sign | number |
 * unit, or a sign column under a blank or unknown word (比较方式) left of the value, a unit
 * column right of it. What the cells hold decides: a column of signs (≥, 大于等于, 定性) is the
 * sign column, a column of units the unit column. Without this every value of such a table was
 * read as its sign alone (no number) or lost its sign.
 */
function splitValueByContent(grid: Grid, header: HeaderRow, lastRow: number): void {
  const cols = header.columns;
  const level3 = cols.level3;
  if (cols.value === undefined || level3 === undefined || lastRow <= header.row) return;
  const taken = new Set<number>([...Object.values(cols), ...header.ambiguous]);
  // `指标值 | 指标值 | 指标值` (or `指标值 | | `) over sign, number and unit: one header cell written
  // into each column of its merge, or into the first (an export or a copy without merges), read
  // as the merged cell it was.
  const valueText = grid.rawText(header.row, cols.value);
  const repeats = (c: number) => valueText !== '' && !grid.mergeAt(header.row, c) && grid.rawText(header.row, c) === valueText;
  // One column past the header's last label may be the unit column under no header at all.
  const free = (c: number) => c > level3 && c <= header.right + 1 && !taken.has(c) && (unnamedHeaderCell(grid, header.row, c) || repeats(c));
  const merged = grid.mergeAt(header.row, cols.value);
  let spanRight = merged && merged.left === cols.value ? merged.right : cols.value;
  // Or left blank right of it (a web copy's merged cell): the columns' contents decide below.
  if (!merged) while (spanRight - cols.value < 2 && spanRight + 1 <= header.right + 1 && !taken.has(spanRight + 1) && (repeats(spanRight + 1) || unnamedHeaderCell(grid, header.row, spanRight + 1))) spanRight++;
  // With no header row written (an implied header), the column after the 三级 is read by what it
  // holds too: a column of signs there is the sign column, the number stands right of it.
  if (cols.sign === undefined && cols.nature === undefined && (spanRight > cols.value || (header.implied === true && free(cols.value + 1)))) {
    const role = signColumnRole(columnHolds(grid, header, cols.value, lastRow));
    if (role) {
      cols[role] = cols.value;
      cols.value += 1;
      taken.add(cols.value);
    }
  } else if (cols.sign === undefined && free(cols.value - 1)) {
    const role = signColumnRole(columnHolds(grid, header, cols.value - 1, lastRow));
    if (role && cols[role] === undefined) cols[role] = cols.value - 1;
  }
  if (cols.unit === undefined && free(cols.value + 1)) {
    const right = columnHolds(grid, header, cols.value + 1, lastRow);
    // 无 beside a 定性 value is the unit column's “no unit” (湖南 预算一体化), when real units are there too.
    if (right.units > 0 && mostly(right.units + right.noUnits, right.filled)) {
      cols.unit = cols.value + 1;
      header.right = Math.max(header.right, cols.unit);
    }
  }
}

/**
 * `指标类型 | 指标名称 | 指标值` with 数量指标 / 质量指标 … under 指标类型: the column holds the 二级
 * names, not 定性/定量. Decided by what most of its cells are.
 */
function levelsInNatureColumn(grid: Grid, header: HeaderRow, lastRow: number): void {
  const col = header.columns.nature;
  if (col === undefined || header.columns.level2 !== undefined) return;
  let level1 = 0;
  let level2 = 0;
  let other = 0;
  for (let r = header.row + 1; r <= lastRow; r++) {
    if (grid.isBlank(r, col)) continue;
    const text = grid.text(r, col);
    if (resolveLevel1(text)) level1++;
    else if (resolveLevel2(text)) level2++;
    else other++;
  }
  // 一级 names there (zj-linhai-lvhua-2024: 产出指标 | 数量指标 | 375万平方米) come with 二级 names
  // in the 三级 column: a form of its own, left as it is read. With the 三级 column holding names
  // of its own, a column of 一级 names under 指标类型 (a list export's 产出指标 | 资助学生人数) is the
  // 一级 column.
  if (level1 >= 2 && level1 > level2 + other && header.columns.level1 === undefined && !level3HoldsLevel2Names(grid, header, lastRow)) {
    header.columns.level1 = col;
    delete header.columns.nature;
    return;
  }
  if (level2 <= other || level2 < level1) return;
  header.columns.level2 = col;
  delete header.columns.nature;
}

/**
 * A list export's column under `项目资金` / `资金情况` (a form's budget block label) holds each
 * project's total, when the word stands over one column (over several it names a group of
 * 总额 | 财政 | 其他 columns whose own words follow).
 */
function projectColumnField(field: FieldLabel, oneColumn: boolean): FieldLabel {
  // `金额` over one column of a list: each project's total (in a form it heads the amounts' column).
  return (field === 'budgetBlock' || field === 'amountHeader') && oneColumn ? 'total' : field;
}

/** The 三级 column holds 二级 names (数量指标, 质量指标…) in most of its written cells. */
function level3HoldsLevel2Names(grid: Grid, header: HeaderRow, lastRow: number): boolean {
  const col = header.columns.level3;
  if (col === undefined) return false;
  let names = 0;
  let filled = 0;
  for (let r = header.row + 1; r <= lastRow; r++) {
    if (grid.isBlank(r, col)) continue;
    filled++;
    if (resolveLevel2(grid.text(r, col))) names++;
  }
  return mostly(names, filled);
}

/**
 * Blank rows a grid may go on after (rows a clerk emptied, the gaps a PDF conversion leaves):
 * the row after them must still read as an indicator (continuesGrid). Before, two blank rows ended
 * the grid: the rows below went unchecked and their 一级 was reported missing.
 */
const ROW_LIMIT_BLANK_GAP = 3;

/**
 * Words of the signature lines under a form; a signer's label (`项目负责人：`, `财务负责人:李四`,
 * `经办人：`) with its colon, or alone in its cell.
 */
export const FOOTER_RE = /盖章|签字|签章|审核意见|审批意见|填表人|填报人|负责人签|联系电话|填报日期|年\s+月\s+日|(?:负责人|经办人|审核人|复核人|制表人|分管领导)\s*[:：]|^\s*(?:(?:项目|财务|单位|部门|科室)负责人|经办人|审核人|复核人|制表人)\s*$|^\s*(?:最近|上)一?个?年度(?:绩效)?评价(?:情况|结果|等级)|^\s*其他(?:需要?)?(?:说明|需说明)的?(?:问题|事项|情况)\s*$/;

/** Placeholder until a row's value is parsed (once, by the combined or the split parser). */
const EMPTY_PARSE: ParsedValue = Object.freeze(inOneShape(Object.freeze({ raw: '', kind: 'empty', problems: Object.freeze([]) as unknown as ParsedValue['problems'] })));

/** True when one cell of the row covers both the 三级 and the 指标值 column. */
function spansGrid(grid: Grid, header: HeaderRow, row: number): boolean {
  const c3 = header.columns.level3;
  const cv = header.columns.value;
  if (c3 === undefined || cv === undefined || header.combined) return false;
  const a = grid.mergeAt(row, c3);
  const b = grid.mergeAt(row, cv);
  return (a ? a.top : row) === (b ? b.top : row) && (a ? a.left : c3) === (b ? b.left : cv);
}

/**
 * A row holding one 一级 name and nothing else, as a heading over its indicators (`产出指标` merged
 * across 二级…指标值 in a form with no 一级 column): its cell, else undefined.
 */
function level1Heading(grid: Grid, header: HeaderRow, row: number): LevelField | undefined {
  const { level1: c1, level3: c3, value: cv } = header.columns;
  if (c3 === undefined || cv === undefined) return undefined;
  // Cheap first: an indicator row has its own 三级 or value.
  const spans = spansGrid(grid, header, row);
  // The heading's merge undone, its text written into every cell (`产出指标 | 产出指标 | 产出指标`):
  // the 三级 and the value then hold the same text.
  if (!spans && (!grid.isBlank(row, c3) || !grid.isBlank(row, cv)) && grid.rawText(row, c3) !== grid.rawText(row, cv)) return undefined;
  let found: CellAddress | undefined;
  let repeated = false;
  // Left of the level columns stands the frame (`绩效指标` merged down, or written on every row).
  const c2 = header.columns.level2;
  const levelsFrom = Math.min(c1 ?? c3, c2 ?? c3, c3);
  const count = grid.storedCols(row, rowCells);
  for (let k = 0; k < count; k++) {
    const col = rowCells[k];
    if (col < header.left || col > header.right) continue;
    // The frame's text written on every row (its merge undone) is no part of the heading.
    if (col < levelsFrom && row > 0 && grid.rawText(row, col) === grid.rawText(row - 1, col)) continue;
    const a = grid.anchor(row, col);
    if (a.row !== row || grid.isBlank(a.row, a.col)) continue;
    if (found && (found.row !== a.row || found.col !== a.col)) {
      if (grid.rawText(a.row, a.col) !== grid.rawText(found.row, found.col)) return undefined;
      repeated = true;
      continue;
    }
    found = a;
  }
  if (!found) return undefined;
  // In a grid with a 一级 column, a 一级 name alone in it is that column's (a template row), not a heading.
  if (c1 !== undefined && !spans && !repeated) return undefined;
  const text = grid.rawText(found.row, found.col);
  if (!resolveLevel1(text)) return undefined;
  return { at: found, text, value: grid.rawValue(found.row, found.col), inherited: false };
}

/**
 * A heading row of a grid with no 一级/二级 columns, written as an outline in the 三级 column
 * (`一、产出指标`, `（一）数量指标`, then `1.养护里程 | ≥50公里`): a 一级 or 二级 name there with no
 * value beside it. 成本指标 is a 二级 under a 产出指标 heading (2015) and a 一级 otherwise.
 */
function outlineHeading(grid: Grid, header: HeaderRow, row: number, under: LevelField | undefined): { level: 1 | 2; field: LevelField } | undefined {
  const { level3: c3, value: cv, sign, unit } = header.columns;
  if (c3 === undefined || cv === undefined || grid.isBlank(row, c3) || !grid.isBlank(row, cv)) return undefined;
  if (!blankAt(grid, row, sign) || !blankAt(grid, row, unit)) return undefined;
  const at = grid.anchor(row, c3);
  if (at.row !== row) return undefined;
  const text = grid.rawText(at.row, at.col);
  const as1 = resolveLevel1(text);
  const as2 = resolveLevel2(text);
  if (!as1 && !as2) return undefined;
  const field: LevelField = { at, text, value: grid.rawValue(at.row, at.col), inherited: false };
  if (!as1 || !as2) return { level: as1 ? 1 : 2, field };
  // A name that is both (成本指标; 满意度指标 also reads as 服务对象满意度指标): the outline's
  // numbering says which (`三、` a 一级, `（一）` a 二级), else the name written in full, else a 二级
  // when it belongs under the 一级 above it (成本指标 under 产出指标 in the 2015 scheme).
  const full = nameKey(text);
  const number = LIST_NUMBER_RE.exec(full)?.[0];
  if (number && /^[一二三四五六七八九十]+[、.]$/.test(number)) return { level: 1, field };
  if (number && /^\([一二三四五六七八九十]+\)$/.test(number)) return { level: 2, field };
  const key = number ? full.slice(number.length) : full;
  if (key === as1.name && key !== as2.name) return { level: 1, field };
  if (key === as2.name && key !== as1.name) return { level: 2, field };
  const parent = under ? resolveLevel1(under.text)?.name : undefined;
  return { level: parent !== undefined && as2.level1.includes(parent) ? 2 : 1, field };
}

/** An outline's levels stand in its 三级 column, as an outline export's do in its name column (L5). */
function outlineColumns(header: HeaderRow): HeaderRow['columns'] {
  const c3 = header.columns.level3;
  return { ...header.columns, level1: c3, level2: c3 };
}

/** The same level field, marked as carried down from its cell. */
function carriedField(f: LevelField): LevelField {
  return f.inherited ? f : { ...f, inherited: true };
}

/** The row of the top-left cell of the merged area covering a cell (the cell's own row if none). */
function anchorRow(grid: Grid, row: number, col: number): number {
  const m = grid.mergeAt(row, col);
  return m ? m.top : row;
}

/** A row's scan starts another part of the sheet: a title, 项目名称, a unit line, a budget block, a new grid. */
function startsSomethingElse(scan: RowScan): boolean {
  if (scan.titles.length > 0) return true;
  for (let li = 0; li < scan.labels.length; li++) if (labelStartsSomethingElse(scan.labels[li])) return true;
  return false;
}

function labelStartsSomethingElse(l: Anchor): boolean {
  const { field, header } = l.info;
  if (field === 'projectName' || field === 'moneyUnit' || field === 'budgetBlock' || header === 'level1' || header === 'level3') return true;
  // A period's own total (`年度资金总额`, `中期资金总额`): the money of the next block (a budget
  // system's page stacks a 中期 block and a 年度 block, forms44 f04), no row of this grid.
  return field === 'total' && l.info.period !== undefined;
}

/**
 * An indicator whose 三级 or value reads like a label or a title (a 三级 named `资金` or `项目资金`,
 * budget words; `资质等级 | 一级`, `医院等级 | 三级`; `绩效目标完成率 | ≥95%`): every title of the row, and
 * every label that would start another part, stands in the grid's 三级 or value column (a column
 * word such as `定量` may stand elsewhere), and the row reads as an indicator, not as the
 * start of the next table's budget block or header.
 */
function labelWordsInIndicator(grid: Grid, header: HeaderRow, scan: RowScan, afterIndicator: boolean): boolean {
  const { level3: c3, value: cv } = header.columns;
  if (c3 === undefined) return false;
  for (let li = 0; li < scan.labels.length; li++) {
    const l = scan.labels[li];
    // Only the words that would start the next part must stand there: a 指标性质 column's `定量`
    // beside a 三级 named `项目总投入(≥**万元)` (nx-yuanzhou-zrzy-2022's grid with such a column
    // added, test/eval/meta45.ts) is a cell of this grid, not a label of another table.
    if (labelStartsSomethingElse(l) && l.col !== cv && l.col !== c3) return false;
  }
  for (let ti = 0; ti < scan.titles.length; ti++) {
    const t = scan.titles[ti];
    if (t.col !== cv && t.col !== c3) return false;
  }
  return readsAsIndicator(grid, header, scan.row, afterIndicator);
}

/**
 * A row that reads as an indicator: its own 三级 and value, and its 一级 or 二级 a level name or
 * carried down (continuesGrid); or, right under an indicator row, its level cells left blank to
 * carry the ones above, nothing written left of the 三级, and no `label：` in the 三级 (a signature
 * line writes 填表人：…).
 */
function readsAsIndicator(grid: Grid, header: HeaderRow, row: number, afterIndicator: boolean): boolean {
  if (continuesGrid(grid, header, row)) return true;
  const { level3: c3, value: cv } = header.columns;
  if (!afterIndicator || c3 === undefined || cv === undefined || grid.isBlank(row, c3) || grid.isBlank(row, cv)) return false;
  if (/[:：]/.test(grid.rawText(row, c3))) return false;
  const count = grid.storedCols(row, rowCells);
  for (let k = 0; k < count; k++) {
    const col = rowCells[k];
    if (col < c3 && grid.anchor(row, col).row === row && !grid.isBlank(row, col)) return false;
  }
  return true;
}

/** Words of the signatures under a form, remembered per text (a sheet repeats its texts). */
const isFooterText = memoText((text: string): boolean => FOOTER_RE.test(text));

function hasFooter(grid: Grid, scan: RowScan): boolean {
  if (scan.footer) return true;
  const ask = scan.footerAsk;
  if (ask === 0) return false;
  // The cells scanRow did not classify: numbers (their displayed text) and long texts.
  const cols = scan.cols;
  for (let k = 0; k < cols.length; k++) {
    if ((k < 31 ? ask & (1 << k) : ask & ASK_REST) !== 0 && isFooterText(grid.rawText(scan.row, cols[k]))) return true;
  }
  return false;
}

/** scanRow's bit for the cells of a row from its 32nd on (footerAsk). */
const ASK_REST = 1 << 31;

/**
 * After a blank row, a row still belongs to the grid only when it reads as an indicator: its own
 * 三级 and 指标值 cells filled, and its 一级 or 二级 a name of the taxonomy (or carried down from
 * a merge that began above the blank row). A 一级 name in its own cell starts the next group
 * (`效益指标` over template rows left empty, or over the 中长期 group's rows); right under the
 * header (`first`), a grid with no 一级/二级 column goes on at a row with its 三级 and value.
 */
function continuesGrid(grid: Grid, header: HeaderRow, row: number, first = false): boolean {
  const { level1: c1, level2: c2, level3: c3, value: cv } = header.columns;
  if (c3 === undefined || cv === undefined) return false;
  const known = (col: number | undefined, resolve: (t: string) => unknown) => {
    if (col === undefined) return false;
    const a = grid.anchor(row, col);
    return a.row < row || (!grid.isBlank(row, col) && resolve(grid.text(row, col)) !== undefined);
  };
  if (c1 !== undefined && c1 < c3 && grid.anchor(row, c1).row === row && known(c1, resolveLevel1)) return true;
  if (grid.isBlank(row, c3) || grid.isBlank(row, cv)) return false;
  return (first && c1 === undefined && c2 === undefined) || known(c1, resolveLevel1) || known(c2, resolveLevel2);
}

/**
 * The row's 三级 and 指标值 cells are written, on the row itself (not merged down from above); or
 * its 三级 or its 指标值 one of them, another grid column of its own written too: a qualitative
 * indicator whose value was left empty (`促进社会和谐 | 20 | | 定性 |`), a row whose 三级 was (`社会公众或
 * 服务对象满意度指标 | | 88`). Asked of the first row after a page number, where the reviewer turning
 * the page reads such rows as the grid's (made by us from cq-tongnan-wugui-2023's and
 * hn-ningxiang-batang-2021's grids with a page break in them, scripts/mutate-corpus.ts).
 */
function ownGridRow(grid: Grid, header: HeaderRow, row: number): boolean {
  const { level3: c3, value: cv } = header.columns;
  if (c3 === undefined || cv === undefined) return false;
  const own = (col: number) => grid.anchor(row, col).row === row && !grid.isBlank(row, col);
  const own3 = own(c3);
  const ownValue = own(cv);
  if (own3 && ownValue) return true;
  if (!own3 && !ownValue) return false;
  const cols = header.columns;
  for (const k in cols) {
    const col = cols[k as ColumnRole];
    if (col !== undefined && col !== c3 && col !== cv && own(col)) return true;
  }
  return false;
}

/** A page number a PDF converted to Excel leaves between rows: `— 1 —`, `-2-`, `第3页`, `第1页，共2页`. */
const PAGE_MARK_RE = /^(?:[-—–－_]+\s*\d{1,4}\s*[-—–－_]+|第\s*\d{1,4}\s*页(?:\s*[,，、]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}\s*页)$/;

/**
 * A table's continuation mark, as Chinese print has it at the top of a new page: `续表`, `（续）`,
 * `接上页`, or the title again with `（续）` / `（续表）` after it.
 */
const CONTINUED_MARK_RE = /^(?:[^\n]{0,60}[（(]续(?:表|上表|前表)?\d{0,3}[)）]|[^\n]{0,60}续表\d{0,3}|续|接上(?:页|表)|续上(?:页|表))$/;

function isPageMark(text: string): boolean {
  return text.length <= 80 && (PAGE_MARK_RE.test(text) || CONTINUED_MARK_RE.test(text));
}

/**
 * isPageMark of a cell's text, trimmed, remembered per text: every indicator row's value is
 * asked, by lastIndicatorRow and again by readIndicators, and a sheet repeats its values (no
 * trimmed copy made, no two patterns tried, per row).
 */
const isPageMarkText = memoText((text: string): boolean => isPageMark(text.trim()));

/** A row of the grid holding nothing but a page number or a continuation mark (a page break of a converted PDF). */
function isPageMarkRow(grid: Grid, header: HeaderRow, row: number, left = header.left): boolean {
  // An indicator row has a value; only a row without one (or with a mark there: `续表` at the
  // right edge of the page) is looked at further.
  const value = header.columns.value;
  if (value !== undefined && !grid.isBlank(row, value) && !isPageMarkText(grid.text(row, value))) return false;
  let marks = 0;
  // Only the cells the row stores (a hostile header may span thousands of columns).
  const count = grid.storedCols(row, rowCells);
  for (let k = 0; k < count; k++) {
    const col = rowCells[k];
    if (col < left || col > header.right || grid.isBlank(row, col)) continue;
    if (!isPageMarkText(grid.text(row, col))) return false;
    marks++;
  }
  return marks > 0;
}

/** The stored columns of a row looked at by isPageMarkRow and level1Heading. */
const rowCells: number[] = [];

/** Page breaks of a converted PDF between a grid and its header printed again: a few rows at most. */
const REPEATED_HEADER_GAP = 3;

/**
 * A header that repeats the header of the table above word for word, a few rows below its last
 * row, with only blank rows and page numbers between (the table goes on over a page break).
 */
function repeatsHeader(grid: Grid, prev: TableModel, header: HeaderRow, scans: ScanIndex): boolean {
  const before = prev.header;
  if (!before || header.row <= prev.range.bottom || header.row - prev.range.bottom > REPEATED_HEADER_GAP + 1) return false;
  // Printed again, word for word (a 长期/年度 label before the header makes it another grid).
  const left = Math.min(prev.range.left, header.left);
  const right = Math.max(prev.range.right, header.right);
  // Cell by cell over the cells either row stores (not across the width: a header may be merged wide).
  const sameRow = (r: number, original: number) => {
    for (const [a, b] of [
      [r, original],
      [original, r],
    ]) {
      const count = grid.storedCols(a, rowCells);
      for (let k = 0; k < count; k++) {
        const col = rowCells[k];
        if (col >= left && col <= right && grid.rawText(a, col) !== grid.rawText(b, col)) return false;
      }
    }
    return true;
  };
  if (!sameRow(header.row, before.row)) return false;
  for (let r = prev.range.bottom + 1; r < header.row; r++) {
    if (!scans.has(r) || grid.isRowBlank(r, header.left, header.right) || isPageMarkRow(grid, header, r)) continue;
    // The table's title printed again over the header (a sheet's print titles repeat both).
    if (reprintsTitle(grid, prev, r, left, right)) continue;
    // A list's projects hold no title of their own: the list's title, alone in its row, printed again.
    if (!prev.title && prev.layout === 'L4') {
      const scan = scans.get(r);
      if (scan !== undefined && scan.cols.length === 1 && scan.titles.length === 1) continue;
    }
    // The upper row of a two-row header, printed again too.
    if (!sameRow(r, before.row - (header.row - r))) return false;
  }
  return true;
}

/**
 * The table's title printed again, alone in its row: a sheet's print titles, or a Word form's head
 * printed at the top of each page and pasted with it (佳县 2016 财政支出项目绩效目标申报表: over 项目概况,
 * over 长期绩效指标 and over 年度绩效指标).
 */
function reprintsTitle(grid: Grid, prev: TableModel, r: number, left: number, right: number): boolean {
  const title = prev.title;
  return title !== undefined && grid.anchor(r, title.at.col).row === r && grid.rawText(r, title.at.col) === title.text && onlyCellInRow(grid, r, title.at.col, Math.min(left, title.at.col), right);
}

/**
 * The label merged down beside a grid, from its header row over its first indicator row, in the
 * nearest column left of the grid that is not blank there (a spacer column between is skipped).
 */
function frameLeftOf(grid: Grid, header: HeaderRow): { col: number; bottom: number } | undefined {
  // The first row under the header's cells (merged down over two rows, the frame's cell too).
  const first = (grid.mergeAt(header.row, header.columns.level3 ?? header.left)?.bottom ?? header.row) + 1;
  for (let col = header.left - 1; col >= Math.max(grid.firstCol, header.left - 3); col--) {
    const m = grid.mergeAt(first, col);
    if (m) return m.top <= header.row && m.right < header.left && !grid.isBlank(m.top, m.left) ? { col: m.left, bottom: m.bottom } : undefined;
    if (!grid.isBlank(first, col)) return undefined;
  }
  return undefined;
}

/**
 * A row's scan holds a cell of its own between two columns: the row shows something there, with
 * no cell read (scanRow kept only written cells that start their merge). A row without one may
 * still show a merge begun above or left: the caller reads it.
 */
function writesBetween(scan: RowScan | undefined, left: number, right: number): boolean {
  if (scan === undefined) return false;
  const cols = scan.cols;
  for (let k = 0; k < cols.length; k++) if (cols[k] >= left) return cols[k] <= right;
  return false;
}

/**
 * The last indicator row below a header: rows go on until a blank row (one blank row is
 * tolerated when indicators continue right after it) or a row that starts something else.
 */
function lastIndicatorRow(grid: Grid, header: HeaderRow, scans: ScanIndex, stopAt: number): number {
  const left = header.left;
  const right = header.right;
  let last = header.row;
  let gap = 0;
  // A page number seen since the last indicator row: the rows after it are the next page's.
  let paged = false;
  // A label merged down the left of the grid (`绩效指标`, `项目绩效目标`) frames it: a new label in
  // that column below the frame (`最近年度绩效评价情况`) starts the form's next part.
  const frame = frameLeftOf(grid, header);
  // A page number may stand in the frame's column too (a converter puts the footer at the page's left edge).
  const markLeft = frame ? Math.min(frame.col, left) : left;
  for (let r = header.row + 1; r <= Math.min(grid.lastRow, stopAt); r++) {
    const scan = scans.get(r);
    if (scan && startsSomethingElse(scan) && !labelWordsInIndicator(grid, header, scan, r === last + 1)) break;
    if (isPageMarkRow(grid, header, r, markLeft)) {
      paged = true;
      continue;
    }
    if (frame && r > frame.bottom && grid.anchor(r, frame.col).row === r && !grid.isBlank(r, frame.col)) break;
    // The signatures under a form (`财政资金管理科室(盖章) 年 月 日`, 填表人, 审核意见) end it; an
    // indicator row whose name holds such words (`审核意见反馈及时率`, `联系电话接通率`) does not.
    if (scan && hasFooter(grid, scan) && !readsAsIndicator(grid, header, r, r === last + 1)) break;
    if (!writesBetween(scan, left, right) && grid.isRowBlank(r, left, right)) {
      gap++;
      if (gap > ROW_LIMIT_BLANK_GAP) break;
      continue;
    }
    if (r > header.row + 1 && labelledLinesOnly(grid, header, r)) break;
    // `二、某某维修项目` alone on its row: the next project's heading, not an unused row of this grid.
    if (scan && projectHeadingRow(grid, header, scan)) break;
    // A cell merged across the 三级 and 指标值 columns is a heading (`附件2：经费明细`), not an
    // indicator: the table's end, unless it names a 一级 over the rows below it.
    // A whole indicator row flattened into one merged cell is one of the grid's rows.
    if (spansGrid(grid, header, r) && !level1Heading(grid, header, r) && flattenedRow(grid, header.columns, r)?.level3 === undefined) break;
    // The same line unmerged, its text written into every cell it covered (the next table's title
    // `项目绩效年度表` across the sheet, right under the last indicator): no indicator either.
    if (scan && r > header.row + 1 && repeatedAcross(grid, header, scan)) break;
    // After a page number (`- 2 -`, `第1页 共3页`) and a blank row, the next page's first row may
    // leave its levels blank (a merge the PDF's page break cut, its text printed on the page
    // before): its own 三级 and value still carry the grid on, as the reviewer turning the page reads it.
    if (gap > 0 && !continuesGrid(grid, header, r, last === header.row) && !(paged && ownGridRow(grid, header, r))) break;
    gap = 0;
    paged = false;
    last = r;
  }
  return last;
}

/**
 * A row whose every written cell holds one text, the 三级 and the 指标值 cells
 * among them, three cells or more: a line across the sheet whose merge was undone (a title, the
 * year under it), never an indicator, whose name and value differ. Made by us from hn-nanxian-zfbz-2024's
 * form, stacked twice with its merges undone (scripts/mutate-corpus.ts): the second form's title
 * and year were read as two indicators of the first (unknown 一级/二级, a value restating its name).
 */
function repeatedAcross(grid: Grid, header: HeaderRow, scan: RowScan): boolean {
  const c3 = header.columns.level3;
  const cv = header.columns.value;
  // Only a row scanRow saw as one text in every cell is looked at (no cell read for the grid's
  // other rows); a 一级 or 二级 name written across is a heading over the rows below, not the end.
  if (!scan.repeated || c3 === undefined || cv === undefined || !scan.cols.includes(c3) || !scan.cols.includes(cv)) return false;
  const text = grid.rawText(scan.row, c3);
  return resolveLevel1(text) === undefined && resolveLevel2(text) === undefined;
}

/**
 * The project a numbered heading names (`二、某某维修项目`, `（三）2025年农村道路养护`): a department's
 * page heads each project's grid so, with no 项目名称 row. Empty for anything else: a level name
 * (`一、产出指标` heads rows of a grid), a label, a title, a sentence.
 */
const projectHeadingOf = memoText((text: string): string => {
  const rest = numberedHeadingOf(text);
  // A unit's name (`二、某县水利局` over its projects' rows) heads a unit's part, not a project; a
  // document's section (`一、项目基本情况`, `三、绩效指标说明`) names none.
  if (rest === '' || /(?:部门|单位|局|委|办|院|所|站|中心|政府|厅|处|科|室)$/.test(rest) || SECTION_HEADING_RE.test(rest) || labelOrTitle(rest) !== null) return '';
  return rest;
});

/** A document's section headings: what a 申报书 numbers besides its projects. */
const SECTION_HEADING_RE = /(?:基本)?(?:情况|概况|概述|信息|说明|事项|依据|内容|措施|计划|安排|分析|指标|目标|附件|附表)$|^项目$/;

/**
 * The words of a numbered heading (`二、某某维修项目` -> `某某维修项目`, `三、绩效指标说明`), or '' for
 * anything else: no number, a sentence, a level name (`一、产出指标` heads rows of a grid).
 */
const numberedHeadingOf = memoText((text: string): string => {
  const t = text.trim().replace(/（/g, '(').replace(/）/g, ')');
  const m = t.length <= 80 ? LIST_NUMBER_RE.exec(t) : null;
  if (!m) return '';
  const rest = t.slice(m[0].length).trim();
  if (rest.length < 2 || /[。；;，,:：\n]/.test(rest) || resolveLevel1(rest) !== undefined || resolveLevel2(rest) !== undefined) return '';
  return rest;
});

/**
 * A row of one cell left of the grid's 三级 column (or merged across the grid from there) holding
 * a numbered project heading: the next table's start. Only a row of one cell is read (no visit
 * added to the grid's rows).
 */
function projectHeadingRow(grid: Grid, header: HeaderRow, scan: RowScan): boolean {
  const c3 = header.columns.level3;
  // A list export's rows name their projects in its own columns: a heading there is a unit's part.
  if (scan.cols.length !== 1 || c3 === undefined || scan.cols[0] >= c3 || header.project.projectName !== undefined) return false;
  // Any numbered heading but a level's ends the grid: the next project's, or the document's next
  // section (`二、绩效指标说明`), never an unused row of this grid.
  return numberedHeadingOf(grid.rawText(scan.row, scan.cols[0])) !== '';
}

/** `日期：`, `联系人：张三`, `填报单位（盖章）：`: a short label and its colon at a text's start. */
const LABELLED_LINE_RE = /^[^:：]{1,12}[:：]/;

/**
 * A cell's text is a `label：text` whose label is no level name (`产出指标：` heads rows of the
 * grid) nor a template's indicator slot (`指标2：` is a row of the grid left unfilled), remembered
 * per text: every indicator row's first cells are asked.
 */
const isLabelledLine = memoText((text: string): boolean => {
  const trimmed = text.trim();
  const m = LABELLED_LINE_RE.exec(trimmed);
  if (!m) return false;
  const label = trimmed.slice(0, m[0].length - 1);
  return !resolveLevel1(label) && !resolveLevel2(label) && !INDICATOR_SLOT_RE.test(label);
});

/**
 * A row under the grid whose every cell of its own is a `label：text` (`日期：2024年1月10日`,
 * `联系人：张三 | 电话：…`, `填报单位：某某局（公章）`): the form's closing lines, not an indicator
 * (they were read as one with no 三级 or no value). An indicator has a cell without such a label
 * (its value); a level name before the colon (`产出指标：`) heads the grid's next rows.
 */
function labelledLinesOnly(grid: Grid, header: HeaderRow, row: number): boolean {
  const count = grid.storedCols(row, rowCells);
  let any = false;
  for (let k = 0; k < count; k++) {
    const col = rowCells[k];
    if (col < header.left || col > header.right || grid.isBlank(row, col)) continue;
    // A cell merged down from a row above (a carried 一级) is not this row's own.
    const m = grid.mergeAt(row, col);
    if (m !== undefined && m.top !== row) continue;
    if (!isLabelledLine(grid.rawText(row, col))) return false;
    any = true;
  }
  return any;
}

/**
 * A 一级/二级 cell: merged down, or left blank below its first row, so the text is carried.
 *
 * The rows under one merged (or carried) cell share one carried field: it is the same cell with
 * the same text, and fields are never changed once read. A table's fields live as long as the
 * table, so each object saved is one the collector does not copy (most of the engine's time in
 * the collector was such long-lived fields).
 */
function levelField(grid: Grid, row: number, col: number | undefined, prev: LevelField | undefined, carry: boolean): LevelField {
  if (col === undefined) return { at: { row, col: 0 }, text: '', value: null, inherited: false };
  const m = grid.mergeAt(row, col);
  // A blank merge carries what its first row read: the level above it, carried into that row
  // (below), not an empty level from its second row on. A PDF's page break cuts a merged 一级
  // in two and prints its text on the page before: the part after the break is such a merge.
  if (m !== undefined && m.top < row && prev && carry && prev.text !== '' && grid.isBlank(m.top, m.left) && prev.inherited) return prev;
  if (m !== undefined && m.top < row) {
    const text = grid.rawText(m.top, m.left);
    const value = grid.rawValue(m.top, m.left);
    if (prev !== undefined && prev.at.row === m.top && prev.at.col === m.left && prev.text === text && prev.value === value) {
      return prev.inherited ? prev : { at: prev.at, text, value, inherited: true };
    }
    return { at: { row: m.top, col: m.left }, text, value, inherited: true };
  }
  if (prev && carry && prev.text !== '' && grid.isBlank(row, col)) return prev.inherited ? prev : { at: prev.at, text: prev.text, value: prev.value, inherited: true };
  const at = m ? { row: m.top, col: m.left } : { row, col };
  return { at, text: grid.rawText(at.row, at.col), value: grid.rawValue(at.row, at.col), inherited: false };
}

/**
 * A grid without a 一级 column: the 一级 its 二级 belongs to (`数量指标` -> 产出指标), placed on the
 * 二级's cell and marked as carried, so that nothing is reported on a cell the table does not have.
 */
function impliedLevel1(grid: Grid, row: number, col: number, prev: LevelField | undefined): LevelField {
  const a = grid.anchor(row, col);
  const text = grid.isBlank(a.row, a.col) ? '' : grid.rawText(a.row, a.col);
  const parent = text ? resolveLevel2(text)?.level1[0] : undefined;
  if (!parent) return prev ? (prev.inherited ? prev : { ...prev, inherited: true }) : { at: a, text: '', value: null, inherited: true };
  // The rows of one 二级 share its implied 一级 (see levelField).
  if (prev !== undefined && prev.inherited && prev.at.row === a.row && prev.at.col === a.col && prev.text === parent && prev.value === parent) return prev;
  return { at: a, text: parent, value: parent, inherited: true };
}

/** True when a grid column is absent or its cell on row `r` is blank. */
function blankAt(grid: Grid, r: number, col: number | undefined): boolean {
  return col === undefined || grid.isBlank(r, col);
}

/**
 * The value of a split row written whole in its first value column: one merged cell over the
 * sign, number and unit columns, or text that is no sign (nor 定性/正向 word) in the first of them
 * with the others empty. Undefined for a row written in its columns. `cols` are the row's value
 * columns, leftmost first (worked out once per grid).
 */
function wholeSplitValue(grid: Grid, cols: readonly number[], valueCol: number | undefined, r: number): Field | undefined {
  if (cols.length < 2) return undefined;
  const first = cols[0];
  if (grid.isBlank(r, first)) return undefined;
  const f = fieldOf(grid, r, first);
  if (columnContentOf(f.text) !== 'other') return undefined;
  const m = grid.mergeAt(r, first);
  let spans = false;
  for (let i = 1; i < cols.length; i++) {
    const col = cols[i];
    if (m !== undefined && col >= m.left && col <= m.right) spans = true;
    else if (!grid.isBlank(r, col)) return undefined;
  }
  // The number column's own text, alone (`有效减轻` under 指标值 with the unit empty), is read as
  // written already, its findings on the columns they concern.
  if (first === valueCol && !spans) return undefined;
  return f;
}

/** The field of a grid column on row `r`, or undefined when the column is absent. */
function fieldIn(grid: Grid, r: number, col: number | undefined): Field | undefined {
  return col === undefined ? undefined : fieldOf(grid, r, col);
}

/** True when `col` holds the only text of `row` between `left` and `right`. */
function onlyCellInRow(grid: Grid, row: number, col: number, left: number, right: number): boolean {
  const count = grid.storedCols(row, rowCells);
  for (let k = 0; k < count; k++) {
    const c = rowCells[k];
    if (c !== col && c >= left && c <= right && !grid.isBlank(row, c)) return false;
  }
  return true;
}

/** A list's total row: its name cell says 合计 / 小计 / 总计 and nothing else. */
const TOTAL_ROW_RE = /^(?:合计|小计|总计|总合计)[:：]?$/;

/** The words a grid's total row or a note under it starts with. */
const TOTAL_OR_NOTE_RE = /^(?:合计|小计|总计|总分|(?:分值|权重|得分)合计|备注|注[:：]|说明[:：])/;

/** A row whose first written cell in the grid says 合计 / 备注 / 注： (not a template row left unused). */
function totalOrNoteRow(grid: Grid, header: HeaderRow, row: number): boolean {
  return firstGridCellIs(grid, header, row, isTotalOrNoteText);
}

/**
 * TOTAL_OR_NOTE_RE and NOTE_LABEL_RE of a cell's text without its spaces, remembered per text:
 * every indicator row's first cell is asked (its 一级 or 二级, the same few texts down a grid),
 * so no copy without spaces is made per row.
 */
const isTotalOrNoteText = memoText((text: string): boolean => TOTAL_OR_NOTE_RE.test(stripSpaces(text)));
const isNoteLabelText = memoText((text: string): boolean => NOTE_LABEL_RE.test(stripSpaces(text)));

/** A total's word alone in its cell (合计, 总分, 分值合计): a grid's total row, whichever column holds it. */
const TOTAL_WORD_RE = /^(?:合计|小计|总计|总合计|总分|(?:分值|权重|得分)合计|合计(?:分值|权重))[:：]?$/;
const isTotalWordText = memoText((text: string): boolean => TOTAL_WORD_RE.test(stripSpaces(text)));

/** A level the row writes itself (not carried from the rows above, not blank). */
function ownLevel(f: LevelField): boolean {
  return !f.inherited && f.text.trim() !== '';
}

/** The first written cell of `row` between the header's columns passes `test` (a text's pattern). */
function firstGridCellIs(grid: Grid, header: HeaderRow, row: number, test: (text: string) => boolean): boolean {
  const count = grid.storedCols(row, rowCells);
  for (let k = 0; k < count; k++) {
    const col = rowCells[k];
    if (col < header.left || col > header.right || grid.isBlank(row, col)) continue;
    return test(grid.rawText(row, col));
  }
  return false;
}

/** A note's label standing alone in its cell: `备注`, `说明`, `填报说明：`. */
const NOTE_LABEL_RE = /^(?:备注|说明|注|填报说明|填表说明|其他说明)[:：]?$/;

/** A row whose first written cell in the grid is a note's label, with the note beside it. */
function noteLabelRow(grid: Grid, header: HeaderRow, row: number): boolean {
  return firstGridCellIs(grid, header, row, isNoteLabelText);
}

/** A 一级 name on one unmerged cell, the row below leaving its 一级 blank and naming a 三级. */
function level1HeadingRow(grid: Grid, row: number, col: number, level3: number | undefined, lastRow: number): boolean {
  const m = grid.mergeAt(row, col);
  if ((m && m.bottom > row) || row >= lastRow || level3 === undefined || !resolveLevel1(grid.rawText(row, col))) return false;
  return grid.isBlank(row + 1, col) && !grid.isBlank(row + 1, level3);
}

/**
 * The sign, number and unit columns that are there, leftmost first: an insertion into a list of
 * three at most (readIndicators runs once per project of a list export; a filter and a sort each
 * time were garbage).
 */
function splitValueColumns(...cols: (number | undefined)[]): number[] {
  const out: number[] = [];
  for (let ci = 0; ci < cols.length; ci++) {
    const col = cols[ci];
    if (col === undefined) continue;
    let i = out.length;
    while (i > 0 && out[i - 1] > col) i--;
    out.splice(i, 0, col);
  }
  return out;
}

/** A converted grid's level names, by row: the name a blank level cell belongs to (centredLevels). */
interface CentredLevels {
  level(r: number, col: number): LevelField | undefined;
}

/**
 * The level names of a grid whose merges a PDF converter undid, each name left in the middle row
 * of its former block (the block's vertical centre, where it was drawn) with the rows above and
 * below it blank. Seen when the grid's first indicator row leaves its 一级 cell blank, unmerged,
 * and the first 一级 name below is its 二级's: a grid written the usual way names its 一级 on its
 * first row (or merges it down from there). A grid whose first block is one row high names it
 * there and is read the usual way (carried down): the blocks' sizes cannot be told apart then.
 * A blank cell then belongs to the nearer name written in its column, above or below (a tie goes
 * below: a name in the middle of an even block is drawn in its lower half, the converter's row
 * under the centre); one above the first name, to that name. A 一级 whose 二级 names the other
 * neighbour's 一级 (`经济效益指标` under 效益指标) goes with that one, as a reviewer reads it. A 一级
 * counts when it names a 一级 or stands beside a 二级 or 三级 (a note in that column is no block's
 * centre). Without borders the split between two blocks is a guess when their sizes differ (a
 * block of three over a block of one): the reviewer of the sheet, seeing no borders either, has
 * the same guess to make. Undefined for a grid not so converted. Linear: one pass over the rows, one look-up per
 * blank cell by binary search.
 */
function centredLevels(grid: Grid, c: HeaderRow['columns'], firstRow: number, lastRow: number): CentredLevels | undefined {
  const c1 = c.level1;
  const c2 = c.level2;
  const c3 = c.level3;
  if (c1 === undefined || c2 === undefined || c3 === undefined) return undefined;
  // A grid row: its 三级 or its value written in the row's own cell (a form may leave every 三级
  // blank; a header's second row shows the header's cells merged down into it, no cell of its own).
  const used = (r: number) => ownText(grid, r, c3) || ownText(grid, r, c.value);
  let first = firstRow;
  while (first <= lastRow && !used(first)) first++;
  if (first > lastRow || !grid.isBlank(first, c1) || grid.mergeAt(first, c1) !== undefined) return undefined;
  const names = new Map<number, number[]>();
  for (const col of [c1, c2]) {
    const rows: number[] = [];
    for (let r = first; r <= lastRow; r++) {
      if (grid.isBlank(r, col) || anchorRow(grid, r, col) !== r) continue;
      // A 一级 name, or a cell beside a 二级 or 三级 (a template row left unused is still a block's row).
      const named = col === c1 ? resolveLevel1(grid.rawText(r, col)) !== undefined || !grid.isBlank(r, c2) || used(r) : true;
      if (named) rows.push(r);
    }
    if (rows.length > 0) names.set(col, rows);
  }
  // The first 一级 name below must be the first row's: its 二级 (its own, or the first name below)
  // belongs to it. A form whose first 一级 is simply missing (its 数量指标 over an 效益指标 further
  // down) is not so converted: its missing 一级 is the clerk's, to be reported.
  const firstName1 = names.get(c1)?.[0];
  const firstName2 = grid.isBlank(first, c2) ? names.get(c2)?.[0] : first;
  if (firstName1 === undefined || firstName2 === undefined) return undefined;
  const name1 = resolveLevel1(grid.rawText(firstName1, c1))?.name;
  if (name1 === undefined || !resolveLevel2(grid.rawText(grid.anchor(firstName2, c2).row, c2))?.level1.includes(name1)) return undefined;
  const fieldAtName = (r: number, col: number): LevelField => {
    const a = grid.anchor(r, col);
    return { at: a, text: grid.rawText(a.row, a.col), value: grid.rawValue(a.row, a.col), inherited: true };
  };
  /** The rows of the names in `col` just above and just below `r` (binary search). */
  const around = (rows: number[], r: number): [number | undefined, number | undefined] => {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return [lo > 0 ? rows[lo - 1] : undefined, lo < rows.length ? rows[lo] : undefined];
  };
  const nearest = (col: number, r: number): number | undefined => {
    const rows = names.get(col);
    if (!rows) return undefined;
    const [above, below] = around(rows, r);
    if (above === undefined || below === undefined) return above ?? below;
    // 一级: the 二级 of the row, its own or its block's, may say which of the two it belongs to.
    if (col === c1) {
      const l2 = grid.isBlank(r, c2) ? nearest(c2, r) : r;
      const parents = l2 === undefined ? undefined : resolveLevel2(grid.rawText(grid.anchor(l2, c2).row, c2))?.level1;
      if (parents) {
        const up = resolveLevel1(grid.rawText(above, col))?.name;
        const down = resolveLevel1(grid.rawText(below, col))?.name;
        if (up !== down && up !== undefined && parents.includes(up)) return above;
        if (up !== down && down !== undefined && parents.includes(down)) return below;
      }
    }
    return r - above < below - r ? above : below;
  };
  return {
    level(r, col) {
      if (!grid.isBlank(r, col) || grid.mergeAt(r, col) !== undefined || !used(r)) return undefined;
      const at = nearest(col, r);
      return at === undefined ? undefined : fieldAtName(at, col);
    },
  };
}

function readIndicators(grid: Grid, header: HeaderRow, firstRow: number, lastRow: number, parses: ParseCache, unused?: IndicatorRow[], carried?: IndicatorRow): IndicatorRow[] {
  const c = header.columns;
  const split = c.sign !== undefined || c.unit !== undefined;
  // The sign, number and unit columns, leftmost first: where a value written whole over them starts.
  const valueCols = split ? splitValueColumns(c.sign, c.value, c.unit) : NO_COLS;
  const out: IndicatorRow[] = [];
  // A grid that goes on after a page break carries the levels of the row before the break.
  let prev1: LevelField | undefined = carried?.level1;
  let prev2: LevelField | undefined = carried?.level2;
  // 一级 headings over the rows (no 一级 column): they, not the 二级's parent, give the 一级.
  let headed = false;
  // No 一级 and no 二级 column: the levels may be written as an outline in the 三级 column.
  const flat = c.level1 === undefined && c.level2 === undefined;
  let outline1: LevelField | undefined = flat ? carried?.level1 : undefined;
  let outline2: LevelField | undefined = flat ? carried?.level2 : undefined;
  /** The 一级 above is implied by a 二级 heading, not written as a heading of its own. */
  let implied1 = false;
  // A PDF converter's grid: each level name in the middle of its former block.
  const centred = carried ? undefined : centredLevels(grid, c, firstRow, lastRow);
  for (let r = firstRow; r <= lastRow; r++) {
    const own1 = c.level1 !== undefined && anchorRow(grid, r, c.level1) === r && !blankAt(grid, r, c.level1);
    if (blankAt(grid, r, c.level2) && blankAt(grid, r, c.level3) && blankAt(grid, r, c.value) && blankAt(grid, r, c.description) && !own1) continue;
    if (isPageMarkRow(grid, header, r)) continue;
    // The end of the value or description above, wrapped onto this row: part of that row.
    const above = out[out.length - 1];
    if (above !== undefined && !split && !header.combined && !own1 && joinWrapped(grid, header, r, above, parses)) continue;
    // The rest of the value above in a row of its own, the row's other cells merged down over it.
    if (above !== undefined && !split && !header.combined && joinMergedContinuation(grid, header, r, above, parses)) {
      // The rows below carry the levels as joined.
      prev1 = above.level1;
      prev2 = above.level2;
      continue;
    }
    if (flat) {
      const h = outlineHeading(grid, header, r, outline1);
      if (h) {
        header.outline = true;
        if (h.level === 1) {
          outline1 = h.field;
          outline2 = undefined;
          implied1 = false;
        } else {
          outline2 = h.field;
          // A 二级 heading with no 一级 heading above it: its 一级 is implied, on its own cell.
          const parent = resolveLevel2(h.field.text)?.level1[0];
          if ((!outline1 || implied1) && parent) {
            outline1 = { at: h.field.at, text: parent, value: parent, inherited: true };
            implied1 = true;
          }
        }
        continue;
      }
    }
    const heading = level1Heading(grid, header, r);
    if (heading) {
      // The 一级 of the rows below it, until the next heading; a new 一级 starts a new run of 二级.
      prev1 = heading;
      prev2 = undefined;
      headed = true;
      continue;
    }
    // `产出指标` alone on its row, in a 一级 column the rows below leave blank: a heading, not an
    // unused template row (a 一级 merged down over its rows is the usual form).
    if (own1 && blankAt(grid, r, c.level2) && blankAt(grid, r, c.level3) && blankAt(grid, r, c.value) && level1HeadingRow(grid, r, c.level1 as number, c.level3, lastRow)) {
      prev1 = levelField(grid, r, c.level1, prev1, true);
      prev2 = undefined;
      continue;
    }
    // `说明 | 按要求填写` under the grid, its words in the 三级 column: a note, no indicator.
    if (noteLabelRow(grid, header, r)) continue;
    // A template row left unused: no 三级 and no value (a `-` in a system's unit column aside).
    if (blankAt(grid, r, c.level3) && (blankAt(grid, r, c.value) || isFiller(grid.text(r, c.value as number))) && (blankAt(grid, r, c.sign) || isFiller(grid.text(r, c.sign as number)))) {
      // A 合计 row (the weights' total) or a note under the grid (`备注：…`) is neither.
      if (totalOrNoteRow(grid, header, r)) continue;
      // A PDF's conversion may flatten a row into its 一级 cell (`产出指标 数量指标 培训人次 ≥200人次`):
      // the row's indicator; the two levels alone (`产出指标/数量指标`), a heading over the rows below.
      const flatRow = own1 ? flattenedRow(grid, c, r) : undefined;
      if (flatRow) {
        prev1 = flatRow.level1;
        prev2 = flatRow.level2;
        if (flatRow.level3 !== undefined && flatRow.value !== undefined) out.push(flatIndicator(grid, c, r, flatRow, parses));
        continue;
      }
      prev1 = levelField(grid, r, c.level1, prev1, true);
      prev2 = levelField(grid, r, c.level2, prev2, !own1);
      // `数量指标` on a row of its own over its indicators, their 二级 cells left blank: a heading.
      if (level2HeadingRow(grid, c, r, lastRow)) continue;
      unused?.push({ row: r, level1: prev1, level2: prev2, level3: fieldAt(grid, { row: r, col: c.level3 as number }), value: fieldAt(grid, { row: r, col: c.value ?? header.right }), parsed: EMPTY_PARSE });
      continue;
    }
    const read1 =
      c.level1 === undefined && c.level2 !== undefined
        ? headed && prev1
          ? prev1.inherited
            ? prev1
            : { ...prev1, inherited: true }
          : impliedLevel1(grid, r, c.level2, prev1)
        : levelField(grid, r, c.level1, (c.level1 !== undefined && centred?.level(r, c.level1)) || prev1, true);
    // An 一级 cell that names no 一级 may hold the row's levels flattened into it (`产出指标/数量指标`
    // over a blank 二级 cell, or the row shifted left; `产出指标 数量指标 养护里程` and the value in its column).
    const flatRow = own1 && read1.text !== '' && resolveLevel1(read1.text) === undefined ? flattenedRow(grid, c, r) : undefined;
    if (flatRow?.level3 !== undefined && flatRow.value !== undefined) {
      prev1 = flatRow.level1;
      prev2 = flatRow.level2;
      out.push(flatIndicator(grid, c, r, flatRow, parses));
      continue;
    }
    const level1 = flatRow ? flatRow.level1 : read1;
    // A new 一级 starts a new run of 二级: a blank 二级 under it is empty, not carried.
    const centre2 = c.level2 !== undefined ? centred?.level(r, c.level2) : undefined;
    const level2 = flatRow ? flatRow.level2 : levelField(grid, r, c.level2, centre2 ?? prev2, centre2 !== undefined || !own1);
    prev1 = level1;
    prev2 = level2;
    // A value written whole over the sign | number | unit columns (`有效减轻` in one merged cell,
    // or in the first of them with the others left empty, as a web copy leaves a merge): the
    // row's value, read as one text, not a sign column holding no sign.
    const whole = split ? wholeSplitValue(grid, valueCols, c.value, r) : undefined;
    const written = whole ?? fieldIn(grid, r, c.value) ?? { at: { row: r, col: header.right }, text: '', value: null };
    const level3Cell = fieldIn(grid, r, c.level3);
    // The value written at the end of the 三级 cell with its own cell left blank (`养护里程 ≥50公里 |`,
    // as a PDF conversion joins two cells): read there, each a part of the cell, as under a
    // `三级指标及指标值` header, so the value's own mistakes are found and not a blank value.
    const parts = header.combined ? nameAndValue(written) : !split && isBlankText(written.text) && level3Cell ? valueInName(level3Cell) : undefined;
    const value = parts ? parts.value : written;
    const ind: IndicatorRow = {
      row: r,
      // Under outline headings, the headings' cells: reported on the first row under them, carried after.
      level1: outline1 ?? level1,
      level2: outline2 ?? level2,
      level3: parts ? parts.name : (level3Cell ?? { at: { row: r, col: 0 }, text: '', value: null }),
      value,
      parsed: EMPTY_PARSE,
      // Every optional key, its column written or not (undefined): every row has one shape, so
      // the reads of the rules, run on every row, see one kind of object (rows whose keys came
      // in different orders made those reads slow, and each added key grew the row a second
      // store). Left out of JSON, and `ind.sign === undefined` as before.
      description: fieldIn(grid, r, c.description),
      sign: whole ? undefined : fieldIn(grid, r, c.sign),
      unit: whole ? undefined : fieldIn(grid, r, c.unit),
      direction: fieldIn(grid, r, c.direction),
      nature: fieldIn(grid, r, c.nature),
      weight: fieldIn(grid, r, c.weight),
      period: undefined,
    };
    // A row inside the row merges above it (a form whose every cell spans two rows, the header's
    // too): its 三级 and value are the cells above, read there; it holds no indicator of its own.
    if (mergedFromAbove(ind, r)) continue;
    // The weights' total (or a 小计) with its word under the 三级 or 指标值 column (`|||合计|100`), the
    // row's levels not its own: no indicator. Read from the row's fields, no cell read again.
    if (!ownLevel(level1) && !ownLevel(level2) && isTotalWordText(ind.level3.text === '' ? value.text : ind.level3.text)) continue;
    // A template's slot left as the form has it (`指标2：` or `……` under a 二级, no value, nothing
    // else written): a row not used, as a blank one is, not an indicator whose name is filler and
    // whose target is missing. Read from the row's fields, no cell read again.
    if (!parts && unfilledSlot(ind)) {
      unused?.push(ind);
      continue;
    }
    if (split) {
      const signText = ind.sign?.text ?? '';
      const signContent = columnContentOf(signText);
      // The 定性/定量 and 正向/反向 words of the row's columns, joined by spaces.
      const natureText = withNature(withNature(withNature('', ind.nature?.text), ind.direction?.text), signContent === 'nature' ? signText : '');
      const sign = signContent === 'sign' ? signText : '';
      const unit = ind.unit?.text ?? '';
      const key = `${sign}\u0000${value.text}\u0000${unit}\u0000${natureText}`;
      ind.parsed = parses.peek(key) ?? parses.keep(key, parseSplitValue({ sign, value: value.text, unit, nature: natureText }));
    } else {
      ind.parsed = parses.peek(value.text) ?? parses.keep(value.text, parseIndicatorValue(value.text));
    }
    out.push(ind);
    if (outline1) outline1 = carriedField(outline1);
    if (outline2) outline2 = carriedField(outline2);
  }
  return out;
}

/** A row whose 三级 is only a template's slot and whose value, sign and description are empty. */
function unfilledSlot(ind: IndicatorRow): boolean {
  if (!isIndicatorSlot(ind.level3.text)) return false;
  const empty = (f: Field | undefined) => f === undefined || isBlankText(f.text) || isFiller(f.text);
  return empty(ind.value) && empty(ind.sign) && (ind.description === undefined || isBlankText(ind.description.text));
}

/** The indicator of a row flattened into its 一级 cell (flattenedRow), with its 三级 and value. */
function flatIndicator(grid: Grid, c: HeaderRow['columns'], r: number, flat: FlatRow, parses: ParseCache): IndicatorRow {
  const value = flat.value ?? { at: flat.level1.at, text: '', value: null };
  return {
    row: r,
    level1: flat.level1,
    level2: flat.level2,
    level3: flat.level3 ?? { at: flat.level1.at, text: '', value: null },
    value,
    parsed: parses.peek(value.text) ?? parses.keep(value.text, parseIndicatorValue(value.text)),
    description: undefined,
    sign: undefined,
    unit: undefined,
    direction: fieldIn(grid, r, c.direction),
    nature: fieldIn(grid, r, c.nature),
    weight: fieldIn(grid, r, c.weight),
    period: undefined,
  };
}

/** A row flattened into its 一级 cell: its levels, and its 三级 and value when the cell or the row holds them. */
interface FlatRow {
  level1: LevelField;
  level2: LevelField;
  level3?: Field;
  value?: Field;
}

/** A value shifted into the 三级 column: a sign or a number with its unit, no name (`≥200人次`, `100%`). */
function shiftedValue(text: string): boolean {
  return startsWithSign(text) || (parseIndicatorValue(text).kind === 'quantitative' && /^\s*[0-9０-９]/.test(text));
}

/** Longest 一级 cell read as a flattened row. */
const FLAT_ROW_MAX = 200;

/** Where one level's name ends in a flattened cell: a space, or a mark between two names. */
const LEVEL_GAP_RE = /[\s/／、—－-]/;

/**
 * A row a PDF's conversion flattened into its 一级 cell: `产出指标 数量指标 培训人次 ≥200人次` with the
 * row's other cells blank (or merged into it), or `产出指标/数量指标` over a blank 二级 cell. Each
 * part is a field of its own over that cell (a fix writes the cell whole); undefined when the cell
 * does not start with an 一级 name and a 二级 name.
 */
function flattenedRow(grid: Grid, c: HeaderRow['columns'], r: number): FlatRow | undefined {
  if (c.level1 === undefined || c.level2 === undefined || c.level2 === c.level1) return undefined;
  const at = grid.anchor(r, c.level1);
  const s = grid.rawText(at.row, at.col);
  if (s.length > FLAT_ROW_MAX || s.length < 6) return undefined;
  // The 二级 cell is blank, or part of the 一级 cell's merge.
  const own = (col: number | undefined) => col === undefined || grid.isBlank(r, col) || (grid.anchor(r, col).row === at.row && grid.anchor(r, col).col === at.col);
  const part = (from: number, to: number): Field => {
    const text = s.slice(from, to);
    return { at, text, value: text, part: { before: s.slice(0, from), after: s.slice(to) } };
  };
  // The two names, one after the other.
  let i = 0;
  while (i < s.length && /\s/.test(s[i])) i++;
  const a1 = i;
  while (i < s.length && !LEVEL_GAP_RE.test(s[i])) i++;
  const e1 = i;
  if (resolveLevel1(s.slice(a1, e1)) === undefined) return undefined;
  while (i < s.length && LEVEL_GAP_RE.test(s[i])) i++;
  const a2 = i;
  while (i < s.length && !/\s/.test(s[i])) i++;
  const e2 = i;
  if (a2 === e2 || resolveLevel2(s.slice(a2, e2)) === undefined) return undefined;
  const level1: LevelField = { ...part(a1, e1), inherited: false };
  const level2: LevelField = { ...part(a2, e2), inherited: false };
  const rest = s.slice(e2).trim();
  const blank = (col: number | undefined) => col === undefined || grid.isBlank(r, col);
  if (rest === '') {
    if (own(c.level2)) return { level1, level2 };
    // The row's other cells shifted left into the columns freed (`产出指标/数量指标 | 培训人次 | ≥200人次`
    // under a header of four columns): the 二级 column holds the 三级, the 三级 column the value.
    const c2 = c.level2;
    const c3 = c.level3;
    if (c3 !== undefined && c2 + 1 === c3 && c.value === c3 + 1 && !blank(c2) && !blank(c3) && blank(c.value) && anchorRow(grid, r, c2) === r && (shiftedValue(grid.rawText(r, c3)) || resolveLevel2(grid.rawText(r, c2)) === undefined)) {
      return { level1, level2, level3: fieldOf(grid, r, c2), value: fieldOf(grid, r, c3) };
    }
    return undefined;
  }
  // A 二级 of its own beside the cell: the cell is no flattened row.
  if (!own(c.level2)) return undefined;
  const from = s.indexOf(rest, e2);
  // The three names in the cell, the value in its own column: the rest is the 三级.
  if (blank(c.level3) && c.value !== undefined && !blank(c.value) && anchorRow(grid, r, c.value) === r && grid.anchor(r, c.value).col !== at.col) {
    return { level1, level2, level3: part(from, from + rest.length), value: fieldOf(grid, r, c.value) };
  }
  // 三级 and value in the cell too: only with the row's own 三级 and value cells blank.
  if (!own(c.level3) || !own(c.value) || !own(c.sign) || !own(c.unit)) return undefined;
  const split = splitNameValue(rest);
  if (split) {
    const nameAt = from + rest.indexOf(split.name);
    return { level1, level2, level3: part(nameAt, nameAt + split.name.length), value: part(from + split.at, from + split.at + split.value.length) };
  }
  // `通行条件 有所改善`: the value is the last word.
  let gap = rest.length - 1;
  while (gap > 0 && !/\s/.test(rest[gap])) gap--;
  if (gap <= 0) return { level1, level2, level3: part(from, from + rest.length), value: { at, text: '', value: null, part: { before: s, after: '' } } };
  const valueAt = from + gap + 1;
  let end3 = gap;
  while (end3 > 0 && /\s/.test(rest[end3 - 1])) end3--;
  return { level1, level2, level3: part(from, from + end3), value: part(valueAt, from + rest.length) };
}

/**
 * A row whose own 二级 cell names a 二级 and whose 三级 and value are blank, over a row that
 * leaves its 二级 blank and writes a 三级: the 二级 written as a heading above its indicators.
 */
function level2HeadingRow(grid: Grid, c: HeaderRow['columns'], r: number, lastRow: number): boolean {
  if (c.level2 === undefined || c.level3 === undefined || r >= lastRow || anchorRow(grid, r, c.level2) !== r) return false;
  if (grid.isBlank(r, c.level2) || !grid.isBlank(r + 1, c.level2) || grid.isBlank(r + 1, c.level3)) return false;
  return resolveLevel2(grid.rawText(r, c.level2)) !== undefined;
}

/** True when a row's 三级 is a merge begun above it and its other cells are too, or blank. */
function mergedFromAbove(ind: IndicatorRow, r: number): boolean {
  if (ind.level3.at.row >= r) return false;
  for (const f of [ind.value, ind.description, ind.sign, ind.unit, ind.weight]) if (f !== undefined && f.at.row >= r && !isBlankText(f.text)) return false;
  return true;
}

/**
 * A cell of a `三级指标及指标值` column as the row's 三级 and value, each a part of the cell. A cell
 * that does not split (`业务能力有效提升`: a qualitative indicator stated whole) is both.
 */
function nameAndValue(cell: Field, split = splitNameValue(cell.text)): { name: Field; value: Field } {
  if (!split) return { name: { ...cell, part: { before: '', after: '' } }, value: { ...cell, part: { before: '', after: '' } } };
  return {
    name: { at: cell.at, text: split.name, value: split.name, part: { before: '', after: cell.text.slice(split.name.length) } },
    value: { at: cell.at, text: split.value, value: split.value, part: { before: cell.text.slice(0, split.at), after: cell.text.slice(split.at + split.value.length) } },
  };
}

/**
 * A 三级 cell that ends in a signed value (`养护里程 ≥50公里`, `群众满意度不低于90%`): its name and value
 * as nameAndValue splits them, else undefined. Only after a sign: a name holding a number
 * (`培训100人次`, `完成时间2025年`) beside a blank value is a name whose value is missing.
 */
function valueInName(cell: Field): { name: Field; value: Field } | undefined {
  if (cell.part !== undefined) return undefined;
  const split = splitNameValue(cell.text);
  return split && startsWithSign(split.value) ? nameAndValue(cell, split) : undefined;
}

/** Longest end of a value read as wrapped onto the next row (`前`, `%`, `人次`, `底前`). */
const WRAP_MAX = 6;

/** The ends of a date or deadline that wrap (`2025年12月31日` / `前`). */
const DEADLINE_END_RE = /^(?:[年月日号])?(?:底|末)?(?:前|之前|以前|止|内|以内|完成|底|末)$/;

/** A line long enough to have wrapped, and not ended: a qualitative value going on below. */
const WRAPPED_LINE = 8;

/**
 * `end`, alone on the row below a value `start`, is that value's wrapped end: a unit (`≥95` / `%`),
 * a direction word (`以上`), a deadline's end (`前`), or the rest of a long sentence. Not any short
 * text: under a value of a few characters it may be a row whose 三级 was left out.
 */
function wrappedEnd(start: string, end: string): boolean {
  if (start === '') return false;
  if (canonicalUnit(end) !== undefined || TRAILING.some((t) => t.text === end) || DEADLINE_END_RE.test(end)) return /[0-9０-９]$|[年月日号]$/.test(start) || canonicalUnit(end) === undefined;
  return start.length >= WRAPPED_LINE && !/[。；;！!？?]$/.test(start) && parseIndicatorValue(start).kind === 'qualitative';
}

/** The field's cell is its own (not merged down from a row above) and holds text. */
function ownText(grid: Grid, r: number, col: number | undefined): boolean {
  return col !== undefined && !grid.isBlank(r, col) && anchorRow(grid, r, col) === r && grid.anchor(r, col).col === col;
}

/**
 * A row holding nothing but the end of the value or description of the indicator right above it,
 * alone in its column (a PDF converted to Excel wraps a long cell onto the next row: `2025年12月31日`
 * then `前`): joined to that row, which then offers no fix (the end would stay below). True when
 * joined. A value's end has no digit and is short: a row with a value of its own and no 三级 is an
 * indicator missing its name. A 三级 name alone on its row is never joined: that is also what an
 * indicator with an empty value looks like, an error to keep.
 */
function joinWrapped(grid: Grid, header: HeaderRow, r: number, above: IndicatorRow, parses: ParseCache): boolean {
  const c = header.columns;
  if (above.row !== r - 1 || !blankAt(grid, r, c.level1) || !blankAt(grid, r, c.level2) || !blankAt(grid, r, c.level3)) return false;
  const valueEnd = ownText(grid, r, c.value) ? grid.rawText(r, c.value as number).trim() : undefined;
  const descEnd = ownText(grid, r, c.description) ? grid.rawText(r, c.description as number).trim() : undefined;
  if (valueEnd === undefined && descEnd === undefined) return false;
  // Nothing else on the row: the value and description columns, merged cells aside.
  const count = grid.storedCols(r, rowCells);
  for (let k = 0; k < count; k++) {
    const col = rowCells[k];
    if (col >= header.left && col <= header.right && col !== c.value && col !== c.description && !grid.isBlank(r, col)) return false;
  }
  if (valueEnd !== undefined) {
    const start = above.value.text.trim();
    if (valueEnd.length > WRAP_MAX || /[0-9０-９]/.test(valueEnd) || isFiller(valueEnd) || above.value.at.row !== r - 1 || !wrappedEnd(start, valueEnd)) return false;
  }
  const d = above.description;
  if (descEnd !== undefined && (d === undefined || d.at.row !== r - 1 || d.text.trim() === '')) return false;
  joinEnds(above, c, r, valueEnd, descEnd, parses);
  return true;
}

/**
 * Row `r`'s ends of a value and a description joined to the indicator above (joinWrapped,
 * joinMergedContinuation): each field marked as continued on that row's cell (no fix writes it),
 * the value parsed again.
 */
function joinEnds(above: IndicatorRow, c: HeaderRow['columns'], r: number, valueEnd: string | undefined, descEnd: string | undefined, parses: ParseCache): void {
  if (valueEnd !== undefined) {
    const text = above.value.text + valueEnd;
    above.value = { ...above.value, text, value: text, continued: { row: r, col: c.value as number } };
    above.parsed = parses.peek(text) ?? parses.keep(text, parseIndicatorValue(text));
  }
  const d = above.description;
  if (descEnd !== undefined && d !== undefined) {
    const text = d.text + descEnd;
    above.description = { ...d, text, value: text, continued: { row: r, col: c.description as number } };
  }
}

/** The longest text a Word paste's paragraphs are joined into (a value or description of a few lines). */
const CONTINUED_MAX = 400;

/**
 * A row whose 三级 is the indicator's above it, merged down over this row, with a value (or a
 * description) of its own and nothing else of its own: the rest of that indicator's value. A
 * paste from Word puts each paragraph of a cell in a row of its own and merges the row's other
 * cells down over them (`2025年` / `12月前`, `建筑面积2.6万平方米，` / `展示面积1万平方米`); one 三级 has
 * one target, so the text below is the same value's, joined (no fix then writes the cell, the
 * rest would stay below). A 三级 written again in the row (its own cell) is another indicator. Made
 * by us (scripts/mutate-corpus.ts, stop 40), from the tune tables' values.
 */
function joinMergedContinuation(grid: Grid, header: HeaderRow, r: number, above: IndicatorRow, parses: ParseCache): boolean {
  const c = header.columns;
  if (c.level3 === undefined) return false;
  const m = grid.mergeAt(r, c.level3);
  if (m === undefined || m.top >= r || above.row !== m.top || above.level3.at.row !== m.top || above.level3.at.col !== m.left || above.level3.part !== undefined) return false;
  const end = (col: number | undefined) => (ownText(grid, r, col) ? grid.rawText(r, col as number).trim() : undefined);
  const valueEnd = end(c.value);
  const descEnd = end(c.description);
  // A level name broken over two paragraphs (`经济效益` / `指标`) goes on in its column too.
  const end1 = end(c.level1);
  const end2 = end(c.level2);
  if (valueEnd === undefined && descEnd === undefined && end1 === undefined && end2 === undefined) return false;
  // A cell's paragraphs are few and short: past CONTINUED_MAX characters the rows are not one
  // cell's any more, and joining each of a long merge's rows would parse a growing text per row
  // (time growing with the square of the rows: 8,000 rows under one merged 三级 took 19 s).
  const longer = (f: Field | undefined, end: string | undefined) => end !== undefined && f !== undefined && f.text.length + end.length > CONTINUED_MAX;
  if (longer(above.value, valueEnd) || longer(above.description, descEnd) || longer(above.level1, end1) || longer(above.level2, end2)) return false;
  // Nothing else of the row's own in the grid: every other cell blank or merged down from above.
  const count = grid.storedCols(r, rowCells);
  for (let k = 0; k < count; k++) {
    const col = rowCells[k];
    if (col >= header.left && col <= header.right && col !== c.value && col !== c.description && col !== c.level1 && col !== c.level2 && !grid.isBlank(r, col) && grid.anchor(r, col).row === r) return false;
  }
  // Each part goes on from a cell of the indicator's own row (not one carried from above).
  const startsAbove = (f: Field | undefined) => f !== undefined && f.at.row === m.top && f.part === undefined && !isBlankText(f.text);
  if (valueEnd !== undefined && !startsAbove(above.value)) return false;
  const d = above.description;
  if (descEnd !== undefined && !startsAbove(d)) return false;
  if ((end1 !== undefined && (above.level1.inherited || !startsAbove(above.level1))) || (end2 !== undefined && (above.level2.inherited || !startsAbove(above.level2)))) return false;
  if (end1 !== undefined) above.level1 = { ...above.level1, text: above.level1.text + end1, value: above.level1.text + end1 };
  if (end2 !== undefined) above.level2 = { ...above.level2, text: above.level2.text + end2, value: above.level2.text + end2 };
  joinEnds(above, c, r, valueEnd, descEnd, parses);
  return true;
}

/** `joined` with `text` added after a space, unless `text` is empty or a sign. */
function withNature(joined: string, text: string | undefined): string {
  if (!text || columnContentOf(text) === 'sign') return joined;
  return joined === '' ? text : `${joined} ${text}`;
}

function inferMoneyUnit(total: Field | undefined, layout: LayoutId): MoneyUnit {
  if (total) {
    // No unit line or label, but the total writes its own (`50万`, 武川 民委 2021 as a list export):
    // the bare parts beside it are in that unit (before: 元, and `…资金50` was 50 元 against 50万元).
    const written = readAmount(total);
    if (written.kind === 'ok' && (written.unit === '万元' || written.unit === '元')) return written.unit;
    const d = typeof total.value === 'number' ? Decimal.fromNumber(total.value) : Decimal.parse(total.text);
    if (d) return d.cmp(Decimal.parse('10000') as Decimal) >= 0 ? '元' : '万元';
  }
  return layout === 'L4' ? '元' : '万元';
}

function unionRect(a: Rect | undefined, row: number, left: number, right = left): Rect {
  if (!a) return { top: row, bottom: row, left, right };
  return {
    top: Math.min(a.top, row),
    bottom: Math.max(a.bottom, row),
    left: Math.min(a.left, left),
    right: Math.max(a.right, right),
  };
}

/**
 * Widens a rect to cover every non-blank cell (and its merge) of its own rows, from row `from` on
 * (the table's first row: the callers cut the rect there). A field merged up into the tables above
 * (a merge down column C from one table to the sheet's end) put every later table's rect's top at
 * that merge's top: each table scanned all the tables above it again (quadratic, fuzz37: 4,800
 * rows took 995,722 reads here, 2,400 rows 160,273).
 */
function coverRows(grid: Grid, rect: Rect, scans: ScanIndex, minCol: number, from: number): Rect {
  // One rect widened in place (a new rect per cell was most of the locator's garbage).
  const out: Rect = { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
  const widen = (row: number, left: number, right: number): void => {
    if (row < out.top) out.top = row;
    if (row > out.bottom) out.bottom = row;
    if (left < out.left) out.left = left;
    if (right > out.right) out.right = right;
  };
  for (let r = Math.max(rect.top, from); r <= rect.bottom; r++) {
    const cols = scans.get(r)?.cols ?? NO_COLS;
    for (let ci = 0; ci < cols.length; ci++) {
      const col = cols[ci];
      if (col < minCol) continue;
      const m = grid.mergeAt(r, col);
      widen(r, col, m ? m.right : col);
      if (m) widen(m.bottom, m.left, m.right);
    }
  }
  return out;
}

/** A 项目名称 label (one function for every row asked, not a new closure per row). */
function isProjectLabel(l: Anchor): boolean {
  return l.info.field === 'projectName';
}

/**
 * A row of column names with 项目名称 among them (`项目名称 | 预算数（万元） | 项目绩效目标`): the
 * 项目名称 label has another label at its right and a name written under it, the first row of a list.
 */
function listOfNames(grid: Grid, scan: RowScan | undefined): boolean {
  if (!scan || scan.labels.length < 2) return false;
  const label = scan.labels.find((l) => isProjectLabel(l) && l.inline === undefined);
  if (!label) return false;
  const m = grid.mergeAt(label.row, label.col);
  const right = m?.right ?? label.col;
  const below = (m?.bottom ?? label.row) + 1;
  if (!scan.labels.some((l) => l.row === label.row && l.col === right + 1)) return wideListOfNames(grid, scan, label, right, below);
  if (below > grid.lastRow || grid.isBlank(below, label.col)) return false;
  return classifyLabelOnce(grid.rawText(below, label.col)) === undefined;
}

/**
 * A list's header naming columns no pattern knows right of 项目名称 (`项目名称 | 项目子类型 | 建设内容 |
 * 计划投入资金 | 资金来源 | … | 预期绩效目标`): its money and its goals are columns too, three labels or
 * more right of the name's, and the first cell written under 项目名称 (a 合计 row may come first) is a
 * name, not a label. A form's name row has its value right of 项目名称 and at most a label or two after it
 * (`项目负责人 | 联系电话`), and a label under it.
 */
function wideListOfNames(grid: Grid, scan: RowScan, label: Anchor, right: number, below: number): boolean {
  let further = 0;
  let money = false;
  let goals = false;
  for (const l of scan.labels) {
    if (l.row !== label.row || l.col <= right + 1) continue;
    further++;
    if (l.info.field === 'total') money = true;
    else if (l.info.field === 'goals') goals = true;
  }
  if (further < 3 || !money || !goals) return false;
  for (let r = below; r <= Math.min(grid.lastRow, below + 1); r++) {
    if (grid.isBlank(r, label.col)) continue;
    return classifyLabelOnce(grid.rawText(r, label.col)) === undefined;
  }
  return false;
}

/**
 * `项目名称 | 预算数 | 年度绩效目标` heading a list of projects, one row each, with no indicator grid
 * (项目支出绩效目标汇总表, a 政府性基金预算 or 重大项目 summary): a summary list, named in one info and
 * not checked as a project (before: no table at all, the sheet said to hold none). A title above
 * it naming another kind (a transfer's allocation) names it instead. Rows `from`..`to` are unclaimed:
 * each is looked at once.
 */
function summaryList(grid: Grid, scans: ScanIndex, from: number, listRow: number, to: number, index: number): TableModel {
  const t = emptyTable(index, 'L4');
  let top = listRow;
  for (let r = listRow - 1; r >= from; r--) {
    const title = scans.get(r)?.titles[0];
    if (!title) continue;
    top = r;
    t.title = fieldAt(grid, title);
    t.kindAt = title;
    const kind = titleKind(wholeTitleText(grid, scans, title));
    if (kind !== undefined && kind !== 'project') t.kind = kind;
    break;
  }
  let bottom = to;
  while (bottom > listRow && !scans.get(bottom)?.cols.length) bottom--;
  t.kind ??= 'summary';
  const label = scans.get(listRow)?.labels.find(isProjectLabel);
  t.kindAt ??= { row: listRow, col: label?.col ?? grid.firstCol };
  t.range = { top, left: grid.firstCol, bottom, right: grid.lastCol };
  return t;
}

/** Rows above 项目名称 that can still belong to the table: title, unit name, unit line. */
const ROWS_ABOVE_PROJECT = 4;

/**
 * Keeps the rows of the table's own upper block: from a few rows above its 项目名称, or, without
 * one, the block of rows right above the grid (single blank rows allowed), so content
 * between tables — notes, a summary — is not read as this table's fields.
 */
function trimUpper(rows: RowScan[], endRow: number): RowScan[] {
  let project: RowScan | undefined;
  for (let i = rows.length - 1; i >= 0 && !project; i--) if (rows[i].labels.some(isProjectLabel)) project = rows[i];
  if (project) {
    // A row with fields above the form's own title (a description's `(6)年度预算安排：…万元。` line
    // right above it) is no row of the form: the title is where it starts.
    let from = project.row - ROWS_ABOVE_PROJECT;
    let titled = false;
    for (let i = rows.length - 1; i >= 0 && rows[i].row >= from; i--) {
      const s = rows[i];
      if (s.row > project.row) continue;
      if (titled && s.labels.some((l) => l.info.field !== undefined)) from = s.row + 1;
      else if (s.row < project.row && s.titles.length > 0) titled = true;
    }
    return rows.filter((s) => s.row >= from);
  }
  let start = endRow + 1;
  for (let i = rows.length - 1; i >= 0; i--) {
    if (start - rows[i].row > 2) break; // two or more blank rows between: another block
    start = rows[i].row;
  }
  return rows.filter((s) => s.row >= start);
}

interface UpperPart {
  rows: RowScan[];
}

/** The labels of an upper block by field, in sheet order: one pass over them, not a filter per field asked. */
type LabelsByField = Map<FieldLabel, Anchor[]>;

const NO_ANCHORS: readonly Anchor[] = Object.freeze([]);

function labelsByField(rows: readonly RowScan[]): LabelsByField {
  const out: LabelsByField = new Map();
  for (let si = 0; si < rows.length; si++) {
    const s = rows[si];
    let prev: Anchor | undefined;
    for (let li = 0; li < s.labels.length; li++) {
      const l = s.labels[li];
      const f = l.info.field;
      // A merged label undone with its text written into every cell it covered (`年度资金总额` three
      // times across, a flat export or a PDF conversion): one label, its first cell. Counted three
      // times it made three totals, and a block with several totals reads no further parts (made by
      // us from sc-zhaohua-jikong-2021's form, scripts/mutate-corpus.ts).
      const again = prev !== undefined && prev.row === l.row && prev.col === l.col - 1 && prev.text === l.text && !l.inline;
      prev = l;
      if (f === undefined || again) continue;
      const list = out.get(f);
      if (list === undefined) out.set(f, [l]);
      else list.push(l);
    }
  }
  return out;
}

function isLabelCell(f: Field): boolean {
  return typeof f.value === 'string' && classifyLabelOnce(f.text) !== undefined;
}

/** The value of a label: right of it, or, when that is another label (a sub-header), below it (up to `lastRow`). */
function upperValueOf(grid: Grid, l: Anchor, below: boolean, lastRow: number): Field | undefined {
  const inline = inlineField(l);
  if (inline) return inline;
  const right = valueRightOf(grid, l);
  // `年度目标 | 年度总体目标完成情况` over the goal: a heading beside the label, the goal below it.
  const heading = below && isGoalOutcomeHeading(right.text);
  if (!heading && !isLabelCell(right) && !isBlankText(right.text)) return right;
  if (below) {
    const m = grid.mergeAt(l.row, l.col);
    const r = (m?.bottom ?? l.row) + 1;
    if (r <= lastRow) {
      const cell = fieldAt(grid, { row: r, col: l.col }, l);
      if (!isLabelCell(cell) && !isBlankText(cell.text)) return cell;
    }
  }
  return heading || isLabelCell(right) ? undefined : right;
}

const AMOUNT_TEXT_RE = /^[\d,.，．]+$/;

/**
 * An amount under a column-style label (`本年度预计投入(万元)` over its number): the first
 * number in the two rows below, when the cell right of the label is another label.
 */
function amountBelow(grid: Grid, l: Anchor, lastRow: number): Field | undefined {
  const m = grid.mergeAt(l.row, l.col);
  for (let r = (m?.bottom ?? l.row) + 1; r <= Math.min(lastRow, (m?.bottom ?? l.row) + 2); r++) {
    const cell = fieldAt(grid, { row: r, col: l.col }, l);
    if (typeof cell.value === 'number' || (AMOUNT_TEXT_RE.test(cell.text.trim()) && cell.text.trim() !== '')) return cell;
    if (!isBlankText(cell.text)) return undefined;
  }
  return undefined;
}

function periodRank(l: Anchor): number {
  return l.info.period === 'annual' ? 0 : l.info.period === 'longTerm' ? 2 : 1;
}

/** 中央资金, 省级资金, 县级配套, 本级资金: money of one level of government, a breakdown of 财政资金. */
const LEVEL_MONEY_RE = /^(其中)?(中央|省|市|州|盟|县|区|旗|乡|镇|乡镇|本级|上级|省级|市级|州级|县级|区级|地方|配套)/;

/**
 * 财政资金 before a level of government's money (中央资金): where a table writes both, the one is
 * the fiscal part and the others its breakdown (`财政资金构成 | 中央资金 | 500 | 省级资金 | 200` on
 * a row of its own, nearer the total's label than 财政资金 beside the total).
 */
function breakdownRank(l: Anchor): number {
  if (l.info.field !== 'fiscal') return 0;
  const key = labelKey(l.text);
  return LEVEL_MONEY_RE.test(key) || FUND_TYPE_RE.test(key) ? 1 : 0;
}

/**
 * 一般公共预算, 政府性基金, 国有资本经营预算, 专项债券, 非税收入, 财政专户: fiscal money of one kind
 * of fund, a breakdown of 财政拨款 where a table writes both (`财政拨款 | 100` over `其中：一般公共预算 |
 * 60 | 政府性基金 | 40`).
 */
const FUND_TYPE_RE = /^(其中)?(一般公共预算|政府性基金|国有资本经营预算|(一般|专项)?债券|(地方政府|政府)?专项债券|非税收入|财政专户|纳入财政专户)/;

/**
 * An amount field's value: right of its label, unless what stands there holds no digit and a
 * number stands below the label (a row of column headers over their amounts: `中央 | 省级 |
 * 市级资金 | 本级` over `0 | 7 | 0 | 0`, where 本级 is the next header, not 市级资金's amount).
 */
function amountOf(grid: Grid, l: Anchor, lastRow: number): Field | undefined {
  const inline = inlineField(l);
  if (inline) return inline;
  const right = pastSumWord(grid, upperValueOf(grid, l, false, lastRow), l);
  if (right && typeof right.value !== 'number' && !/\d/.test(right.text)) {
    const below = amountBelow(grid, l, lastRow);
    if (below) return below;
  }
  // The first written cell past a blank unmerged one (a copy that lost its merges).
  const next = right && isBlankText(right.text) && !grid.mergeAt(right.at.row, right.at.col) ? firstAcross(grid, right.at) : undefined;
  // `年度资金总额 | | | 金额(万元)`, a copy that lost the label's merge: the label heads the amounts
  // column as it did merged (`年度资金总额 | 金额(万元)`), the blank cell between is no amount of its own.
  if (next && classifyLabelOnce(next.text)?.field === 'amountHeader') return undefined;
  if (next && (typeof next.value === 'number' || AMOUNT_TEXT_RE.test(next.text.trim()))) return { ...next, label: l };
  return right ?? amountBelow(grid, l, lastRow);
}

/**
 * `一般公共预算拨款 | 小计 | 250`, `项目资金（万元）| 合计 | 250` (广西's 项目绩效目标公开表): a sum word
 * between a money label and its amount names the amount, it is none itself. The cell right of the
 * word is read instead when it holds an amount or nothing (before, the word was read as the amount:
 * a false 不是数字 error, and the block's total went unread); anything else leaves the field as it was.
 */
function pastSumWord(grid: Grid, f: Field | undefined, l: Anchor): Field | undefined {
  if (!f || f.inline || typeof f.value !== 'string' || !SUM_WORD_RE.test(labelKey(f.text))) return f;
  const past = valueRightOf(grid, f.at);
  if (past.at.row !== f.at.row || past.at.col <= f.at.col) return f;
  return typeof past.value === 'number' || isBlankText(past.text) || AMOUNT_TEXT_RE.test(past.text.trim()) ? { ...past, label: l } : f;
}

/** Blank cells looked past, at most, for an amount further along its label's row. */
const ACROSS_MAX = 6;

/**
 * An amount written further along the row, past blank unmerged cells: a form copied from a web
 * page leaves its merged cells empty (`年度资金总额 | | | 3,200,000.00`, the label and the amount
 * each spanning columns when printed). Only an amount is taken, and only before any other text.
 */
function amountAcross(grid: Grid, from: CellAddress): Field | undefined {
  const cell = firstAcross(grid, from);
  return cell && (typeof cell.value === 'number' || AMOUNT_TEXT_RE.test(cell.text.trim())) ? cell : undefined;
}

/** The amount past a field read blank in an unmerged cell (amountAcross), if any. */
function amountPast(grid: Grid, f: Field): Field | undefined {
  return isBlankText(f.text) && !grid.mergeAt(f.at.row, f.at.col) ? amountAcross(grid, f.at) : undefined;
}

/** The first written cell past blank unmerged ones in the row (not past a merged one), if near. */
function firstAcross(grid: Grid, from: CellAddress): Field | undefined {
  const limit = Math.min(grid.lastCol, from.col + ACROSS_MAX);
  for (let c = from.col + 1; c <= limit; c++) {
    if (grid.isBlank(from.row, c)) {
      if (grid.mergeAt(from.row, c)) return undefined;
      continue;
    }
    return fieldAt(grid, { row: from.row, col: c });
  }
  return undefined;
}

/**
 * A text field (项目名称, 绩效目标) whose cell beside the label is blank, unmerged, with its text
 * further along the row: a web page's copy (`项目名称 | | | 社区养老驿站运营补贴`, the label spanning
 * A:C when printed). Not another label's text, nor a form's word for another field (`项目属性`): then
 * this one is empty; else the field as it was.
 */
function textAcross(grid: Grid, f: Field): Field {
  if (f.inline || !isBlankText(f.text) || grid.mergeAt(f.at.row, f.at.col)) return f;
  const cell = firstAcross(grid, f.at);
  if (!cell || typeof cell.value !== 'string' || isBlankText(cell.text) || classifyLabelOnce(cell.text) !== undefined || isFormFieldWord(cell.text)) return f;
  return f.label ? { ...cell, label: f.label } : cell;
}

/**
 * How far below `near` a label stands; labels above it rank after every label below. Blocks
 * stacked in one column (实施期资金总额 with its 其中 rows, then 年度资金总额 with its own): the parts
 * read are those under the total read, not the first block's.
 */
function rowsAfter(l: Anchor, near: CellAddress): number {
  return l.row >= near.row ? l.row - near.row : LAST_EXCEL_ROW + near.row - l.row;
}

const LAST_EXCEL_ROW = 1_048_575;

/**
 * The label of a field whose value is written: the annual one before others (年度资金总额 beside
 * 中期资金总额), then the one nearest the column of `near` (the parts beside their total);
 * else the first label's (empty) cell.
 */
function pickLabel(grid: Grid, labels: readonly Anchor[], lastRow: number, near?: CellAddress, periodCol?: number): { field?: Field; label?: Anchor } {
  const ls = labels.length < 2 ? labels : [...labels].sort((a, b) => periodRank(a) - periodRank(b) || breakdownRank(a) - breakdownRank(b) || (near ? Math.abs(a.col - near.col) - Math.abs(b.col - near.col) || rowsAfter(a, near) - rowsAfter(b, near) : 0));
  let fallback: { field?: Field; label?: Anchor } = {};
  for (let li = 0; li < ls.length; li++) {
    const l = ls[li];
    const v = partAmount(grid, l, lastRow, near, periodCol);
    if (v && !isBlankText(v.text)) return { field: v, label: l };
    if (!fallback.label) fallback = { field: v, label: l };
  }
  return fallback;
}

/**
 * A money label's amount. Under column-style totals (中期资金总额 | 年度资金总额, or 上年度预算安排 |
 * 上年度实际执行 | 本年度申请金额, over their amounts) it is in the year's total's column, not right of
 * its label (that is the 中期 or last year's column).
 */
function partAmount(grid: Grid, l: Anchor, lastRow: number, near?: CellAddress, periodCol?: number): Field | undefined {
  return periodCol !== undefined && near && l.row > near.row && l.col < periodCol && !l.info.period ? fieldAt(grid, { row: l.row, col: periodCol }, l) : amountOf(grid, l, lastRow);
}

/** `rect` widened by a field's cell (its merge) and label. */
function addField(grid: Grid, rect: Rect | undefined, f: Field | undefined): Rect | undefined {
  if (!f) return rect;
  const m = grid.mergeAt(f.at.row, f.at.col);
  rect = unionRect(rect, f.at.row, f.at.col, m ? m.right : f.at.col);
  if (f.label) rect = unionRect(rect, f.label.row, f.label.col);
  return rect;
}

const UNIT_NAME_LABEL_RE = /^单位/;

/**
 * The year line under a title (`（2024年度）`, the systems' `（  2024  年度）` with the spaces of their
 * template, `2024年`): the table's year, not the unit's name.
 */
const YEAR_LINE_RE = /^\(?(\d{4})?年度?\)?$/;

/** The word over a money block's total column: alone it says nothing, beside the parts it is the total. */
const SUM_WORD_RE = /^(合计|总计|小计|总额|合计数)(\((万元|元)\))?$/;

/**
 * `项目资金（万元）| 合计 | 一般公共预算 | 政府性基金 | 其他资金` over their amounts: a sum word in a
 * row of money parts, left of them all, with no total label in the block, is the total's label.
 * Before, the total went unread (a false 没有预算数 error). Undefined when there is none.
 */
function sumColumnLabel(grid: Grid, rows: readonly RowScan[]): Anchor | undefined {
  for (let si = 0; si < rows.length; si++) {
    const s = rows[si];
    let parts = 0;
    let firstPart = Infinity;
    for (let li = 0; li < s.labels.length; li++) {
      const l = s.labels[li];
      if (l.info.field !== 'fiscal' && l.info.field !== 'other' && l.info.field !== 'carryOver') continue;
      parts++;
      if (l.col < firstPart) firstPart = l.col;
    }
    if (parts === 0) continue;
    for (let ci = 0; ci < s.cols.length; ci++) {
      const c = s.cols[ci];
      if (c >= firstPart) break;
      const text = grid.rawText(s.row, c);
      if (!SUM_WORD_RE.test(labelKey(text))) continue;
      // The block's own label in the row, or parts enough to call it a block.
      if (parts < 2 && !s.labels.some((l) => l.info.field === 'budgetBlock')) continue;
      return { row: s.row, col: c, text, info: { field: 'total' } };
    }
  }
  return undefined;
}

/** Rows above a 合计 row its money parts may stand in. */
const SUM_ROW_REACH = 8;

/**
 * `财政拨款 | 80`, `其他资金 | 20`, then `合计 | 100`: a sum word in the column of money parts' labels,
 * below them (or above them, over their `其中` row), labels the total's row. Undefined when there is none.
 */
function sumRowLabel(grid: Grid, rows: readonly RowScan[], parts: readonly Anchor[]): Anchor | undefined {
  if (parts.length === 0) return undefined;
  for (const s of rows) {
    for (const c of s.cols) {
      const text = grid.rawText(s.row, c);
      if (text.length > 12 || !SUM_WORD_RE.test(labelKey(text))) continue;
      // Below its parts, or above them with the first `其中` right under it (广西's `合计`, then
      // `其中：一般公共预算拨款`, 政府性基金, 其他资金).
      if (!parts.some((l) => l.col === c && ((l.row < s.row && l.row >= s.row - SUM_ROW_REACH) || (l.row > s.row && l.row <= s.row + 2 && /^其中/.test(labelKey(l.text)))))) continue;
      return { row: s.row, col: c, text, info: { field: 'total' } };
    }
  }
  return undefined;
}

/**
 * The header's marker that names the table's kind: the first, except that a target changed
 * (调整后指标值) yields to results or progress beside it (山西's 自评表 and 监控表 show the adjusted
 * target too), and a 完成情况 caption (广西's `年度绩效指标完成情况`, over its 自评表 and its 监控表
 * alike) to a column asking whether the year's target will be met or what is expected by its end.
 */
function strongestMarker(grid: Grid, markers: readonly Anchor[]): Anchor | undefined {
  const first = markers[0];
  if (first?.info.kind === 'adjustment') return markers.find((l) => l.info.kind === 'self-eval' || l.info.kind === 'monitor') ?? first;
  if (first?.info.kind === 'self-eval') return markers.find((l) => l.info.kind === 'monitor' && FORECAST_RE.test(labelKey(grid.rawText(l.row, l.col)))) ?? first;
  return first;
}

const FORECAST_RE = /可能性|预计/;

/**
 * `项目资金（万元） | 260 | 其中：转移支付资金 | 60` (天津's form, the block's total in the cell right of
 * its label and its parts beside it): with no total label, the block's label labels the total.
 */
function blockTotalLabel(grid: Grid, blocks: readonly Anchor[], parts: readonly Anchor[]): Anchor | undefined {
  for (const b of blocks) {
    if (b.inline !== undefined) continue;
    const right = valueRightOf(grid, b);
    // `项目资金（万元）| 合计 | 250`: the sum word says the amount after it is the total, its parts
    // below or beside it.
    const summed = pastSumWord(grid, right, b);
    // Past blank unmerged cells (the label's merge lost in a web copy), as amountOf reads an amount.
    const v = summed !== right && summed ? summed : (amountPast(grid, right) ?? right);
    if (typeof v.value !== 'number' && !AMOUNT_TEXT_RE.test(v.text.trim())) continue;
    // The block's parts beside its amount (`项目资金 | 300 | 其中财政 | 300`), or no parts at all
    // (`资金规模 | 300`: the one amount is the total).
    if (summed === right && parts.length > 0 && !parts.some((l) => l.row === v.at.row && l.col > v.at.col)) continue;
    return b;
  }
  return undefined;
}

/**
 * The written amounts of money labels beyond the fiscal, other and carried-over parts already read
 * (上级 and 本级 财政资金; 财政拨款 and 自筹资金 and 其他资金), each cell once.
 */
function furtherParts(grid: Grid, table: TableModel, labels: readonly Anchor[], lastRow: number, near?: CellAddress, periodCol?: number): Field[] {
  // Cells already read, by address (a set: a hostile block may hold thousands of such labels).
  const seen = new Set<string>();
  for (const f of [table.budget.fiscal, table.budget.other, table.budget.carryOver]) if (f) seen.add(`${f.at.row},${f.at.col}`);
  const parts: Field[] = [];
  for (let li = 0; li < labels.length; li++) {
    const l = labels[li];
    const v = partAmount(grid, l, lastRow, near, periodCol);
    const key = v && `${v.at.row},${v.at.col}`;
    if (!v || !key || isBlankText(v.text) || seen.has(key)) continue;
    seen.add(key);
    parts.push(v);
  }
  return parts;
}

/**
 * A list's header words too short to be labels (`项目 | 金额`), beside another project column: the
 * project's name and its total, where the header has none yet.
 */
function listHeaderWords(grid: Grid, scan: RowScan, header: HeaderRow): void {
  // The labels' columns as a set: a hostile header row may hold thousands of cells.
  const labelled = new Set<number>();
  for (let li = 0; li < scan.labels.length; li++) {
    const l = scan.labels[li];
    labelled.add(l.col);
  }
  for (let ci = 0; ci < scan.nonBlank.length; ci++) {
    const c = scan.nonBlank[ci];
    if (labelled.has(c.col)) continue;
    const word = listHeaderWord(grid.rawText(c.row, c.col));
    if (!word || header.project[word.field] !== undefined) continue;
    header.project[word.field] = c.col;
    if (word.unit && header.unit === undefined) header.unit = word.unit;
    header.left = Math.min(header.left, c.col);
    header.right = Math.max(header.right, grid.mergeAt(c.row, c.col)?.right ?? c.col);
  }
}

/** Columns a money label's span is looked along, at most, when it lost its merge. */
const SPREAD_MAX = 12;

/**
 * The columns a label heads: its merge, or, in a copy that lost the merge, the blank cells and the
 * cells repeating its text to its right (at most SPREAD_MAX).
 */
function headedSpan(grid: Grid, l: Anchor): Rect {
  const m = grid.mergeAt(l.row, l.col);
  if (m) return m;
  let right = l.col;
  const limit = Math.min(grid.lastCol, l.col + SPREAD_MAX);
  for (let c = l.col + 1; c <= limit; c++) {
    const t = grid.rawText(l.row, c);
    if ((t !== l.text && !isBlankText(t)) || grid.mergeAt(l.row, c)) break;
    right = c;
  }
  return { top: l.row, bottom: l.row, left: l.col, right };
}

/**
 * The amounts under a money label heading several columns, each column named in the row below the
 * label (`财政资金 | | |` over `中央 | 省级 | 市级资金 | 本级` over their amounts): the written ones,
 * or undefined when no label is laid out so. Each name is text within the label's columns (a
 * blank column, blank in both rows, is passed), and every amount below is a number or blank.
 */
function spreadParts(grid: Grid, labels: readonly Anchor[], lastRow: number): Field[] | undefined {
  for (let li = 0; li < labels.length; li++) {
    const l = labels[li];
    const span = headedSpan(grid, l);
    if (span.right === span.left) continue;
    const sub = span.bottom + 1;
    const row = sub + 1;
    if (row > lastRow) continue;
    const out: Field[] = [];
    let names = 0;
    let ok = true;
    for (let c = span.left; c <= span.right && ok; ) {
      const name = grid.mergeAt(sub, c);
      const next = (name ? name.right : c) + 1;
      if (name && (name.left < span.left || name.right > span.right || name.top !== sub)) ok = false;
      else if (grid.isBlank(sub, c)) ok = grid.isBlank(row, c);
      else {
        const v = fieldAt(grid, { row, col: c }, { row: sub, col: c });
        const nameText = grid.rawText(sub, c).trim();
        names++;
        if (typeof grid.rawValue(sub, c) === 'number' || AMOUNT_TEXT_RE.test(nameText)) ok = false;
        else if (typeof v.value === 'number' || AMOUNT_TEXT_RE.test(v.text.trim())) out.push(v);
        else if (!isBlankText(v.text)) ok = false;
      }
      c = next;
    }
    if (ok && names >= 2 && out.length > 0) return out;
  }
  return undefined;
}

/**
 * A goals label cut short (`年度` for 年度总体目标, as a page converted from PDF leaves it when the
 * label was written down a narrow cell): the project form's last row above its grid, the cut label
 * alone at its left and a sentence across the rest, is the goals row. Only words a goals label
 * begins with, and only with prose beside them (`年度 | 2024` is the year, not a goal).
 */
const CUT_GOALS_RE = /^(年度|总体|年度总体|年度绩效|绩效|年度目|总体目|绩效目|年度总体目|年度绩效目)$/;

/** Words of a group row over a grid's levels (`绩效指标` merged over 一级 … 指标值: a header over two rows). */
const GROUP_ROW_WORDS: ReadonlySet<string> = new Set(['绩效指标', '项目绩效指标']);

function cutGoals(grid: Grid, rows: readonly RowScan[]): Field | undefined {
  // A group row (`绩效指标` over the levels) between the goals and the grid belongs to the grid's
  // header: the row above it is the form's last. 淮北 文旅 2025 (cut 年度) with its header laid over two
  // rows lost its goals (a false missing-goals error).
  const tail = rows[rows.length - 1];
  const grouped = rows.length > 1 && tail.nonBlank.length > 0 && tail.nonBlank.every((c) => GROUP_ROW_WORDS.has(labelKey(grid.rawText(c.row, c.col))));
  const last = rows[rows.length - (grouped ? 2 : 1)];
  if (!last || last.labels.length > 0 || last.titles.length > 0 || last.nonBlank.length < 2) return undefined;
  const first = last.nonBlank[0];
  if (!CUT_GOALS_RE.test(labelKey(grid.rawText(first.row, first.col)))) return undefined;
  const m = grid.mergeAt(first.row, first.col);
  const next = last.nonBlank.find((c) => c.col > (m?.right ?? first.col));
  if (!next) return undefined;
  const v = fieldAt(grid, next, first);
  const t = v.text.trim();
  if (typeof v.value !== 'string' || t.length < 8 || /^[\d\s年度.,，、-]*$/.test(t)) return undefined;
  return v;
}

/** The label 项目名称 stands for when a form writes only `项目`. */
const PROJECT_NAME_INFO = classifyLabel('项目名称') as LabelInfo;

/**
 * `项目 | 某某项目` (a form that writes 项目 for 项目名称) in an upper block no 项目名称 label names: a
 * cell that says only 项目 and whose next cell is a name (a text of four characters or more that
 * is no label). The word alone is no label anywhere else (a scoring sheet's 项目 column heads
 * labels or short words). The upper rows' cells are read only when no other label names the project.
 */
function shortProjectLabel(grid: Grid, rows: readonly RowScan[]): Anchor | undefined {
  for (const s of rows) {
    if (s.cols.length < 2) continue;
    // Any cell of the row but its last (`项目编码 | 123001 | 项目 | 某某项目` too); labels are no such
    // word. The row's labels are in column order, as its cells are: one walk over both, not a search
    // of the labels per cell (a sub-header thousands of labels wide).
    let j = 0;
    for (let k = 0; k + 1 < s.cols.length; k++) {
      const col = s.cols[k];
      while (j < s.labels.length && s.labels[j].col < col) j++;
      if (j < s.labels.length && s.labels[j].col === col) continue;
      const text = grid.rawText(s.row, col);
      if (text.length > 8 || listHeaderWord(text)?.field !== 'projectName') continue;
      const l: Anchor = { row: s.row, col, info: PROJECT_NAME_INFO, text };
      const v = valueRightOf(grid, l);
      if (typeof v.value === 'string' && stripSpaces(v.text).length >= 4 && !isLabelCell(v)) return l;
    }
  }
  return undefined;
}

/** A money part's field with its note in brackets left out (an inline field: a fix must not write the cell), else the field. */
function withoutNote(f: Field): Field {
  if (f.inline || typeof f.value !== 'string' || readAmount(f).kind !== 'invalid') return f;
  const amount = amountBeforeNote(f.text);
  return amount === undefined ? f : { at: f.at, text: amount, value: amount, ...(f.label ? { label: f.label } : {}), inline: true };
}

/** Reads title, unit, 项目名称, budget block and goals from the rows above a grid (or alone). */
function readUpper(grid: Grid, upper: UpperPart, table: TableModel): Rect | undefined {
  let rect: Rect | undefined;
  // Built once per block (functions of the module, not closures made per table: the upper part of
  // every one of a sheet's tables is read, and its closures and filtered lists were the locator's
  // largest allocation).
  const groups = labelsByField(upper.rows);
  const byField = (f: FieldLabel): readonly Anchor[] => groups.get(f) ?? NO_ANCHORS;
  const lastRow = upper.rows[upper.rows.length - 1]?.row ?? -1;

  const projects = byField('projectName');
  const project = projects[projects.length - 1] ?? shortProjectLabel(grid, upper.rows);
  if (project) table.projectName = textAcross(grid, valueRightOf(grid, project));
  const moneyParts = (): Anchor[] => [...byField('fiscal'), ...byField('other'), ...byField('carryOver')];
  const totals0 = groups.get('total');
  if (!totals0) {
    // Last, a block of costs with no money parts (`项目预算成本构成 | 金额`, its items, then `合计 | 814`):
    // the 合计 row under the block's label is its total.
    const sum = sumColumnLabel(grid, upper.rows) ?? sumRowLabel(grid, upper.rows, moneyParts()) ?? blockTotalLabel(grid, byField('budgetBlock'), moneyParts()) ?? sumRowLabel(grid, upper.rows, byField('budgetBlock'));
    if (sum) groups.set('total', [sum]);
  } else if (totals0.length === 1) {
    // `预算金额（万元）| 合计 | 本级财政 | 上级补助` over their amounts: a total's label left of a sum
    // word heading the parts' columns names the block; the sum word labels the total (before, the
    // word 合计 was read as the amount: a false 不是数字 error).
    const sum = sumColumnLabel(grid, upper.rows);
    if (sum && sum.row === totals0[0].row && sum.col > totals0[0].col) groups.set('total', [sum]);
  }
  const totalLabels = byField('total');
  const totalPick = pickLabel(grid, totalLabels, lastRow);
  let sentence: { cell: Field; amounts: BudgetSentence | undefined } | undefined;
  const total = totalPick.label;
  // A column-style total (年度资金总额 over its column) whose cell below sits in a part's row, with
  // other parts written in the column too (其中：财政拨款 | 240 | 80, 其他资金 | 60 | 20), names the
  // column, not an amount: the total is not written. (With the other parts blank the one amount
  // is the total as well.)
  const f0 = totalPick.field;
  const inPartRow =
    f0 !== undefined &&
    total !== undefined &&
    f0.at.row > total.row &&
    moneyParts().some((l) => l.row === f0.at.row && l.col < f0.at.col) &&
    moneyParts().some((l) => l.row > f0.at.row && l.col < f0.at.col && !grid.isBlank(l.row, f0.at.col));
  if (f0 && !inPartRow) table.budget.total = f0;
  // The column's own 合计 row under its parts (`资金来源 | 年度预算` over `一般公共预算 | 80` …
  // `合计 | 100`): the total is written there.
  const sumRow = inPartRow ? sumRowLabel(grid, upper.rows, moneyParts()) : undefined;
  const sumCell = sumRow && f0 && sumRow.col < f0.at.col ? fieldAt(grid, { row: sumRow.row, col: f0.at.col }, sumRow) : undefined;
  if (sumCell && !isBlankText(sumCell.text)) table.budget.total = sumCell;
  else if (inPartRow) table.budget.totalLabel = { row: total.row, col: total.col };
  // The 中期 total beside an annual one: the period's money includes the year's.
  if (totalPick.label?.info.period === 'annual') {
    const longTerm = totalLabels.find((l) => l.info.period === 'longTerm');
    const v = longTerm && (upperValueOf(grid, longTerm, false, lastRow) ?? amountBelow(grid, longTerm, lastRow));
    if (v && !isBlankText(v.text)) table.budget.longTermTotal = v;
  }
  // A total's label with no amount cell of its own (`年度资金总额 | 金额(万元)` heading the parts'
  // amounts) is still the table's 预算数 label, annual or not (before, an annual one was dropped
  // and the table said to have no 预算数 at all).
  if (total) {
    if (!table.budget.total) table.budget.totalLabel = { row: total.row, col: total.col };
  } else {
    // `资金总额及构成 | 总额10606.75万元，财政拨款…`: the budget in a sentence.
    const blockLabels = byField('budgetBlock');
    for (let li = 0; li < blockLabels.length; li++) {
      const l = blockLabels[li];
      const v = valueRightOf(grid, l);
      if (statesAmount(v.text) && !isLabelCell(v)) {
        table.budget.totalLabel = v.at;
        sentence = { cell: v, amounts: budgetSentence(v.text) };
        break;
      }
    }
  }
  // `资金总额（万元） | 100（其中财政拨款80，其他资金10）`: the total and its parts in one cell. An
  // amount with a note in brackets and nothing else (岳阳县 2022: `854万(高标准农田建设400万元,示范建设
  // 295万元,畅通工程159万元)`, the money's uses) is the amount: a reviewer reads 854万.
  const writtenTotal = table.budget.total;
  if (writtenTotal && typeof writtenTotal.value === 'string' && readAmount(writtenTotal).kind === 'invalid') {
    const amounts = budgetSentence(writtenTotal.text);
    if (amounts?.total !== undefined && (amounts.fiscal !== undefined || amounts.other.length > 0 || isAmountWithNote(writtenTotal.text))) sentence = { cell: writtenTotal, amounts };
  }
  const totalField = totalPick.field;
  const periodCol = total?.info.period === 'annual' && totalField && totalField.at.row > total.row && totalField.at.col === total.col ? total.col : undefined;
  const fiscalPick = pickLabel(grid, byField('fiscal'), lastRow, total, periodCol);
  const fiscal = fiscalPick.label;
  if (fiscalPick.field) table.budget.fiscal = fiscalPick.field;
  const other = byField('other')[0];
  const otherField = pickLabel(grid, byField('other'), lastRow, total ?? fiscal, periodCol).field;
  if (otherField) table.budget.other = otherField;
  const carry = pickLabel(grid, byField('carryOver'), lastRow, total ?? fiscal, periodCol).field;
  if (carry) table.budget.carryOver = carry;
  // A part with a note (`80（含上年结转10）` in 财政拨款, `50(其中中央资金30)` in 其他资金; issue #11): the
  // amount is the part, as the total's is; budget/not-a-number warns about the note (Excel cannot sum the cell).
  for (const key of ['fiscal', 'other', 'carryOver'] as const) {
    const f = table.budget[key];
    if (f) table.budget[key] = withoutNote(f);
  }
  splitPartSentences(table);
  if (sentence?.amounts) readBudgetSentence(table, sentence.cell, sentence.amounts);
  // `资金总额：250` with the sources on the lines below it in the same cell: the parts, as written one a row.
  if (table.budget.total?.inline && !table.budget.fiscal && !table.budget.other && !table.budget.carryOver && !table.budget.parts) readPartLines(grid, table, table.budget.total);
  if (table.budget.total && !table.budget.fiscal && !table.budget.other && !table.budget.carryOver && !table.budget.parts) readPartsBelow(grid, table, table.budget.total, lastRow);
  // Several fiscal or other parts (上级 and 本级 财政资金; 财政拨款 and 自筹资金 and 其他资金) under
  // one total: every written one is a part. (Beside a 中期 total the labels come in pairs: no.)
  if (totalLabels.length <= 1) {
    const parts = furtherParts(grid, table, [...byField('fiscal'), ...byField('other')], lastRow, total, periodCol);
    if (parts.length) table.budget.parts = parts;
  } else if (total?.info.period === 'annual' && totalLabels.some((l) => l.info.period === 'longTerm')) {
    // 实施期 and 年度 totals each over their own 其中 rows (山西's `实施期资金总额 | … | 年度资金总额 | …`
    // over 中央 / 省级 / 市县（区）财政资金 / 单位自筹): the year's parts are the labels in its total's
    // column below it, down to the next total there.
    const next = totalLabels.find((l) => l.col === total.col && l.row > total.row);
    const below: Anchor[] = [];
    for (const l of [...byField('fiscal'), ...byField('other')]) if (l.col === total.col && l.row > total.row && !(next && l.row >= next.row)) below.push(l);
    const parts = furtherParts(grid, table, below, lastRow);
    if (parts.length) table.budget.parts = parts;
  }
  // `财政资金(万元)` merged over `中央 | 省级 | 市级资金 | 本级`, their amounts in the row below: the
  // fiscal money is their sum, each column a part (before, one level's column was read as 财政资金
  // and the others left out of the sum: a false sum-mismatch).
  const spread = spreadParts(grid, byField('fiscal'), lastRow);
  const otherAt = table.budget.other?.at;
  if (spread && !(otherAt && spread.some((f) => f.at.row === otherAt.row && f.at.col === otherAt.col))) {
    delete table.budget.fiscal;
    const row = spread[0].at.row;
    const inSpread = (f: Field): boolean => f.at.row === row && spread.some((x) => x.at.col === f.at.col);
    table.budget.parts = [...spread, ...(table.budget.parts ?? []).filter((p) => !inSpread(p))];
  }
  // Goals: the annual goal where the table states several (年度目标 beside 中长期目标), each
  // label's text right of it or, under a sub-header row, below it.
  const goalLabels: { l: Anchor; v: Field }[] = [];
  const goalsLabels = byField('goals');
  for (let li = 0; li < goalsLabels.length; li++) {
    const l = goalsLabels[li];
    const v = upperValueOf(grid, l, true, lastRow);
    if (v !== undefined) goalLabels.push({ l, v: textAcross(grid, v) });
  }
  // A goal left empty in favour of another (only the 中期 goal written) yields to the written one.
  const written = goalLabels.filter((g) => !isBlankText(g.v.text));
  const goal =
    written.find((g) => g.l.info.period === 'annual') ??
    written.find((g) => !g.l.info.period) ??
    written[0] ??
    goalLabels.find((g) => g.l.info.period === 'annual') ??
    goalLabels[0];
  if (goal?.v) {
    table.goals = goal.v;
    for (let gi = 0; gi < goalLabels.length; gi++) {
      const g = goalLabels[gi];
      rect = unionRect(rect, g.l.row, g.l.col);
    }
  } else if (goalLabels.length === 0 && table.projectName) {
    const cut = cutGoals(grid, upper.rows);
    if (cut) {
      table.goals = cut;
      rect = unionRect(rect, cut.label?.row ?? cut.at.row, cut.label?.col ?? cut.at.col);
    }
  }
  const blockLabel = byField('budgetBlock')[0];
  if (blockLabel) table.budget.blockLabel = { row: blockLabel.row, col: blockLabel.col };
  const use = byField('use')[0];
  if (use) table.budget.use = valueRightOf(grid, use);
  else {
    // L1: the use of funds is in the row below the amounts, under the merged block label.
    const block = byField('budgetBlock')[0];
    const amountsRow = total?.row ?? fiscal?.row;
    if (block && amountsRow !== undefined) {
      const r = amountsRow + 1;
      const rowScan = upper.rows.find((s) => s.row === r);
      const blockMerge = grid.mergeAt(block.row, block.col);
      const startCol = (blockMerge?.right ?? block.col) + 1;
      // A row with its own word left of the amounts (`项目概况 | …` under `项目资金申请（万元）`) is
      // another field of the form, not the use of the block's money.
      const underBlock = blockMerge !== undefined && blockMerge.bottom >= r;
      if (rowScan && rowScan.labels.length === 0 && (underBlock || rowScan.cols[0] >= startCol)) {
        const cell = rowScan.nonBlank.find((c) => c.col >= startCol);
        if (cell) table.budget.use = fieldAt(grid, cell, block);
        else if (underBlock) table.budget.use = fieldAt(grid, { row: r, col: startCol }, block);
      }
    }
    if (block) rect = unionRect(rect, block.row, block.col);
  }
  rect = addField(grid, rect, table.projectName);
  rect = addField(grid, rect, table.budget.total);
  rect = addField(grid, rect, table.budget.fiscal);
  rect = addField(grid, rect, table.budget.other);
  rect = addField(grid, rect, table.budget.carryOver);
  const parts = table.budget.parts ?? NO_FIELDS;
  for (let fi = 0; fi < parts.length; fi++) {
    const f = parts[fi];
    rect = addField(grid, rect, f);
  }
  rect = addField(grid, rect, table.goals);
  rect = addField(grid, rect, table.budget.use);

  const unitLines = byField('moneyUnit');
  const unitLine = unitLines[unitLines.length - 1];
  const labelUnit = firstUnit(totalLabels) ?? fiscal?.info.unit ?? other?.info.unit ?? firstUnit(byField('amountHeader')) ?? firstUnit(byField('budgetBlock'));
  if (unitLine?.info.unit) {
    table.moneyUnit = unitLine.info.unit;
    table.moneyUnitAt = { row: unitLine.row, col: unitLine.col };
    table.moneyUnitInferred = false;
    rect = unionRect(rect, unitLine.row, unitLine.col);
  } else if (labelUnit) {
    table.moneyUnit = labelUnit;
    table.moneyUnitInferred = false;
  } else {
    table.moneyUnit = inferMoneyUnit(table.budget.total, table.layout);
    table.moneyUnitInferred = true;
  }

  // The title: the nearest title-like cell above the 项目名称 (or above the first field). With no field
  // at all (a scoring sheet, a bare grid), the row right above the grid may be the title: 宁晋县
  // 高中助学金 2019's `…绩效评价指标表` was passed over, and a heading further up (`附件：绩效目标表`,
  // a notice pasted with the sheet) named the sheet a project's target table (retrans43).
  // (Only the title is looked for on that row: a unit's name is not looked for on the grid's own
  // edge, `一、项目基本情况` over a grid names no unit, and a header's thousands of cells are not walked.)
  const firstFieldRow = project?.row ?? rect?.top ?? upper.rows[upper.rows.length - 1]?.row;
  if (firstFieldRow !== undefined) {
    const titleBound = project === undefined && rect === undefined ? firstFieldRow + 1 : firstFieldRow;
    let titleRow: RowScan | undefined;
    for (let i = upper.rows.length - 1; i >= 0 && !titleRow; i--) {
      const s = upper.rows[i];
      if (s.row < titleBound && s.titles.length > 0) titleRow = s;
    }
    if (titleRow) {
      table.title = fieldAt(grid, titleRow.titles[0]);
      rect = unionRect(rect, titleRow.row, titleRow.titles[0].col);
      // A table with no 项目名称 row whose title names the project: the title is its name.
      if (!table.projectName) table.titleProject = projectOfTitle(table.title.text);
    } else if (!project) {
      // No title and no 项目名称: a numbered heading right above the grid (`二、某某维修项目`) names it.
      const s = upper.rows[upper.rows.length - 1];
      const name = s && s.cols.length === 1 && s.labels.length === 0 ? projectHeadingOf(grid.rawText(s.row, s.cols[0])) : '';
      if (name !== '') {
        table.title = fieldAt(grid, { row: s.row, col: s.cols[0] });
        table.titleProject = name;
        rect = unionRect(rect, s.row, s.cols[0]);
      }
    }
    // The unit name (`263101天津市…`): a non-label text between the title (or unit line) and 项目名称.
    const from = titleRow ? titleRow.row + 1 : Math.max(firstFieldRow - 2, upper.rows[0]?.row ?? firstFieldRow);
    for (let si = 0; si < upper.rows.length; si++) {
      const s = upper.rows[si];
      if (s.row < from || s.row >= firstFieldRow) continue;
      // `填报单位（盖章）：某某局` in one cell: the unit named after its label's colon (not a cell that
      // goes on to another label, `填报单位（盖章）： 单位负责人：某某`).
      const own = s.labels.find((l) => l.info.field === 'unitName' && l.inline !== undefined && !/[:：]/.test(l.inline));
      if (own) {
        table.unitName = inlineField(own);
        rect = unionRect(rect, own.row, own.col);
        break;
      }
      const cell = s.nonBlank.find((c) => !s.labels.some((l) => l.col === c.col) && !s.titles.some((t) => t.col === c.col));
      const key = cell ? labelKey(grid.rawText(cell.row, cell.col)) : '';
      if (cell && !UNIT_NAME_LABEL_RE.test(key) && !YEAR_LINE_RE.test(key)) {
        table.unitName = fieldAt(grid, cell);
        rect = unionRect(rect, cell.row, cell.col);
        break;
      }
    }
  }
  return rect;
}

const NO_FIELDS: readonly Field[] = Object.freeze([]);

/** The money unit written in the first of some labels that writes one. */
function firstUnit(labels: readonly Anchor[]): MoneyUnit | undefined {
  for (let li = 0; li < labels.length; li++) {
    const l = labels[li];
    if (l.info.unit) return l.info.unit;
  }
  return undefined;
}

function emptyTable(index: number, layout: LayoutId): TableModel {
  return { index, layout, range: { top: 0, left: 0, bottom: 0, right: 0 }, moneyUnit: '万元', moneyUnitInferred: true, budget: {}, indicators: [] };
}

/** L1 (seven columns, merged value cells), L2 (five), L3 (split value columns). */
function layoutOf(grid: Grid, header: HeaderRow, upperRows: RowScan[]): LayoutId {
  const c = header.columns;
  if (c.sign !== undefined || c.unit !== undefined || c.direction !== undefined || c.nature !== undefined) return 'L3';
  const valueMerge = c.value !== undefined ? grid.mergeAt(header.row, c.value) : undefined;
  const hasBlock = upperRows.some((s) => s.labels.some((l) => l.info.field === 'budgetBlock'));
  return valueMerge || hasBlock ? 'L1' : 'L2';
}

/** A list project's field in a column of the header (its label the header's cell), or undefined with no such column. */
function listField(grid: Grid, headerRow: number, row: number, col: number | undefined): Field | undefined {
  return col === undefined ? undefined : fieldAt(grid, { row, col }, { row: headerRow, col });
}

/**
 * L4: one header, several projects below it, each a table of its own. The projects of a list
 * export under `header`, one table each. `continues`: the last project
 * above a page break, whose rows go on under this header printed again until a new project starts.
 */
function readL4(grid: Grid, header: HeaderRow, scans: ScanIndex, upperRows: RowScan[], stopAt: number, firstIndex: number, parses: ParseCache, continues?: TableModel): { tables: TableModel[]; last: number } {
  const last = lastIndicatorRow(grid, header, scans, stopAt);
  resolveAmbiguous(grid, header, last);
  const p = header.project;
  const nameCol = p.projectName as number;
  const starts: number[] = [];
  for (let r = header.row + 1; r <= last; r++) {
    const a = grid.anchor(r, nameCol);
    if (a.row !== r || grid.isBlank(r, nameCol)) continue;
    // A page's number printed in the name column (`- 2 -`, `第 1 页`) between a project's rows, no header
    // printed again after it: the project goes on below it, no project of its own (made by us from
    // nm-zhalaite-jcy-2025's list, scripts/mutate-corpus.ts: the rows after the break were a project named `- 2 -`).
    if (isPageMarkRow(grid, header, r)) continue;
    // Exports that repeat the project's columns on each of its rows instead of merging them.
    const prev = starts[starts.length - 1];
    if (prev !== undefined && grid.rawText(r, nameCol) === grid.rawText(prev, nameCol)) continue;
    // The list's 合计 row under the projects (or a 小计 between them) is no project.
    if (prev !== undefined && TOTAL_ROW_RE.test(stripSpaces(grid.rawText(r, nameCol)))) continue;
    starts.push(r);
  }
  if (starts.length === 0 || starts[0] > header.row + 1) starts.unshift(header.row + 1);
  // The last unit line above, found in a loop (a flatMap and a filter made two lists whose kind of
  // array varied with what they held, and undid readL4's optimised code once a run).
  let unitLine: Anchor | undefined;
  for (const s of upperRows) for (const l of s.labels) if (l.info.field === 'moneyUnit') unitLine = l;
  const tables: TableModel[] = [];
  let summaryRow: number | undefined;
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] - 1 : last;
    const unused: IndicatorRow[] = [];
    // After a page break the project's rows go on: its name cell blank, merged from above, or (an
    // export that repeats the project's columns on each row, as the rows before the break did) its
    // name again. A list copied twice names its project on its first row only: a table of its own.
    const named = continues?.projectName?.text;
    const sameName = continues !== undefined && named !== undefined && grid.rawText(start, nameCol) === named;
    const repeated = sameName && continues.range.bottom > continues.range.top && grid.rawText(continues.range.bottom, nameCol) === named;
    // A PDF's page break cuts the project's merged cells and prints their text again on the next
    // page, under the header printed again: the same project going on, unless its first indicator
    // is the project's first again (the list copied twice). Made by us from nm-zhalaite-jcy-2025's
    // list (scripts/mutate-corpus.ts): the rows after the break were a second project of that name.
    const c3 = header.columns.level3;
    const reprinted = sameName && c3 !== undefined && continues.indicators.length > 0 && grid.rawText(start, c3) !== continues.indicators[0].level3.text;
    if (i === 0 && continues && (grid.isBlank(start, nameCol) || grid.anchor(start, nameCol).row !== start || repeated || reprinted)) {
      const more = readIndicators(grid, header, start, end, parses, unused, continues.indicators[continues.indicators.length - 1]);
      append(continues.indicators, more);
      if (unused.length) continues.unused = append(continues.unused ?? [], unused);
      continues.range = { ...continues.range, bottom: end };
      return;
    }
    const indicators = readIndicators(grid, header, start, end, parses, unused);
    if (indicators.length === 0 && unused.length === 0 && tables.length === 0) {
      // A department total above the first project: not a project.
      summaryRow = start;
      return;
    }
    // A unit's heading between projects (`某县卫健委` alone in its row, rows of projects below): not a project.
    if (indicators.length === 0 && unused.length === 0 && onlyCellInRow(grid, start, nameCol, header.left, header.right)) return;
    const t = emptyTable(firstIndex + tables.length, 'L4');
    t.range = { top: start, bottom: end, left: header.left, right: header.right };
    t.projectName = listField(grid, header.row, start, nameCol);
    const total = listField(grid, header.row, start, p.total);
    if (total) t.budget.total = total;
    const fiscal = listField(grid, header.row, start, p.fiscal);
    if (fiscal) t.budget.fiscal = fiscal;
    const other = listField(grid, header.row, start, p.other);
    if (other) t.budget.other = other;
    const use = listField(grid, header.row, start, p.use);
    if (use) t.budget.use = use;
    const goals = listField(grid, header.row, start, p.goals);
    if (goals) t.goals = goals;
    const unitName = listField(grid, header.row, start, p.unitName);
    if (unitName) t.unitName = unitName;
    t.header = { row: header.row, columns: header.columns };
    t.indicators = indicators;
    if (unused.length) t.unused = unused;
    if (unitLine?.info.unit) {
      t.moneyUnit = unitLine.info.unit;
      t.moneyUnitAt = { row: unitLine.row, col: unitLine.col };
      t.moneyUnitInferred = false;
    } else if (header.unit) {
      t.moneyUnit = header.unit;
      t.moneyUnitInferred = false;
    } else {
      t.moneyUnit = inferMoneyUnit(t.budget.total, 'L4');
    }
    if (summaryRow !== undefined && tables.length === 0) t.summaryRow = summaryRow;
    tables.push(t);
  });
  return { tables, last };
}

/**
 * A list export whose header takes two rows: the project columns (单位(专项)名称, 资金总额,
 * 实施期绩效目标) stand in the row above the 一级/二级/三级 labels, merged down or with nothing
 * under them. They make the grid a one-row-per-indicator list (L4).
 */
function adoptProjectColumnsAbove(grid: Grid, header: HeaderRow, above: RowScan | undefined): void {
  if (!above || header.project.projectName !== undefined) return;
  const columnLabels = above.labels.filter((l) => {
    if (!l.info.field) return false;
    const m = grid.mergeAt(l.row, l.col);
    const coversHeader = m !== undefined && m.bottom >= header.row;
    return coversHeader || grid.isBlank(header.row, l.col);
  });
  if (!columnLabels.some((l) => l.info.field === 'projectName') || columnLabels.length < 2) return;
  for (const l of columnLabels) {
    const field = l.info.field as FieldLabel;
    if (header.project[field] !== undefined) continue;
    header.project[field] = l.col;
    if (l.info.unit) header.unit = l.info.unit;
    header.left = Math.min(header.left, l.col);
  }
}

/**
 * A two-row header whose lower row holds 一级 | 二级 | 三级 under a group cell (绩效指标) while the
 * other columns' labels (指标值, 分值, 计量单位 …) are merged down from the upper row: those
 * columns are the header's too.
 */
function adoptHeaderCellsAbove(grid: Grid, header: HeaderRow, above: RowScan[]): void {
  // `中期指标值 | 年度指标值` (or `申报指标值 | 批复指标值`) merged down beside the header: the annual
  // (approved) value is read, as headerOf reads it in the header row.
  let yields = false;
  for (let si = 0; si < above.length; si++) {
    const scan = above[si];
    for (let li = 0; li < scan.labels.length; li++) {
      const l = scan.labels[li];
      const role = l.info.header;
      if (!role || role === 'level1' || role === 'level2' || role === 'level3' || role === 'level3AndValue') continue;
      const m = grid.mergeAt(l.row, l.col);
      // Merged down to the header row; or, in a web page's copy (merged cells left empty), right
      // above the header over a blank header cell (`绩效指标 | | | 指标值` over `一级指标 | 二级指标 | 三级指标 |`).
      const copied = !m && l.row === header.row - 1 && grid.isBlank(header.row, l.col) && !grid.mergeAt(header.row, l.col);
      if (!copied && (!m || m.bottom < header.row)) continue;
      if (header.group && l.col >= header.group.shared && (l.col < header.group.from || l.col > header.group.to)) continue;
      const taken = Object.values(header.columns).includes(l.col) || header.ambiguous.includes(l.col);
      if (taken) continue;
      if (role === 'signOrDirection') header.ambiguous.push(l.col);
      else if (role === 'contentOrLevel3') {
        if (header.columns.description === undefined) header.columns.description = l.col;
        else continue;
      } else if (header.columns[role] === undefined || (role === 'value' && yields && l.info.period !== 'longTerm' && !l.info.declared)) {
        header.columns[role] = l.col;
        if (role === 'value') yields = l.info.period === 'longTerm' || l.info.declared === true;
      } else continue;
      header.left = Math.min(header.left, l.col);
      header.right = Math.max(header.right, m?.right ?? l.col);
    }
  }
}

/** The period a grid's own label says (`长期绩效指标` / `年度绩效指标` beside or over its header). */
function gridPeriod(grid: Grid, header: HeaderRow, scans: ScanIndex): Period | undefined {
  for (const r of [header.row, header.row - 1]) {
    // The scan's columns, not its cell addresses: no address object made per cell of every grid's header.
    const cols = scans.get(r)?.cols ?? NO_COLS;
    for (let ci = 0; ci < cols.length; ci++) {
      const col = cols[ci];
      if (r === header.row && col >= (header.columns.level1 ?? 0)) continue;
      const text = grid.rawText(r, col);
      // Spaced out as forms align their labels (`年 度 绩 效 指 标`): the label's key.
      if (text.length > 30 || !/指标/.test(labelKey(text))) continue;
      const p = periodOfText(text);
      if (p) return p;
    }
  }
  return undefined;
}

/**
 * A row that only names the period of the grid below it (`年度绩效指标`, `二、中长期绩效指标`): every
 * text in it a short 指标 label with a period.
 */
function isPeriodHeading(grid: Grid, scans: ScanIndex, row: number): boolean {
  const cols = scans.get(row)?.cols;
  if (!cols || cols.length === 0 || cols.length > 2) return false;
  for (const col of cols) {
    const text = grid.rawText(row, col);
    if (text.length > 30 || !/指标/.test(labelKey(text)) || !periodOfText(text)) return false;
  }
  return true;
}

/** The 一级 names only the evaluation framework has (`决策`, `二、过程指标`, `项目决策`). */
const EVALUATION_LEVEL1_RE = /^(?:\(?[一二三四五六七八九十\d]{1,3}[)、.]?)?(?:项目)?(?:决策|过程)(?:指标)?(?:\(\d+(?:\.\d+)?分?\)|\d+(?:\.\d+)?分?)?$/;

/**
 * The 一级 names of a department's own indicators (部门整体: 履职效能, 管理效率), which no project's
 * scheme has.
 */
const DEPARTMENT_LEVEL1_RE = /^(?:\(?[一二三四五六七八九十\d]{1,3}[)、.]?)?(?:部门)?(?:履职效能|管理效率|履职效果|职责履行)(?:指标)?(?:\(\d+(?:\.\d+)?分?\)|\d+(?:\.\d+)?分?)?$/;

/**
 * The kind a 一级 name says (决策 / 过程: scoring; 履职效能: department), remembered per text: every
 * indicator row of every table is asked, and a sheet writes the same few 一级 names on all of them.
 */
const level1KindOf = memoText((t: string): 'scoring' | 'department' | undefined => {
  if (t.length > 0 && t.length <= 12 && EVALUATION_LEVEL1_RE.test(labelKey(t))) return 'scoring';
  if (t.length > 0 && t.length <= 14 && DEPARTMENT_LEVEL1_RE.test(labelKey(t))) return 'department';
  return undefined;
});

/** What a title says of its table's kind (titleDecision): nothing (it does not decide), another kind (set on the table), a project's. */
type TitleSays = 0 | 1 | 2;
const SAYS_NOTHING = 0;
const SAYS_KIND = 1;
const SAYS_PROJECT = 2;

/** The end of a title wrapped onto a row of its own (`绩效目标申报表`, `自评表`, `审核表`, `指标体系`). */
const TITLE_TAIL_RE = /(表|体系)(\([^()]{1,12}\))?$/;

/** The only text of a row, when the row holds one cell (a title merged across it or standing alone). */
function loneRowText(grid: Grid, scans: ScanIndex, row: number): string | undefined {
  const scan = scans.get(row);
  if (!scan || scan.cols.length !== 1 || scan.labels.length > 0) return undefined;
  return grid.rawText(row, scan.cols[0]);
}

/**
 * A title with the part wrapped onto the next row joined on (`2024年度部门整体支出` over
 * `绩效目标申报表`, `部门整体支出绩效` over `自评表`, `项目支出绩效目标` over `审核表`): a long title
 * typed on two rows, or a PDF's converted lines. Either half alone names the wrong kind (the tail
 * `绩效目标申报表` a project's) or none. The head is a row of one short text with no colon (not
 * `单位：万元`) and no title end of its own; the tail a short row ending as titles do.
 */
function wholeTitleText(grid: Grid, scans: ScanIndex, at: CellAddress): string {
  const text = grid.rawText(at.row, at.col);
  const head = (t: string) => t.length <= 40 && !/[:：]/.test(t) && !TITLE_TAIL_RE.test(labelKey(t));
  const tail = (t: string) => t.length <= 20 && TITLE_TAIL_RE.test(labelKey(t));
  if (head(text)) {
    const below = loneRowText(grid, scans, at.row + 1);
    if (below !== undefined && tail(below)) return text + below;
  }
  if (tail(text)) {
    const above = loneRowText(grid, scans, at.row - 1);
    if (above !== undefined && head(above)) return above + text;
  }
  return text;
}

/**
 * What the title at `at` decides of the table's kind: another kind (set on the table), a project,
 * or nothing. A function of the module, not a closure made per table (kindOf runs for every table).
 */
function titleDecision(grid: Grid, table: TableModel, at: CellAddress, scans: ScanIndex): TitleSays {
  const text = wholeTitleText(grid, scans, at);
  const kind = titleKindWithoutName(text, table.projectName?.text.trim());
  if (kind === undefined) return SAYS_NOTHING;
  // `部门预算绩效目标表` over a 项目名称 of the table's own: the project tables of a department's
  // budget (its whole spending's table says 整体).
  if (kind === 'department' && projectLabelled(grid, table) && DEPARTMENT_BUDGET_TITLE_RE.test(labelKey(text))) return SAYS_PROJECT;
  if (kind !== 'project') {
    setKind(table, kind, at);
    return SAYS_KIND;
  }
  return SAYS_PROJECT;
}

/** Kinds named by a document's type (自评表, 监控表, 调整表, 评分表, 部门整体…表), not by the fund the table is of. */
const DOCUMENT_KINDS: ReadonlySet<TableKind> = new Set<TableKind>(['self-eval', 'monitor', 'adjustment', 'scoring', 'review', 'department', 'policy']);

/**
 * A title's kind, the words of the table's own project name set aside: `绩效自评工作经费绩效目标表`
 * over 项目名称 绩效自评工作经费 (or 部门整体运转保障经费, 绩效监控平台建设) is a project's table, its
 * name standing for 某项目; a kind's words after the name still name it (`<name>项目绩效自评表`). A
 * fund's words (转移支付, 区域) stay: a transfer's table names its fund in 项目名称.
 */
function titleKindWithoutName(text: string, name: string | undefined): TableKind | undefined {
  const kind = titleKind(text);
  if (kind === undefined || !DOCUMENT_KINDS.has(kind) || name === undefined || name.length < 2 || !text.includes(name)) return kind;
  return titleKind(text.replace(name, '某项目'));
}

/**
 * A project form's result column left blank on every indicator row (`分值 | 得分`, `实际完成值 | 偏差原因`
 * beside the targets, to be filled in at the year's evaluation; a template serving both stages): no
 * result yet, no self-evaluation's column.
 */
function blankResultColumn(grid: Grid, table: TableModel, l: Anchor): boolean {
  if (l.info.kind !== 'self-eval' || table.indicators.length === 0) return false;
  for (const ind of table.indicators) if (!grid.isBlank(ind.row, l.col)) return false;
  return true;
}

/** A title that names a target table but no project (`某县人民医院2024年度绩效目标表`): a unit's own table may be so titled. */
function namesNoProject(text: string): boolean {
  return !/项目/.test(labelKey(text));
}

function setKind(table: TableModel, kind: TableKind, at: CellAddress): void {
  table.kind = kind;
  table.kindAt = at;
}

/**
 * What kind of table this is: a column only other tables have (实际完成值, 得分, 执行进度), else
 * the title's words (部门整体…, …自评表); a project target table otherwise.
 */
function kindOf(grid: Grid, table: TableModel, headerRows: number[], above: RowScan[], scans: ScanIndex, prev: TableModel | undefined): void {
  kindFrom(grid, table, headerRows, above, scans, prev);
  // A kind the title reads but the head does not (an indicator library's words, or a subsidy's
  // `…补助资金绩效目标表`, either a transfer handed down or a county's own project funded by one):
  // over a project's own head (项目名称, 预算数, no transfer's 中央主管部门 or 专项名称), the table is
  // that project's, and checked as one.
  if ((table.kind === 'library' || (table.kind === 'transfer' && table.kindAt && subsidyTitle(grid, table.kindAt))) && projectHead(grid, table, above)) {
    table.kind = undefined;
    table.kindAt = undefined;
    return;
  }
  // A transfer's form (中央主管部门, 地方资金) on a sheet named its 区域绩效目标表: the region's
  // table of that transfer, as its title would say.
  if (table.kind === 'transfer' && table.kindAt && titleKind(grid.rawText(table.kindAt.row, table.kindAt.col)) !== 'transfer' && sheetKind(grid.name) === 'region') table.kind = 'region';
}

/**
 * A title naming a subsidy handed down only by its fund's level (`2024年省级农业生产发展补助资金绩效目标表`):
 * no 转移支付 or 区域, no 专项 (a 专项资金 of a higher level is handed down: 安溪县 2025, titles40 t064).
 */
function subsidyTitle(grid: Grid, at: CellAddress): boolean {
  const text = grid.rawText(at.row, at.col);
  if (text.length > 80) return false;
  const key = labelKey(text);
  return /补助资金(?:\([^()]{1,24}\))?绩效目标/.test(key) && !/转移支付|区域|专项/.test(key);
}

/**
 * A project's own head: its 项目名称 labelled so and a budget, and no label of a transfer's or a region's
 * form (中央主管部门, 专项名称, 地区) above the grid. A county's project may be funded by 中央补助 (a
 * transfer's marker that is also a money field): money fields do not count.
 */
function projectHead(grid: Grid, table: TableModel, above: RowScan[]): boolean {
  if (!projectLabelled(grid, table) || table.budget.total === undefined) return false;
  for (const s of above) for (const l of s.labels) if ((l.info.kind === 'transfer' || l.info.kind === 'region') && l.info.field === undefined) return false;
  return true;
}

/**
 * A column that explains an indicator rather than sets its target (指标解释, 指标说明, 计算公式, 数据来源,
 * 评(扣)分标准 aside): an indicator library's, which lists indicators for projects to choose from.
 */
const EXPLANATION_COLUMN_RE = /^(?:指标)?(?:解释|释义|内涵|定义|含义)$|^指标(?:说明|来源|出处)$|^(?:计算公式|计算方法|计算方式|取值方法|取值依据|设置依据|指标值设置依据|数据来源|适用范围|适用项目(?:类型|类别)?)$/;

/** A header row of the grid holds an explanation column (EXPLANATION_COLUMN_RE). */
function explanationColumn(grid: Grid, headerRows: number[], scans: ScanIndex): CellAddress | undefined {
  for (const r of headerRows) {
    const scan = scans.get(r);
    if (!scan) continue;
    for (const col of scan.cols) {
      const text = grid.rawText(r, col);
      if (text.length <= 16 && EXPLANATION_COLUMN_RE.test(labelKey(text))) return { row: r, col };
    }
  }
  return undefined;
}

function kindFrom(grid: Grid, table: TableModel, headerRows: number[], above: RowScan[], scans: ScanIndex, prev: TableModel | undefined): void {
  // A title that names another kind says it plainly: the table's own, else the nearest above it
  // (the rows above from the nearest up, each row's titles left to right). A title decides when a
  // kind is set or the table is titled a project.
  let titled = false;
  /** The title names a target table, not a project (`某县人民医院2024年度绩效目标表`): a unit's own may be so titled. */
  let generic = false;
  let anyTitle = table.title !== undefined;
  let decided = false;
  if (table.title !== undefined) {
    const says = titleDecision(grid, table, table.title.at, scans);
    titled = says === SAYS_PROJECT;
    if (titled) generic = namesNoProject(grid.rawText(table.title.at.row, table.title.at.col));
    decided = says !== SAYS_NOTHING;
  }
  for (let i = above.length - 1; i >= 0 && !decided; i--) {
    const titles = above[i].titles;
    if (titles.length > 0) anyTitle = true;
    for (let k = 0; k < titles.length && !decided; k++) {
      const says = titleDecision(grid, table, titles[k], scans);
      if (says === SAYS_PROJECT) {
        titled = true;
        generic = namesNoProject(grid.rawText(titles[k].row, titles[k].col));
      }
      decided = says !== SAYS_NOTHING;
    }
  }
  // A title not read as one (a note after it, its end cut off): a cell alone in its row, above
  // the table's first label.
  for (let i = 0; i < above.length && !decided && above[i].labels.length === 0; i++) {
    const cols = above[i].cols;
    if (cols.length !== 1) continue;
    const text = wholeTitleText(grid, scans, { row: above[i].row, col: cols[0] });
    const kind = looseTitleKind(text);
    if (kind === undefined) continue;
    anyTitle = decided = true;
    if (kind !== 'project') setKind(table, kind, { row: above[i].row, col: cols[0] });
    else {
      titled = true;
      generic = namesNoProject(text);
    }
  }
  // A kind was set; otherwise every row above was walked (anyTitle is whole) or a title was found.
  if (decided && !titled) return;
  // A project's own form: its 项目名称, 预算数 and 绩效目标 (no scoring sheet or evaluation
  // framework has a project's budget and goals).
  const projectForm = projectLabelled(grid, table) && table.budget.total !== undefined && table.goals !== undefined;
  const markers: Anchor[] = [];
  for (let ri = 0; ri < headerRows.length; ri++) {
    const r = headerRows[ri];
    // A target table titled so, or with a project's form above its grid, may carry its scoring
    // standards (`分值 | 评分标准`, for the self-evaluation later): a column of results
    // (实际完成值, 得分) still says another kind.
    // A goals label right above the grid (整体支出绩效目标) is the form's row, not a column: the rows above decide.
    const headerLabels = scans.get(r)?.labels ?? NO_ANCHORS;
    for (let li = 0; li < headerLabels.length; li++) {
      const l = headerLabels[li];
      if (l.info.kind && l.info.field !== 'goals' && !((titled || projectForm) && l.info.kind === 'scoring') && !((titled || projectForm) && blankResultColumn(grid, table, l))) markers.push(l);
    }
  }
  const marker = strongestMarker(grid, markers);
  if (marker?.info.kind) return setKind(table, marker.info.kind, { row: marker.row, col: marker.col });
  // Under a title naming a project, or a `项目名称` (a transfer's table names its 专项 or 转移支付),
  // money from 中央补助/省级补助/地方配套 (a marker that is also a field) is where a project's funds
  // come from (a county's 高标准农田 project), not a transfer payment's table.
  const named = projectLabelled(grid, table);
  // A project's form under a title naming a project may hold a row another kind's form has too
  // (实施区域, 主要任务, 人员经费, 评分标准): only results, progress or a change of its targets
  // (全年执行数, 1-6月执行数, 调整原因) still say another kind.
  const ownForm = titled && projectForm;
  // An untitled project's form (the 一体化 systems' forms: 项目名称 | 实施单位 | 项目资金 | 年度主要任务
  // | 年度总体目标) lists the project's tasks as a department's form lists its own: under its own
  // 项目名称 beside its label, above the tasks, with a budget and goals, a task row is the project's.
  const nameRow = projectForm && table.projectName?.label && table.projectName.label.row === table.projectName.at.row ? table.projectName.label.row : -1;
  for (let si = 0; si < above.length; si++) {
    const s = above[si];
    for (let li = 0; li < s.labels.length; li++) {
      const l = s.labels[li];
      const kind = l.info.kind;
      // A level's 主管部门 (省级主管部门) is the unit's field on a form that names its 项目名称 only: under
      // a title alone (广东's 省级 fund form, 资金名称 | 省级业务主管部门) it still names a transfer.
      if (!kind || ((titled || named) && l.info.field !== undefined && (named || l.info.field !== 'unitName'))) continue;
      if (ownForm && kind !== 'self-eval' && kind !== 'monitor' && kind !== 'adjustment') continue;
      if (kind === 'department' && nameRow >= 0 && nameRow < l.row && TASK_ROW_RE.test(labelKey(l.text))) continue;
      // A blank 得分 in a group row over the header (`绩效指标 | 指标值 | 分值 | 得分` merged down).
      if ((titled || projectForm) && blankResultColumn(grid, table, l)) continue;
      return setKind(table, kind, { row: l.row, col: l.col });
    }
  }
  // 决策 / 过程 as a 一级: the evaluation framework (绩效评价指标体系: 决策、过程、产出、效益), a
  // scoring table; no target table has them, unless its own form says it is one: a 申报表's title over
  // the project's name, budget and goals (a 2021 财政支出绩效目标申报表 prints 投入指标 and 过程指标 rows
  // with their 分值 above the project's own 产出 and 效益 rows, forms44 f09).
  for (let ii = 0; ii < table.indicators.length && !ownForm; ii++) {
    const ind = table.indicators[ii];
    const kind = level1KindOf(ind.level1.text);
    if (kind !== undefined) return setKind(table, kind, ind.level1.at);
  }
  // A 项目名称 that names a department's whole spending (`某某局2024年度部门整体支出`, as some
  // systems file the department's own targets): a department's table.
  const own = table.projectName;
  if (own && own.text.length <= 60 && /整体(支出|绩效)(目标)?$/.test(labelKey(own.text))) return setKind(table, 'department', own.label ?? own.at);
  // The rows above, then the header rows (a list export's 部门名称 and 整体绩效目标 are columns of its header).
  // Built in a loop, not `headerRows.map(…).filter(…)`: the mapped list's kind of array varied
  // with what it held, and the filter on it undid kindFrom's optimised code (compiled twice a run).
  let near = above;
  if (headerRows.length > 0) {
    near = above.slice();
    for (let ri = 0; ri < headerRows.length; ri++) {
      const r = headerRows[ri];
      const s = scans.get(r);
      if (s !== undefined) near.push(s);
    }
  }
  // 整体绩效目标 in a table with no 项目名称 (a project's own goals may be called 整体目标): the
  // goals of a department or unit as a whole.
  if (!table.projectName) {
    for (let si = 0; si < near.length; si++) {
      const s = near[si];
      for (let li = 0; li < s.labels.length; li++) {
        const l = s.labels[li];
        if (l.info.field === 'goals' && /^(部门|单位)?(年度)?整体/.test(labelKey(grid.rawText(l.row, l.col)))) return setKind(table, 'department', { row: l.row, col: l.col });
      }
    }
  }
  // 部门名称 / 单位名称 and no 项目名称 anywhere, under no title naming a project (a unit's own table
  // may be titled `某县人民医院2024年度绩效目标表`, as a project's is): a department's (or
  // unit's) table, not a project that lost its name.
  if (!table.projectName && (!titled || generic)) {
    for (let si = 0; si < near.length; si++) {
      const s = near[si];
      for (let li = 0; li < s.labels.length; li++) {
        const l = s.labels[li];
        // `部门名称：某某局` in one cell: its label is the part before the colon.
        const label = l.inline === undefined ? l.text : l.text.slice(0, Math.max(0, l.text.search(/[:：]/)));
        if (l.info.field === 'unitName' && DEPARTMENT_NAME_RE.test(labelKey(label))) return setKind(table, 'department', { row: l.row, col: l.col });
      }
    }
    // 地区 / 区域 over a transfer's money and targets, no 项目名称: a region's table.
    for (let si = 0; si < near.length; si++) {
      const s = near[si];
      for (let ci = 0; ci < s.cols.length; ci++) {
        const col = s.cols[ci];
        const text = grid.rawText(s.row, col);
        if (text.length <= 8 && REGION_COLUMN_RE.test(labelKey(text))) return setKind(table, 'region', { row: s.row, col });
      }
    }
  }
  // An indicator library with no title (共性指标库 sheets, a system's export): indicators with a column
  // explaining them, and nothing of a project's (no 项目名称, no budget, no goals), under no title naming one.
  if (!table.projectName && table.budget.total === undefined && table.goals === undefined && !titled) {
    const at = explanationColumn(grid, headerRows, scans);
    if (at) return setKind(table, 'library', at);
  }
  // No title in the sheet: a sheet named after its kind (`部门整体支出绩效目标表`) tells it.
  // A sheet named after the table's own project (`自评系统运维` over 项目名称 `自评系统运维项目`) names no kind.
  const bySheet = titled || namedAfterProject(grid.name, table) ? undefined : sheetKindWithoutName(grid.name, table);
  if (bySheet && bySheet !== 'project') return setKind(table, bySheet, { row: table.range.top, col: table.range.left });
  // A grid with no title of its own right after a table of another kind is that table's next
  // part (a 自评表's second grid, a 部门整体表's indicators under its tasks); one under its own
  // 项目名称 is a project's table that lost its title. After a transfer's, region's or policy's table
  // (each named by its fund or policy), one named by a 专项名称 is the same kind's next table.
  const ownName = prev?.kind === 'transfer' || prev?.kind === 'region' || prev?.kind === 'policy' ? ownProjectName(grid, table) : table.projectName !== undefined;
  if (!anyTitle && !ownName && prev?.kind && prev.kind !== 'project' && prev.kindAt) setKind(table, prev.kind, prev.kindAt);
}

/**
 * The table names a project of its own: its name is labelled with 项目 (`项目名称`), or was found
 * without a label. No name, or one labelled `专项名称` (a transfer's fund), is no project's.
 */
function ownProjectName(grid: Grid, table: TableModel): boolean {
  const name = table.projectName;
  if (!name) return false;
  return name.label === undefined || /项目/.test(labelKey(grid.rawText(name.label.row, name.label.col)));
}

/** The table's 项目名称 is labelled so (`项目名称`, `项目支出名称`), not by a transfer's or policy's name. */
function projectLabelled(grid: Grid, table: TableModel): boolean {
  const label = table.projectName?.label;
  return label !== undefined && /^项目(支出)?名称$/.test(labelKey(grid.rawText(label.row, label.col)));
}

/** A form's task rows (年度主要任务, 任务名称, 主要内容): a department's, or a project's under its own name. */
const TASK_ROW_RE = /^(部门|单位)?(年度)?(主要|重点)?(工作)?任务(名称)?$|^主要内容$/;

/** A department's budget's target tables (`2025年某某局部门预算绩效目标表`), not its whole spending's. */
const DEPARTMENT_BUDGET_TITLE_RE = /(部门|单位)(\((部门|单位)\))?(年度)?预算绩效目标/;

/**
 * A sheet name's kind, the table's own project name set aside (`部门整体搬迁工程绩效目标表`,
 * `自评估软件采购绩效目标表` over that 项目名称 are the project's sheets), as a title's is.
 */
function sheetKindWithoutName(sheet: string, table: TableModel): TableKind | undefined {
  const kind = sheetKind(sheet);
  const own = table.projectName?.text.trim();
  if (kind === undefined || !DOCUMENT_KINDS.has(kind) || own === undefined || own.length > 200) return kind;
  const name = [own, own.replace(/项目$/, '')].find((n) => n.length >= 2 && sheet.includes(n));
  return name === undefined ? kind : sheetKind(sheet.replace(name, '某项目'));
}

/** True when the sheet's name is the table's project's name, or part of it (without 项目). */
function namedAfterProject(sheet: string, table: TableModel): boolean {
  const own = table.projectName?.text;
  if (own === undefined || own.length > 200 || sheet.length > 31) return false;
  const name = labelKey(sheet).replace(/项目$/, '');
  return name.length >= 2 && labelKey(own).includes(name);
}

/**
 * `from` added at the end of `to`, one by one (to is returned). `to.push(...from)` passes every row
 * as an argument and overflows the stack past about 120,000 of them: a sheet of 210,000 indicator
 * rows under a header printed twice, or 210,000 projects in a list, stopped the check.
 */
function append<T>(to: T[], from: readonly T[]): T[] {
  for (const x of from) to.push(x);
  return to;
}

/** Rows read under a later header joined to the table above them (the same table, going on): the first row after it. */
function continueTable(t: TableModel, rows: IndicatorRow[], unused: IndicatorRow[], header: HeaderRow, last: number): number {
  append(t.indicators, rows);
  if (unused.length) t.unused = append(t.unused ?? [], unused);
  t.range = unionRect(t.range, last, header.left, header.right);
  t.range.bottom = Math.max(last, header.row);
  return t.range.bottom + 1;
}

/** The fields a period's own block holds: its money and its goal, nothing naming a project. */
const PERIOD_BLOCK_FIELDS: ReadonlySet<FieldLabel> = new Set<FieldLabel>(['budgetBlock', 'total', 'fiscal', 'other', 'carryOver', 'use', 'goals', 'moneyUnit']);

/**
 * The rows between a table and the next grid are the year's block of the same project: the table's
 * total is labelled as the whole period's (中期资金总额, 实施期资金总额), and the rows between hold an
 * annual total (年度资金总额) and nothing but money and goals (no 项目名称, no title).
 */
function yearBlockFollows(grid: Grid, prev: TableModel, between: readonly RowScan[]): boolean {
  const label = prev.budget.total?.label;
  if (!label || periodIn(labelKey(grid.rawText(label.row, label.col)), 'leading') !== 'longTerm') return false;
  let annualTotal = false;
  for (const s of between) {
    if (s.titles.length > 0) return false;
    for (const l of s.labels) {
      const f = l.info.field;
      if (f === undefined) continue;
      if (!PERIOD_BLOCK_FIELDS.has(f)) return false;
      if (f === 'total' && l.info.period === 'annual') annualTotal = true;
    }
  }
  return annualTotal;
}

/**
 * The rows of the other (中长期) group of side-by-side column groups, as long-term rows: only those
 * with a value written, so an empty long-term group adds nothing.
 */
function longTermGroup(grid: Grid, header: HeaderRow, scans: ScanIndex, last: number, parses: ParseCache, carried?: IndicatorRow): IndicatorRow[] {
  const group = header.group;
  const scan = scans.get(header.row);
  if (!group || !scan) return [];
  const other = headerOf(scan, grid, rowsAbove(scans, header.row), group.from);
  if (!other?.group || other.group.from === group.from || other.columns.value === undefined) return [];
  absorbSubHeader(grid, other, scans.get(other.row + 1));
  resolveAmbiguous(grid, other, last);
  const rows = readIndicators(grid, other, header.row + 1, last, parses, [], carried);
  const written = rows.filter((r) => r.parsed.kind !== 'empty');
  for (const r of written) r.period = 'longTerm';
  return written;
}

/** The scans of the two rows above a row (where a column group's 年度/中长期 words stand). */
function rowsAbove(scans: ScanIndex, row: number): RowScan[] {
  const a = scans.get(row - 1);
  const b = scans.get(row - 2);
  return a ? (b ? [a, b] : [a]) : b ? [b] : [];
}

/** L5 outline exports (`项目 | 指标值 | 绩效金额`), on a sheet with no other kind of grid. */
function locateTrees(grid: Grid, scans: ScanIndex, parses: ParseCache): TableModel[] {
  const tables: TableModel[] = [];
  let boundary = grid.firstRow;
  const parse = (text: string) => parses.get(text, () => parseIndicatorValue(text));
  // Scans were added row by row, so they are in row order; the rows above a header are the ones
  // between the last outline's end and it (a slice, not a filter per header: linear in the rows).
  const ordered = [...scans.values()];
  let since = 0;
  for (let i = 0; i < ordered.length; i++) {
    const scan = ordered[i];
    if (scan.row < boundary) continue;
    const first = treeHeaderAt(grid, scan.row, scan.nonBlank);
    if (!first) continue;
    // Two exports side by side (`项目 | 指标值 | 绩效金额 | (blank) | 项目 | 指标值 | 绩效金额`): each
    // header in the row is an outline of its own, read in turn (at most MAX_BANDS of them). Before,
    // only the first was read (made by us from nx-shizuishan-jkzx-2020's outline twice, side by side).
    const headers: TreeHeader[] = [first];
    for (let h: TreeHeader | undefined = first; h && headers.length < MAX_BANDS; ) {
      const from: number = h.amount ?? h.value;
      h = treeHeaderAt(grid, scan.row, scan.nonBlank.filter((c) => c.col > from));
      if (h) headers.push(h);
    }
    while (ordered[since].row < boundary) since++;
    const upperRows = ordered.slice(since, i);
    const upper = emptyTable(0, 'L5');
    const upperRect = readUpper(grid, { rows: upperRows }, upper);
    let end = scan.row;
    headers.forEach((h, k) => {
      const { tables: found, last } = readTree(grid, h, tables.length, parse, FOOTER_RE, isPageMarkText);
      // The rows above, over this export's columns only when there are several.
      const next = headers[k + 1];
      const over = upperRect && headers.length > 1 ? { ...upperRect, left: Math.max(upperRect.left, h.name), right: Math.min(upperRect.right, next ? next.name - 1 : upperRect.right) } : upperRect;
      found.forEach((t, i) => {
        if (upper.title) t.title = upper.title;
        if (upper.moneyUnitAt) {
          t.moneyUnit = upper.moneyUnit;
          t.moneyUnitAt = upper.moneyUnitAt;
          t.moneyUnitInferred = false;
        }
        // The first project's table holds the title and the header above it.
        if (i === 0) t.range = unionRect(over && over.left <= over.right ? unionRect(t.range, over.top, over.left, over.right) : t.range, h.row, h.name, t.range.right);
        kindOf(grid, t, [h.row], upperRows, scans, tables[tables.length - 1]);
        tables.push(t);
      });
      end = Math.max(end, last);
    });
    boundary = end + 1;
  }
  return tables;
}

/** Rows from a cover's 项目名称 to the form's own it is read as part of (a printed cover page's lines). */
const COVER_REACH = 12;

/** A table read as its project's name and no other field. */
function nameOnly(t: TableModel): boolean {
  const b = t.budget;
  return t.projectName !== undefined && !isBlankText(t.projectName.text) && !b.total && !b.fiscal && !b.other && !b.use && !t.goals && t.indicators.length === 0;
}

/**
 * The row (another 项目名称's) writes the same project's name in one of its cells: alone, or after
 * its label in the same cell (`项目名称：某项目`, a form typed in Word; made by us from
 * hb-qingshan-kejj-2021's form with its head written so, test/eval/meta45.ts).
 */
function namesAgain(grid: Grid, scan: RowScan | undefined, name: Field | undefined): boolean {
  if (!scan || !name) return false;
  const key = contentKey(name.text);
  if (key.length === 0) return false;
  for (const c of scan.cols) {
    if (c === name.at.col && scan.row === name.at.row) continue;
    const text = grid.rawText(scan.row, c);
    if (contentKey(text) === key) return true;
    const inline = inlineLabelOf(text);
    if (inline?.info.field === 'projectName' && contentKey(inline.value) === key) return true;
  }
  return false;
}

/**
 * Finds every target table on the sheet, top to bottom. A double-spaced sheet (doubleSpacedRows)
 * is read without its spacer rows, and what is found is put back on the sheet's own rows: read
 * with them, a blank row inside a two-row header or between the head and the grid cut the table.
 */
export function locateTables(grid: Grid): TableModel[] {
  const rows = doubleSpacedRows(grid);
  if (rows === undefined) return locateIn(grid, true);
  const tables = locateIn(grid.keepRows(rows), true);
  const back = (r: number) => rows[r - grid.firstRow] ?? r;
  // A range's bottom goes down to the row before the next row read: over the spacer rows under
  // its last row, and over the lower rows of a form whose every cell is merged over two rows.
  const bottom = (r: number) => (rows[r - grid.firstRow + 1] ?? grid.lastRow + 1) - 1;
  const seen = new Set<object>();
  for (const t of tables) onSheetRows(t, back, bottom, seen);
  return tables;
}

/**
 * Every row a table model names (cells, its range, its header's row, its indicators' rows, the
 * summary row) mapped by `back` (a range's bottom by `bottom`), in place; an object shared by two
 * fields is mapped once. Walks the model's own objects, so a field added to the model later is
 * mapped too.
 */
function onSheetRows(node: unknown, back: (row: number) => number, bottom: (row: number) => number, seen: Set<object>): void {
  // A frozen object is a constant the module shares with every sheet (locate-tree's NO_LEVEL, a
  // parse remembered per text): mapped in place, it would move on every later sheet too (and
  // writing to it throws).
  if (node === null || typeof node !== 'object' || seen.has(node) || Object.isFrozen(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const x of node) onSheetRows(x, back, bottom, seen);
    return;
  }
  const o = node as Record<string, unknown>;
  if (typeof o.row === 'number') o.row = back(o.row);
  if (typeof o.summaryRow === 'number') o.summaryRow = back(o.summaryRow);
  if (typeof o.top === 'number' && typeof o.bottom === 'number' && typeof o.left === 'number' && typeof o.right === 'number') {
    o.top = back(o.top);
    o.bottom = bottom(o.bottom);
  }
  for (const k of Object.keys(o)) if (k !== 'parsed') onSheetRows(o[k], back, bottom, seen);
}

/** At most this many tables side by side are read apart; more bands than that are read as one. */
const MAX_BANDS = 8;

/**
 * Tables placed side by side on the same rows: the columns of the sheet fall into bands with a
 * column between them that holds nothing and that no merged area crosses, and two bands or more
 * each hold a table of their own (a header naming 一级/二级, or a 项目名称). A band without one
 * (a note, a value column beyond a spacer) goes with the band on its left. Undefined when the
 * sheet is one band, or one table's.
 */
function sideBySideBands(grid: Grid, scans: ScanIndex): Rect[] | undefined {
  // Each pass over the sheet's scans or merges is a function of its own: this one runs once per
  // sheet, so a loop inside it was compiled on the stack (OSR) and the code after the loop, never
  // run before, threw the compiled code away on every sheet (a deoptimisation per call, the rest
  // of the call interpreted). Each pass now stays compiled from one sheet to the next.
  const first = grid.firstCol;
  const width = grid.colCount;
  if (width < 3) return undefined;
  const used = new Uint8Array(width);
  const top = new Int32Array(width).fill(grid.lastRow + 1);
  const bottom = new Int32Array(width).fill(-1);
  columnExtents(scans, first, used, top, bottom);
  // A merged area over several columns joins them (difference array: work is merges + columns).
  const across = mergeCrossings(grid, first, width);
  const cuts = adjacentCuts(scans, first, width);
  const band = new Int32Array(width).fill(-1);
  const bands = columnBands(used, across, cuts, band);
  if (bands === undefined || bands.length < 2) return undefined;
  joinHeaderBands(scans, band, bands, first);
  joinLabelBands(grid, scans, band, bands, first);
  markOwnBands(grid, scans, band, bands, first);
  const own = bands.filter((b) => b.own).length;
  if (own < 2 || own > MAX_BANDS) return undefined;
  // Each band with a table of its own, with the bands after it up to the next such band.
  const out: Rect[] = [];
  for (const b of bands) {
    const prev = out[out.length - 1];
    if (b.own || !prev) out.push({ top: grid.lastRow + 1, bottom: -1, left: b.left + first, right: b.right + first });
    else prev.right = b.right + first;
  }
  for (const r of out) bandRows(grid, r, top, bottom, first);
  return out.filter((r) => r.bottom >= r.top);
}

/** The columns the scans hold a cell in (`used`), with the first and last row of each (sideBySideBands). */
function columnExtents(scans: ScanIndex, first: number, used: Uint8Array, top: Int32Array, bottom: Int32Array): void {
  const all = scans.values();
  for (let k = 0; k < all.length; k++) {
    const s = all[k];
    // A signature line under tables side by side (`单位负责人： | 填表人： | 联系电话：`) spreads over
    // the blank column between them: it does not make that column the tables'.
    if (s.footer) continue;
    const cols = s.cols;
    for (let j = 0; j < cols.length; j++) {
      const i = cols[j] - first;
      used[i] = 1;
      if (s.row < top[i]) top[i] = s.row;
      if (s.row > bottom[i]) bottom[i] = s.row;
    }
  }
}

/** Per column, the change in how many merged areas over several columns cross into it (a difference array). */
function mergeCrossings(grid: Grid, first: number, width: number): Int32Array {
  const across = new Int32Array(width + 1);
  const merges = grid.merges;
  for (let k = 0; k < merges.length; k++) {
    const m = merges[k];
    const l = Math.max(m.left, first) - first;
    const r = Math.min(m.right, grid.lastCol) - first;
    if (r > l) {
      across[l + 1]++;
      across[r + 1]--;
    }
  }
  return across;
}

/**
 * The bands of used columns (offsets from the first column), each column's band written into
 * `band`; undefined past 4 × MAX_BANDS bands.
 */
function columnBands(used: Uint8Array, across: Int32Array, cuts: Set<number>, band: Int32Array): { left: number; right: number; own: boolean }[] | undefined {
  const bands: { left: number; right: number; own: boolean }[] = [];
  let joined = 0;
  for (let i = 0; i < used.length; i++) {
    joined += across[i];
    if (used[i] === 0 && joined === 0) continue;
    const last = bands[bands.length - 1];
    // Tables side by side with no spacer column: a cut where no merged area crosses.
    if (last && last.right === i - 1 && !(cuts.has(i) && joined === 0)) last.right = i;
    else bands.push({ left: i, right: i, own: false });
    band[i] = bands.length - 1;
    if (bands.length > 4 * MAX_BANDS) return undefined;
  }
  return bands;
}

/**
 * Marks the bands holding a table of their own: a 一级 or 二级 header label, or a 项目名称 whose
 * value column is in its band. A column of labels alone, its values beyond a spacer column no
 * merged area crosses (a form with no title row, a blank column after its labels), owns no table:
 * before, its labels were read as a table of their own (项目名称 empty, no indicators).
 */
function markOwnBands(grid: Grid, scans: ScanIndex, band: Int32Array, bands: { own: boolean }[], first: number): void {
  const all = scans.values();
  for (let k = 0; k < all.length; k++) {
    const labels = all[k].labels;
    for (let j = 0; j < labels.length; j++) {
      const l = labels[j];
      const h = l.info.header;
      const b = band[l.col - first];
      if (b < 0) continue;
      if (h === 'level1' || h === 'level2') bands[b].own = true;
      else if (l.info.field === 'projectName') {
        const right = (grid.mergeAt(l.row, l.col)?.right ?? l.col) + 1 - first;
        if (right < band.length && band[right] === b) bands[b].own = true;
      }
    }
  }
}

/** A band's rows: those of its columns' cells, and of the merged areas inside it (which may reach below or above them). */
function bandRows(grid: Grid, r: Rect, top: Int32Array, bottom: Int32Array, first: number): void {
  for (let c = r.left; c <= r.right; c++) {
    r.top = Math.min(r.top, top[c - first]);
    r.bottom = Math.max(r.bottom, bottom[c - first]);
  }
  const merges = grid.merges;
  for (let k = 0; k < merges.length; k++) {
    const m = merges[k];
    if (m.left >= r.left && m.right <= r.right && m.top <= r.bottom && m.bottom >= r.top) {
      r.top = Math.min(r.top, m.top);
      r.bottom = Math.max(r.bottom, m.bottom);
    }
  }
}

/**
 * A grid header's next column past a blank one, not the start of another table beside it: a column
 * after the 三级 that no table starts with (指标性质, 指标值, 度量单位, 权重, 备注 …), or the 三级 after
 * a 二级. `三级指标 | (blank) | 指标性质 | 指标值 | 度量单位`, an export's empty spacer column (made by
 * us from sc-ganzi-scjg-2024's grid, scripts/mutate-corpus.ts): before, the 三级's band was read as a
 * table of its own and the values right of the gap were lost. A 一级 or 二级 past the gap still starts
 * a table (two grids side by side, 中期 beside 年度), and so does a role the row has named before the
 * gap (`指标类型 | 指标名称 | 指标值 | 指标描述`, then past the gap `指标类型 …` again: zj-linhai-lvhua-2024's
 * grid twice side by side).
 */
function continuesHeader(before: HeaderLabel | undefined, next: HeaderLabel | undefined): boolean {
  if (before === undefined || next === undefined || next === 'level1' || next === 'level2' || next === 'contentOrLevel3' || next === 'level3AndValue') return false;
  if (next === 'level3') return before === 'level2';
  return before !== 'level1';
}

const HEADER_ROLES: readonly HeaderLabel[] = ['level1', 'level2', 'level3', 'description', 'value', 'sign', 'unit', 'direction', 'nature', 'weight', 'signOrDirection', 'contentOrLevel3', 'level3AndValue'];

/** A header role as one bit (0 for none): the roles a row has named so far, as a number. */
function roleBit(role: HeaderLabel | undefined): number {
  return role === undefined ? 0 : 1 << HEADER_ROLES.indexOf(role);
}

/**
 * Bands one header row runs across are one table's: `一级指标 | (blank) | 二级指标 | 三级指标 | …`,
 * a form copied from a web page with its merged cells left empty, where the 一级 column's second
 * half stays blank all the way down. Tables side by side each have a header of their own (一级 and
 * 二级 in one band); here the 一级 label's next label in its row, a 二级, stands in a later band.
 * So does a list export's header with a blank column between its project columns and its 一级,
 * and a header with one between its 三级 and its 指标值.
 * Joined bands are merged into the first, in place (band numbers renumbered).
 */
function joinHeaderBands(scans: ScanIndex, band: Int32Array, bands: { left: number; right: number; own: boolean }[], first: number): void {
  const joinsLeft = new Uint8Array(bands.length);
  let any = false;
  const ordered = scans.values();
  for (let si = 0; si < ordered.length; si++) {
    const s = ordered[si];
    const ls = s.labels;
    const cols = s.cols;
    // The row's first written column right of the label (labels and cells both left to right: one
    // walk per row, not a search of the row for each pair of labels).
    let j = 0;
    // The header roles of the row's labels so far (one bit each): a role again past a gap starts a table beside it.
    let roles = 0;
    for (let k = 0; k + 1 < ls.length; k++) {
      const next = ls[k + 1];
      if (k > 0 && ls[k - 1].row !== ls[k].row) roles = 0;
      roles |= roleBit(ls[k].info.header);
      if (next.row !== ls[k].row || next.col <= ls[k].col) continue;
      const from = band[ls[k].col - first];
      const to = band[next.col - first];
      if (from < 0 || to <= from) continue;
      while (j < cols.length && cols[j] <= ls[k].col) j++;
      // `一级指标 | (blank) | 二级指标`; or a list export's project columns (`项目名称 | 年度绩效目标`)
      // then, past a blank column, its 一级 or 二级 column, nothing written between them.
      // `三级指标 | (blank) | 指标值` (or `指标值类型 | (blank) | 目标值`): the grid's value column past a
      // blank column (no table starts with its value column); `三级指标 | (blank) |
      // 三级指标`: one header cell written into each column its merge covered.
      const adjacent = j >= cols.length || cols[j] >= next.col;
      const levels =
        (ls[k].info.header === 'level1' && next.info.header === 'level2') ||
        (adjacent && ls[k].info.header !== undefined && ls[k].info.header !== 'value' && next.info.header === 'value') ||
        (adjacent && (roles & roleBit(next.info.header)) === 0 && continuesHeader(ls[k].info.header, next.info.header)) ||
        (adjacent && ls[k].info.header !== undefined && next.text === ls[k].text);
      const list = adjacent && ls[k].info.field !== undefined && ls[k].inline === undefined && (next.info.header === 'level1' || next.info.header === 'level2');
      if (!levels && !list) continue;
      for (let b = from + 1; b <= to; b++) joinsLeft[b] = 1;
      any = true;
    }
  }
  if (!any) return;
  const renumber = new Int32Array(bands.length);
  let kept = 0;
  for (let b = 0; b < bands.length; b++) {
    if (joinsLeft[b] === 1 && kept > 0) bands[kept - 1].right = bands[b].right;
    else bands[kept++] = bands[b];
    renumber[b] = kept - 1;
  }
  bands.length = kept;
  for (let i = 0; i < band.length; i++) if (band[i] >= 0) band[i] = renumber[band[i]];
}

/**
 * A text a form's label column may hold alone on its row: a label the vocabulary does not know,
 * its value left empty (`其他需说明的问题`), the year under the title, an attachment number (`附件3`,
 * `表11`), a signature line or a note (`注：…`).
 */
function standsAlone(text: string): boolean {
  if (/^[^\d０-９]{1,16}$/.test(text)) return true;
  const key = labelKey(text);
  return YEAR_LINE_RE.test(key) || /^(附件|附表|表)[\d０-９一二三四五六七八九十-]{1,6}$/.test(key) || /^\s*(注|说明|备注|填表说明)\s*[:：]/.test(text) || FOOTER_RE.test(text);
}

/**
 * A band of a form's labels, their values in the band right after a blank column or two, is that
 * band's form: `项目名称 | (blank) | 某某项目`, a form copied from a web page with the labels' merged
 * cells left empty, over a grid that starts under the values. Such a band holds labels and texts
 * only (no amount, no grid header of its own), and each of its rows goes on in the next band (the
 * labels' values, or the grid's rows beside a frame word such as 绩效指标) unless it is a short
 * label-like text whose value is empty, a note or a signature line (standsAlone); a title may
 * stand alone. Tables side by side each have their own grid header or their own values. Joined
 * bands are merged into the next, in place (band numbers renumbered).
 */
function joinLabelBands(grid: Grid, scans: ScanIndex, band: Int32Array, bands: { left: number; right: number; own: boolean }[], first: number): void {
  /** Bit 1: a label; bit 2: something no label band holds (a number, a grid header, a row ending in the band). */
  const seen = new Uint8Array(bands.length);
  // The last row (its index in `all`) holding a cell in each band: whether a row goes on to the right.
  const inRow = new Int32Array(bands.length).fill(-1);
  const all = scans.values();
  for (let k = 0; k < all.length; k++) {
    const s = all[k];
    const cols = s.cols;
    for (let j = 0; j < cols.length; j++) {
      const b = band[cols[j] - first];
      if (b >= 0) inRow[b] = k;
    }
    // The row's labels and titles, left to right as its cells are: walked alongside them.
    let li = 0;
    let ti = 0;
    for (let j = 0; j < cols.length; j++) {
      const col = cols[j];
      const b = band[col - first];
      while (li < s.labels.length && s.labels[li].col < col) li++;
      while (ti < s.titles.length && s.titles[ti].col < col) ti++;
      if (b < 0 || b + 1 >= bands.length || (ti < s.titles.length && s.titles[ti].col === col)) continue;
      const label = li < s.labels.length && s.labels[li].col === col ? s.labels[li] : undefined;
      const role = label?.info.header;
      if (grid.rawValue(s.row, col) !== null && typeof grid.rawValue(s.row, col) !== 'string') seen[b] |= 2;
      else if (role !== undefined && role !== 'signOrDirection') seen[b] |= 2;
      else if (inRow[b + 1] !== k && !standsAlone(grid.rawText(s.row, col))) seen[b] |= 2;
      else if (label !== undefined && label.inline === undefined) seen[b] |= 1;
    }
  }
  const joinsRight = new Uint8Array(bands.length);
  let any = false;
  for (let b = 0; b + 1 < bands.length; b++) {
    const gap = bands[b + 1].left - bands[b].right - 1;
    if (seen[b] === 1 && gap >= 1 && gap <= SPACER_MAX) {
      joinsRight[b] = 1;
      any = true;
    }
  }
  if (!any) return;
  const renumber = new Int32Array(bands.length);
  let kept = 0;
  let from = -1;
  for (let b = 0; b < bands.length; b++) {
    if (from < 0) from = bands[b].left;
    if (joinsRight[b] === 1) {
      renumber[b] = kept;
      continue;
    }
    bands[kept] = { left: from, right: bands[b].right, own: bands[b].own };
    renumber[b] = kept++;
    from = -1;
  }
  bands.length = kept;
  for (let i = 0; i < band.length; i++) if (band[i] >= 0) band[i] = renumber[band[i]];
}

/**
 * Columns where a table placed right against the one on its left begins (no spacer column
 * between them): a second 项目名称 in a row that holds two or more, over a second 一级 header in a
 * row below, at its column or right of it (a `绩效指标` label column first) and past the row's
 * first 一级. Offsets from the sheet's first column.
 */
function adjacentCuts(scans: ScanIndex, first: number, width: number): Set<number> {
  const cuts = new Set<number>();
  const named = new Map<number, number>();
  // A row's labels are walked in place, its second such label on (no list of them made per row).
  const ordered = scans.values();
  for (let si = 0; si < ordered.length; si++) {
    const s = ordered[si];
    const labels = s.labels;
    let seen = 0;
    for (let k = 0; k < labels.length; k++) {
      if (!isProjectLabel(labels[k]) || seen++ === 0) continue;
      const col = labels[k].col;
      if (!named.has(col) || (named.get(col) as number) > s.row) named.set(col, s.row);
    }
  }
  if (named.size === 0) return cuts;
  const names = new ColumnRows(named);
  for (let si = 0; si < ordered.length; si++) {
    const s = ordered[si];
    const labels = s.labels;
    let seen = 0;
    let before = -1; // the row's 一级 label before this one
    for (let k = 0; k < labels.length; k++) {
      if (labels[k].info.header !== 'level1') continue;
      const col = labels[k].col;
      const prev = before;
      before = col;
      if (seen++ === 0) continue;
      // The second form's 项目名称 over its `绩效指标` label column, left of its 一级 (a column or
      // two): the cut is at the 项目名称, past the first form's own 一级.
      const at = names.lastAbove(prev, col, s.row);
      if (at - first > 0 && at - first < width) cuts.add(at - first);
    }
  }
  return cuts;
}

function locateIn(grid: Grid, whole: boolean): TableModel[] {
  if (grid.rowCount === 0 || grid.colCount === 0) return [];
  const scans = new ScanIndex(grid.firstRow);
  const parses = new ParseCache();
  const headers: HeaderRow[] = [];
  const projectRows: number[] = [];
  for (let r = grid.firstRow; r <= grid.lastRow; r++) {
    const scan = scanRow(grid, r);
    if (scan === undefined) continue;
    scans.set(r, scan);
    // A header names three roles at least (一级/二级/三级, or a flat list's 三级, value and one more);
    // under a 项目名称 of its own, `指标名称 | 指标值` is enough.
    const lastProject = projectRows[projectRows.length - 1];
    const ownProject = lastProject !== undefined && lastProject > (headers[headers.length - 1]?.row ?? -1) && r - lastProject <= PAIR_HEADER_REACH;
    const h =
      scan.labels.length >= 3 || levelsOnly(scan)
        ? headerOf(scan, grid, rowsAbove(scans, r))
        : scan.labels.length === 2 && ownProject
          ? pairHeaderOf(scan, grid)
          : scan.labels.length === 1 && ownProject
            ? loneValueHeaderOf(scan, grid)
            : scan.labels.length === 0 && (ownProject || (headers.length === 0 && projectRows.length === 0))
              ? impliedHeaderOf(scan, grid, ownProject)
              : undefined;
    if (h) headers.push(h);
    else if (scan.labels.some(isProjectLabel)) projectRows.push(r);
  }
  if (whole) {
    const bands = sideBySideBands(grid, scans);
    if (bands) {
      const tables = bands.flatMap((rect) => locateIn(grid.region(rect), false));
      tables.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
      tables.forEach((t, i) => (t.index = i));
      return tables;
    }
  }
  // `绩效指标 | 指标值` right above a full header is that header's group row, not a grid of its own.
  // One pass from the bottom, keeping each header unless it is lone right above the next one kept
  // (a splice per header was quadratic: 300,000 such pairs took 31 s).
  let kept = headers.length;
  for (let i = kept; i--; ) if (!(headers[i].lone && headers[kept]?.row === headers[i].row + 1)) headers[--kept] = headers[i];
  headers.splice(0, kept);
  if (headers.length === 0 && projectRows.length === 0) {
    const trees = locateTrees(grid, scans, parses);
    return trees.length > 0 || !whole ? trees : titledOtherKind(grid, scans);
  }
  for (const h of headers) {
    if (h.implied) continue;
    adoptHeaderCellsAbove(grid, h, rowsAbove(scans, h.row));
    absorbSubHeader(grid, h, scans.get(h.row + 1));
    adoptProjectColumnsAbove(grid, h, scans.get(h.row - 1));
  }
  // A header row absorbed as the row under another (a two-row header unmerged, its level names
  // repeated in both rows) is no header of its own: one pass, keeping the first of a row.
  let w = 0;
  for (let i = 0; i < headers.length; i++) if (w === 0 || headers[w - 1].row !== headers[i].row) headers[w++] = headers[i];
  headers.length = w;

  const tables: TableModel[] = [];
  let boundary = grid.firstRow; // first row not yet claimed by a table
  // The last long-term row of a table going on over page breaks, from the rows added since the
  // last look (a filter of all its rows per page was quadratic: 50,000 rows of a 中长期/年度 grid
  // with its header printed every fourth row took 23 s).
  const longTermSeen = new Map<TableModel, { upTo: number; last?: IndicatorRow }>();
  const lastLongTerm = (t: TableModel): IndicatorRow | undefined => {
    const seen = longTermSeen.get(t) ?? { upTo: 0 };
    for (; seen.upTo < t.indicators.length; seen.upTo++) if (t.indicators[seen.upTo].period === 'longTerm') seen.last = t.indicators[seen.upTo];
    longTermSeen.set(t, seen);
    return seen.last;
  };
  let pi = 0;
  const rowsBetween = (from: number, to: number) => {
    const out: RowScan[] = [];
    for (let r = from; r <= to; r++) {
      const s = scans.get(r);
      if (s) out.push(s);
    }
    return out;
  };

  for (let hi = 0; hi <= headers.length; hi++) {
    const header = headers[hi] as HeaderRow | undefined;
    const headerRow = header?.row ?? grid.lastRow + 1;
    // 项目名称 labels before this header with another 项目名称 after them: tables without a grid.
    const pending: number[] = [];
    while (pi < projectRows.length && projectRows[pi] < headerRow) pending.push(projectRows[pi++]);
    // An implied header's row is the one above its grid: with no 项目名称 above, its own.
    if (header?.implied && pending.length === 0 && projectRows[pi] === headerRow) pending.push(projectRows[pi++]);
    for (let k = 0; k < pending.length - (header ? 1 : 0); k++) {
      const upperRows = rowsBetween(boundary, pending[k + 1] !== undefined ? pending[k + 1] - 1 : headerRow - 1);
      const nextStart = pending[k + 1] ?? headerRow;
      // Keep the next table's title out: stop at the last row holding this table's fields.
      const own = upperRows.filter((s) => s.row < nextStart && !(s.titles.length > 0 && s.row > pending[k]));
      // `项目名称 | 预算数 | 项目绩效目标` as the columns of a list with no grid: no project's form.
      // Under another kind's table (a department's projects, a transfer's allocation) it is that
      // table's; on its own, a summary list named as such.
      if (listOfNames(grid, scans.get(pending[k]))) {
        const prev = tables[tables.length - 1];
        if (prev?.kind !== undefined && prev.kind !== 'project') continue;
        const list = summaryList(grid, scans, boundary, pending[k], nextStart - 1, tables.length);
        tables.push(list);
        boundary = list.range.bottom + 1;
        continue;
      }
      const t = emptyTable(tables.length, 'L1');
      const rect = readUpper(grid, { rows: own }, t);
      if (!rect) continue;
      // A cover's `项目名称：…` and nothing else, right above the same project's own form (湖北's 项目申报表:
      // the cover, then 项目基本信息 with 二级项目名称): the form's first rows, not a table of its own.
      if (nameOnly(t) && nextStart - pending[k] <= COVER_REACH && namesAgain(grid, scans.get(nextStart), t.projectName)) continue;
      t.range = coverRows(grid, rect, scans, rect.left, boundary);
      // A merge reaching past the tables above or below does not make the tables overlap.
      t.range.top = Math.max(t.range.top, boundary);
      t.range.bottom = Math.max(t.range.top, Math.min(t.range.bottom, nextStart - 1));
      // A table of another kind whose grid could not be read is still that kind, not a project missing its grid:
      // its own rows decide, as a grid's form above it does (a 自评表 cut after `年初预算数 | 全年执行数 | 分值`
      // under its 项目名称 is a self-evaluation), not the rows above its 项目名称 only.
      const bottom = t.range.bottom;
      // The row right under its fields heading columns only another kind has (`审核内容 | 审核要点 |
      // 审核意见`, a grid the locator does not read): that table's header, and the table runs on under it.
      const next = own.find((s) => s.row > bottom);
      const headed = next !== undefined && next.labels.some((l) => l.info.kind !== undefined && l.info.field === undefined) ? next : undefined;
      kindOf(grid, t, headed ? [headed.row] : [], own.filter((s) => s.row <= bottom), scans, tables[tables.length - 1]);
      if (t.kind !== undefined && t.kind !== 'project') coverOwnRows(t, scans, nextStart - 1);
      tables.push(t);
      boundary = t.range.bottom + 1;
    }
    if (!header) break;
    // A table of another kind with no grid read (a 部门整体 task list, a 审核表) between the table
    // above and this one's own 项目名称: its own table, not this project's rows above.
    const ownStart = pending[pending.length - 1];
    if (ownStart !== undefined && ownStart > boundary && header.project.projectName === undefined) {
      const other = gridlessOtherKind(grid, scans, boundary, ownStart - 1, tables.length);
      if (other) {
        tables.push(other);
        boundary = other.range.bottom + 1;
      }
    }

    const nextHeaderRow = headers[hi + 1]?.row ?? grid.lastRow + 1;
    const nextProject = projectRows[pi] ?? grid.lastRow + 1;
    // The next grid's own heading (`年度绩效指标` over it) is not a row of this one.
    const headed = nextHeaderRow <= nextProject && isPeriodHeading(grid, scans, nextHeaderRow - 1);
    const stopAt = Math.min(nextHeaderRow, nextProject) - (headed ? 2 : 1);
    // The rows above the grid: up to the header row, or with no header row written, up to the grid.
    const upperEnd = header.implied ? header.row : header.row - 1;
    // The rows between the table above and this grid, listed once: the upper part read from them
    // (trimmed) and the kind judged from them all.
    const aboveRows = rowsBetween(boundary, upperEnd);
    const upperRows = trimUpper(aboveRows, upperEnd);

    const headerRows = header.implied ? [] : [header.row, header.row - 1];
    if (header.project.projectName !== undefined) {
      const before = tables[tables.length - 1];
      const continues = before?.layout === 'L4' && repeatsHeader(grid, before, header, scans) ? before : undefined;
      const { tables: l4, last } = readL4(grid, header, scans, upperRows, stopAt, tables.length, parses, continues);
      for (const t of l4) kindOf(grid, t, headerRows, aboveRows, scans, tables[tables.length - 1]);
      append(tables, l4);
      boundary = last + 1;
      continue;
    }

    const last = lastIndicatorRow(grid, header, scans, stopAt);
    resolveAmbiguous(grid, header, last);
    const prev = tables[tables.length - 1];
    // The header printed again on a new page (a PDF converted to Excel): the same columns right
    // below the grid above, with nothing but blank rows and page numbers between, continue it.
    if (prev && prev.header && prev.layout !== 'L4' && repeatsHeader(grid, prev, header, scans)) {
      const unused: IndicatorRow[] = [];
      // Its columns are the ones read above (the same group of a 中期/年度 pair).
      const same: HeaderRow = { ...header, columns: prev.header.columns };
      const rows = readIndicators(grid, same, header.row + 1, last, parses, unused, prev.indicators[prev.indicators.length - 1]);
      const sameGroup = Object.keys(same.columns).every((k) => same.columns[k as ColumnRole] === header.columns[k as ColumnRole]);
      if (header.group && sameGroup) append(rows, longTermGroup(grid, header, scans, last, parses, lastLongTerm(prev)));
      boundary = continueTable(prev, rows, unused, header, last);
      continue;
    }
    // Stacked 长期 and 年度 grids of one table: a grid right after another, with no fields of its
    // own between them, continues the table above; its rows are the annual ones.
    const period = gridPeriod(grid, header, scans);
    const between = upperRows.filter((s) => s.row > (prev?.range.bottom ?? -1));
    // The table's own title printed again over the second grid (a new page's head) is no field of another table.
    const fieldsBetween = (s: RowScan) => !(prev && reprintsTitle(grid, prev, s.row, header.left, header.right)) && (s.labels.some((l) => l.info.field) || s.titles.length > 0);
    if (prev && prev.header && prev.layout !== 'L4' && period && !between.some(fieldsBetween)) {
      const unused: IndicatorRow[] = [];
      const rows = readIndicators(grid, header, header.row + 1, last, parses, unused);
      if (period === 'annual') for (const ind of prev.indicators) ind.period = 'longTerm';
      else for (const ind of rows) ind.period = 'longTerm';
      longTermSeen.delete(prev);
      boundary = continueTable(prev, rows, unused, header, last);
      continue;
    }
    // A page with a block per period (a 国资委 budget system's 预算项目立项: 中期资金总额, 中期目标 and
    // 中期绩效指标, then 年度资金总额, 年度目标 and 年度绩效指标, the project's own fields above the first
    // block only): the year's block under a table whose money is the period's continues that table,
    // with the year's money and goal read from its own rows (before, it was a second project with no
    // 项目名称, and the period's money was checked as the year's).
    if (prev && prev.header && prev.layout !== 'L4' && yearBlockFollows(grid, prev, between)) {
      const unused: IndicatorRow[] = [];
      const rows = readIndicators(grid, header, header.row + 1, last, parses, unused);
      const year = emptyTable(tables.length, prev.layout);
      readUpper(grid, { rows: between }, year);
      for (const ind of prev.indicators) ind.period = 'longTerm';
      longTermSeen.delete(prev);
      prev.budget = { ...year.budget, longTermTotal: prev.budget.total, ...(year.budget.use ?? prev.budget.use ? { use: year.budget.use ?? prev.budget.use } : {}) };
      if (year.goals && !isBlankText(year.goals.text)) prev.goals = year.goals;
      boundary = continueTable(prev, rows, unused, header, last);
      continue;
    }
    let unused: IndicatorRow[] = [];
    let indicators = readIndicators(grid, header, header.row + 1, last, parses, unused);
    // Side-by-side groups where the annual one was left empty: the other group holds the targets.
    if (header.group && indicators.length === 0) {
      const scan = scans.get(header.row);
      const other = scan && headerOf(scan, grid, rowsAbove(scans, header.row), header.group.from);
      if (other) {
        absorbSubHeader(grid, other, scans.get(other.row + 1));
        resolveAmbiguous(grid, other, last);
        header.columns = other.columns;
        header.group = other.group;
        unused = [];
        indicators = readIndicators(grid, header, header.row + 1, last, parses, unused);
      }
    } else if (header.group) {
      // The 中长期 group beside it holds targets too: its written values get the per-row checks.
      append(indicators, longTermGroup(grid, header, scans, last, parses));
    }
    const layout = layoutOf(grid, header, upperRows);
    const t = emptyTable(tables.length, layout);
    const upperRect = readUpper(grid, { rows: upperRows }, t);
    if (t.goals === undefined) t.goals = goalsBesideGrid(grid, header);
    // With no header row written, whole-table findings go on the grid's first row.
    t.header = { row: header.implied ? header.row + 1 : header.row, columns: header.outline ? outlineColumns(header) : header.columns };
    t.indicators = indicators;
    if (unused.length) t.unused = unused;
    let rect = unionRect(upperRect, header.implied ? header.row + 1 : header.row, header.left, header.right);
    rect = unionRect(rect, last, header.left, header.right);
    t.range = coverRows(grid, rect, scans, Math.min(rect.left, header.left), boundary);
    // A field merged up into the table above (its merge's top-left there) does not make the
    // tables overlap.
    t.range.top = Math.max(t.range.top, boundary);
    // Rows below the header belong to the grid only up to `last`.
    t.range.bottom = Math.max(last, header.row);
    kindOf(grid, t, headerRows, aboveRows, scans, tables[tables.length - 1]);
    if (t.kind !== undefined && t.kind !== 'project') {
      coverSummaryRows(grid, t, header, stopAt);
      coverOwnRows(t, scans, stopAt);
    }
    tables.push(t);
    boundary = t.range.bottom + 1;
  }
  // The same under the last table (a project's form, then a 部门整体 task list below it).
  if (tables.length > 0 && boundary <= grid.lastRow) {
    const other = gridlessOtherKind(grid, scans, boundary, grid.lastRow, tables.length);
    if (other) tables.push(other);
  }
  return tables;
}

/**
 * Rows from `from` to `to` holding a table of another kind whose grid the locator does not read: a
 * header of columns in that kind's words (`年度任务 | 主要内容 | 预算 | 年度绩效目标`, `审核内容 |
 * 审核要点 | 审核意见`: three cells or more, two labels, one only that kind has). Its kind is its
 * title's, when a title above the header names another kind, else the header's. It runs from its
 * first row to its last, the next table's title (a lone row naming no other kind) and blank rows left out.
 */
function gridlessOtherKind(grid: Grid, scans: ScanIndex, from: number, to: number, index: number): TableModel | undefined {
  let marker: Anchor | undefined;
  let top = -1;
  for (let r = from; r <= to && marker === undefined; r++) {
    const s = scans.get(r);
    if (!s || s.cols.length === 0) continue;
    if (top < 0) top = r;
    if (s.labels.length < 2 || s.cols.length < 3) continue;
    marker = strongestMarker(grid, s.labels.filter((l) => l.info.kind !== undefined && l.info.kind !== 'project' && l.info.field === undefined));
  }
  if (marker?.info.kind === undefined) return undefined;
  let bottom = to;
  for (; bottom > marker.row; bottom--) {
    const s = scans.get(bottom);
    if (!s || s.cols.length === 0) continue;
    if (s.cols.length > 1 || s.labels.length > 0) break;
    const kind = titleKind(wholeTitleText(grid, scans, { row: bottom, col: s.cols[0] }));
    if (kind !== undefined && kind !== 'project') break;
  }
  const t = emptyTable(index, 'L1');
  t.kind = marker.info.kind;
  t.kindAt = { row: marker.row, col: marker.col };
  for (let r = top; r < marker.row; r++) {
    const title = scans.get(r)?.titles[0];
    const kind = title && titleKind(wholeTitleText(grid, scans, title));
    if (title && kind !== undefined && kind !== 'project') {
      t.kind = kind;
      t.kindAt = title;
      break;
    }
  }
  t.range = { top, left: grid.firstCol, bottom, right: grid.lastCol };
  return t;
}

/**
 * A sheet with no grid and no 项目名称 whose title names another kind (a `部门整体支出绩效目标申报表`
 * with its 部门(单位)名称 and money, the page cut before its indicators): that kind's table, from
 * its title down, named as such. Not "no table found", which leaves a clerk wondering whether the
 * sheet was read at all; a title naming a project's table with no grid under it stays no table.
 */
function titledOtherKind(grid: Grid, scans: ScanIndex): TableModel[] {
  const ordered = scans.values();
  for (let si = 0; si < ordered.length; si++) {
    const s = ordered[si];
    for (const cell of s.titles) {
      const kind = titleKind(wholeTitleText(grid, scans, cell));
      if (kind === undefined || kind === 'project') continue;
      const t = emptyTable(0, 'L1');
      t.title = fieldAt(grid, cell);
      t.kind = kind;
      t.kindAt = t.title.at;
      t.range = { top: t.title.at.row, left: grid.firstCol, bottom: grid.lastRow, right: grid.lastCol };
      return [t];
    }
  }
  return headedOtherKind(grid, scans);
}

/**
 * A sheet with no grid, no 项目名称 and no title naming a kind, whose columns are headed in another
 * kind's words (a department's `年度任务 | 主要内容 | 预算 | 年度绩效目标`, its title lost in a PDF's
 * conversion or printed in the page header): that kind's table, from its header down. Under a sheet
 * named after another kind (`部门整体支出绩效目标表`), any row of two labels or more is its header.
 * Labels only here, where nothing else was found: the sheet's grids and forms were all read first.
 */
function headedOtherKind(grid: Grid, scans: ScanIndex): TableModel[] {
  const bySheet = sheetKind(grid.name);
  const ordered = scans.values();
  for (let si = 0; si < ordered.length; si++) {
    const s = ordered[si];
    if (s.labels.length === 0 || s.cols.length < 2) continue;
    const markers = s.labels.filter((l) => l.info.kind !== undefined && l.info.kind !== 'project' && l.info.field === undefined);
    // A header: two labels, or a kind's column among two other headings (`审核项目 | 审核要点 | 审核结果`);
    // not a form's row of a label and its value (`部门职能概述 | 负责…`, no title: no table).
    if (s.labels.length < 2 && (markers.length === 0 || s.cols.length < 3)) continue;
    const marker = strongestMarker(grid, markers);
    const kind = marker?.info.kind ?? (bySheet !== 'project' ? bySheet : undefined);
    if (kind === undefined) continue;
    const t = emptyTable(0, 'L1');
    t.kind = kind;
    t.kindAt = marker ? { row: marker.row, col: marker.col } : { row: s.row, col: s.cols[0] };
    t.range = { top: s.row, left: grid.firstCol, bottom: grid.lastRow, right: grid.lastCol };
    return [t];
  }
  return [];
}

/** What the rows under a self-evaluation's grid start with: its 合计, its conclusions, its signatures. */
const SUMMARY_ROW_RE = /^(?:合计|小计|总计|总分|自评得分|评价结论|自评结论|存在问题|改进措施|整改措施|改进建议|其他需要说明|项目负责人|财务负责人|单位负责人|填表人|填报人|审核人)/;

/**
 * A table that is not a project's (a self-evaluation, a monitoring table) keeps rows under its
 * grid: the weights' 合计, 评价结论 / 存在问题 / 改进措施, the signatures; and the label merged down
 * the grid's left (`绩效指标（90分）`). They are its cells: its range covers them, and the next table
 * starts below them (it took the signatures in as its first row). No check reads them: a project
 * table's range, which its findings depend on, is left as it is.
 */
function coverSummaryRows(grid: Grid, t: TableModel, header: HeaderRow, stopAt: number): void {
  const frame = frameLeftOf(grid, header);
  if (frame && frame.col < t.range.left) t.range.left = frame.col;
  const end = Math.min(grid.lastRow, stopAt);
  for (let r = t.range.bottom + 1; r <= end; r++) {
    const count = grid.storedCols(r, rowCells);
    let first = -1;
    for (let k = 0; k < count; k++) {
      const col = rowCells[k];
      if (col >= t.range.left && col <= t.range.right && !grid.isBlank(r, col)) {
        first = col;
        break;
      }
    }
    if (first < 0 || !SUMMARY_ROW_RE.test(stripSpaces(grid.rawText(r, first)))) return;
    t.range.bottom = r;
  }
}

/**
 * A table of another kind keeps the rows right under what was read of it: the rest of a scoring
 * grid whose reading stopped at a `绩效目标` cell (an evaluation's 二级), a review's 审核内容 rows.
 * Left out, they were the next table's rows above, and their words (实际完成率, a 审核要点 naming
 * 部门职能) named a project under them another kind. Up to a blank row, a title standing alone in
 * its row, or a 项目名称 (the next table's first rows). No check reads them.
 */
function coverOwnRows(t: TableModel, scans: ScanIndex, stopAt: number): void {
  for (let r = t.range.bottom + 1; r <= stopAt; r++) {
    const s = scans.get(r);
    if (!s || s.cols.length === 0 || (s.cols.length === 1 && s.titles.length > 0)) return;
    if (s.labels.some(isProjectLabel)) return;
    t.range.bottom = r;
  }
}

/**
 * `年度绩效目标 | 一级指标 | … | 指标值` with the goals merged down the column under their label,
 * left of the grid (a form of one row per 一级 under one goal): the goals cell.
 */
function goalsBesideGrid(grid: Grid, header: HeaderRow): Field | undefined {
  const col = header.project.goals;
  const first = header.columns.level1 ?? header.columns.level2 ?? header.columns.level3;
  if (col === undefined || first === undefined || col >= first || header.implied) return undefined;
  const at = grid.anchor(header.row + 1, col);
  if (grid.isBlank(at.row, at.col)) return undefined;
  return { at, text: grid.rawText(at.row, at.col), value: grid.rawValue(at.row, at.col), label: { row: header.row, col } };
}

/** The amounts a budget sentence states, as written (`10606.7522万元`). */
interface BudgetSentence {
  total?: string;
  fiscal?: string;
  other: string[];
}

/** Words of a sentence's amounts: the total, the fiscal part, the other parts (longest first). */
const SENTENCE_AMOUNT_RE = /(资金总额|预算总额|总预算|预算数|总投资|总金额|总额|总计|共计|合计|财政拨款资金|财政拨款|财政资金|财政补助|财政|其他资金|自有资金|自筹资金|单位自筹|单位资金|社会资金|自筹|其他)\s*(?:[:：]|为|是)?\s*((?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?)\s*(亿元|万元|元|万)?/g;
/**
 * 预算资金 as a part; 年度预算资金, 项目预算资金 name the total (labels.ts) and stay as written. The words
 * before are matched, not looked behind at: the legacy pane's ES5 engine has no lookbehind.
 */
const BUDGET_FUNDS_RE = /(年度|项目|本年|当年)?预算内?资金/g;
const asFiscalFunds = (words: string, before: string | undefined): string => (before ? words : '财政资金');
const SENTENCE_LEADING_RE = /^\s*((?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?)\s*(亿元|万元|元|万)?\s*[（(，,;；]/;
const BRACKETS_RE = /[（(][^（()）]*[)）]/g;

/**
 * The total, fiscal and other amounts of a budget written as a sentence: `总额10606.75万元，财政拨款
 * 6923.36万元（其中：上级…；本级…），其他：3683.40万元`, or `100（其中财政拨款80，其他资金10）`. A
 * breakdown in brackets of a part already named is not read (上级 and 本级 inside 财政拨款); the
 * brackets are read when the parts are written only there. Undefined when no amount is named.
 */
export function budgetSentence(written: string): BudgetSentence | undefined {
  if (written.length > 400) return undefined;
  // `１００（其中财政拨款８０，其他资金２０）`: full-width digits are the same amounts. 预算资金 (预算内资金) beside
  // 自有资金 is the budget's own money, as in 湖南's 项目资金申请 block (湘潭市环境卫生管理处 2024): read as 财政资金.
  const text = toHalfWidth(written).replace(BUDGET_FUNDS_RE, asFiscalFunds);
  const read = (s: string): BudgetSentence => {
    const out: BudgetSentence = { other: [] };
    const found = [...s.matchAll(SENTENCE_AMOUNT_RE)];
    // Where amounts carry their unit, a number without one is something else (`其他3项`).
    const units = found.some((m) => m[3] !== undefined);
    for (const m of found) {
      if (units && m[3] === undefined) continue;
      const amount = `${m[2]}${m[3] === '万' ? '万元' : (m[3] ?? '')}`;
      const word = m[1];
      if (/总|计|预算数/.test(word)) out.total ??= amount;
      else if (word.startsWith('财政')) out.fiscal ??= amount;
      else out.other.push(amount);
    }
    return out;
  };
  const outside = read(text.replace(BRACKETS_RE, '，'));
  const whole = outside.fiscal === undefined && outside.other.length === 0 ? read(text) : outside;
  const leading = SENTENCE_LEADING_RE.exec(text);
  if (whole.total === undefined && leading) whole.total = `${leading[1]}${leading[2] === '万' ? '万元' : (leading[2] ?? '')}`;
  return whole.total === undefined && whole.fiscal === undefined && whole.other.length === 0 ? undefined : whole;
}

/**
 * A budget sentence's amounts as the table's fields, where no cell of their own was read: each
 * a part of the sentence's cell (inline: no fix writes the cell, which would lose the sentence).
 */
function readBudgetSentence(table: TableModel, cell: Field, amounts: BudgetSentence): void {
  const part = (text: string): Field => ({ at: cell.at, text, value: text, label: cell.label ?? cell.at, inline: true });
  const b = table.budget;
  if (amounts.total !== undefined && (b.total === undefined || b.total === cell)) {
    b.total = part(amounts.total);
    delete b.totalLabel;
  }
  if (b.total === undefined) return;
  if (amounts.fiscal !== undefined && b.fiscal === undefined) b.fiscal = part(amounts.fiscal);
  const [first, ...more] = amounts.other;
  if (first !== undefined && b.other === undefined && b.parts === undefined) {
    b.other = part(first);
    if (more.length > 0) b.parts = more.map(part);
  }
}

/** Lines of a money cell read for their sources at most: a block of sources is a few lines, not a page. */
const PART_LINES = 12;

/**
 * The money sources on the lines after the total's in its own cell: 湖南's 项目绩效目标表 (湘潭市环境卫生
 * 管理处 2024) writes its 项目资金申请 block in one cell, `资金总额：250` / `一、预算资金：250` / `二、自有资金：0`
 * / `三、其他：0`, where another hand puts one source a row. Each `label：amount` line whose label names a
 * source is a part (inline: a fix must not write the cell); the budget adds up, or not, either way.
 */
function readPartLines(grid: Grid, table: TableModel, total: Field): void {
  const lines = grid.rawText(total.at.row, total.at.col).split(/\r?\n/, PART_LINES + 1);
  const b = table.budget;
  const part = (text: string): Field => ({ at: total.at, text, value: text, label: total.label ?? total.at, inline: true });
  for (const line of lines.slice(1)) {
    const hit = line.includes(':') || line.includes('：') ? labelInCell(line.trim()) : undefined;
    const field = hit?.info.field;
    if (hit === undefined) {
      // `其中财政资金80万元，其他资金10万元` on a line of its own: the sources in a sentence, no colon.
      const amounts = partsSentence(line);
      if (amounts) addSentenceParts(table, total, amounts);
      continue;
    }
    if (readAmount(part(hit.value)).kind !== 'ok') continue;
    if (field === 'fiscal' && b.fiscal === undefined) b.fiscal = part(hit.value);
    else if (field === 'carryOver' && b.carryOver === undefined) b.carryOver = part(hit.value);
    else if (field === 'other' && b.other === undefined) b.other = part(hit.value);
    else if (field === 'fiscal' || field === 'other') (b.parts ??= []).push(part(hit.value));
  }
}

/**
 * The sources of a sentence that names no total (`其中财政资金80万元，其他资金10万元`), or undefined: a line
 * or a cell holding only the parts of a total written elsewhere.
 */
function partsSentence(text: string): BudgetSentence | undefined {
  const amounts = budgetSentence(text);
  return amounts && amounts.total === undefined && (amounts.fiscal !== undefined || amounts.other.length > 0) ? amounts : undefined;
}

/** A sentence's sources as the table's parts (inline in their cell: no fix writes a sentence), beside those already read. */
function addSentenceParts(table: TableModel, cell: Field, amounts: BudgetSentence): void {
  const part = (text: string): Field => ({ at: cell.at, text, value: text, label: cell.label ?? cell.at, inline: true });
  const b = table.budget;
  if (amounts.fiscal !== undefined) {
    if (b.fiscal === undefined) b.fiscal = part(amounts.fiscal);
    else (b.parts ??= []).push(part(amounts.fiscal));
  }
  for (const other of amounts.other) {
    if (b.other === undefined) b.other = part(other);
    else (b.parts ??= []).push(part(other));
  }
}

/** A part's own amount, then the other sources after it in the same cell: `80万元；其他资金：10万元`. */
const PART_THEN_MORE_RE = /^\s*((?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?)\s*(?:(亿元|万元|元|万)\s*)?[，,;；、]\s*/;

/**
 * A money part whose cell goes on to name the other sources (`其中：财政资金：80万元；其他资金：10万元` in
 * one cell, read as the label 财政资金 and the rest): its own amount is the part, and each source
 * named after it a part too. Before, the rest was the part's amount, `80万元；其他资金：10万元`, a false
 * 不是数字 error, and the other source was not added up. Only where the rest names a source: a note
 * (`80（含上年结转10）`) is withoutNote's.
 */
function splitPartSentences(table: TableModel): void {
  const b = table.budget;
  for (const key of ['fiscal', 'other', 'carryOver'] as const) {
    const f = b[key];
    if (!f || typeof f.value !== 'string' || readAmount(f).kind !== 'invalid') continue;
    const half = toHalfWidth(f.text);
    const lead = PART_THEN_MORE_RE.exec(half);
    const more = lead ? partsSentence(half.slice(lead[0].length)) : undefined;
    if (!lead || !more) continue;
    const own = `${lead[1]}${lead[2] === '万' ? '万元' : (lead[2] ?? '')}`;
    b[key] = { at: f.at, text: own, value: own, ...(f.label ? { label: f.label } : {}), inline: true };
    addSentenceParts(table, f, more);
  }
}

/**
 * The sources in a sentence on the row under the total's cell, in its column, with no label of
 * their own: `资金总额（万元） | 100` over ` | 其中财政资金80万元，其他资金10万元`. The row must be in the
 * upper part and the cells left of the sentence blank (a labelled row is read by its label).
 */
function readPartsBelow(grid: Grid, table: TableModel, total: Field, lastRow: number): void {
  const row = (grid.mergeAt(total.at.row, total.at.col)?.bottom ?? total.at.row) + 1;
  const col = total.at.col;
  if (row > lastRow || col <= grid.firstCol) return;
  for (let c = grid.firstCol; c < col; c++) {
    const merge = grid.mergeAt(row, c);
    if (!(merge ? merge.top < row : grid.isBlank(row, c))) return;
  }
  const text = grid.rawText(row, col);
  const amounts = text.length <= 400 ? partsSentence(text) : undefined;
  if (!amounts) return;
  addSentenceParts(table, { at: grid.anchor(row, col), text, value: text }, amounts);
}

/**
 * `总额10606.75万元`: a number followed by a money unit somewhere in the text. Each money unit is
 * looked at once and the number read backwards from it: the pattern `\d[\d.,，]*\s*(万元|元|亿元)`
 * tried at every digit of a long run of digits is quadratic on a 32,767-character cell.
 */
function statesAmount(text: string): boolean {
  for (let at = text.indexOf('元'); at >= 0; at = text.indexOf('元', at + 1)) {
    let i = at - 1;
    if (text[i] === '万' || text[i] === '亿') i--;
    while (i >= 0 && /\s/.test(text[i])) i--;
    // Before it, a run of digits and separators holding a digit. The runs before two units do
    // not overlap, so the text is read about twice at most.
    for (let j = i; j >= 0 && /[\d.,，]/.test(text[j]); j--) if (/\d/.test(text[j])) return true;
  }
  return false;
}
