/**
 * The engine: a function from a sheet snapshot to findings. It knows nothing of who asked.
 */
import { Grid, rectToA1, toA1, type CellAddress, type GridInit, type Rect } from './grid';
import {
  DEFAULT_SETTINGS,
  type CheckSettings,
  type Field,
  type Finding,
  type FindingBudget,
  type IndicatorRow,
  type Locale,
  type SchemeId,
  type SheetResult,
  type TableModel,
  type TableResult,
} from '../model';
import { locateTables } from './locate';
import { has2021Row } from './taxonomy';
import { RULES, RULES_BY_ID } from './rules';
import { VALUE_RULES } from './rules/value';
import { tableKind } from './rules/structure/table-kind';
import { isBlankTemplate, unfilled } from './rules/structure/unfilled';
import type { Report, Rule, RuleContext } from './rules/types';
import { ruleMessage } from '../i18n';
import { enterRow, TableFacts } from './facts';

/** Fills in defaults for missing settings (deeply, one level). */
export function resolveSettings(partial?: Partial<CheckSettings> | null): CheckSettings {
  return {
    scheme: partial?.scheme ?? DEFAULT_SETTINGS.scheme,
    rules: { ...DEFAULT_SETTINGS.rules, ...(partial?.rules ?? {}) },
    thresholds: { ...DEFAULT_SETTINGS.thresholds, ...(partial?.thresholds ?? {}) },
  };
}

