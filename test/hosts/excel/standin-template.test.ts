/**
 * The parts of the Excel stand-in the template insertion uses (src/standin/validation.ts,
 * names.ts, layout.ts, xlsx-extras.ts): Office's semantics and Excel's errors for bad input.
 */
import { createStandIn, createWorkbook, getCell, getSheet, mergeCells, setCell, type WorkbookModel } from '../../../src/standin';
import { validationAt } from '../../../src/standin/validation';
import { roundTrip } from '../../../src/standin/xlsx';

/** Runs one batch that queues `body` and syncs; resolves to what the sync threw, or undefined. */
async function syncError(model: WorkbookModel, body: (context: Excel.RequestContext) => void, excelApi?: string): Promise<unknown> {
  const standIn = createStandIn(model, excelApi ? { excelApi } : {});
  return standIn
    .run(async (context) => {
      body(context);
      await context.sync();
    })
    .then(
      () => undefined,
      (e: unknown) => e,
    );
}

describe('data validation (ExcelApi 1.8)', () => {
  test('rules, prompts and alerts are set at sync and read back after load + sync', async () => {
    const model = createWorkbook(['S']);
    const standIn = createStandIn(model);
    await standIn.run(async (context) => {
      const dv = context.workbook.worksheets.getItem('S').getRange('A1:A3').dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: '=Names' } };
      dv.prompt = { showPrompt: true, title: '说明', message: '从列表选择' };
      expect(validationAt(getSheet(model, 'S'), 0, 0)).toBeUndefined();
      await context.sync();
      const back = context.workbook.worksheets.getItem('S').getRange('A1:A3').dataValidation.load('type,rule,prompt');
      expect(() => back.type).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(back.type).toBe('List');
      expect(back.rule).toEqual({ list: { inCellDropDown: true, source: '=Names' } });
      expect(back.prompt).toEqual({ showPrompt: true, title: '说明', message: '从列表选择' });
      const mixed = context.workbook.worksheets.getItem('S').getRange('A3:A4').dataValidation.load('type');
      await context.sync();
      expect(mixed.type).toBe('Inconsistent');
    });
    const sheet = getSheet(model, 'S');
    // Cells set together share one rule, as Excel keeps one per area.
    expect(validationAt(sheet, 0, 0)).toBe(validationAt(sheet, 2, 0));
  });

  test.each<[string, (dv: Excel.DataValidation) => void]>([
    ['two kinds of rule at once', (dv) => (dv.rule = { list: { inCellDropDown: true, source: 'a,b' }, custom: { formula: '=TRUE' } })],
    ['no rule at all', (dv) => (dv.rule = {})],
    ['a list without a source', (dv) => (dv.rule = { list: { inCellDropDown: true, source: '' } })],
    ['a typed-out list over 255 characters', (dv) => (dv.rule = { list: { inCellDropDown: true, source: 'a,'.repeat(130) } })],
    ['a prompt title over 32 characters', (dv) => (dv.prompt = { showPrompt: true, title: '长'.repeat(33), message: '' })],
    ['a prompt message over 255 characters', (dv) => (dv.prompt = { showPrompt: true, title: '', message: '长'.repeat(256) })],
    ['an alert of an unknown style', (dv) => (dv.errorAlert = { showAlert: true, style: 'Loud' as 'Stop', title: '', message: '' })],
  ])('%s: InvalidArgument at sync', async (_what, set) => {
    const model = createWorkbook(['S']);
    const err = await syncError(model, (context) => set(context.workbook.worksheets.getItem('S').getRange('B2').dataValidation));
    expect(err).toMatchObject({ code: 'InvalidArgument' });
    expect(getSheet(model, 'S').validations?.size ?? 0).toBe(0);
  });

  test('clear() removes rule and prompt; a protected sheet refuses; Excel before 1.8 has no validation', async () => {
    const model = createWorkbook(['S']);
    await syncError(model, (context) => {
      const dv = context.workbook.worksheets.getItem('S').getRange('A1:B2').dataValidation;
      dv.rule = { custom: { formula: '=TRUE' } };
      context.workbook.worksheets.getItem('S').getRange('B2').dataValidation.clear();
    });
    const sheet = getSheet(model, 'S');
    expect(validationAt(sheet, 0, 0)?.type).toBe('Custom');
    expect(validationAt(sheet, 1, 1)).toBeUndefined();
    sheet.protection.protected = true;
    expect(await syncError(model, (context) => context.workbook.worksheets.getItem('S').getRange('C3').dataValidation.clear())).toMatchObject({ code: 'AccessDenied' });
    expect(await syncError(createWorkbook(['S']), (context) => context.workbook.worksheets.getItem('S').getRange('A1').dataValidation.load('type'), '1.7')).toMatchObject({
      code: 'ApiNotFound',
    });
  });
});

