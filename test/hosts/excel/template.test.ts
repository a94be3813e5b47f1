/**
 * 插入模板 in Excel (src/hosts/excel/template.ts) on the Excel stand-in: never a cell overwritten,
 * the dropdown lists of the chosen scheme, a constant number of round trips, protection, and the
 * template read back by the checker — fresh (only its empty fields) and with the seed's table 1
 * typed in (the same findings as table 1 of examples/sample.xlsx).
 */
import fc from 'fast-check';
import { join } from 'path';
import { parseA1, rectToA1, type Rect } from '../../../src/core/engine/grid';
import { checkSheet } from '../../../src/core/engine';
import type { Finding, MoneyUnit, SchemeId } from '../../../src/core/model';
import { SCHEMES } from '../../../src/core/engine/taxonomy';
import { buildTemplate, LIST_SHEET, type TemplateOptions } from '../../../src/core/review/template';
import { readWorkbookFile } from '../../../src/hosts/file/read';
import { charsToPoints, coverMerges, groupRects, styleCells, uniqueSheetName, validationPlan } from '../../../src/hosts/excel/template';
import { HostError, type TemplatePlacement } from '../../../src/hosts/types';
import {
  cellKey,
  cellSnapshot,
  createWorkbook,
  findSheet,
  getCell,
  getSheet,
  keyToCell,
  mergeCells,
  setCell,
  type SheetModel,
  type StandInOptions,
  type WorkbookModel,
} from '../../../src/standin';
import { typeInto } from '../../../src/standin/objects';
import { validationAt } from '../../../src/standin/validation';
import { roundTrip } from '../../../src/standin/xlsx';
import { setup } from './fixtures';

/** The findings a fresh template may have: its empty fields, nothing else. */

const BASE: TemplateOptions = { scheme: '2015', unit: '万元', project: '2026年检察业务经费项目' };

async function insert(model: WorkbookModel, where: TemplatePlacement, options: Partial<TemplateOptions> = {}, standIn: StandInOptions = {}) {
  const s = setup(model, standIn);
  const result = await s.host.insertTemplate({ ...BASE, ...options }, where);
  return { ...s, result };
}

/** Everything in the workbook, canonical, for "nothing changed" comparisons. */
function workbookSnapshot(model: WorkbookModel): string {
  return JSON.stringify({
    active: model.activeSheet,
    names: model.names ?? [],
    protection: model.protection ?? null,
    sheets: model.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility ?? 'Visible',
      cells: [...s.cells].sort(([a], [b]) => a - b).map(([k, c]) => [k, cellSnapshot(c)]),
      merges: s.merges,
      validations: [...(s.validations ?? [])].sort(([a], [b]) => a - b),
      widths: [...(s.columnWidths ?? [])],
      heights: [...(s.rowHeights ?? [])],
      layout: s.pageLayout ?? null,
      selection: s.selection,
      cfs: s.conditionalFormats,
    })),
  });
}

function selectCell(sheet: SheetModel, a1: string): void {
  sheet.selection = parseA1(a1);
}

function rows(options: Partial<TemplateOptions> = {}): number {
  return buildTemplate({ ...BASE, ...options }).rows;
}

// ---------------------------------------------------------------------------------------------

