/**
 * The blank target table as data (SPEC §7): cells, merges, styles, column widths, number formats,
 * dropdown lists and input prompts, in the canonical seven-column layout (L1). Hosts render it:
 * ExcelJS for `perf-target template`, Office.js for the add-in's 插入模板, the stand-in for tests.
 * Coordinates are relative to the template's top-left cell.
 */
import type { Rect } from '../engine/grid';
import type { Locale, MoneyUnit, SchemeId } from '../model';
import { SCHEMES } from '../engine/taxonomy';
import { t } from '../i18n/base';
// The template's texts are a section of their own (not in the ribbon command's download).
import '../i18n/template';

export { LIST_SHEET, uniqueSheetName } from './sheet-names';

export interface TemplateOptions {
  scheme: SchemeId;
  unit: MoneyUnit;
  /** 项目名称; empty leaves the field to fill. */
  project?: string;
  /** Indicator rows per 二级指标 (1–20). */
  rowsPerLevel2?: number;
  /** Language of the input prompts (the table's own labels are always Chinese). */
  locale?: Locale;
}

export type TemplateStyleName = 'title' | 'unitName' | 'unitLine' | 'label' | 'input' | 'amount' | 'header' | 'level' | 'indicator';

export interface TemplateStyle {
  bold: boolean;
  size: number;
  horizontal: 'left' | 'center' | 'right';
  vertical: 'top' | 'middle';
  wrap: boolean;
  /** Thin black borders on every edge. */
  border: boolean;
  /** Fill colour as RRGGBB, if any (the grid header is shaded). */
  fill?: string;
}

export interface TemplatePrompt {
  title: string;
  message: string;
}

export interface TemplateCell {
  row: number;
  col: number;
  value: string | null;
  style: TemplateStyleName;
  numberFormat?: string;
  /** Data validation list: every 一级 of the scheme, or the 二级 (all, or following the row's 一级). */
  list?: 'level1' | 'level2';
  prompt?: TemplatePrompt;
}

export interface TemplateSpec {
  options: Required<Omit<TemplateOptions, 'locale'>> & { locale: Locale };
  rows: number;
  cols: number;
  cells: TemplateCell[];
  merges: Rect[];
  /** Column widths in Excel character units. */
  columnWidths: number[];
  /** Row heights in points, for rows that need more than the default. */
  rowHeights: Record<number, number>;
  styles: Record<TemplateStyleName, TemplateStyle>;
  lists: {
    level1: string[];
    /** Every 二级 of the scheme (the fallback list where dependent lists are not possible). */
    level2: string[];
    /** 二级 by 一级, for lists that follow the chosen 一级. */
    level2By: Record<string, string[]>;
  };
  /** The first indicator row and the header row (relative). */
  headerRow: number;
  firstIndicatorRow: number;
  print: { paperSize: 'A4'; orientation: 'portrait'; fitToWidth: true };
  /** The sheet name to use when the template goes on a new worksheet. */
  sheetName: string;
}

const BASE: TemplateStyle = { bold: false, size: 11, horizontal: 'left', vertical: 'middle', wrap: true, border: true };

export const TEMPLATE_STYLES: Record<TemplateStyleName, TemplateStyle> = {
  title: { ...BASE, bold: true, size: 16, horizontal: 'center', border: false, wrap: false },
  unitName: { ...BASE, border: false },
  unitLine: { ...BASE, horizontal: 'right', border: false, wrap: false },
  label: { ...BASE, bold: true, horizontal: 'center' },
  input: { ...BASE },
  amount: { ...BASE, horizontal: 'right', wrap: false },
  header: { ...BASE, bold: true, horizontal: 'center', fill: 'D9E1F2' },
  level: { ...BASE, horizontal: 'center' },
  indicator: { ...BASE },
};

/**
 * Excel's rules for a sheet name: 31 characters, none of \ / ? * [ ] :, no apostrophe at either
 * end, and not the reserved name History.
 */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[\\/?*[\]:：]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 31)
    .replace(/^['\s]+|['\s]+$/g, '');
  return cleaned === '' || cleaned.toLowerCase() === 'history' ? '绩效目标表' : cleaned;
}


