import { ExcelHost } from '../../src/hosts/excel';
import { markFormula } from '../../src/hosts/excel/marks';
import {
  buildSheetView,
  clickArea,
  contentRect,
  MIN_VIEW_COLS,
  MIN_VIEW_ROWS,
  pointsToPx,
  selectionText,
  visibleSheets,
  type SheetView,
  type ViewCell,
} from '../../src/preview/sheet-view';
import { parseA1, type CellValue } from '../../src/core/engine/grid';
import { createStandIn, createWorkbook, getSheet, mergeCells, setCell, type CellStyle, type SheetModel } from '../../src/standin';
import { cellKey } from '../../src/standin/model';

function sheetWith(build: (s: SheetModel) => void): SheetModel {
  const model = createWorkbook(['表']);
  const s = getSheet(model, '表');
  build(s);
  return s;
}

function cellAt(view: SheetView, address: string): ViewCell | undefined {
  return view.lines.flatMap((l) => l.cells).find((c) => c.address === address);
}

function addresses(view: SheetView): string[] {
  return view.lines.flatMap((l) => l.cells.map((c) => c.address));
}

const THIN = { style: 'thin' };

describe('extent', () => {
  test('an empty sheet still shows a small sheet from A1', () => {
    const view = buildSheetView(sheetWith(() => undefined));
    expect(view.rows).toHaveLength(MIN_VIEW_ROWS);
    expect(view.cols.map((c) => c.name).slice(0, 3)).toEqual(['A', 'B', 'C']);
    expect(view.cols).toHaveLength(MIN_VIEW_COLS);
    expect(view.truncated).toBe(false);
    expect(view.markedCount).toBe(0);
  });

  test('a used range beyond the minimum is shown with a margin of blank rows and columns', () => {
    const view = buildSheetView(sheetWith((s) => setCell(s, 'K30', { value: 'x' })));
    expect(view.rows).toHaveLength(30 + 3);
    expect(view.cols.at(-1)?.name).toBe('M');
  });

  test('formatting alone extends the drawing, as it extends Excel used range', () => {
    const view = buildSheetView(sheetWith((s) => setCell(s, 'A40', { value: null, style: { fill: { color: '#FFFF00' } } })));
    expect(view.rows).toHaveLength(43);
  });

  test('a sheet larger than the limits is cut and says so', () => {
    const s = sheetWith((x) => setCell(x, 'Z500', { value: 1 }));
    const view = buildSheetView(s, { maxRows: 100, maxCols: 10 });
    expect(view.rows).toHaveLength(100);
    expect(view.cols).toHaveLength(10);
    expect(view.truncated).toBe(true);
    expect(buildSheetView(s).truncated).toBe(false);
  });
});

describe('cells', () => {
  test.each<[Parameters<typeof setCell>[2], string, ViewCell['align']]>([
    [{ value: '≥99百分之' }, '≥99百分之', 'left'],
    [{ value: 26.5, numberFormat: '0.00' }, '26.50', 'right'],
    [{ value: 1030700, numberFormat: '#,##0.00' }, '1,030,700.00', 'right'],
    [{ value: 0.98, numberFormat: '0%' }, '98%', 'right'],
    [{ value: true }, 'TRUE', 'center'],
    [{ value: null }, '', 'left'],
  ])('%j is drawn as %s, aligned %s', (patch, text, align) => {
    const cell = cellAt(buildSheetView(sheetWith((s) => setCell(s, 'C4', patch))), 'C4');
    expect(cell).toMatchObject({ text, align });
  });

  test('font, fill and borders are the user’s own', () => {
    const view = buildSheetView(
      sheetWith((s) =>
        setCell(s, 'B2', {
          value: '项目名称',
          style: {
            font: { name: '仿宋', size: 11, bold: true, color: 'theme:4' },
            fill: { color: '#FFFF00' },
            borders: { top: THIN, bottom: { style: 'double', color: '#FF0000' } },
          },
        }),
      ),
    );
    expect(cellAt(view, 'B2')).toMatchObject({
      font: { family: '仿宋', size: 11, bold: true, color: '#4472C4' },
      fill: '#FFFF00',
      ownFill: '#FFFF00',
      borders: { top: '1px solid #000000', bottom: '3px double #FF0000' },
    });
    expect(cellAt(view, 'B2')?.severity).toBeUndefined();
  });
});

