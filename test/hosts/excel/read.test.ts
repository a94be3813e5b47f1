import { HostError } from '../../../src/hosts/types';
import { ExcelHost } from '../../../src/hosts/excel';
import { maxMergesInTile, planMergeTiles, planRowChunks, MERGE_TILE_CELLS, WEB_PAYLOAD_BUDGET } from '../../../src/hosts/excel/read';
import { parseAreaList, splitAreas, stripSheet, joinAddresses } from '../../../src/hosts/excel/address';
import { Grid, rectToA1, type GridInit, type Rect } from '../../../src/core/engine/grid';
import { addSheet, createWorkbook, getSheet, mergeCells, setCell, type SheetModel } from '../../../src/standin';
import { installOfficeGlobals, setup, TABLE_STRIDE, writeTables } from './fixtures';

function sheetWithTables(count: number, name = 'Sheet1') {
  const model = createWorkbook([name]);
  writeTables(getSheet(model, name), count);
  return model;
}

const mergeKeys = (merges: Rect[] | undefined) => (merges ?? []).map((m) => rectToA1(m)).sort();

/** The grid must say exactly what the model holds. */
function expectGridMatchesModel(grid: GridInit, sheet: SheetModel): void {
  const origin = grid.origin ?? { row: 0, col: 0 };
  for (const [key, cell] of sheet.cells) {
    const row = Math.floor(key / 16384) - origin.row;
    const col = (key % 16384) - origin.col;
    expect(grid.values[row][col]).toBe(cell.value);
  }
  // The engine never reads a number format; the text shows what it does to a number.
  expect(grid.formats).toBeUndefined();
  expect(mergeKeys(grid.merges)).toEqual(mergeKeys(sheet.merges));
}

describe('readSheet: round trips', () => {
  test('a sheet of 10 tables and one of 2,000 tables take the same number of syncs', async () => {
    const small = setup(sheetWithTables(10));
    const big = setup(sheetWithTables(2000));
    const smallGrid = await small.host.readSheet('Sheet1');
    const bigGrid = await big.host.readSheet('Sheet1');
    // The used range's address; values; text of the numbers and merged areas.
    expect(small.standIn.stats.syncCount).toBe(3);
    expect(big.standIn.stats.syncCount).toBe(small.standIn.stats.syncCount);
    expect(bigGrid.values.length).toBe(2000 * TABLE_STRIDE - 1);
    expectGridMatchesModel(smallGrid, getSheet(small.model, 'Sheet1'));
    expectGridMatchesModel(bigGrid, getSheet(big.model, 'Sheet1'));
    // More than 512 merged areas in the sheet, read through tiles that each stay under the limit.
    expect(bigGrid.merges?.length).toBeGreaterThan(512 * 10);
  }, 60_000);

  test('displayed text follows the number format', async () => {
    const { host } = setup(sheetWithTables(1));
    const grid = await host.readSheet('Sheet1');
    expect(grid.values[3][2]).toBe(26.5);
    expect(grid.text?.[3][2]).toBe('26.50');
  });

  test('empty cells are null in values and "" in text', async () => {
    const { host } = setup(sheetWithTables(1));
    const grid = await host.readSheet('Sheet1');
    expect(grid.values[3][6]).toBeNull();
    expect(new Grid(grid).rawText(3, 6)).toBe('');
  });

  test('an empty sheet is one sync and an empty grid', async () => {
    const { host, standIn } = setup(createWorkbook(['空表']));
    await expect(host.readSheet('空表')).resolves.toEqual({ name: '空表', values: [], text: [], merges: [] });
    expect(standIn.stats.syncCount).toBe(1);
  });

  test('the origin is where the used range starts', async () => {
    const model = createWorkbook(['S']);
    writeTables(getSheet(model, 'S'), 2, 4, 2);
    const { host } = setup(model);
    const grid = await host.readSheet('S');
    expect(grid.origin).toEqual({ row: 4, col: 2 });
    expect(grid.values[0][0]).toBe('1.2025年检察业务信息化运维项目-2025中央绩效目标表');
    expect(grid.merges).toContainEqual({ top: 4, left: 2, bottom: 4, right: 8 });
  });

  test('a sheet name with quotes, commas and "!" still gives the merged areas', async () => {
    const name = "Q1, 'draft'! 表";
    const model = createWorkbook([name]);
    writeTables(getSheet(model, name), 1);
    const { host } = setup(model);
    const grid = await host.readSheet(name);
    expect(mergeKeys(grid.merges)).toEqual(mergeKeys(getSheet(model, name).merges));
  });

  test('600 small merged areas in a few rows are all read (no query sees more than 512)', async () => {
    const model = createWorkbook(['M']);
    const sheet = getSheet(model, 'M');
    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 400; c += 2) {
        setCell(sheet, { row: r, col: c }, { value: `${r}-${c}` });
        mergeCells(sheet, { top: r, left: c, bottom: r, right: c + 1 });
      }
    }
    const { host } = setup(model);
    const grid = await host.readSheet('M');
    expect(grid.merges).toHaveLength(600);
  });
});