describe('names', () => {
  test('add, look up (null object when missing), list', async () => {
    const model = createWorkbook(['S']);
    const standIn = createStandIn(model);
    await standIn.run(async (context) => {
      context.workbook.names.add('列表_一', "='S'!$A$1:$A$3");
      const found = context.workbook.names.getItemOrNullObject('列表_一').load('name,type,formula');
      const missing = context.workbook.names.getItemOrNullObject('没有');
      const all = context.workbook.names.load('items/name');
      await context.sync();
      expect(found.formula).toBe("='S'!$A$1:$A$3");
      expect(found.type).toBe('Range');
      expect(missing.isNullObject).toBe(true);
      expect(all.items.map((n) => n.name)).toEqual(['列表_一']);
    });
  });

  test.each<[string, string, string]>([
    ['a taken name, in any case', 'abc', 'ItemAlreadyExists'],
    ['a cell reference', 'AB12', 'InvalidArgument'],
    ['R1C1', 'R1C1', 'InvalidArgument'],
    ['a leading digit', '1abc', 'InvalidArgument'],
    ['a space', 'a b', 'InvalidArgument'],
    ['an empty name', '', 'InvalidArgument'],
  ])('%s (%j): %s', async (_what, name, code) => {
    const model = createWorkbook(['S']);
    model.names = [{ name: 'ABC', formula: '=S!$A$1', visible: true, comment: '' }];
    expect(await syncError(model, (context) => context.workbook.names.add(name, '=S!$B$1'))).toMatchObject({ code });
    expect(model.names).toHaveLength(1);
  });
});

describe('worksheets: add, visibility, workbook protection', () => {
  test('add puts the sheet at the end without activating it; names follow Excel’s rules', async () => {
    const model = createWorkbook(['S']);
    expect(await syncError(model, (context) => void context.workbook.worksheets.add('新表'))).toBeUndefined();
    expect(model.sheets.map((s) => s.name)).toEqual(['S', '新表']);
    expect(model.activeSheet).toBe(0);
    for (const [name, code] of [
      ['新表', 'ItemAlreadyExists'],
      ['s', 'ItemAlreadyExists'],
      ['a/b', 'InvalidArgument'],
      ['长'.repeat(32), 'InvalidArgument'],
      ["'x", 'InvalidArgument'],
      ['History', 'InvalidArgument'],
    ]) {
      expect(await syncError(model, (context) => void context.workbook.worksheets.add(name))).toMatchObject({ code });
    }
    expect(model.sheets).toHaveLength(2);
    model.protection = { protected: true };
    expect(await syncError(model, (context) => void context.workbook.worksheets.add('再来'))).toMatchObject({ code: 'AccessDenied' });
  });

  test('hiding: loaded back; the last visible sheet cannot be hidden; the active one hands over', async () => {
    const model = createWorkbook(['A', 'B']);
    model.activeSheet = 1;
    const standIn = createStandIn(model);
    await standIn.run(async (context) => {
      context.workbook.worksheets.getItem('B').visibility = 'Hidden';
      const b = context.workbook.worksheets.getItem('B').load('visibility');
      const protection = context.workbook.protection.load('protected');
      await context.sync();
      expect(b.visibility).toBe('Hidden');
      expect(protection.protected).toBe(false);
    });
    expect(model.activeSheet).toBe(0);
    expect(await syncError(model, (context) => (context.workbook.worksheets.getItem('A').visibility = 'Hidden'))).toMatchObject({ code: 'InvalidOperation' });
  });
});

