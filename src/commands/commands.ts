/**
 * Ribbon commands (the function file). 一键校验 runs `checkActiveSheet`: read the active sheet,
 * check it, replace our old marks with new ones, select the first problem, and always tell Office
 * the command is done. A UI-less command has no place to show text (Excel has no notification API
 * for add-in commands), so the marks and the selection are the result; the summary is logged and
 * returned for callers and tests.
 */
import { allFindings, checkSheet } from '../core/engine';
import { t } from '../core/i18n';
import { loadBaseTexts } from '../core/i18n/load-base-en';
import type { CheckSettings, Finding, Locale } from '../core/model';
import { applyIgnores, emptyIgnoreList, parseIgnores, type IgnoreList } from '../core/review/ignore';
import { defaultSettings, parseStoredSettings, savedStateNote } from '../core/review/settings';
import { ExcelHost } from '../hosts/excel/host';
import { HostError, type MarkTarget, type WorkbookHost } from '../hosts/types';

/** The name in manifest.xml's <FunctionName>. */
export const CHECK_ACTIVE_SHEET = 'checkActiveSheet';

export interface CommandEvent {
  completed(): void;
}

export type CheckOutcome =
  | { ok: true; sheet: string; tables: number; errors: number; warnings: number; infos: number; marked: boolean; message: string }
  | { ok: false; error: HostError; message: string };

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** The finding to show first: the most severe, then the first in sheet order. */
export function firstFinding(findings: readonly Finding[]): Finding | undefined {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.row - b.row || a.col - b.col)[0];
}

function count(findings: readonly Finding[], severity: Finding['severity']): number {
  return findings.filter((f) => f.severity === severity).length;
}

export interface OneClickOptions {
  /** False on an Excel without conditional formats (ExcelApi 1.6): check and select, no marks. */
  canMark: boolean;
  locale: Locale;
}

/** The one-click check over any host. Errors come back as an outcome, never thrown away. */
export async function oneClickCheck(host: WorkbookHost, options: OneClickOptions): Promise<CheckOutcome> {
  const { locale } = options;
  try {
    const { name } = await host.activeSheet();
    // The same settings and ignore list as the pane, from the workbook itself.
    const { settings, ignores, unreadable } = await savedReviewState(host);
    const checked = checkSheet(await host.readSheet(name), settings);
    const applied = applyIgnores([checked], ignores);
    const [result] = applied.active;
    // What the workbook's saved state switched off or hid is said, never applied silently.
    const note = savedStateNote(settings, applied.ignored.length, unreadable, locale);
    const findings = allFindings(result);
    const targets: MarkTarget[] = findings.map((f) => ({ cell: f.cell, severity: f.severity, message: f.message }));
    if (options.canMark) {
      await host.clearMarks(name);
      await host.mark(name, targets);
    }
    const first = firstFinding(findings);
    if (first) await host.select(name, first.cell);
    const summary = { tables: result.tables.length, errors: count(findings, 'error'), warnings: count(findings, 'warning'), infos: count(findings, 'info') };
    // Where to look, for a clerk without the pane open: the first error cells (or the first finding's), and it is selected.
    const errors = findings.filter((f) => f.severity === 'error');
    const where = (errors.length > 0 ? errors : first ? [first] : []).slice(0, 3).map((f) => f.cell);
    const done = t('excel.command.done', locale, summary);
    const message =
      summary.tables === 0
        ? t('excel.command.noTables', locale)
        : where.length === 0
          ? done
          : `${done}${t(errors.length > 0 ? 'command.whereErrors' : 'command.whereFirst', locale, { cells: where.join('、'), more: errors.length > 3 ? t('command.more', locale, { count: errors.length - 3 }) : '' })}`;
    return { ok: true, sheet: name, ...summary, marked: options.canMark, message: message + note };
  } catch (err) {
    const error = err instanceof HostError ? err : new HostError('unknown', t('excel.unknown', locale, { detail: String(err) }), err);
    return { ok: false, error, message: error.message };
  }
}

/**
 * Settings and ignore list saved in the workbook by the pane; defaults when the host keeps no
 * state or the saved text cannot be read (the pane reports such problems; a ribbon button cannot).
 */
export async function savedReviewState(host: WorkbookHost): Promise<{ settings: CheckSettings; ignores: IgnoreList; unreadable: number }> {
  let settings = defaultSettings();
  let ignores = emptyIgnoreList();
  let unreadable = 0;
  if (!host.loadState || host.reviewSupport?.().workbookState === false) return { settings, ignores, unreadable };
  const read = (key: 'settings' | 'ignore') =>
    host.loadState!(key).catch((err: unknown) => {
      // Not fatal for a one-click check: it runs with the defaults, and says why in the log.
      console.warn(`perf-target: saved ${key} could not be read`, err);
      return null;
    });
  const settingsText = await read('settings');
  const ignoreText = await read('ignore');
  if (settingsText !== null) {
    const parsed = parseStoredSettings(settingsText);
    settings = parsed.settings;
    unreadable += parsed.errors.length;
  }
  if (ignoreText !== null) {
    const parsed = parseIgnores(ignoreText);
    ignores = parsed.list;
    unreadable += parsed.errors.length;
  }
  return { settings, ignores, unreadable };
}

/** The ribbon button's function. Office needs `completed()` whatever happens. */
export async function checkActiveSheet(event: CommandEvent, makeHost: () => ExcelHost = () => new ExcelHost()): Promise<CheckOutcome> {
  try {
    const host = makeHost();
    // An English Excel's words come as a chunk of their own, before anything is said or thrown.
    await loadBaseTexts(host.locale);
    const outcome = await oneClickCheck(host, { canMark: host.capabilities().conditionalFormats, locale: host.locale });
    if (outcome.ok) console.info(outcome.message);
    else console.error(outcome.message, outcome.error.cause ?? '');
    return outcome;
  } finally {
    event.completed();
  }
}

/** True where src/legacy/check.js found a webview the add-in cannot run in (src/legacy/commands.js then answers the button). */
function legacyWebview(): boolean {
  const w = typeof window === 'undefined' ? undefined : (window as { perfTargetLegacy?: { unsupported?: boolean } });
  return w?.perfTargetLegacy?.unsupported === true;
}

/** Registers the commands; older Office without `Office.actions` finds them as globals. */
export function registerCommands(): void {
  // The ES5 fallback's message stays the button's answer where the pane's features are missing.
  if (legacyWebview()) return;
  const handler = (event: CommandEvent): void => {
    // checkActiveSheet turns every Excel failure into an outcome; only a host that cannot even be
    // created rejects, and that is logged (the event is completed either way).
    checkActiveSheet(event).catch((err: unknown) => console.error(err));
  };
  if (typeof Office.actions?.associate === 'function') Office.actions.associate(CHECK_ACTIVE_SHEET, handler);
  else (globalThis as Record<string, unknown>)[CHECK_ACTIVE_SHEET] = handler;
}

if (typeof Office !== 'undefined') {
  void Office.onReady(() => registerCommands());
}