describe('readSheet: the 5 MB limit of Excel on the web', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
    delete (globalThis as Record<string, unknown>).Excel;
  });

  test('a big sheet is read in chunks, each response under 5 MB, with the same result', async () => {
    const web = setup(sheetWithTables(2000), { platform: 'OfficeOnline' });
    const globals = installOfficeGlobals(web.standIn);
    const desktop = setup(sheetWithTables(2000));
    const fromWeb = await new ExcelHost({ run: web.standIn.run, isSetSupported: web.standIn.isSetSupported }).readSheet('Sheet1');
    globals.uninstall();
    const fromDesktop = await desktop.host.readSheet('Sheet1');
    expect(fromWeb).toEqual(fromDesktop);
    expect(web.standIn.stats.syncCount).toBeGreaterThan(2);
    expect(web.standIn.stats.maxResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  }, 60_000);

  test('a chunk that is still too large is split and read again', async () => {
    const model = createWorkbook(['S']);
    const sheet = getSheet(model, 'S');
    for (let r = 0; r < 40; r++) setCell(sheet, { row: r, col: 0 }, { value: '长'.repeat(2000) + r });
    // The estimate (64 bytes a cell) says one request; the real text is ~6 KB a cell.
    const { host, standIn } = setup(model, { payloadLimitBytes: 60_000 });
    const grid = await host.readSheet('S');
    expect(grid.values.map((line) => line[0])).toEqual(Array.from({ length: 40 }, (_, r) => '长'.repeat(2000) + r));
    expect(standIn.stats.syncCount).toBeGreaterThan(2);
  });

  test('a single row too large for one response is a too-large HostError', async () => {
    const model = createWorkbook(['S']);
    setCell(getSheet(model, 'S'), 'A1', { value: 'x'.repeat(50_000) });
    const { host } = setup(model, { payloadLimitBytes: 20_000 });
    const err = await host.readSheet('S').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('too-large');
    expect((err as HostError).message).toContain('“S”');
  });
});

describe('readSheet: older Excel and failures', () => {
  test('without ExcelApi 1.13 the sheet is read without merged areas, and the pane can say so', async () => {
    const { host, standIn } = setup(sheetWithTables(3), { excelApi: '1.12' });
    const grid = await host.readSheet('Sheet1');
    expect(grid.merges).toEqual([]);
    expect(grid.values.length).toBe(3 * TABLE_STRIDE - 1);
    expect(standIn.stats.syncCount).toBe(3);
    expect(host.capabilityNotes().join('\n')).toContain('合并单元格');
  });

  test('a sheet that does not exist is a no-sheet HostError', async () => {
    const { host } = setup(createWorkbook(['A']));
    await expect(host.readSheet('B')).rejects.toMatchObject({ code: 'no-sheet', message: expect.stringContaining('“B”') });
  });

  test('cell edit mode is a busy HostError that says what to do', async () => {
    const { host, standIn } = setup(sheetWithTables(1));
    standIn.faults.cellEditMode = true;
    await expect(host.readSheet('Sheet1')).rejects.toMatchObject({
      name: 'HostError',
      code: 'busy',
      message: '请先退出单元格编辑状态（按 Enter 或 Esc），再点校验。',
    });
  });

  test('other sheets are not read', async () => {
    const model = sheetWithTables(1);
    const other = addSheet(model, 'Other');
    setCell(other, 'Z100', { value: 'far away' });
    const { host } = setup(model);
    const grid = await host.readSheet('Sheet1');
    expect(grid.values.flat()).not.toContain('far away');
  });
});