export function buildTemplate(options: TemplateOptions): TemplateSpec {
  const scheme = SCHEMES[options.scheme];
  const perLevel2 = Math.max(1, Math.min(20, Math.floor(options.rowsPerLevel2 ?? 1)));
  const locale = options.locale ?? 'zh-CN';
  const project = (options.project ?? '').trim();
  const cells: TemplateCell[] = [];
  const merges: Rect[] = [];
  const put = (row: number, col: number, value: string | null, style: TemplateStyleName, extra: Partial<TemplateCell> = {}) =>
    cells.push({ row, col, value, style, ...extra });
  const merge = (top: number, left: number, bottom: number, right: number) => merges.push({ top, left, bottom, right });
  const prompt = (key: Parameters<typeof t>[0], data?: Record<string, string>): TemplatePrompt => ({
    title: t('template.promptTitle', locale),
    message: t(key, locale, data),
  });
  const amountFormat = '0.00';

  put(0, 0, project ? `${project}绩效目标表` : '项目支出绩效目标表', 'title');
  merge(0, 0, 0, 6);
  put(1, 0, null, 'unitName', { prompt: prompt('template.prompt.unitName') });
  merge(1, 0, 1, 4);
  put(1, 5, `单位：${options.unit}`, 'unitLine');
  merge(1, 5, 1, 6);

  put(2, 0, '项目名称', 'label');
  put(2, 1, project || null, 'input', { prompt: prompt('template.prompt.project') });
  merge(2, 1, 2, 6);

  put(3, 0, '预算规模及资金用途', 'label');
  merge(3, 0, 4, 0);
  put(3, 1, '预算数', 'label');
  put(3, 2, null, 'amount', { numberFormat: amountFormat, prompt: prompt('template.prompt.amount', { unit: options.unit }) });
  put(3, 3, '其中：财政资金', 'label');
  put(3, 4, null, 'amount', { numberFormat: amountFormat, prompt: prompt('template.prompt.amount', { unit: options.unit }) });
  put(3, 5, '其他资金', 'label');
  put(3, 6, null, 'amount', { numberFormat: amountFormat, prompt: prompt('template.prompt.amount', { unit: options.unit }) });
  put(4, 1, null, 'input', { prompt: prompt('template.prompt.use') });
  merge(4, 1, 4, 6);

  put(5, 0, '绩效目标', 'label');
  put(5, 1, null, 'input', { prompt: prompt('template.prompt.goals') });
  merge(5, 1, 5, 6);

  const headerRow = 6;
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', null, '指标值', null].forEach((h, c) => put(headerRow, c, h, 'header'));
  merge(headerRow, 3, headerRow, 4);
  merge(headerRow, 5, headerRow, 6);

  let row = headerRow + 1;
  for (const l1 of scheme.level1) {
    const l1Top = row;
    for (const l2 of l1.level2) {
      const l2Top = row;
      for (let i = 0; i < perLevel2; i++) {
        // Only the top cell of a merged 一级/二级 holds text, as in real tables.
        put(row, 0, row === l1Top ? l1.name : null, 'level', { list: 'level1', prompt: prompt('template.prompt.level1') });
        put(row, 1, row === l2Top ? l2 : null, 'level', { list: 'level2', prompt: prompt('template.prompt.level2') });
        put(row, 2, null, 'indicator', { prompt: prompt('template.prompt.level3') });
        put(row, 3, null, 'indicator');
        put(row, 4, null, 'indicator');
        put(row, 5, null, 'indicator', { prompt: prompt(valuePromptKey(l1.name, l2)) });
        put(row, 6, null, 'indicator');
        merge(row, 3, row, 4);
        merge(row, 5, row, 6);
        row++;
      }
      if (perLevel2 > 1) merge(l2Top, 1, row - 1, 1);
    }
    if (row - 1 > l1Top) merge(l1Top, 0, row - 1, 0);
  }

  const level2By: Record<string, string[]> = {};
  for (const l1 of scheme.level1) level2By[l1.name] = [...l1.level2];
  return {
    options: { scheme: options.scheme, unit: options.unit, project, rowsPerLevel2: perLevel2, locale },
    rows: row,
    cols: 7,
    cells,
    merges,
    columnWidths: [12, 16, 20, 14, 14, 12, 12],
    rowHeights: { 0: 28, 4: 36, 5: 60 },
    styles: TEMPLATE_STYLES,
    lists: {
      level1: scheme.level1.map((l) => l.name),
      level2: [...new Set(scheme.level1.flatMap((l) => l.level2))],
      level2By,
    },
    headerRow,
    firstIndicatorRow: headerRow + 1,
    print: { paperSize: 'A4', orientation: 'portrait', fitToWidth: true },
    sheetName: safeSheetName(project || '绩效目标表'),
  };
}

function valuePromptKey(level1: string, level2: string): Parameters<typeof t>[0] {
  if (level2.includes('成本') || level1 === '成本指标') return 'template.prompt.value.cost';
  if (level2 === '时效指标') return 'template.prompt.value.time';
  if (level1 === '满意度指标') return 'template.prompt.value.satisfaction';
  if (level1 === '效益指标') return 'template.prompt.value.benefit';
  return 'template.prompt.value';
}


export interface ListColumn {
  /** Workbook-level name for the list (scheme in the name, so both schemes can live in one file). */
  name: string;
  header: string;
  items: string[];
}

/** First column (0-based) of a scheme's block on the list sheet: both schemes can share one workbook. */
export function listColumnOffset(scheme: SchemeId): number {
  return scheme === '2015' ? 0 : 10;
}

/** Columns of the list sheet for a scheme: the 一级 list, then one 二级 list per 一级. */
export function listColumns(spec: TemplateSpec): ListColumn[] {
  const s = spec.options.scheme;
  return [
    { name: `PT${s}_一级指标`, header: `${s} 一级指标`, items: spec.lists.level1 },
    ...spec.lists.level1.map((l1) => ({ name: `PT${s}_${l1}`, header: `${s} ${l1}`, items: spec.lists.level2By[l1] })),
  ];
}

/**
 * The list-validation formula of a template cell placed with its top-left at (originRow, originCol):
 * the 一级 list, or the 二级 list of the 一级 written at the top of the cell's 一级 block, so the
 * 二级 choices follow the chosen 一级.
 */
export function listFormula(spec: TemplateSpec, cell: TemplateCell, originRow: number, originCol: number, a1: (row: number, col: number) => string): string | undefined {
  const s = spec.options.scheme;
  if (cell.list === 'level1') return `=PT${s}_一级指标`;
  if (cell.list !== 'level2') return undefined;
  let top = cell.row;
  for (const m of spec.merges) {
    if (m.left === 0 && m.right === 0 && cell.row >= m.top && cell.row <= m.bottom) top = m.top;
  }
  const ref = a1(originRow + top, originCol).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');
  return `=INDIRECT("PT${s}_"&${ref})`;
}
