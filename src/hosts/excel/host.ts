/**
 * The workbook host over Office.js: the only code that talks to Excel. It takes `run` (default
 * `Excel.run`) so tests and the browser preview can hand it the Excel stand-in instead.
 */
import type { CellValue, GridInit } from '../../core/engine/grid';
import { localeFrom, t } from '../../core/i18n/base';
import type { Locale } from '../../core/model';
import {
  HostError,
  type CellsChange,
  type CellWrite,
  type CellWriteResult,
  type MarkTarget,
  type ReportSheet,
  type ReviewSupport,
  type SelectionChange,
  type SheetRef,
  type StateKey,
  type Unsubscribe,
  type WorkbookHost,
} from '../types';
import { normalizeAddress } from './address';
import { capabilityNotes, detectCapabilities } from './capabilities';
import { toHostError } from './errors';
import { groupTargets, markSeverity, queueMarks } from './marks';
import { DESKTOP_PAYLOAD_BUDGET, readUsedRange, WEB_PAYLOAD_BUDGET } from './read';
import type { ExcelRun, HostCapabilities, IsSetSupported } from './types';
import { ExcelReview } from './review';
import type { TemplateOptions } from '../../core/review/template';
import type { TemplateInsertion, TemplatePlacement } from '../types';

export interface ExcelHostOptions {
  /** Default: `Excel.run`. */
  run?: ExcelRun;
  /** Default: `Office.context.requirements.isSetSupported`. */
  isSetSupported?: IsSetSupported;
  /** Language of error messages. Default: from `Office.context.displayLanguage`. */
  locale?: Locale;
  /** Bytes per read request. Default: 4 MB on Excel on the web (5 MB limit), 64 MB elsewhere. */
  payloadBudgetBytes?: number;
  /** Gives the page a turn during a long sheet read (see ReadOptions.yieldToPage). Default: none. */
  yieldToPage?: () => Promise<void>;
}

function officeGlobal(): typeof Office | undefined {
  return typeof Office === 'undefined' ? undefined : Office;
}

function defaultRun(): ExcelRun {
  return (batch) => Excel.run(batch);
}

function defaultIsSetSupported(): IsSetSupported {
  return (name, version) => officeGlobal()?.context?.requirements?.isSetSupported(name, version) ?? false;
}

function defaultBudget(): number {
  const office = officeGlobal();
  const web = office !== undefined && office.context?.platform === office.PlatformType?.OfficeOnline;
  return web ? WEB_PAYLOAD_BUDGET : DESKTOP_PAYLOAD_BUDGET;
}

/**
 * A string Excel's input parser would turn into something else when written (`26.50`, `001`, `1e3`,
 * `98%`, `(5)`, `¥1,000`, `TRUE`, `9:30`, `1 1/2`, `1/2`, `2025-01-01`, `2025年12月`, `#N/A`). Text
 * around such parts (`2025年12月底前`) stays text in Excel, so it is written as it is: a needless `'`
 * would set the cell's prefix flag. The test in test/richapi/values.real.test.ts writes each kind
 * through Office.js into a server that parses input as Excel does, and reads it back.
 */
const COERCIBLE_PARTS = [
  String.raw`[-+]?\s*[¥￥$€£]?\s*[\d.,]+(?:e[-+]?\d+)?\s*%?`, // numbers, currency, percentages
  String.raw`\(\s*[¥￥$€£]?\s*[\d.,]+\s*\)`, // accounting negatives: (5)
  'true|false',
  String.raw`\d{1,2}:\d{1,2}(?::\d{1,2})?(?:\s*[ap]m?)?`, // times: 9:30
  String.raw`\d+\s+\d+\s*/\s*\d+`, // mixed fractions: 1 1/2
  String.raw`\d{1,4}\s*[-/.年月]\s*\d{1,2}(?:\s*[-/.月日]\s*(?:\d{1,4}\s*日?)?)?`, // dates: 1/2, 2025-01-01, 2025年12月
  String.raw`#(?:N/A|DIV/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)`, // error constants
];
export const COERCIBLE = new RegExp(`^(?:${COERCIBLE_PARTS.join('|')})$`, 'i');