function isRect(at: CellAddress | Rect): at is Rect {
  return (at as Rect).top !== undefined;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The enabled rules of a rule list under some settings, with their severity overrides. */
interface RulePlan {
  /** Rules with a whole-table check, in list order. */
  active: Rule[];
  overrides: (CheckSettings['rules'][string] | undefined)[];
  /** Rules that judge a row, in list order. */
  perRow: Rule[];
  perRowOverride: (CheckSettings['rules'][string] | undefined)[];
}

/**
 * Plans by settings object, then by rule list (weakly: a plan goes with either): a sheet's tables
 * share one settings object, so the settings are looked up once per sheet, not once per rule and
 * table. A resolved settings object is never changed (resolveSettings makes a new one per check).
 */
const PLANS = new WeakMap<CheckSettings['rules'], WeakMap<readonly Rule[], RulePlan>>();

function planOf(rules: readonly Rule[], settings: CheckSettings): RulePlan {
  let byList = PLANS.get(settings.rules);
  if (byList === undefined) PLANS.set(settings.rules, (byList = new WeakMap()));
  let plan = byList.get(rules);
  if (plan === undefined) {
    plan = { active: [], overrides: [], perRow: [], perRowOverride: [] };
    for (const each of rules) {
      const override = settings.rules[each.meta.id];
      if (override === 'off') continue;
      if (each.check) {
        plan.active.push(each);
        plan.overrides.push(override);
      }
      if (each.row) {
        plan.perRow.push(each);
        plan.perRowOverride.push(override);
      }
    }
    byList.set(rules, plan);
  }
  return plan;
}

/**
 * Runs rules on one located table, with its rows' facts (made here when not given). Exposed for
 * the rule tester; hosts call checkSheet.
 */
export function runRules(
  rules: readonly Rule[],
  grid: Grid,
  table: TableModel,
  scheme: SchemeId,
  settings: CheckSettings,
  facts: TableFacts = TableFacts.of(table),
  budget?: FindingBudget,
): Finding[] {
  const ctx = new TableContext(grid, table, scheme, settings, facts, budget);
  // Whole-table rules once each, then one loop over the rows for the rules that judge a row.
  const { active, overrides, perRow, perRowOverride } = planOf(rules, settings);
  for (let k = 0; k < active.length; k++) {
    ctx.rule = active[k];
    ctx.override = overrides[k];
    (ctx.rule.check as NonNullable<Rule['check']>)(ctx);
  }
  if (perRow.length > 0) {
    const rows = facts.rows;
    for (let i = 0; i < rows.length; i++) {
      const row = enterRow(rows[i]);
      const ind = row.ind;
      for (let k = 0; k < perRow.length; k++) {
        const rule = perRow[k];
        ctx.rule = rule;
        ctx.override = perRowOverride[k];
        (rule.row as NonNullable<Rule['row']>)(ctx, ind, row);
      }
    }
  }
  return sortFindings(ctx.findings);
}

/**
 * One table's rule context; `rule` and `override` name the rule now running. A class, not an
 * object literal with two closures per table: one shape for every table, and nothing made per
 * table but the object itself.
 */
class TableContext implements RuleContext {
  readonly findings: Finding[] = [];
  /** Keys of the findings so far, made only for a table with SEEN_AFTER findings or more. */
  private seen: Set<string> | undefined = undefined;
  rule: Rule;
  override: CheckSettings['rules'][string] | undefined = undefined;

  constructor(
    readonly grid: Grid,
    readonly table: TableModel,
    readonly scheme: SchemeId,
    readonly settings: CheckSettings,
    readonly facts: TableFacts,
    private readonly budget: FindingBudget | undefined,
  ) {
    this.rule = NO_RULE;
  }

  enabled(id: string): boolean {
    return this.settings.rules[id] !== 'off';
  }

  /**
   * Whether this rule already reported this message on this cell. A table's few findings are
   * compared one by one (no key text made per finding); past SEEN_AFTER findings, a set of keys
   * keeps the look-up constant, so a table with thousands of findings stays linear. A report past
   * the budget (`counted`, never listed) is not among the findings, so its key goes into the set.
   */
  private reported(rule: string, cell: string, messageId: string, counted: boolean): boolean {
    const findings = this.findings;
    if (this.seen === undefined) {
      if (findings.length < SEEN_AFTER && !counted) {
        for (let i = 0; i < findings.length; i++) {
          const f = findings[i];
          if (f.cell === cell && f.rule === rule && f.messageId === messageId) return true;
        }
        return false;
      }
      this.seen = new Set();
      for (let i = 0; i < findings.length; i++) this.seen.add(seenKey(findings[i].rule, findings[i].cell, findings[i].messageId));
    }
    const key = seenKey(rule, cell, messageId);
    if (this.seen.has(key)) return true;
    this.seen.add(key);
    duplicateCheckWork.keys++;
    return false;
  }

  report(r: Report): void {
    const rule = this.rule;
    const override = this.override;
    const at = r.at;
    const rect = isRect(at);
    const row = rect ? at.top : at.row;
    const col = rect ? at.left : at.col;
    const severity = override && override !== 'off' ? override : (r.severity ?? rule.meta.severity);
    const budget = this.budget;
    // Past the budget a finding is counted, not made: its message and object were most of the
    // memory of a check whose every cell was a bad value (5,000,000 findings, 4 GB, V8 gave up).
    // Nothing is listed any more, so only a repeat must still be told apart, and a rule reaches
    // one cell twice only through a merged area (rows sharing its top-left) or names a range: a
    // plain cell is counted with no key kept. Before, every such finding's key was kept for the
    // duplicate check: 1,800,000 keys, a third of the 1.3 GB and 7 of the 17 s of a 1,000,000-row
    // table of bad values.
    if (budget !== undefined && budget.left <= 0 && !rect && this.grid.mergeAt(row, col) === undefined) {
      budget.unlisted[severity]++;
      return;
    }
    const cell = rect ? rectToA1(at) : toA1(row, col);
    // One finding per rule, cell and message: rules may reach a cell twice through merges. Past
    // the budget too: a repeat was counted twice where a table's findings began past it (before,
    // the check looked only at the listed findings until 16 were listed).
    const counted = budget !== undefined && budget.left <= 0;
    if (this.reported(rule.meta.id, cell, r.messageId, counted)) return;
    if (budget !== undefined) {
      if (counted) {
        budget.unlisted[severity]++;
        return;
      }
      budget.left--;
    }
    const data = r.data ?? {};
    const finding: Finding = {
      rule: rule.meta.id,
      category: rule.meta.category,
      severity,
      cell,
      row,
      col,
      table: this.table.index,
      messageId: r.messageId,
      data,
      message: ruleMessage(rule.meta.id, r.messageId, 'zh-CN', data),
    };
    // A suggestion Excel could not hold (a 32,767-character value lacking its sign would become
    // 32,768) is not offered: the one-click fix would fail in Excel and the copy would be damaged.
    // The finding stays, to be fixed by hand.
    if (r.suggestion !== undefined && r.suggestion !== '' && r.suggestion.length <= EXCEL_CELL_CHARS) finding.suggestion = r.suggestion;
    this.findings.push(finding);
  }
}

/** Excel's limit on a cell's text: no suggestion longer is offered. */
const EXCEL_CELL_CHARS = 32_767;

/** Keys the duplicate check has kept, over every table checked (counted for tests; nothing reads it). */
export const duplicateCheckWork = { keys: 0 };

/** Findings of a table compared one by one before a set of their keys is made (TableContext.reported). */
const SEEN_AFTER = 16;

function seenKey(rule: string, cell: string, messageId: string): string {
  return `${rule}|${cell}|${messageId}`;
}

/** What a context names before its first rule runs. */
const NO_RULE: Rule = { meta: { id: '', category: 'structure', severity: 'info', fixable: false } };

/** Sheet order (row, then column), then severity, then rule id: stable for diffs and tests. */
export function sortFindings(findings: Finding[]): Finding[] {
  // Most tables have no finding or one: nothing to order (a sort still makes its work array).
  if (findings.length < 2) return findings;
  if (findings.length > SHORT_LIST) return findings.sort(compareFindings);
  // A table's few findings, in place: Array.prototype.sort makes work arrays for each call. An
  // insertion sort is stable too, so the order is the same.
  for (let i = 1; i < findings.length; i++) {
    const f = findings[i];
    let j = i - 1;
    while (j >= 0 && compareFindings(findings[j], f) > 0) {
      findings[j + 1] = findings[j];
      j--;
    }
    findings[j + 1] = f;
  }
  return findings;
}

/** Findings sorted in place by insertion up to this many (most tables have a few). */
const SHORT_LIST = 16;

function compareFindings(a: Finding, b: Finding): number {
  return a.row - b.row || a.col - b.col || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule);
}