describe('merged cells', () => {
  const view = buildSheetView(
    sheetWith((s) => {
      setCell(s, 'A8', { value: '产出指标', style: { borders: { top: THIN, left: THIN } } });
      setCell(s, 'A11', { value: null, style: { borders: { bottom: { style: 'medium' } } } });
      setCell(s, 'F14', { value: '≥99百分之', style: { borders: { top: THIN } } });
      setCell(s, 'G14', { value: null, style: { borders: { right: { style: 'thick' } } } });
      mergeCells(s, 'A8:A11');
      mergeCells(s, 'F14:G14');
    }),
  );

  test('a merged area is one cell with its spans and its top-left value', () => {
    expect(cellAt(view, 'A8')).toMatchObject({ rowSpan: 4, colSpan: 1, text: '产出指标' });
    expect(cellAt(view, 'F14')).toMatchObject({ rowSpan: 1, colSpan: 2, text: '≥99百分之' });
  });

  test('the cells it covers are not drawn', () => {
    const drawn = addresses(view);
    for (const a of ['A9', 'A10', 'A11', 'G14']) expect(drawn).not.toContain(a);
    for (const a of ['A7', 'A12', 'B8', 'H14']) expect(drawn).toContain(a);
  });

  test('edges come from the cells along them, as Excel draws them', () => {
    expect(cellAt(view, 'A8')?.borders).toEqual({ top: '1px solid #000000', left: '1px solid #000000', bottom: '2px solid #000000' });
    expect(cellAt(view, 'F14')?.borders).toEqual({ top: '1px solid #000000', right: '3px solid #000000' });
  });

  test('a merge cut by the limits is drawn up to them', () => {
    const s = sheetWith((x) => {
      setCell(x, 'A1', { value: '标题' });
      mergeCells(x, 'A1:Z1');
    });
    expect(cellAt(buildSheetView(s, { maxRows: 50, maxCols: 5 }), 'A1')?.colSpan).toBe(5);
  });
});

