/**
 * The legacy task pane: Internet Explorer 11 and EdgeHTML webviews (Office 2016 and 2019 volume
 * licence, ExcelApi 1.1–1.8). Plain DOM, no React or Fluent UI; compiled to ES5 with only the
 * polyfills it uses (webpack.legacy.config.js). The same engine (src/core) and the same Excel host
 * (src/hosts/excel) as the full pane; what differs is how cells are marked:
 *
 * - ExcelApi 1.6 and later (Office 2019): conditional formats, as the full pane (the user's own
 *   formatting is never touched).
 * - Below 1.6 (Office 2016): fills, with each cell's own fill kept in the workbook and put back
 *   exactly on 清除标记 (./../hosts/excel/fill-marks.ts).
 *
 * One button checks the active sheet; each finding is a button that selects its cell; a finding with
 * a suggested value has an 应用修复 button. Everything is reachable with Tab and Enter, and a
 * polite live region announces what happened.
 */
import { allFindings, checkSheet } from '../core/engine';
import { planFixes } from '../core/review/fixes';
import { Grid, type GridInit } from '../core/engine/grid';
import { t } from '../core/i18n';
import '../core/i18n/pane';
import '../core/i18n/views';
import type { Finding, Locale } from '../core/model';
import { ExcelHost } from '../hosts/excel/host';
import { encodeForWrite } from '../hosts/excel/host';
import { writeCells } from '../hosts/excel/cells';
import { toHostError } from '../hosts/excel/errors';
import { clearFills, markWithFills, memoryFillStore, settingsFillStore, type DocumentSettings, type FillMarkDeps, type FillStore } from '../hosts/excel/fill-marks';
import type { ExcelRun, IsSetSupported } from '../hosts/excel/types';
import { HostError } from '../hosts/types';

export interface LegacyPaneOptions {
  /** The element the pane renders into. */
  root: HTMLElement;
  /** Default: `Excel.run`. */
  run?: ExcelRun;
  /** Default: `Office.context.requirements.isSetSupported`. */
  isSetSupported?: IsSetSupported;
  /** Where fill marks keep the user's fills. Default: the workbook's document settings. */
  store?: FillStore;
  locale?: Locale;
}

export interface LegacyPane {
  /** Checks the active sheet, marks its findings and lists them. */
  check(): Promise<void>;
  /** Removes the marks of every sheet (fills back as they were). */
  clear(): Promise<void>;
  /** Selects the cell of the i-th listed finding. */
  select(index: number): Promise<void>;
  /** Writes the i-th finding's suggested value, then checks again. */
  applyFix(index: number): Promise<void>;
  /** The listed findings. */
  findings(): readonly Finding[];
  /** The sheet the list is about. */
  sheet(): string | undefined;
}

function officeSettings(): DocumentSettings | undefined {
  if (typeof Office === 'undefined') return undefined;
  const settings = Office.context?.document?.settings as unknown as DocumentSettings | undefined;
  return settings && typeof settings.get === 'function' ? settings : undefined;
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.appendChild(doc.createTextNode(text));
  return node;
}