describe('read planning', () => {
  test.each([
    [{ top: 0, left: 0, bottom: 9, right: 6 }, 1_000_000, 1],
    [{ top: 0, left: 0, bottom: 99_999, right: 9 }, 4 * 1024 * 1024, 3],
    [{ top: 5, left: 0, bottom: 5, right: 16383 }, 1000, 1],
  ])('row chunks of %j with %d bytes: %d chunk(s) covering every row once', (rect, budget, chunks) => {
    const spans = planRowChunks(rect, budget);
    expect(spans).toHaveLength(chunks);
    expect(spans[0].top).toBe(rect.top);
    expect(spans[spans.length - 1].bottom).toBe(rect.bottom);
    spans.slice(1).forEach((s, i) => expect(s.top).toBe(spans[i].bottom + 1));
  });

  test.each([
    { top: 0, left: 0, bottom: 0, right: 0 },
    { top: 3, left: 2, bottom: 2000, right: 8 },
    { top: 0, left: 0, bottom: 3, right: 3000 },
    { top: 0, left: 0, bottom: 30_000, right: 12 },
  ])('merge tiles of %j cover it exactly, none able to start more than 512 merged areas (also those leaving it)', (rect) => {
    const tiles = planMergeTiles(rect);
    let cells = 0;
    for (const t of tiles) {
      const n = (t.bottom - t.top + 1) * (t.right - t.left + 1);
      expect(n).toBeLessThanOrEqual(MERGE_TILE_CELLS);
      expect(maxMergesInTile(t.right - t.left + 1, t.bottom - t.top + 1)).toBeLessThanOrEqual(512);
      cells += n;
    }
    expect(cells).toBe((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1));
  });

  test('the bound is reached: a 4 × 3 tile (A1:D3) can start 9 merged areas', () => {
    // A3:A4, B3:B4, C3:C4, D3:D4 leave downwards, D1:E1 and D2:E2 to the right; A1:A2, B1:B2 and
    // C1:C2 are inside: 9 = (4·3 + 4 + 3 − 1) / 2.
    expect(maxMergesInTile(4, 3)).toBe(9);
    expect(maxMergesInTile(2, 1)).toBe(2);
  });

  test('the web budget stays below 5 MB', () => {
    expect(WEB_PAYLOAD_BUDGET).toBeLessThan(5 * 1024 * 1024);
  });
});

describe('addresses as Excel returns them', () => {
  test.each([
    ['Sheet1!A1:B2', 'A1:B2'],
    ["'My sheet'!C3", 'C3'],
    ["'a!b'!$D$4:$E$5", '$D$4:$E$5'],
    ['F6', 'F6'],
  ])('stripSheet(%s) = %s', (ref, cells) => expect(stripSheet(ref)).toBe(cells));

  test.each([
    ['Sheet1!A1:B2, Sheet1!D4', ['Sheet1!A1:B2', 'Sheet1!D4']],
    ["'x, y'!A1,'x, y'!B2", ["'x, y'!A1", "'x, y'!B2"]],
    ['', []],
  ])('splitAreas(%s)', (address, parts) => expect(splitAreas(address)).toEqual(parts));

  test('parseAreaList gives rectangles', () => {
    expect(parseAreaList("'it''s'!A1:B2, 'it''s'!C3")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 2, left: 2, bottom: 2, right: 2 },
    ]);
  });

  test('joinAddresses keeps every list within the limit and loses nothing', () => {
    const addresses = Array.from({ length: 500 }, (_, i) => `A${i + 1}`);
    const lists = joinAddresses(addresses, 100);
    expect(lists.every((l) => l.length <= 100)).toBe(true);
    expect(lists.flatMap((l) => l.split(','))).toEqual(addresses);
  });
});