describe('marks, read from the conditional formats the add-in wrote', () => {
  async function marked(build: (s: SheetModel) => void, targets: Parameters<ExcelHost['mark']>[1]) {
    const model = createWorkbook(['表']);
    const s = getSheet(model, '表');
    build(s);
    const standIn = createStandIn(model);
    const host = new ExcelHost({ run: standIn.run, isSetSupported: standIn.isSetSupported, locale: 'zh-CN' });
    await host.mark('表', targets);
    return { s, host };
  }

  test('each marked cell has its severity and the mark colour over the user’s fill', async () => {
    const { s } = await marked(
      (x) => {
        setCell(x, 'F9', { value: '保障软、硬件正常运转。', style: { fill: { color: '#00B050' } } });
        setCell(x, 'C13', { value: '生态效益指标' });
        setCell(x, 'F14', { value: '≥99百分之' });
        mergeCells(x, 'F14:G14');
      },
      [
        { cell: 'F14', severity: 'error', message: 'a' },
        { cell: 'C13', severity: 'warning', message: 'b' },
        { cell: 'F9', severity: 'info', message: 'c' },
      ],
    );
    const view = buildSheetView(s);
    expect(cellAt(view, 'F14')).toMatchObject({ severity: 'error', fill: '#FFC7CE' });
    expect(cellAt(view, 'C13')).toMatchObject({ severity: 'warning', fill: '#FFEB9C' });
    expect(cellAt(view, 'F9')).toMatchObject({ severity: 'info', fill: '#DDEBF7', ownFill: '#00B050' });
    expect(view.markedCount).toBe(3);
  });

  test('where marks overlap, the highest priority (error) shows', async () => {
    const { s } = await marked((x) => setCell(x, 'A1', { value: 'x' }), [
      { cell: 'A1:C3', severity: 'info', message: 'table' },
      { cell: 'B2', severity: 'error', message: 'cell' },
    ]);
    const view = buildSheetView(s);
    expect(cellAt(view, 'B2')?.severity).toBe('error');
    expect(cellAt(view, 'A1')?.severity).toBe('info');
    expect(cellAt(view, 'C3')?.severity).toBe('info');
    expect(cellAt(view, 'D4')?.severity).toBeUndefined();
    expect(view.markedCount).toBe(9);
  });

  test('clearing the marks brings back the user’s own fill', async () => {
    const { s, host } = await marked((x) => setCell(x, 'F9', { value: 'x', style: { fill: { color: 'theme:4' } } }), [
      { cell: 'F9', severity: 'error', message: 'a' },
    ]);
    await host.clearMarks('表');
    const cell = cellAt(buildSheetView(s), 'F9');
    expect(cell?.fill).toBe('#4472C4');
    expect(cell).not.toHaveProperty('severity');
  });

  test('the user’s own conditional formats are not taken for marks', () => {
    const s = sheetWith((x) => {
      setCell(x, 'A1', { value: 1 });
      x.conditionalFormats.push(
        { id: '{1}', type: 'Custom', areas: [parseA1('A1')], formula: '=A1>0', fillColor: '#FF0000', stopIfTrue: false },
        { id: '{2}', type: 'CellValue', areas: [parseA1('A2')], formula: markFormula('error'), fillColor: '#FF0000', stopIfTrue: false },
        { id: '{3}', type: 'DataBar', areas: [parseA1('A3')], stopIfTrue: false, passthrough: {} },
      );
    });
    expect(buildSheetView(s).markedCount).toBe(0);
  });

  test('a mark over part of a merged area shows only if it covers the top-left cell', () => {
    const s = sheetWith((x) => {
      mergeCells(x, 'F14:G14');
      mergeCells(x, 'F15:G15');
      x.conditionalFormats.push(
        { id: '{1}', type: 'Custom', areas: [parseA1('G14')], formula: markFormula('error'), fillColor: '#FFC7CE', stopIfTrue: false },
        { id: '{2}', type: 'Custom', areas: [parseA1('F15')], formula: markFormula('info'), fillColor: '#DDEBF7', stopIfTrue: false },
      );
    });
    const view = buildSheetView(s);
    expect(cellAt(view, 'F14')?.severity).toBeUndefined();
    expect(cellAt(view, 'F15')?.severity).toBe('info');
  });
});

describe('selection', () => {
  test.each<[string, string, string[], string[]]>([
    // selection, name box, cells drawn as selected, cells drawn as active
    ['F14', 'F14', ['F14'], ['F14']],
    ['A1:B2', 'A1:B2', ['A1', 'A2', 'B1', 'B2'], ['A1']],
    // A merged area selected is named by its top-left cell, as in Excel's name box.
    ['F20:G20', 'F20', ['F20'], ['F20']],
    // A cell inside a merged area: the merged cell is the active one.
    ['G20', 'G20', [], ['F20']],
  ])('%s: name box %s', (selection, nameBox, selected, active) => {
    const s = sheetWith((x) => mergeCells(x, 'F20:G20'));
    s.selection = parseA1(selection);
    const view = buildSheetView(s);
    expect(view.selection).toBe(nameBox);
    expect(selectionText(s)).toBe(nameBox);
    const cells = view.lines.flatMap((l) => l.cells);
    expect(cells.filter((c) => c.selected).map((c) => c.address).sort()).toEqual(selected);
    expect(cells.filter((c) => c.active).map((c) => c.address)).toEqual(active);
  });

  test('the headers of the selected rows and columns are marked', () => {
    const s = sheetWith(() => undefined);
    s.selection = parseA1('B3:C4');
    const view = buildSheetView(s);
    expect(view.cols.filter((c) => c.selected).map((c) => c.name)).toEqual(['B', 'C']);
    expect(view.lines.filter((l) => l.selected).map((l) => l.row + 1)).toEqual([3, 4]);
  });

  test.each<[string, string]>([
    ['B2', 'B2'],
    ['A9', 'A8:A11'],
    ['A11', 'A8:A11'],
  ])('clicking %s selects %s', (address, expected) => {
    const s = sheetWith((x) => mergeCells(x, 'A8:A11'));
    const { top, left } = parseA1(address);
    expect(clickArea(s, top, left)).toEqual(parseA1(expected));
  });
});