describe('merge, alignment, borders, sizes, page layout', () => {
  test('merge keeps the top-left value, absorbs merged areas inside, refuses one that sticks out', async () => {
    const model = createWorkbook(['S']);
    const sheet = getSheet(model, 'S');
    setCell(sheet, 'A1', { value: '留' });
    setCell(sheet, 'B2', { value: '清' });
    mergeCells(sheet, 'B1:B2');
    await syncError(model, (context) => context.workbook.worksheets.getItem('S').getRange('A1:C2').merge());
    expect(sheet.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 2 }]);
    expect(getCell(sheet, 0, 0)?.value).toBe('留');
    expect(getCell(sheet, 1, 1)?.value).toBeNull();
    expect(await syncError(model, (context) => context.workbook.worksheets.getItem('S').getRange('C2:D3').merge())).toMatchObject({ code: 'InvalidOperation' });
    await syncError(model, (context) => context.workbook.worksheets.getItem('S').getRange('E1:F2').merge(true));
    expect(sheet.merges.slice(1)).toEqual([
      { top: 0, left: 4, bottom: 0, right: 5 },
      { top: 1, left: 4, bottom: 1, right: 5 },
    ]);
  });

  test('alignment, wrap, widths and heights: set, read back (null when mixed), bad values refused', async () => {
    const model = createWorkbook(['S']);
    const standIn = createStandIn(model);
    await standIn.run(async (context) => {
      const f = context.workbook.worksheets.getItem('S').getRange('A1:B2').format;
      f.horizontalAlignment = 'Center';
      f.wrapText = true;
      f.columnWidth = 63;
      context.workbook.worksheets.getItem('S').getRange('A1').format.rowHeight = 28;
      await context.sync();
      const back = context.workbook.worksheets.getItem('S').getRange('A1:C2').format.load('horizontalAlignment,wrapText,columnWidth');
      const one = context.workbook.worksheets.getItem('S').getRange('B2').format.load('horizontalAlignment,verticalAlignment,columnWidth,rowHeight');
      await context.sync();
      expect([back.horizontalAlignment, back.wrapText, back.columnWidth]).toEqual([null, null, null]);
      expect([one.horizontalAlignment, one.verticalAlignment, one.columnWidth, one.rowHeight]).toEqual(['Center', 'Bottom', 63, 15]);
    });
    expect(getSheet(model, 'S').rowHeights?.get(0)).toBe(28);
    for (const set of [
      (f: Excel.RangeFormat) => (f.horizontalAlignment = 'Middle' as 'Center'),
      (f: Excel.RangeFormat) => (f.columnWidth = -1),
      (f: Excel.RangeFormat) => (f.rowHeight = 500),
    ]) {
      expect(await syncError(model, (context) => set(context.workbook.worksheets.getItem('S').getRange('D4').format))).toMatchObject({ code: 'InvalidArgument' });
    }
  });

  test('borders: edges and inside lines, style + weight + colour as the file keeps them', async () => {
    const model = createWorkbook(['S']);
    const standIn = createStandIn(model);
    await standIn.run(async (context) => {
      const borders = context.workbook.worksheets.getItem('S').getRange('A1:B2').format.borders;
      for (const edge of ['EdgeTop', 'InsideHorizontal', 'InsideVertical'] as const) {
        const b = borders.getItem(edge);
        b.style = 'Continuous';
        b.weight = 'Medium';
        b.color = '#ff0000';
      }
      await context.sync();
      const top = borders.getItem('EdgeTop').load('style,weight,color');
      const bottom = borders.getItem('EdgeBottom').load('style');
      await context.sync();
      expect([top.style, top.weight, top.color]).toEqual(['Continuous', 'Medium', '#FF0000']);
      expect(bottom.style).toBe('None');
    });
    const sheet = getSheet(model, 'S');
    expect(getCell(sheet, 0, 0)?.style?.borders).toEqual({ top: { style: 'medium', color: '#FF0000' }, bottom: { style: 'medium', color: '#FF0000' }, right: { style: 'medium', color: '#FF0000' } });
    expect(getCell(sheet, 1, 1)?.style?.borders).toEqual({ top: { style: 'medium', color: '#FF0000' }, left: { style: 'medium', color: '#FF0000' } });
    expect(await syncError(model, (context) => (context.workbook.worksheets.getItem('S').getRange('C3').format.borders.getItem('EdgeTop').style = 'Wavy' as 'Dot'))).toMatchObject({
      code: 'InvalidArgument',
    });
  });

  test('page layout (1.9): paper, orientation, fit to pages, print area; bad zoom refused', async () => {
    const model = createWorkbook(['S']);
    await syncError(model, (context) => {
      const layout = context.workbook.worksheets.getItem('S').pageLayout;
      layout.paperSize = 'A4';
      layout.orientation = 'Landscape';
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      layout.setPrintArea('A1:G20');
    });
    expect(getSheet(model, 'S').pageLayout).toEqual({ paperSize: 'A4', orientation: 'Landscape', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printArea: [{ top: 0, left: 0, bottom: 19, right: 6 }] });
    expect(await syncError(model, (context) => (context.workbook.worksheets.getItem('S').pageLayout.zoom = { scale: 80, horizontalFitToPages: 1 }))).toMatchObject({ code: 'InvalidArgument' });
    expect(await syncError(model, (context) => (context.workbook.worksheets.getItem('S').pageLayout.paperSize = 'A9' as 'A4'))).toMatchObject({ code: 'InvalidArgument' });
    expect(await syncError(createWorkbook(['S']), (context) => context.workbook.worksheets.getItem('S').pageLayout.load('paperSize'), '1.8')).toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('in .xlsx files', () => {
  test('validations (lists by name or typed out, prompts, alerts), names, hidden sheets, sizes and page setup survive', async () => {
    const model = createWorkbook(['S', '隐藏']);
    await syncError(model, (context) => {
      const ws = context.workbook.worksheets;
      const a = ws.getItem('S').getRange('A1:A4').dataValidation;
      a.rule = { list: { inCellDropDown: true, source: '=列表' } };
      a.prompt = { showPrompt: true, title: '说明', message: '选择' };
      a.errorAlert = { showAlert: true, style: 'Warning', title: '不在列表中', message: '确定吗？' };
      ws.getItem('S').getRange('B1').dataValidation.rule = { list: { inCellDropDown: true, source: '是,否' } };
      ws.getItem('S').getRange('C1').dataValidation.rule = { wholeNumber: { formula1: 1, formula2: 20, operator: 'Between' } };
      ws.getItem('S').getRange('C1').format.columnWidth = 84;
      ws.getItem('S').getRange('C3').format.rowHeight = 36;
      ws.getItem('S').pageLayout.paperSize = 'A4';
      context.workbook.names.add('列表', "='隐藏'!$A$1:$A$3");
      ws.getItem('隐藏').visibility = 'Hidden';
    });
    const back = await roundTrip(model);
    const s = getSheet(back, 'S');
    for (let r = 0; r < 4; r++) expect(validationAt(s, r, 0)).toEqual(validationAt(getSheet(model, 'S'), r, 0));
    expect(validationAt(s, 0, 1)).toEqual(validationAt(getSheet(model, 'S'), 0, 1));
    expect(validationAt(s, 0, 2)).toEqual(validationAt(getSheet(model, 'S'), 0, 2));
    expect(back.names).toEqual(model.names);
    expect(getSheet(back, '隐藏').visibility).toBe('Hidden');
    expect(s.columnWidths?.get(2)).toBe(84);
    expect(s.rowHeights?.get(2)).toBe(36);
    expect(s.pageLayout).toEqual({ paperSize: 'A4', orientation: 'Portrait' });
  });
});
