import { Grid, parseA1, rectToA1, type GridInit, type Rect } from '../../src/core/engine/grid';
import type { Finding, SheetResult, TableResult } from '../../src/core/model';
import { changedRects, patchGrid, recheckWindow, spliceTable, tablesAffected } from '../../src/core/review/recheck';

function tableAt(index: number, range: string, findings: Finding[] = []): TableResult {
  return {
    table: { index, layout: 'L1', range: parseA1(range), moneyUnit: '万元', moneyUnitInferred: false, budget: {}, indicators: [] },
    scheme: '2015',
    findings,
  };
}

const sheet = (...tables: TableResult[]): SheetResult => ({ name: 'S', tables, findings: [] });

describe('recheckWindow', () => {
  test.each<[string, SheetResult, number, string]>([
    ['lone table: margin above and below', sheet(tableAt(0, 'A10:G22')), 0, 'A5:G27'],
    ['at the top of the sheet: not above row 1', sheet(tableAt(0, 'A2:G14')), 0, 'A1:G19'],
    ['stacked: stops before the next table', sheet(tableAt(0, 'A1:G13'), tableAt(1, 'A15:G27')), 0, 'A1:G14'],
    ['stacked: stops after the previous table', sheet(tableAt(0, 'A1:G13'), tableAt(1, 'A15:G27')), 1, 'A14:G32'],
    ['tables without a gap', sheet(tableAt(0, 'A1:M5'), tableAt(1, 'A6:M9'), tableAt(2, 'A10:M12')), 1, 'A6:M9'],
    ['side by side tables do not limit each other', sheet(tableAt(0, 'A10:G20'), tableAt(1, 'J1:P30')), 0, 'A5:G25'],
  ])('%s', (_n, result, position, window) => expect(rectToA1(recheckWindow(result, position))).toBe(window));
});

describe('changedRects', () => {
  test.each<[string, string[]]>([
    ['F14', ['F14']],
    ['$F$14', ['F14']],
    ['A1:C3', ['A1:C3']],
    ['Sheet1!B2', ['B2']],
    ['A1, C3:D4', ['A1', 'C3:D4']],
    ['C:D', ['C1:D1048576']],
    ['D:C', ['C1:D1048576']],
    ['3:5', ['A3:XFD5']],
    ['', ['A1:XFD1048576']],
    ['???', ['A1:XFD1048576']],
  ])('%j', (address, rects) => expect(changedRects(address).map((r) => rectToA1(r))).toEqual(rects));
});

describe('tablesAffected', () => {
  const result = sheet(tableAt(0, 'A1:G13'), tableAt(1, 'A15:G27'), tableAt(2, 'J1:P13'));
  test.each<[string, string[], number[]]>([
    ['a cell inside the first table', ['F8'], [0]],
    ['a cell inside the second', ['C20'], [1]],
    ['the blank row between them belongs to both windows', ['A14'], [0, 1]],
    ['a row added under the last table', ['F29'], [1]],
    ['far below every table', ['F60'], []],
    ['the side table', ['K3'], [2]],
    ['between the columns of the tables', ['H5'], []],
    ['a paste over two tables', ['F10:F18'], [0, 1]],
    ['several changes', ['F8', 'K3'], [0, 2]],
  ])('%s', (_n, changed, positions) => expect(tablesAffected(result, changed.map((a) => parseA1(a)))).toEqual(positions));
});

describe('spliceTable', () => {
  const f = (cell: string, table: number | null): Finding => ({
    rule: 'r', category: 'value', severity: 'warning', cell, row: 0, col: 0, table, messageId: 'm', data: {}, message: '',
  });
  const result = sheet(tableAt(0, 'A1:G13', [f('F8', 0)]), tableAt(1, 'A15:G27', [f('F22', 1)]));

  test('the new table takes the old one\'s place and index', () => {
    const partial = sheet(tableAt(0, 'A15:G28', [f('F23', 0), f('F24', 0)]));
    const out = spliceTable(result, 1, partial);
    expect(out?.tables.map((t) => rectToA1(t.table.range))).toEqual(['A1:G13', 'A15:G28']);
    expect(out?.tables[1].table.index).toBe(1);
    expect(out?.tables[1].findings.map((x) => [x.cell, x.table])).toEqual([['F23', 1], ['F24', 1]]);
    expect(out?.tables[0]).toBe(result.tables[0]);
    expect(result.tables[1].findings[0].cell).toBe('F22');
  });

  test.each<[string, TableResult[]]>([
    ['the table is gone', []],
    ['it now reads as two tables', [tableAt(0, 'A15:G20'), tableAt(1, 'A21:G27')]],
  ])('%s: undefined, so the whole sheet is checked', (_n, tables) => expect(spliceTable(result, 1, sheet(...tables))).toBeUndefined());

  test('a table found in the margin only is not taken for it', () => {
    const out = spliceTable(result, 1, sheet(tableAt(0, 'A15:G27'), tableAt(1, 'A29:G31')));
    expect(out?.tables).toHaveLength(2);
  });
});