/** Empties an element (never through HTML: cell text is the workbook's, untrusted). */
function empty(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

const SEVERITY_COLOR: Readonly<Record<Finding['severity'], string>> = { error: '#a4262c', warning: '#8a6100', info: '#005a9e' };

export function startLegacyPane(options: LegacyPaneOptions): LegacyPane {
  const locale: Locale = options.locale ?? 'zh-CN';
  const host = new ExcelHost({ run: options.run, isSetSupported: options.isSetSupported, locale });
  const isSetSupported = options.isSetSupported ?? ((name: string, version?: string) => Office.context.requirements.isSetSupported(name, version));
  const run: ExcelRun = options.run ?? ((batch) => Excel.run(batch));
  const settings = officeSettings();
  const store = options.store ?? (settings ? settingsFillStore(settings) : memoryFillStore());
  const protection = isSetSupported('ExcelApi', '1.2');
  const protectedError = (sheet: string) => new HostError('protected', t('excel.protected', locale, { sheet }));
  const deps: FillMarkDeps = {
    batch: (sheet, body) =>
      run(body).then(undefined, (err: unknown) => {
        throw toHostError(err, { locale, sheet });
      }),
    store,
    protection,
    protectedError,
  };
  const conditionalFormats = host.capabilities().conditionalFormats;

  const doc = options.root.ownerDocument;
  const root = options.root;
  let current: { sheet: string; grid: Grid; findings: Finding[] } | undefined;
  let busy = false;

  // --- the page ------------------------------------------------------------------------------
  root.setAttribute('lang', locale);
  root.style.fontFamily = "'Microsoft YaHei', 'Segoe UI', sans-serif";
  root.style.fontSize = '14px';
  root.style.padding = '8px';
  const title = el(doc, 'h1', t('pane.title', locale));
  title.style.fontSize = '16px';
  const note = el(doc, 'p', t('legacyPane.note', locale));
  note.style.color = '#605e5c';
  const toolbar = el(doc, 'div');
  // A labelled group, not an ARIA toolbar: two buttons reached with Tab need no arrow-key roving.
  toolbar.setAttribute('role', 'group');
  toolbar.setAttribute('aria-label', t('pane.toolbar', locale));
  const checkButton = el(doc, 'button', t('legacyPane.check', locale));
  checkButton.type = 'button';
  checkButton.id = 'legacy-check';
  const clearButton = el(doc, 'button', t('pane.clearMarks', locale));
  clearButton.type = 'button';
  clearButton.id = 'legacy-clear';
  clearButton.style.marginLeft = '8px';
  toolbar.appendChild(checkButton);
  toolbar.appendChild(clearButton);
  const status = el(doc, 'p');
  status.id = 'legacy-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const error = el(doc, 'p');
  error.id = 'legacy-error';
  error.setAttribute('role', 'alert');
  error.style.color = '#a4262c';
  const heading = el(doc, 'h2', t('pane.findings', locale));
  heading.id = 'legacy-findings-heading';
  heading.style.fontSize = '14px';
  const list = el(doc, 'ul');
  list.id = 'legacy-findings';
  list.setAttribute('aria-labelledby', heading.id);
  list.style.listStyle = 'none';
  list.style.padding = '0';
  for (const node of [title, note, toolbar, status, error, heading, list]) root.appendChild(node);
  if (!conditionalFormats || host.capabilityNotes().length > 0) {
    const notes = el(doc, 'ul');
    notes.id = 'legacy-notes';
    notes.style.color = '#605e5c';
    for (const text of host.capabilityNotes()) if (text !== t('excel.capability.noMarks', locale)) notes.appendChild(el(doc, 'li', text));
    if (notes.childNodes.length > 0) root.insertBefore(notes, toolbar);
  }

  function say(text: string): void {
    empty(status);
    status.appendChild(doc.createTextNode(text));
  }

  function fail(err: unknown): void {
    const message = err instanceof HostError ? err.message : toHostError(err, { locale }).message;
    empty(error);
    error.appendChild(doc.createTextNode(message));
    say(t('pane.announce.failed', locale));
  }

  function render(): void {
    empty(list);
    if (!current) return;
    current.findings.forEach((f, index) => {
      const item = el(doc, 'li');
      item.style.borderLeft = `4px solid ${SEVERITY_COLOR[f.severity]}`;
      item.style.padding = '4px 8px';
      item.style.margin = '4px 0';
      const severity = t(`pane.severityOne.${f.severity}`, locale);
      const data = { severity, cell: f.cell, message: f.message };
      const label = f.suggestion === undefined ? t('pane.finding.label', locale, data) : t('pane.finding.labelWithSuggestion', locale, { ...data, suggestion: f.suggestion });
      const select = el(doc, 'button');
      select.type = 'button';
      select.className = 'legacy-finding';
      select.setAttribute('data-index', String(index));
      select.setAttribute('aria-label', label);
      select.title = t('legacyPane.selectLabel', locale, { cell: f.cell });
      select.style.display = 'block';
      select.style.width = '100%';
      select.style.textAlign = 'left';
      select.style.background = 'none';
      select.style.border = '0';
      select.style.cursor = 'pointer';
      const head = el(doc, 'strong', `${severity} ${f.cell}`);
      head.style.color = SEVERITY_COLOR[f.severity];
      select.appendChild(head);
      select.appendChild(el(doc, 'span', ` ${f.message}`));
      if (f.suggestion !== undefined) {
        const suggestion = el(doc, 'span', ` ${t('pane.finding.suggestion', locale, { value: f.suggestion })}`);
        suggestion.style.color = '#605e5c';
        select.appendChild(suggestion);
      }
      select.onclick = () => void paneApi.select(index);
      item.appendChild(select);
      if (fixable(f)) {
        const fix = el(doc, 'button', t('legacyPane.applyFix', locale));
        fix.type = 'button';
        fix.className = 'legacy-fix';
        fix.setAttribute('data-index', String(index));
        fix.setAttribute('aria-label', t('legacyPane.applyFixLabel', locale, { cell: f.cell, value: f.suggestion ?? '' }));
        fix.onclick = () => void paneApi.applyFix(index);
        item.appendChild(fix);
      }
      list.appendChild(item);
    });
  }

  function fixable(f: Finding): boolean {
    if (!current) return false;
    const grid = current.grid;
    return planFixes([{ sheet: current.sheet, finding: f }], (_s, r, c) => ({ value: grid.rawValue(r, c), text: grid.rawText(r, c), format: grid.format(r, c) })).changes.length === 1;
  }

  /** Where the keyboard focus goes once the running action is done (its button may be gone). */
  const focus: { after?: () => HTMLElement } = {};

  /** Runs one action at a time; errors are shown, not thrown (buttons call these). */
  async function guarded(body: () => Promise<void>): Promise<void> {
    if (busy) return;
    busy = true;
    checkButton.disabled = true;
    clearButton.disabled = true;
    empty(error);
    try {
      await body();
    } catch (err) {
      fail(err);
    } finally {
      busy = false;
      checkButton.disabled = false;
      clearButton.disabled = false;
      const after = focus.after;
      focus.after = undefined;
      if (after) after().focus();
    }
  }

  async function clearSheetMarks(sheet?: string): Promise<{ restored: number; kept: number }> {
    const result = await clearFills(deps, sheet);
    if (conditionalFormats) await host.clearMarks(sheet);
    return result;
  }

  async function checkActive(): Promise<Finding[]> {
    say(t('pane.progress.reading', locale));
    const sheet = (await host.activeSheet()).name;
    await clearSheetMarks(sheet);
    const init: GridInit = await host.readSheet(sheet);
    say(t('pane.progress.checking', locale));
    const findings = allFindings(checkSheet(init));
    current = { sheet, grid: new Grid(init), findings };
    if (findings.length > 0) {
      say(t('pane.progress.marking', locale));
      const targets = findings.map((f) => ({ cell: f.cell, severity: f.severity, message: f.message }));
      if (conditionalFormats) await host.mark(sheet, targets);
      else await markWithFills(deps, sheet, targets);
    }
    render();
    return findings;
  }

  function announceCheck(findings: readonly Finding[]): string {
    if (findings.length === 0) return t('pane.announce.clean', locale);
    const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
    return t('pane.announce.done', locale, { errors: count('error'), warnings: count('warning'), infos: count('info') });
  }

  const paneApi: LegacyPane = {
    check: () =>
      guarded(async () => {
        const findings = await checkActive();
        say(announceCheck(findings));
      }),
    clear: () =>
      guarded(async () => {
        say(t('pane.progress.clearing', locale));
        const { restored, kept } = await clearSheetMarks();
        current = undefined;
        render();
        const done = restored > 0 || !conditionalFormats ? t('legacyPane.cleared', locale, { restored }) : t('pane.cleared', locale);
        say(kept > 0 ? `${done} ${t('legacyPane.keptFills', locale, { kept })}` : done);
      }),
    select: (index) =>
      guarded(async () => {
        const f = current?.findings[index];
        if (!current || !f) return;
        await host.select(current.sheet, f.cell);
      }),
    applyFix: (index) =>
      guarded(async () => {
        const f = current?.findings[index];
        if (!current || !f) return;
        const grid = current.grid;
        const plan = planFixes([{ sheet: current.sheet, finding: f }], (_s, r, c) => ({ value: grid.rawValue(r, c), text: grid.rawText(r, c), format: grid.format(r, c) }));
        const change = plan.changes[0];
        if (!change) return;
        const sheet = current.sheet;
        const [result] = await deps.batch(sheet, (context) =>
          writeCells(context, sheet, [{ cell: change.cell, value: change.after, expected: change.before }], encodeForWrite, () => protectedError(sheet), protection),
        );
        if (!result.written) {
          say(t(result.formula ? 'legacyPane.fixFormula' : 'legacyPane.fixStale', locale, { cell: change.cell }));
          return;
        }
        await checkActive();
        say(t('legacyPane.fixed', locale, { cell: change.cell, value: change.afterText }));
        // The fix's button went with the old list: on to the first finding left, or to 校验.
        focus.after = () => list.querySelector<HTMLElement>('.legacy-finding') ?? checkButton;
      }),
    findings: () => (current ? current.findings : []),
    sheet: () => current?.sheet,
  };

  checkButton.onclick = () => void paneApi.check();
  clearButton.onclick = () => void paneApi.clear();
  return paneApi;
}