/**
 * Two lists each in sortFindings' order as one list in that order: what sorting the two one after
 * the other gives (the sort is stable, so on a tie the first list's finding comes first), in one
 * pass and with no sort's work array.
 */
function mergeFindings(a: Finding[], b: Finding[]): Finding[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compareFindings(a[i], b[j]) > 0 ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/** Rules that judge one row at a time: what a long-term grid's rows are checked with. */
const PER_ROW_RULES: readonly Rule[] = [
  ...VALUE_RULES,
  ...['structure/unknown-level1', 'structure/unknown-level2', 'structure/level2-mismatch', 'structure/empty-level3', 'structure/level2-as-level3'].map((id) => RULES_BY_ID.get(id) as Rule),
];

/** Checks one table with every enabled rule; the scheme is detected unless settings force one. */
/** A table's fields written after their label in the label's own cell (`预算数：100万元`). */
function inlineCells(table: TableModel): Set<string> | undefined {
  const b = table.budget;
  // Field by field, with no list of them made per table (most tables have no such field).
  let out = addInline(undefined, table.projectName);
  out = addInline(out, table.unitName);
  out = addInline(out, table.goals);
  out = addInline(out, b.total);
  out = addInline(out, b.fiscal);
  out = addInline(out, b.other);
  out = addInline(out, b.carryOver);
  out = addInline(out, b.use);
  out = addInline(out, b.longTermTotal);
  if (b.parts !== undefined) for (const f of b.parts) out = addInline(out, f);
  return out;
}

function addInline(out: Set<string> | undefined, f: Field | undefined): Set<string> | undefined {
  if (f?.inline) (out ??= new Set()).add(`${f.at.row},${f.at.col}`);
  return out;
}

/** The values written in one cell with their 三级 name (`培训人数≥100人`), by cell. */
function partCells(table: TableModel): Map<string, NonNullable<Field['part']>> | undefined {
  let out: Map<string, NonNullable<Field['part']>> | undefined;
  for (let ii = 0; ii < table.indicators.length; ii++) {
    const ind = table.indicators[ii];
    if (ind.value.part) (out ??= new Map()).set(`${ind.value.at.row},${ind.value.at.col}`, ind.value.part);
  }
  return out;
}

/** Cells whose text goes on in the cell below (wrapped by a PDF conversion): no fix writes them. */
function wrappedCells(table: TableModel, out: Set<string> | undefined): Set<string> | undefined {
  for (let ii = 0; ii < table.indicators.length; ii++) {
    const ind = table.indicators[ii];
    if (ind.value.continued) (out ??= new Set()).add(`${ind.value.at.row},${ind.value.at.col}`);
    if (ind.description?.continued) (out ??= new Set()).add(`${ind.description.at.row},${ind.description.at.col}`);
  }
  return out;
}

/**
 * No fix is offered on a cell holding a label and its value: writing it would lose the label. A
 * value sharing its cell with its 三级 name gets the whole cell as its fix (`培训人数≥100人`), a cost
 * cap's too (`养护成本≤50万元`); other fixes there (of the name) are not offered.
 */
function withoutInlineFixes(table: TableModel, result: TableResult): TableResult {
  const cells = wrappedCells(table, inlineCells(table));
  const parts = partCells(table);
  if (!cells && !parts) return result;
  const findings = result.findings.map((f) => {
    if (f.suggestion === undefined) return f;
    const key = `${f.row},${f.col}`;
    const part = parts?.get(key);
    // A value's fix (a value rule's, or a cost cap's from budget/cost-exceeds) with the rest of the cell.
    if (part && (f.category === 'value' || f.rule === 'budget/cost-exceeds')) return { ...f, suggestion: part.before + f.suggestion + part.after };
    if (!part && !cells?.has(key)) return f;
    const { suggestion: _dropped, ...rest } = f;
    return rest;
  });
  return { ...result, findings };
}

export function checkTable(grid: Grid, table: TableModel, settings: CheckSettings, budget?: FindingBudget): TableResult {
  return withHidden(grid, withoutInlineFixes(table, checkTableFields(grid, table, settings, budget)));
}

/**
 * A finding whose cell is in a hidden row or column says so: it is still checked (a reviewer
 * needs it), but the user cannot see the cell until it is shown. One look-up per finding.
 */
function withHidden(grid: Grid, result: TableResult): TableResult {
  if (!grid.hasHidden()) return result;
  let changed = false;
  const findings = result.findings.map((f) => {
    const hidden = grid.hiddenAt(f.row, f.col);
    if (hidden === undefined) return f;
    changed = true;
    return { ...f, hidden };
  });
  return changed ? { ...result, findings } : result;
}

function checkTableFields(grid: Grid, table: TableModel, settings: CheckSettings, budget: FindingBudget | undefined): TableResult {
  // Each row's facts once, for the scheme and every rule.
  const facts = TableFacts.of(table);
  // The scheme as detectScheme tells it, from the facts' names.
  const scheme = settings.scheme !== 'auto' ? settings.scheme : facts.has2021Row() || (table.unused !== undefined && has2021Row(table.unused)) ? '2021' : '2015';
  // Another kind of table, or a blank template: named or listed, never checked as a project.
  if ((table.kind && table.kind !== 'project') || isBlankTemplate(table)) {
    return { table, scheme, findings: runRules([tableKind, unfilled], grid, table, scheme, settings, facts, budget) };
  }
  if (!hasLongTerm(table.indicators)) return { table, scheme, findings: runRules(RULES, grid, table, scheme, settings, facts, budget) };
  const longTermRows = { ...table, indicators: table.indicators.filter((i) => i.period === 'longTerm') };
  // Stacked 长期/年度 grids: the table's structure is the annual grid's; values are checked in both.
  const annual = { ...table, indicators: table.indicators.filter((i) => i.period !== 'longTerm') };
  // Each list comes sorted: merged, not sorted again.
  const findings = mergeFindings(
    runRules(RULES, grid, annual, scheme, settings, facts.subset(annual, (i) => i.period !== 'longTerm'), budget),
    runRules(PER_ROW_RULES, grid, longTermRows, scheme, settings, facts.subset(longTermRows, (i) => i.period === 'longTerm'), budget),
  );
  return { table, scheme, findings };
}

function hasLongTerm(rows: readonly IndicatorRow[]): boolean {
  for (let i = 0; i < rows.length; i++) if (rows[i].period === 'longTerm') return true;
  return false;
}

/** Finds every table on a sheet and checks each; with a budget, keeps findings only while it lasts (FindingBudget). */
export function checkSheet(input: Grid | GridInit, partial?: Partial<CheckSettings> | null, budget?: FindingBudget): SheetResult {
  const grid = input instanceof Grid ? input : new Grid(input);
  const settings = resolveSettings(partial);
  const tables = locateTables(grid);
  if (budget === undefined) return { name: grid.name, tables: tables.map((table) => checkTable(grid, table, settings)), findings: [] };
  const before = { ...budget.unlisted };
  const result: SheetResult = { name: grid.name, tables: tables.map((table) => checkTable(grid, table, settings, budget)), findings: [] };
  const u = budget.unlisted;
  if (u.error + u.warning + u.info > before.error + before.warning + before.info) {
    result.unlisted = { error: u.error - before.error, warning: u.warning - before.warning, info: u.info - before.info };
  }
  return result;
}

/** A finding's message in another locale (findings carry Chinese by default). */
export function localizeFinding(f: Finding, locale: Locale): string {
  if (locale === 'zh-CN') return f.message;
  return ruleMessage(f.rule, f.messageId, locale, f.data);
}

/** Every finding of a sheet result, tables first in order, then those outside tables. */
export function allFindings(result: SheetResult): Finding[] {
  return [...result.tables.flatMap((t) => t.findings), ...result.findings];
}