describe('never overwrites a cell', () => {
  const occupied: [string, Parameters<typeof setCell>[2]][] = [
    ['C5', { value: '用户的内容' }],
    ['B3', { value: 0 }],
    ['H18', { value: false }],
    ['E10', { value: null, formula: '=""' }],
    ['H3', { value: 26.5, numberFormat: '0.00' }],
  ];

  test.each(occupied)('one cell at %s in the area: not-empty, nothing written, then the new sheet', async (a1, patch) => {
    const model = createWorkbook(['填报']);
    const sheet = getSheet(model, '填报');
    setCell(sheet, a1, patch);
    selectCell(sheet, 'B3');
    const before = workbookSnapshot(model);
    const { host, standIn } = setup(model);
    const error = await host.insertTemplate(BASE, 'active-cell').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).code).toBe('not-empty');
    expect((error as HostError).message).toContain(a1);
    expect((error as HostError).message).toContain(`B3:H${2 + rows()}`);
    expect(workbookSnapshot(model)).toBe(before);
    expect(standIn.stats.syncCount).toBe(2);

    const placed = await host.insertTemplate(BASE, 'new-sheet');
    expect(placed).toEqual({ sheet: '2026年检察业务经费项目', address: `A1:G${rows()}`, notes: [] });
    const added = getSheet(model, '2026年检察业务经费项目');
    expect(model.sheets[model.activeSheet]).toBe(added);
    expect(getCell(added, 2, 1)?.value).toBe('2026年检察业务经费项目');
    // The user's sheet is exactly as it was.
    expect(JSON.stringify(JSON.parse(workbookSnapshot(model)).sheets[0])).toBe(JSON.stringify(JSON.parse(before).sheets[0]));
  });

  test('property: any value or formula anywhere in the area stops the insertion untouched', async () => {
    const height = rows();
    const cellValue = fc.oneof(fc.string({ minLength: 1, maxLength: 4 }), fc.integer(), fc.boolean(), fc.constant('=1+1'));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: height - 1 }), fc.integer({ min: 0, max: 6 }), cellValue, async (r, c, v) => {
        const model = createWorkbook(['Sheet1']);
        const sheet = getSheet(model, 'Sheet1');
        selectCell(sheet, 'D4');
        setCell(sheet, { row: 3 + r, col: 3 + c }, typeof v === 'string' && v.startsWith('=') ? { value: 2, formula: v } : { value: v });
        const before = workbookSnapshot(model);
        const { host } = setup(model);
        await expect(host.insertTemplate(BASE, 'active-cell')).rejects.toMatchObject({ code: 'not-empty' });
        expect(workbookSnapshot(model)).toBe(before);
      }),
      { numRuns: 40 },
    );
  });

  test('values right next to the area do not stop it', async () => {
    const model = createWorkbook(['Sheet1']);
    const sheet = getSheet(model, 'Sheet1');
    selectCell(sheet, 'B2');
    const height = rows();
    for (const a1 of ['A2', 'I2', 'B1', `B${height + 2}`, 'A1', `I${height + 2}`]) setCell(sheet, a1, { value: '旁边' });
    const { result } = await insert(model, 'active-cell');
    expect(result.address).toBe(`B2:H${height + 1}`);
    for (const a1 of ['A2', 'I2', 'B1', `B${height + 2}`]) expect(getCell(sheet, parseA1(a1).top, parseA1(a1).left)?.value).toBe('旁边');
  });

  test.each<[string, string, boolean]>([
    ['a merged area inside the area', 'D6:E7', true],
    ['a merged area reaching in from above and left', 'A1:C4', true],
    ['a merged area reaching in from the right', 'H10:J11', true],
    ['a merged area just outside', 'A1:J2', false],
  ])('%s (%s): not-empty %s', async (_what, area, blocked) => {
    const model = createWorkbook(['Sheet1']);
    const sheet = getSheet(model, 'Sheet1');
    mergeCells(sheet, area);
    selectCell(sheet, 'C3');
    const before = workbookSnapshot(model);
    const { host } = setup(model);
    const outcome = await host.insertTemplate(BASE, 'active-cell').then(
      () => 'inserted',
      (e: HostError) => e,
    );
    if (blocked) {
      expect(outcome).toMatchObject({ code: 'not-empty' });
      expect((outcome as HostError).message).toContain(area);
      expect(workbookSnapshot(model)).toBe(before);
    } else {
      expect(outcome).toBe('inserted');
    }
  });

  test('merges starting far above the area are found (merged areas queried in tiles, one round trip)', async () => {
    const model = createWorkbook(['Sheet1']);
    const sheet = getSheet(model, 'Sheet1');
    // 600 small merges above the area, more than one query may return, and one long one reaching in.
    for (let i = 0; i < 600; i++) mergeCells(sheet, { top: i * 2, left: 0, bottom: i * 2, right: 1 });
    mergeCells(sheet, { top: 1, left: 3, bottom: 1300, right: 3 });
    selectCell(sheet, 'C1250');
    const { host, standIn } = setup(model);
    await expect(host.insertTemplate(BASE, 'active-cell')).rejects.toMatchObject({ code: 'not-empty', message: expect.stringContaining('D2:D1301') });
    expect(standIn.stats.syncCount).toBe(2);
  });

  test('before ExcelApi 1.13 merged areas cannot be seen, but values still stop the insertion', async () => {
    const model = createWorkbook(['Sheet1']);
    setCell(getSheet(model, 'Sheet1'), 'C5', { value: 'x' });
    const { host } = setup(model, { excelApi: '1.12' });
    await expect(host.insertTemplate(BASE, 'active-cell')).rejects.toMatchObject({ code: 'not-empty' });
  });

  test('no room below the selection: not-empty, with how much room it needs', async () => {
    const model = createWorkbook(['Sheet1']);
    selectCell(getSheet(model, 'Sheet1'), 'A1048570');
    const { host } = setup(model);
    await expect(host.insertTemplate(BASE, 'active-cell')).rejects.toMatchObject({ code: 'not-empty', message: expect.stringContaining('A1048570') });
    expect(getSheet(model, 'Sheet1').cells.size).toBe(0);
  });

  test('a multi-cell selection: the template starts at its top-left cell', async () => {
    const model = createWorkbook(['Sheet1']);
    selectCell(getSheet(model, 'Sheet1'), 'C4:E9');
    const { result } = await insert(model, 'active-cell');
    expect(result.address).toBe(`C4:I${3 + rows()}`);
  });
});

