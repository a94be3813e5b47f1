/**
 * The years in a project name must agree (`2024年检察业务经费项目-2025中央` does not), and the
 * title's years must agree with the project name's. A warning: a name copied from last year's
 * table is the usual cause, and which year is right only the user knows. Names of carried-over,
 * advance or batch funds (`2023年结转…`, `2024年提前下达…`) name other years by nature: not checked.
 * A 时效 deadline must fall in the table's year too (or early in the next): `2022年12月底前` in a
 * 2024 table was copied from an old one.
 */
import { memoText } from '../../memo';
import type { TableModel } from '../../../model';
import { isDateText } from '../../vocabulary';
import type { Grid } from '../../grid';
import type { Rule, RuleContext } from '../types';

/**
 * A year not inside a longer number; group 1 is the year. `(?:^|[^\d０-９])` stands for a lookbehind
 * (not in ES5, for the legacy pane): the character it takes is never part of the previous match,
 * which ends on a digit followed by a non-digit, so matchAll finds the same years.
 */
const YEAR_RE = /(?:^|[^\d０-９])((?:19|20)\d{2})(?![\d０-９])/g;
/**
 * A span of years (`2024-2026年`, `2024至2025年度`) is meant to name several years. `\s*(?:年\s*)?`
 * is `\s*年?\s*` without two runs of spaces side by side, which shared a padded name's spaces out
 * in every way (time growing with the square of its length).
 */
const YEAR_SPAN_RE = /(?:19|20)\d{2}\s*(?:年\s*)?[-—–~～至到]\s*(?:19|20)\d{2}\s*年/;

/** The distinct years (1900–2099) written in a text, in order (shared per text: never change the list). */
export function yearsIn(text: string): readonly string[] {
  return yearsInMemo(text);
}

// A workbook's tables repeat their titles' and project names' texts; each is searched once.
const yearsInMemo = memoText((text: string): readonly string[] => Object.freeze([...new Set([...text.matchAll(YEAR_RE)].map((m) => m[1]))]));

/**
 * Names that carry other years by nature: funds carried over or paid in advance (`2023年结转`,
 * `2024年提前下达`), a batch of an earlier year (`2024年第二批`), a project continued or settled.
 */
const OTHER_YEARS_RE = /结转|结余|提前下达|提前批|续建|延续|清算|以前年度|上年|往年|第[一二三四五六七八九十\d]{1,2}批/;

/**
 * The table's budget year, when its title or project name states one year only (and the other
 * no other year); undefined when none does, or when they name funds of other years by nature.
 */
function tableYear(grid: Grid, table: TableModel): number | undefined {
  const texts = [table.title?.text, table.projectName?.text ?? table.titleProject].filter((t): t is string => t !== undefined);
  if (texts.some((t) => OTHER_YEARS_RE.test(t))) return undefined;
  const years = new Set(texts.flatMap((t) => yearsIn(t)));
  if (years.size === 0 && table.title) {
    // A title without its year, the year on the line under it: `（2024年度）`, `填报年度：2024年`; on
    // a double-spaced sheet (an empty row after every row) that line is the second under it.
    const { row, col } = table.title.at;
    const next = grid.text(row + 1, col).trim();
    const line = next === '' ? grid.text(row + 2, col).trim() : next;
    const below = line.length <= YEAR_LINE_MAX ? YEAR_LINE_RE.exec(line) : null;
    if (below) return Number(below[1]);
  }
  return years.size === 1 ? Number([...years][0]) : undefined;
}

/**
 * The longest year line read: `（2024年度）` is short, and the pattern's runs of spaces on either
 * side of an optional colon would take time growing with the square of a long line's length.
 */
const YEAR_LINE_MAX = 40;

/** A line under a title that states its year and nothing else; group 1 is the year. */
const YEAR_LINE_RE = /^[(（]?\s*(?:(?:填报|预算|申报)?年度\s*[:：]?\s*)?((?:19|20)\d{2})\s*(?:年度?)?\s*[)）]?$/;

/**
 * A project over several years, as its table says: a 中期/实施期 total beside the year's, or goals
 * naming a later year (`到2026年建成`). Its one value column may then hold the project's own
 * completion date, which is no copied deadline; one before the table's year still is.
 */
function spansLaterYears(table: TableModel, year: number): boolean {
  if (table.budget.longTermTotal !== undefined) return true;
  const goals = table.goals?.text;
  return goals !== undefined && goals.length <= 2000 && yearsIn(goals).some((y) => Number(y) > year);
}

/** A deadline may fall early in the next year (a year's payments settled by 次年3月); later is no annual target. */
const LATEST_YEAR_AFTER = 1;

/**
 * A 时效 value naming a year before the table's (`2022年12月底前` in a 2024 table, a deadline
 * copied from an old table) or well after it (`2030年底前`: no annual target).
 */
function checkDeadlines(ctx: RuleContext): void {
  const year = tableYear(ctx.grid, ctx.table);
  if (year === undefined) return;
  const multiYear = spansLaterYears(ctx.table, year);
  // The table's row facts (in the order of its indicators), not rowFacts(ind): outside the
  // engine's row loop that made new facts for every row of every table, its names resolved and
  // its kind worked out again (3 MB a run on the 2,000-table benchmark, the rules' most).
  const rows = ctx.facts.rows;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].kind !== 'timeliness') continue;
    const ind = rows[i].ind;
    const text = ind.value.text;
    if (text.length > 40 || !isDateText(text)) continue;
    const years = yearsIn(text).map(Number);
    if (years.length === 0) continue;
    const data = { value: text.trim(), name: ind.level3.text.trim(), tableYear: year };
    const latest = Math.max(...years);
    const earliest = Math.min(...years);
    if (latest < year) ctx.report({ messageId: 'deadlineBefore', at: ind.value.at, data: { ...data, year: latest } });
    else if (earliest > year + LATEST_YEAR_AFTER && !multiYear) ctx.report({ messageId: 'deadlineAfter', at: ind.value.at, data: { ...data, year: earliest } });
  }
}

export const projectYearMismatch: Rule = {
  meta: { id: 'content/project-year-mismatch', category: 'content', severity: 'warning', fixable: false },
  check(ctx) {
    checkDeadlines(ctx);
    const { projectName, title } = ctx.table;
    if (!projectName || OTHER_YEARS_RE.test(projectName.text)) return;
    const years = yearsIn(projectName.text);
    if (years.length > 1 && !YEAR_SPAN_RE.test(projectName.text)) {
      ctx.report({ messageId: 'inName', at: projectName.at, data: { years: years.join('、') } });
      return;
    }
    if (years.length !== 1 || !title) return;
    const other = yearsIn(title.text).filter((y) => y !== years[0]);
    if (other.length > 0) {
      ctx.report({ messageId: 'title', at: title.at, data: { years: other.join('、'), year: years[0] } });
    }
  },
};