/** What to write so Excel stores exactly `value` (a leading `'` keeps text as text). */
export function encodeForWrite(value: CellValue, numberFormat: string): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string' || numberFormat === '@') return value;
  if (/^['=+\-@]/.test(value) || COERCIBLE.test(spacesOnce(value))) return `'${value}`;
  return value;
}

/**
 * The text trimmed, each run of white space one space: what COERCIBLE matches is the same (its
 * `\s*` take any run, its `\s+` one space), and its adjacent `\s*` cannot share out a long run in
 * every way. Before, undo writing back a cell of 4,000 spaces and a letter took 2 minutes
 * (cubic: 32,767 spaces, the pane frozen for good).
 */
function spacesOnce(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}

export class ExcelHost implements WorkbookHost {
  private readonly run: ExcelRun;
  private readonly isSetSupported: IsSetSupported;
  private readonly options: ExcelHostOptions;
  private caps: HostCapabilities | undefined;

  constructor(options: ExcelHostOptions = {}) {
    this.options = options;
    this.run = options.run ?? defaultRun();
    this.isSetSupported = options.isSetSupported ?? defaultIsSetSupported();
  }

  get locale(): Locale {
    return this.options.locale ?? localeFrom(officeGlobal()?.context?.displayLanguage);
  }

  /** The API sets this Excel supports (detected once). */
  capabilities(): HostCapabilities {
    this.caps ??= detectCapabilities(this.isSetSupported);
    return this.caps;
  }

  /** What this Excel cannot do, in words for the user (empty on a current Excel). */
  capabilityNotes(): string[] {
    return capabilityNotes(this.capabilities(), this.locale);
  }

  /** Runs a batch and converts whatever it throws into a HostError. */
  private async batch<T>(sheet: string | undefined, body: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(body);
    } catch (err) {
      throw toHostError(err, { locale: this.locale, sheet });
    }
  }

  private protectedError(sheet: string): HostError {
    return new HostError('protected', t('excel.protected', this.locale, { sheet }));
  }

  private requireMarks(): void {
    if (!this.capabilities().conditionalFormats) {
      throw new HostError('unsupported', t('excel.capability.noMarks', this.locale));
    }
  }

  async activeSheet(): Promise<SheetRef> {
    return this.batch(undefined, async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load('name');
      await context.sync();
      return { name: sheet.name };
    });
  }

  async listSheets(): Promise<SheetRef[]> {
    return this.batch(undefined, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await context.sync();
      return sheets.items.map((s) => (s.visibility === 'Hidden' || s.visibility === 'VeryHidden' ? { name: s.name, visibility: s.visibility } : { name: s.name }));
    });
  }

  async readSheet(name: string): Promise<GridInit> {
    const options = {
      mergedAreas: this.capabilities().mergedAreas,
      rangeAreas: this.capabilities().rangeAreas,
      nullObjects: this.isSetSupported('ExcelApi', '1.4'),
      payloadBudgetBytes: this.options.payloadBudgetBytes ?? defaultBudget(),
      yieldToPage: this.options.yieldToPage,
    };
    return this.batch(name, (context) => readUsedRange(context, name, options));
  }

  async mark(sheetName: string, targets: MarkTarget[]): Promise<void> {
    this.requireMarks();
    const groups = groupTargets(targets);
    if (groups.length === 0) return;
    await this.batch(sheetName, async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.load('protection/protected');
      await context.sync();
      if (sheet.protection.protected) throw this.protectedError(sheetName);
      queueMarks(sheet, groups, this.capabilities().rangeAreas);
      await context.sync();
    });
  }

  async clearMarks(sheetName?: string): Promise<void> {
    this.requireMarks();
    await this.batch(sheetName, async (context) => {
      const sheets = await this.sheetsToClear(context, sheetName);
      const perSheet = sheets.map((sheet) => {
        sheet.load('protection/protected');
        const formats = sheet.getRange().conditionalFormats;
        formats.load('items/type');
        return { sheet, formats };
      });
      await context.sync();
      const customs = perSheet.map(({ sheet, formats }) => ({
        sheet,
        rules: formats.items.filter((cf) => cf.type === 'Custom').map((cf) => ({ cf, rule: cf.custom.rule.load('formula') })),
      }));
      await context.sync();
      const ours = customs.map(({ sheet, rules }) => ({ sheet, doomed: rules.filter((r) => markSeverity(r.rule.formula)).map((r) => r.cf) }));
      // Check every sheet first, so a protected one leaves all sheets as they were.
      const blocked = ours.find(({ sheet, doomed }) => doomed.length > 0 && sheet.protection.protected);
      if (blocked) throw this.protectedError(blocked.sheet.name);
      const count = ours.reduce((n, { doomed }) => n + doomed.length, 0);
      if (count === 0) return;
      for (const { doomed } of ours) for (const cf of doomed) cf.delete();
      await context.sync();
    });
  }

  /** The named sheet, or every sheet (with names loaded, for messages). */
  private async sheetsToClear(context: Excel.RequestContext, sheetName?: string): Promise<Excel.Worksheet[]> {
    if (sheetName !== undefined) {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.load('name');
      return [sheet];
    }
    const all = context.workbook.worksheets;
    all.load('items/name');
    await context.sync();
    return all.items;
  }

  async select(sheetName: string, address: string): Promise<void> {
    const a1 = normalizeAddress(address);
    await this.batch(sheetName, async (context) => {
      // A hidden or very hidden sheet cannot be activated: say so rather than pass on Excel's error.
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.load('visibility');
      await context.sync();
      if (sheet.visibility !== 'Visible') throw new HostError('hidden', t('excel.hiddenSheet', this.locale, { sheet: sheetName }));
      sheet.activate();
      sheet.getRange(a1).select();
      await context.sync();
    });
  }

  async writeValue(sheetName: string, address: string, value: CellValue): Promise<CellValue> {
    const a1 = normalizeAddress(address);
    return this.batch(sheetName, async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      // Worksheet.protection is ExcelApi 1.2; on 1.1 Excel's own AccessDenied on the write says it.
      const protection = this.isSetSupported('ExcelApi', '1.2');
      if (protection) sheet.load('protection/protected');
      const cell = sheet.getRange(a1).getCell(0, 0);
      cell.load('values,numberFormat');
      await context.sync();
      if (protection && sheet.protection.protected) throw this.protectedError(sheetName);
      const previous = cell.values[0][0];
      cell.values = [[encodeForWrite(value, String(cell.numberFormat[0][0]))]];
      await context.sync();
      return previous === '' ? null : (previous as CellValue);
    });
  }

  // The review workflow (fixes, ignore list, live re-check, report sheet): see ./review.ts.
  private reviewPart: ExcelReview | undefined;
  private get review(): ExcelReview {
    this.reviewPart ??= new ExcelReview({
      batch: (sheet, body) => this.batch(sheet, body),
      isSetSupported: this.isSetSupported,
      locale: () => this.locale,
      mergedAreas: () => this.capabilities().mergedAreas,
      protectedError: (sheet) => this.protectedError(sheet),
      encode: encodeForWrite,
    });
    return this.reviewPart;
  }
  reviewSupport(): ReviewSupport {
    return this.review.support();
  }
  readRange(sheet: string, address: string): Promise<GridInit> {
    return this.review.readRange(sheet, address);
  }
  writeValues(sheet: string, writes: CellWrite[]): Promise<CellWriteResult[]> {
    return this.review.writeValues(sheet, writes);
  }
  onCellsChanged(sheet: string, handler: (change: CellsChange) => void): Promise<Unsubscribe> {
    return this.review.onCellsChanged(sheet, handler);
  }
  onSelectionChanged(sheet: string, handler: (selection: SelectionChange) => void): Promise<Unsubscribe> {
    return this.review.onSelectionChanged(sheet, handler);
  }
  loadState(key: StateKey): Promise<string | null> {
    return this.review.loadState(key);
  }
  saveState(key: StateKey, text: string | null): Promise<void> {
    return this.review.saveState(key, text);
  }
  insertReportSheet(report: ReportSheet): Promise<string> {
    return this.review.insertReportSheet(report);
  }

  /**
   * 插入模板: see ./template.ts. Loaded when first used (a chunk of the add-in's own origin): the
   * template writer is not needed for the pane's first paint nor by the ribbon's 一键校验.
   */
  insertTemplate(options: TemplateOptions, where: TemplatePlacement): Promise<TemplateInsertion> {
    const env = { locale: this.locale, isSetSupported: this.isSetSupported, encode: (text: string) => encodeForWrite(text, 'General') };
    return this.batch(undefined, async (context) => (await import('./template')).insertTemplate(context, options, where, env));
  }
}