// ---------------------------------------------------------------------------------------------

describe('protection and busy Excel change nothing', () => {
  test('a protected sheet: protected HostError, nothing written', async () => {
    const model = createWorkbook(['Sheet1']);
    getSheet(model, 'Sheet1').protection.protected = true;
    const before = workbookSnapshot(model);
    const { host, standIn } = setup(model);
    await expect(host.insertTemplate(BASE, 'active-cell')).rejects.toMatchObject({ code: 'protected', message: expect.stringContaining('Sheet1') });
    expect(workbookSnapshot(model)).toBe(before);
    expect(standIn.stats.syncCount).toBe(1);
  });

  test('a protected sheet does not stop a new sheet', async () => {
    const model = createWorkbook(['Sheet1']);
    getSheet(model, 'Sheet1').protection.protected = true;
    const { result } = await insert(model, 'new-sheet');
    expect(result.sheet).toBe(BASE.project);
  });

  test('a protected workbook structure: no new sheet, nothing written', async () => {
    const model = createWorkbook(['Sheet1']);
    model.protection = { protected: true };
    const before = workbookSnapshot(model);
    const { host } = setup(model);
    await expect(host.insertTemplate(BASE, 'new-sheet')).rejects.toMatchObject({ code: 'protected' });
    // The list sheet would be a new sheet too.
    await expect(host.insertTemplate(BASE, 'active-cell')).rejects.toMatchObject({ code: 'protected' });
    expect(workbookSnapshot(model)).toBe(before);
  });

  test('a protected list sheet that must get lists: protected, nothing written', async () => {
    const model = createWorkbook(['Sheet1']);
    await insert(model, 'new-sheet', { scheme: '2015' });
    getSheet(model, LIST_SHEET).protection.protected = true;
    const before = workbookSnapshot(model);
    const { host } = setup(model);
    await expect(host.insertTemplate({ ...BASE, scheme: '2021' }, 'new-sheet')).rejects.toMatchObject({ code: 'protected', message: expect.stringContaining(LIST_SHEET) });
    expect(workbookSnapshot(model)).toBe(before);
    // With its lists already there, the protected list sheet is not needed.
    await expect(host.insertTemplate({ ...BASE, scheme: '2015' }, 'new-sheet')).resolves.toMatchObject({ sheet: `${BASE.project} (2)` });
  });

  test('Excel busy (a cell being edited): busy HostError, nothing written', async () => {
    const model = createWorkbook(['Sheet1']);
    const before = workbookSnapshot(model);
    const { host, standIn } = setup(model);
    standIn.faults.cellEditMode = true;
    await expect(host.insertTemplate(BASE, 'active-cell')).rejects.toMatchObject({ code: 'busy' });
    expect(workbookSnapshot(model)).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------

/** Resolves a list source the way Excel does for the dropdown: a name, or INDIRECT("prefix"&$A$n). */
function dropdownItems(model: WorkbookModel, sheet: SheetModel, source: string): string[] {
  let name = source.replace(/^=/, '');
  const indirect = /^INDIRECT\("([^"]*)"&(\$?[A-Z]+\$?\d+)\)$/.exec(name);
  if (indirect) {
    const at = parseA1(indirect[2]);
    name = `${indirect[1]}${String(getCell(sheet, at.top, at.left)?.value ?? '')}`;
  }
  const item = model.names?.find((n) => n.name.toLowerCase() === name.toLowerCase());
  if (!item) throw new Error(`No name ${name}`);
  const [, sheetName, ref] = /^='?(.+?)'?!(.+)$/.exec(item.formula) ?? [];
  const lists = getSheet(model, sheetName);
  const r = parseA1(ref);
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) out.push(String(getCell(lists, row, r.left)?.value ?? ''));
  return out;
}

describe('dropdown lists hold exactly the taxonomy of the chosen scheme', () => {
  test.each<[SchemeId, number]>([
    ['2015', 1],
    ['2021', 3],
  ])('%s, %i row(s) per 二级: 一级 and 二级 dropdowns on every indicator row', async (scheme, perLevel2) => {
    const model = createWorkbook(['Sheet1']);
    selectCell(getSheet(model, 'Sheet1'), 'B2');
    await insert(model, 'active-cell', { scheme, rowsPerLevel2: perLevel2 });
    const sheet = getSheet(model, 'Sheet1');
    const spec = buildTemplate({ ...BASE, scheme, rowsPerLevel2: perLevel2 });
    const taxonomy = SCHEMES[scheme].level1;
    let row = 1 + spec.firstIndicatorRow;
    for (const l1 of taxonomy) {
      for (let i = 0; i < l1.level2.length * perLevel2; i++, row++) {
        const one = validationAt(sheet, row, 1);
        const two = validationAt(sheet, row, 2);
        expect(one?.type).toBe('List');
        expect(dropdownItems(model, sheet, one?.formula1 ?? '')).toEqual(taxonomy.map((l) => l.name));
        expect(two?.type).toBe('List');
        // The 二级 list follows the 一级 chosen at the top of the block.
        expect(dropdownItems(model, sheet, two?.formula1 ?? '')).toEqual([...l1.level2]);
        expect(one?.prompt?.message).toBeTruthy();
      }
    }
    expect(row).toBe(1 + spec.rows);
    expect(model.names?.map((n) => n.name).sort()).toEqual([`PT${scheme}_一级指标`, ...taxonomy.map((l) => `PT${scheme}_${l.name}`)].sort());
  });

  test('the list sheet is hidden; both schemes live side by side; only missing names are added', async () => {
    const model = createWorkbook(['Sheet1']);
    await insert(model, 'new-sheet', { scheme: '2015' });
    expect(getSheet(model, LIST_SHEET).visibility).toBe('Hidden');
    const after2015 = structuredClone(model.names);
    await insert(model, 'new-sheet', { scheme: '2021' });
    expect(model.names?.slice(0, after2015?.length)).toEqual(after2015);
    expect(model.names).toHaveLength(4 + 5);
    // A name the user deleted comes back; the others are left alone.
    const doomed = model.names?.findIndex((n) => n.name === 'PT2015_效益指标') ?? -1;
    model.names?.splice(doomed, 1);
    const lists = getSheet(model, LIST_SHEET);
    setCell(lists, 'A2', { value: '用户改过' });
    await insert(model, 'new-sheet', { scheme: '2015' });
    expect(model.names?.filter((n) => n.name === 'PT2015_效益指标')).toHaveLength(1);
    expect(getCell(lists, 1, 0)?.value).toBe('用户改过');
    expect(model.sheets.filter((s) => s.name === LIST_SHEET)).toHaveLength(1);
  });

  test('the dropdowns warn (not stop) on other names; the value cells prompt the accepted formats', async () => {
    const model = createWorkbook(['Sheet1']);
    await insert(model, 'active-cell');
    const sheet = getSheet(model, 'Sheet1');
    const spec = buildTemplate(BASE);
    const first = spec.firstIndicatorRow;
    expect(validationAt(sheet, first, 0)?.errorAlert).toMatchObject({ showAlert: true, style: 'Warning' });
    const costRow = first + 3; // 产出指标 / 成本指标
    expect(getCell(sheet, costRow, 1)?.value).toBe('成本指标');
    expect(validationAt(sheet, costRow, 5)?.prompt?.message).toContain('≤');
    expect(validationAt(sheet, first, 5)?.prompt).toMatchObject({ showPrompt: true, title: '填写说明' });
    expect(validationAt(sheet, 3, 2)?.prompt?.message).toContain('万元');
  });

  test('before ExcelApi 1.8: no dropdowns, no list sheet, and a note says so', async () => {
    const model = createWorkbook(['Sheet1']);
    const { result } = await insert(model, 'active-cell', {}, { excelApi: '1.7' });
    expect(result.notes).toHaveLength(2);
    expect(result.notes[0]).toContain('1.8');
    expect(findSheet(model, LIST_SHEET)).toBeUndefined();
    expect(model.names ?? []).toEqual([]);
    expect(getSheet(model, 'Sheet1').validations?.size ?? 0).toBe(0);
    expect(getSheet(model, 'Sheet1').pageLayout).toBeUndefined();
    expect(getCell(getSheet(model, 'Sheet1'), 2, 1)?.value).toBe(BASE.project);
  });
});

// ---------------------------------------------------------------------------------------------

describe('round trips', () => {
  test.each<[TemplatePlacement, number]>([
    ['active-cell', 3],
    ['new-sheet', 2],
  ])('%s: %i syncs whatever the rows per 二级', async (where, expected) => {
    for (const rowsPerLevel2 of [1, 7, 20]) {
      const { standIn } = await insert(createWorkbook(['Sheet1']), where, { scheme: '2021', rowsPerLevel2 });
      expect(standIn.stats.syncCount).toBe(expected);
    }
  });

  test('formats and validations come in rectangles whose count does not grow with the rows', () => {
    const count = (n: number) => {
      const spec = buildTemplate({ ...BASE, rowsPerLevel2: n });
      return [groupRects(styleCells(spec)).length, validationPlan(spec, 0, 0).length];
    };
    expect(count(20)).toEqual(count(1));
  });
});

// ---------------------------------------------------------------------------------------------

describe('what the template looks like', () => {
  test('fonts, alignment, borders round merged areas, header fill, two-decimal amounts', async () => {
    const model = createWorkbook(['Sheet1']);
    await insert(model, 'active-cell');
    const sheet = getSheet(model, 'Sheet1');
    const title = getCell(sheet, 0, 0);
    expect(title?.style?.font).toMatchObject({ name: '宋体', size: 16, bold: true });
    expect(title?.style?.alignment).toMatchObject({ horizontal: 'Center' });
    // 项目名称 is merged B3:G3: its right edge is G3's.
    expect(getCell(sheet, 2, 6)?.style?.borders?.right).toEqual({ style: 'thin', color: '#000000' });
    expect(getCell(sheet, 6, 0)?.style?.fill?.color).toBe('#D9E1F2');
    for (const col of [2, 4, 6]) expect(getCell(sheet, 3, col)?.numberFormat).toBe('0.00');
    expect(getCell(sheet, 5, 1)?.style?.alignment).toMatchObject({ wrapText: true, vertical: 'Center', horizontal: 'Left' });
    expect(sheet.merges).toHaveLength(buildTemplate(BASE).merges.length);
  });

  test('a new sheet gets widths, heights, A4 fit-to-width printing; the 项目名称 cell is selected', async () => {
    const model = createWorkbook(['Sheet1']);
    const { result } = await insert(model, 'new-sheet');
    const sheet = getSheet(model, result.sheet);
    const spec = buildTemplate(BASE);
    expect([...(sheet.columnWidths ?? [])]).toEqual(spec.columnWidths.map((w, i) => [i, charsToPoints(w)]));
    expect(sheet.rowHeights?.get(5)).toBe(60);
    expect(sheet.pageLayout).toEqual({ paperSize: 'A4', orientation: 'Portrait', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printArea: [parseA1(result.address)] });
    expect(sheet.selection).toEqual(parseA1('B3'));
    expect(model.sheets[model.activeSheet]).toBe(sheet);
  });

  test("on the user's sheet: columns only widened, print settings left alone when the sheet has other content", async () => {
    const model = createWorkbook(['Sheet1']);
    const sheet = getSheet(model, 'Sheet1');
    sheet.columnWidths = new Map([[2, 300]]);
    setCell(sheet, 'K1', { value: '别的表' });
    selectCell(sheet, 'A3');
    await insert(model, 'active-cell');
    expect(sheet.columnWidths.get(2)).toBe(300);
    expect(sheet.columnWidths.get(1)).toBe(charsToPoints(16));
    expect(sheet.pageLayout).toBeUndefined();
    expect(sheet.selection).toEqual(parseA1('B5'));
  });

  test('before ExcelApi 1.9: no print setup, and a note', async () => {
    const { result, model } = await insert(createWorkbook(['Sheet1']), 'new-sheet', {}, { excelApi: '1.8' });
    expect(result.notes).toEqual([expect.stringContaining('1.9')]);
    expect(getSheet(model, result.sheet).pageLayout).toBeUndefined();
  });

  test('a project name Excel would read as a number stays text', async () => {
    const model = createWorkbook(['Sheet1']);
    await insert(model, 'active-cell', { project: '2026' });
    expect(getCell(getSheet(model, 'Sheet1'), 2, 1)?.value).toBe('2026');
  });
});

describe('the new sheet is named after the project', () => {
  test.each<[string, string[], string]>([
    ['项目', [], '项目'],
    ['项目', ['项目'], '项目 (2)'],
    ['Sheet1', ['sheet1', 'SHEET1 (2)'], 'Sheet1 (3)'],
    ['长'.repeat(31), ['长'.repeat(31)], `${'长'.repeat(27)} (2)`],
    ["'引号'", [], '引号'],
    ['History', [], 'History (2)'],
    ['', [], '绩效目标表'],
  ])('%s with %j taken: %s', (wanted, taken, expected) => {
    const name = uniqueSheetName(wanted, taken);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
  });

  test('in the workbook: a taken name gets a number', async () => {
    const model = createWorkbook([BASE.project as string]);
    const { result } = await insert(model, 'new-sheet');
    expect(result.sheet).toBe(`${BASE.project} (2)`);
    const unnamed = await insert(model, 'new-sheet', { project: '' });
    expect(unnamed.result.sheet).toBe('绩效目标表');
  });
});

// ---------------------------------------------------------------------------------------------

describe('read back by the checker', () => {
  test.each<[SchemeId, MoneyUnit, string, number, TemplatePlacement]>([
    ['2015', '万元', '', 1, 'active-cell'],
    ['2021', '元', '2026年检察业务经费项目', 2, 'new-sheet'],
    ['2015', '元', '2026年司法救助项目', 3, 'active-cell'],
    ['2021', '万元', '', 20, 'new-sheet'],
  ])('%s / %s / "%s" / %i row(s) / %s: one table whose only findings are its empty fields', async (scheme, unit, project, perLevel2, where) => {
    const model = createWorkbook(['Sheet1']);
    // Something elsewhere on the sheet, far enough away to be no part of the table.
    setCell(getSheet(model, 'Sheet1'), 'M40', { value: '备注' });
    selectCell(getSheet(model, 'Sheet1'), 'B2');
    const { host, result } = await insert(model, where, { scheme, unit, project, rowsPerLevel2: perLevel2 });
    const spec = buildTemplate({ scheme, unit, project, rowsPerLevel2: perLevel2 });
    const sheets = [await host.readSheet(result.sheet), await host.readSheet(LIST_SHEET)].map((g) => checkSheet(g, { scheme: 'auto' }));
    expect(sheets[0].tables).toHaveLength(1);
    const [table] = sheets[0].tables;
    const placed = parseA1(result.address);
    // ExcelHost.readSheet reads the used range of values, so on a sheet holding nothing else the
    // blank rows below the template's last text (the merged satisfaction block) are not read.
    const lastText = placed.top + Math.max(...spec.cells.filter((c) => c.value !== null).map((c) => c.row));
    const range = table.table.range;
    expect([range.top, range.left, range.right]).toEqual([placed.top, placed.left, placed.right]);
    expect(range.bottom).toBeGreaterThanOrEqual(lastText);
    expect(range.bottom).toBeLessThanOrEqual(placed.bottom);
    expect(table.scheme).toBe(scheme);
    expect(table.table.moneyUnit).toBe(unit);
    // A fresh template is work to do: its indicator rows are blank template rows, and the only
    // findings are "待填写" infos.
    expect(table.table.indicators).toHaveLength(0);
    expect(table.table.unused).toHaveLength(range.bottom - (placed.top + spec.firstIndicatorRow) + 1);
    expect(new Set(table.findings.map((f) => f.rule))).toEqual(new Set(['structure/unfilled']));
    expect(table.findings.every((f) => f.severity === 'info')).toBe(true);
    expect(table.findings.some((f) => f.messageId === 'projectName')).toBe(project === '');
    expect(sheets[0].findings).toEqual([]);
    expect(sheets[1].tables).toEqual([]);
  });

  test('saved as .xlsx and reopened: dropdowns, prompts, names, the hidden list sheet and print setup are still there', async () => {
    const model = createWorkbook(['Sheet1']);
    const { result } = await insert(model, 'new-sheet', { scheme: '2021', rowsPerLevel2: 2 });
    const reopened = await roundTrip(model);
    const sheet = getSheet(reopened, result.sheet);
    const original = getSheet(model, result.sheet);
    expect(reopened.names).toEqual(model.names);
    expect(getSheet(reopened, LIST_SHEET).visibility).toBe('Hidden');
    for (const [key, v] of original.validations ?? []) {
      const { row, col } = keyToCell(key);
      expect(validationAt(sheet, row, col)).toEqual(v);
    }
    expect(sheet.pageLayout).toEqual(original.pageLayout);
    const sorted = (rects: Rect[]) => rects.map((r) => rectToA1(r)).sort();
    expect(sorted(sheet.merges)).toEqual(sorted(original.merges));
    const back = setup(reopened).host;
    const check = checkSheet(await back.readSheet(result.sheet));
    expect(check.tables).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------

/** What a user types: Excel's own parsing of the text (numbers, a leading apostrophe …). */
function typeText(sheet: SheetModel, row: number, col: number, text: string): void {
  setCell(sheet, { row, col }, typeInto(getCell(sheet, row, col), text));
}

/** Deletes whole rows as Excel does: cells, merged areas and validations below move up. */
function deleteRows(sheet: SheetModel, top: number, count: number): void {
  const bottom = top + count - 1;
  function shift<V>(map: Map<number, V>): Map<number, V> {
    const out = new Map<number, V>();
    for (const [key, v] of map) {
      const { row, col } = keyToCell(key);
      if (row < top) out.set(key, v);
      else if (row > bottom) out.set(cellKey(row - count, col), v);
    }
    return out;
  }
  sheet.cells = shift(sheet.cells);
  if (sheet.validations) sheet.validations = shift(sheet.validations);
  const moved = (r: number) => (r > bottom ? r - count : r < top ? r : top);
  sheet.merges = sheet.merges
    .filter((m) => !(m.top >= top && m.bottom <= bottom))
    .map((m): Rect => ({ ...m, top: moved(m.top), bottom: m.bottom >= top && m.bottom <= bottom ? top - 1 : moved(m.bottom) }))
    .filter((m) => m.bottom > m.top || m.right > m.left);
}

type Comparable = Pick<Finding, 'rule' | 'category' | 'severity' | 'cell' | 'message' | 'suggestion'>;

function comparable(findings: readonly Finding[]): Comparable[] {
  return findings.map(({ rule, category, severity, cell, message, suggestion }) => ({ rule, category, severity, cell, message, suggestion }));
}

describe("the seed's table 1 typed into a fresh template", () => {
  test('gives the same findings as table 1 of examples/sample.xlsx', async () => {
    const [sampleGrid] = await readWorkbookFile(join(__dirname, '..', '..', '..', 'examples', 'sample.xlsx'));
    const expected = checkSheet(sampleGrid).tables[0];
    const seed = expected.table;
    expect(seed.indicators).toHaveLength(7);

    const model = createWorkbook(['Sheet1']);
    await insert(model, 'active-cell', { scheme: '2015', unit: '万元', project: seed.projectName?.text ?? '' });
    const sheet = getSheet(model, 'Sheet1');
    const spec = buildTemplate({ ...BASE, project: seed.projectName?.text });
    typeText(sheet, 0, 0, seed.title?.text ?? '');
    typeText(sheet, 1, 0, seed.unitName?.text ?? '');
    typeText(sheet, 3, 2, seed.budget.total?.text ?? '');
    typeText(sheet, 3, 4, seed.budget.fiscal?.text ?? '');
    typeText(sheet, 4, 1, seed.budget.use?.text ?? '');
    typeText(sheet, 5, 1, seed.goals?.text ?? '');
    // The template has 数量/质量/时效/成本, 经济/社会/生态/可持续, 服务对象满意度. The seed's six
    // first rows go into the first six rows (two 二级 chosen anew from the dropdown), its
    // satisfaction row into the last; the two rows left over are deleted.
    const first = spec.firstIndicatorRow;
    const last = spec.rows - 1;
    const targets = [0, 1, 2, 3, 4, 5].map((i) => first + i).concat(last);
    const isCovered = (row: number, col: number) => sheet.merges.some((m) => m.top < row && row <= m.bottom && m.left <= col && col <= m.right);
    seed.indicators.forEach((ind, i) => {
      const row = targets[i];
      if (!ind.level1.inherited && !isCovered(row, 0)) typeText(sheet, row, 0, ind.level1.text);
      expect(String(getCell(sheet, sheet.merges.find((m) => m.left === 0 && m.top <= row && row <= m.bottom)?.top ?? row, 0)?.value)).toBe(ind.level1.text);
      typeText(sheet, row, 1, ind.level2.text);
      typeText(sheet, row, 2, ind.level3.text);
      typeText(sheet, row, 3, ind.description?.text ?? '');
      typeText(sheet, row, 5, ind.value.text);
    });
    deleteRows(sheet, first + 6, last - first - 6);

    const { host } = setup(model);
    const result = checkSheet(await host.readSheet('Sheet1'));
    expect(result.tables).toHaveLength(1);
    const mine = result.tables[0];
    expect(mine.table.range).toEqual(seed.range);
    expect(expected.findings.length).toBeGreaterThan(0);
    expect(comparable(mine.findings)).toEqual(comparable(expected.findings));
  });
});

describe('planning', () => {
  test.each<[string, string[], string]>([
    ['F8:F9', ['F8:G8', 'F9:G9'], 'F8:G9'],
    ['B3', ['B3:G3'], 'B3:G3'],
    ['A8:A9', ['A8:A11', 'B8:C8'], 'A8:A11'],
    ['C5', ['A1:B2'], 'C5'],
    // Growing can reach a further merge, which grows it again.
    ['B2', ['B2:C2', 'C2:C6'], 'B2:C6'],
  ])('coverMerges(%s, %j) = %s', (rect, merges, expected) => {
    expect(rectToA1(coverMerges(parseA1(rect), merges.map((m) => parseA1(m))))).toBe(expected);
  });

  test('validation rectangles never split a merged area, and never overlap', () => {
    const spec = buildTemplate({ ...BASE, scheme: '2021', rowsPerLevel2: 3 });
    const plan = validationPlan(spec, 0, 0);
    for (const v of plan) {
      for (const m of spec.merges) {
        const overlaps = m.left <= v.rect.right && v.rect.left <= m.right && m.top <= v.rect.bottom && v.rect.top <= m.bottom;
        const inside = m.top >= v.rect.top && m.bottom <= v.rect.bottom && m.left >= v.rect.left && m.right <= v.rect.right;
        expect(!overlaps || inside).toBe(true);
      }
    }
    const cells = plan.flatMap((v) => {
      const out: string[] = [];
      for (let r = v.rect.top; r <= v.rect.bottom; r++) for (let c = v.rect.left; c <= v.rect.right; c++) out.push(`${r},${c}`);
      return out;
    });
    expect(new Set(cells).size).toBe(cells.length);
  });
});