describe('layout set by the add-in (alignment, sizes, hidden sheets)', () => {
  test.each<[CellStyle['alignment'] | undefined, CellValue, ViewCell['align'], ViewCell['vertical']]>([
    [undefined, '文字', 'left', 'middle'],
    [undefined, 26.5, 'right', 'middle'],
    [{ horizontal: 'General' }, 26.5, 'right', 'middle'],
    [{ horizontal: 'Center', vertical: 'Center' }, '产出指标', 'center', 'middle'],
    [{ horizontal: 'Left', vertical: 'Top', wrapText: true }, 26.5, 'left', 'top'],
    [{ horizontal: 'Right', vertical: 'Bottom' }, '文字', 'right', 'bottom'],
    [{ horizontal: 'CenterAcrossSelection' }, '标题', 'center', 'middle'],
    [{ horizontal: 'Distributed', vertical: 'Distributed' }, '文字', 'justify', 'middle'],
  ])('alignment %j on %j -> %s / %s', (alignment, value, align, vertical) => {
    const view = buildSheetView(sheetWith((s) => setCell(s, 'B2', { value, ...(alignment ? { style: { alignment } } : {}) })));
    expect(cellAt(view, 'B2')).toMatchObject({ align, vertical });
  });

  test('column widths and row heights in points are drawn in pixels', () => {
    const view = buildSheetView(
      sheetWith((s) => {
        s.columnWidths = new Map([[5, 150]]);
        s.rowHeights = new Map([[13, 30]]);
      }),
    );
    expect(view.cols.find((c) => c.name === 'F')?.widthPx).toBe(200);
    expect(view.cols.find((c) => c.name === 'E')?.widthPx).toBeUndefined();
    expect(view.lines[13].heightPx).toBe(40);
    expect(view.lines[12].heightPx).toBeUndefined();
  });

  test.each<[number, number]>([
    [72, 96],
    [13.5, 18],
    [0, 0],
  ])('%d pt = %d px', (pt, px) => {
    expect(pointsToPx(pt)).toBe(px);
  });

  test('hidden sheets have no tab', () => {
    const model = createWorkbook(['封面', '指标列表', '绩效目标表', '备用']);
    getSheet(model, '指标列表').visibility = 'Hidden';
    getSheet(model, '备用').visibility = 'VeryHidden';
    expect(visibleSheets(model)).toEqual([
      { index: 0, name: '封面' },
      { index: 2, name: '绩效目标表' },
    ]);
  });
});