describe('patchGrid', () => {
  function show(g: GridInit): string[] {
    const grid = new Grid(g);
    const lines: string[] = [];
    for (let r = 0; r <= grid.lastRow; r++) {
      let line = '';
      for (let c = 0; c <= Math.max(grid.lastCol, 0); c++) line += grid.rawText(r, c) || '.';
      lines.push(line);
    }
    return lines;
  }
  const base: GridInit = {
    name: 'S',
    origin: { row: 1, col: 1 },
    values: [
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
      ['g', 'h', 'i'],
    ],
    text: [
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
      ['g', 'h', 'i'],
    ],
    formats: [['General', 'General', 'General'], ['General', '0.00', 'General'], ['General', 'General', 'General']],
    merges: [parseA1('B2:C2'), parseA1('B4:C4')],
  };
  const part = (origin: { row: number; col: number }, values: (string | null)[][], merges: Rect[] = []): GridInit => ({ name: 'S', origin, values, merges });

  test.each<[string, GridInit, string[]]>([
    ['inside: only the rectangle changes', part({ row: 2, col: 2 }, [['X', 'Y']]), ['....', '.abc', '.dXY', '.ghi']],
    ['cells emptied in the part are emptied', part({ row: 2, col: 1 }, [[null, null, null]]), ['....', '.abc', '....', '.ghi']],
    ['growth below', part({ row: 3, col: 1 }, [['G', 'H', 'I'], ['j', 'k', 'l']]), ['....', '.abc', '.def', '.GHI', '.jkl']],
    ['growth above and left', part({ row: 0, col: 0 }, [['0', '1'], ['2', 'A']]), ['01..', '2Abc', '.def', '.ghi']],
    ['far below', part({ row: 6, col: 1 }, [['z']]), ['....', '.abc', '.def', '.ghi', '....', '....', '.z..']],
    ['empty part changes nothing', part({ row: 0, col: 0 }, []), ['....', '.abc', '.def', '.ghi']],
  ])('%s', (_n, p, lines) => expect(show(patchGrid(base, p))).toEqual(lines));

  test('the hidden rows and columns stay as the whole read found them (a re-check after a fix kept no badge before)', () => {
    const out = patchGrid({ ...base, hidden: { rows: [2], cols: [3] } }, part({ row: 2, col: 2 }, [['X', 'Y']]));
    expect(out.hidden).toEqual({ rows: [2], cols: [3] });
    expect(new Grid(out).hiddenAt(2, 3)).toBe('rowAndColumn');
  });

  test('merges with their top-left in the part are replaced; others are kept', () => {
    const out = patchGrid(base, part({ row: 3, col: 1 }, [['G', 'H', 'I']], [parseA1('C4:D4')]));
    expect((out.merges ?? []).map((m) => rectToA1(m))).toEqual(['B2:C2', 'C4:D4']);
  });

  test('formats and text follow the rectangle; untouched rows are shared', () => {
    const out = patchGrid(base, { name: 'S', origin: { row: 2, col: 2 }, values: [[5]], text: [['5.00']], formats: [['0.00']] });
    const grid = new Grid(out);
    expect([grid.rawText(2, 2), grid.format(2, 2), grid.format(2, 1)]).toEqual(['5.00', '0.00', 'General']);
    expect(out.values[0]).toBe(base.values[0]);
  });

  test('an empty base takes the part', () => {
    const out = patchGrid({ name: 'S', values: [] }, part({ row: 4, col: 2 }, [['x']]));
    expect(out.name).toBe('S');
    expect(new Grid(out).rawValue(4, 2)).toBe('x');
  });
});