describe('a window of rows (the grid draws only the rows near view)', () => {
  const s = sheetWith((x) => {
    for (let r = 1; r <= 400; r++) setCell(x, `A${r}`, { value: `行${r}` });
    setCell(x, 'B95', { value: '产出指标', style: { fill: { color: '#E2EFDA' } } });
    mergeCells(x, 'B95:B110');
    x.conditionalFormats.push({ id: '{1}', type: 'Custom', areas: [parseA1('B95')], formula: markFormula('error'), fillColor: '#FFC7CE', stopIfTrue: false });
  });

  test('only the window’s rows get lines; the extent is still the whole sheet', () => {
    const view = buildSheetView(s, undefined, { from: 100, to: 149 });
    expect(view.rows).toHaveLength(403);
    expect(view.lines.map((l) => l.row)).toEqual(Array.from({ length: 50 }, (_, i) => 100 + i));
    expect(cellAt(view, 'A101')?.text).toBe('行101');
    expect(cellAt(view, 'A100')).toBeUndefined();
  });

  test('a merged area starting above the window is drawn from its first row, with its own content and mark', () => {
    const view = buildSheetView(s, undefined, { from: 100, to: 149 });
    // Rows 101–110 of B95:B110 are in the window: one cell spanning those ten rows, shown as B95.
    expect(cellAt(view, 'B95')).toMatchObject({ rowSpan: 10, text: '产出指标', severity: 'error', ownFill: '#E2EFDA' });
    expect(view.lines[0].cells.map((c) => c.address)).toContain('B95');
    for (const a of ['B101', 'B102', 'B110']) expect(addresses(view)).not.toContain(a);
    expect(addresses(view)).toContain('B111');
  });

  test('a merged area running past the window spans only to its end', () => {
    const view = buildSheetView(s, undefined, { from: 50, to: 99 });
    // Rows 95–100 of B95:B110 (0-based 94–99) are in the window.
    expect(cellAt(view, 'B95')).toMatchObject({ rowSpan: 6 });
  });

  test('windows side by side draw every cell of the whole view, a cut merged area in each window it reaches', () => {
    const whole = addresses(buildSheetView(s));
    const parts = [0, 1, 2, 3, 4, 5, 6, 7, 8].flatMap((i) => addresses(buildSheetView(s, undefined, { from: i * 50, to: i * 50 + 49 })));
    expect(parts.filter((a) => a === 'B95')).toHaveLength(2);
    expect([...new Set(parts)].sort()).toEqual([...whole].sort());
  });
});

describe('contentRect', () => {
  test('follows every cell the stand-in writes, and is not worked out again while none is written', async () => {
    const model = createWorkbook(['S']);
    const s = getSheet(model, 'S');
    setCell(s, 'B2', { value: 1 });
    expect(contentRect(s)).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    // Written through Excel's API: the extent follows.
    const standIn = createStandIn(model);
    const host = new ExcelHost({ run: standIn.run, isSetSupported: standIn.isSetSupported });
    await host.writeValue('S', 'E10', 'x');
    expect(contentRect(s)).toEqual({ top: 0, left: 0, bottom: 9, right: 4 });
    await host.writeValue('S', 'E10', '');
    expect(contentRect(s)).toEqual({ top: 0, left: 0, bottom: 1, right: 1 });
    // Marks are conditional formats: no cell written, the extent is the one found before.
    s.conditionalFormats.push({ id: '{1}', type: 'Custom', areas: [parseA1('B2')], formula: markFormula('error'), fillColor: '#FFC7CE', stopIfTrue: false });
    const before = contentRect(s);
    // Proof that nothing walked the cells: a change made behind the stand-in's back is not seen.
    s.cells.set(cellKey(1, 1), { value: null });
    expect(contentRect(s)).toEqual(before);
  });

  test('reaches the furthest merged area and the selection, from A1 even when nothing is near it', () => {
    const model = createWorkbook(['S']);
    const s = getSheet(model, 'S');
    setCell(s, 'D4', { value: 1 });
    mergeCells(s, 'F2:H3');
    mergeCells(s, 'B12:C14');
    expect(contentRect(s)).toEqual({ top: 0, left: 0, bottom: 13, right: 7 });
    s.selection = parseA1('K20');
    expect(contentRect(s)).toEqual({ top: 0, left: 0, bottom: 19, right: 10 });
    // An empty sheet: A1.
    expect(contentRect(getSheet(createWorkbook(['空']), '空'))).toEqual({ top: 0, left: 0, bottom: 0, right: 0 });
  });
});
