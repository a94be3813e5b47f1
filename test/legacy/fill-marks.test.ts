/**
 * Fill marks (src/hosts/excel/fill-marks.ts) over the Excel stand-in: what is kept, what comes
 * back, and a record read from an untrusted file.
 */
import { HostError } from '../../src/hosts/types';
import { MARK_FILL } from '../../src/hosts/excel';
import { toHostError } from '../../src/hosts/excel/errors';
import { clearFills, fillTargets, markWithFills, memoryFillStore, parseFillRecord, settingsFillStore, FILL_RECORD_KEY, type FillMarkDeps } from '../../src/hosts/excel/fill-marks';
import { createStandIn, createWorkbook, getCell, setCell, type WorkbookModel } from '../../src/standin';

function setup(excelApi = '1.1', model: WorkbookModel = createWorkbook(['表1'])) {
  const standIn = createStandIn(model, { excelApi });
  const sheet = model.sheets[0];
  const deps: FillMarkDeps = {
    batch: (s, body) =>
      standIn.run(body).catch((err: unknown) => {
        throw toHostError(err, { locale: 'zh-CN', sheet: s });
      }),
    store: memoryFillStore(),
    protection: standIn.isSetSupported('ExcelApi', '1.2'),
    protectedError: (s) => new HostError('protected', `protected ${s}`),
  };
  return { standIn, sheet, deps, model };
}

const fill = (sheet: ReturnType<typeof setup>['sheet'], a1: string) => {
  const m = /^([A-Z])(\d+)$/.exec(a1) as RegExpExecArray;
  return getCell(sheet, Number(m[2]) - 1, m[1].charCodeAt(0) - 65)?.style?.fill?.color;
};

test('each cell once, with its worst severity; a range is marked cell by cell, up to the cap', () => {
  expect(
    fillTargets([
      { cell: 'B2', severity: 'info', message: '' },
      { cell: 'A1:B2', severity: 'warning', message: '' },
      { cell: 'B2', severity: 'error', message: '' },
    ]),
  ).toEqual([
    { cell: 'B2', severity: 'error' },
    { cell: 'A1', severity: 'warning' },
    { cell: 'B1', severity: 'warning' },
    { cell: 'A2', severity: 'warning' },
  ]);
  expect(fillTargets([{ cell: 'A1:Z100', severity: 'info', message: '' }], 50)).toHaveLength(50);
});

test('marking twice keeps the user’s colour, not the first mark’s; clear brings it back', async () => {
  const { sheet, deps } = setup();
  setCell(sheet, 'A1', { value: 'x', style: { fill: { color: '#00B050' } } });
  await markWithFills(deps, '表1', [{ cell: 'A1', severity: 'info', message: '' }]);
  expect(fill(sheet, 'A1')).toBe(MARK_FILL.info);
  await markWithFills(deps, '表1', [{ cell: 'A1', severity: 'error', message: '' }]);
  expect(fill(sheet, 'A1')).toBe(MARK_FILL.error);
  expect(await clearFills(deps, '表1')).toEqual({ restored: 1, kept: 0 });
  expect(fill(sheet, 'A1')).toBe('#00B050');
  expect(deps.store.load().sheets).toEqual({});
});

test('a cell without a fill gets none back; an explicit white fill also comes back as none (Excel before 1.9 reads both as #FFFFFF)', async () => {
  const { sheet, deps } = setup();
  setCell(sheet, 'A1', { value: 'plain' });
  setCell(sheet, 'B1', { value: 'white', style: { fill: { color: '#FFFFFF' } } });
  await markWithFills(deps, '表1', [
    { cell: 'A1', severity: 'error', message: '' },
    { cell: 'B1', severity: 'error', message: '' },
  ]);
  await clearFills(deps);
  expect(getCell(sheet, 0, 0)?.style?.fill).toBeUndefined();
  expect(getCell(sheet, 0, 1)?.style?.fill).toBeUndefined();
});

test('a sheet deleted since marking: nothing to restore there, the record is dropped', async () => {
  const { deps, model } = setup();
  await markWithFills(deps, '表1', [{ cell: 'A1', severity: 'error', message: '' }]);
  model.sheets[0].name = '改名';
  expect(await clearFills(deps)).toEqual({ restored: 0, kept: 0 });
  expect(deps.store.load().sheets).toEqual({});
});

test('ExcelApi 1.2 and later: a protected sheet is refused before anything is painted or restored', async () => {
  const { sheet, deps } = setup('1.2');
  await markWithFills(deps, '表1', [{ cell: 'A1', severity: 'error', message: '' }]);
  sheet.protection.protected = true;
  await expect(clearFills(deps, '表1')).rejects.toThrow('protected 表1');
  expect(fill(sheet, 'A1')).toBe(MARK_FILL.error);
  await expect(markWithFills(deps, '表1', [{ cell: 'B1', severity: 'error', message: '' }])).rejects.toThrow('protected 表1');
  expect(fill(sheet, 'B1')).toBeUndefined();
});

test('a record from the file is untrusted: anything malformed is nothing, bad entries are skipped', () => {
  for (const raw of [null, 42, '', '{', '[]', 'null', '{"v":2,"sheets":{}}', '{"v":1,"sheets":"x"}']) expect(parseFillRecord(raw)).toEqual({ v: 1, sheets: {} });
  const record = parseFillRecord(
    JSON.stringify({ v: 1, sheets: { 表1: { $a$1: { o: '#00B050', m: '#FFC7CE' }, 'not an address': { o: null, m: '#FFC7CE' }, B2: { o: 5, m: '#FFC7CE' }, C3: { o: null, m: '#FFC7CE' } }, 表2: 7 } }),
  );
  expect(record).toEqual({ v: 1, sheets: { 表1: { A1: { o: '#00B050', m: '#FFC7CE' }, C3: { o: null, m: '#FFC7CE' } } } });
  const hostile = parseFillRecord('{"v":1,"sheets":{"__proto__":{"A1":{"o":null,"m":"#FFC7CE"}}}}');
  expect(Object.getPrototypeOf(hostile.sheets)).toBe(Object.prototype);
  expect(Object.keys(hostile.sheets)).toEqual([]);
});

test('a sheet named like an Object member (constructor) is marked and cleared as any other', async () => {
  const { sheet, deps } = setup('1.1', createWorkbook(['constructor']));
  setCell(sheet, 'A1', { value: 'x', style: { fill: { color: '#00B050' } } });
  await markWithFills(deps, 'constructor', [{ cell: 'A1', severity: 'error', message: '' }]);
  expect(await clearFills(deps, 'constructor')).toEqual({ restored: 1, kept: 0 });
  expect(fill(sheet, 'A1')).toBe('#00B050');
});

test('the document settings store: saved with saveAsync, removed when empty, a failed save rejects', async () => {
  const data = new Map<string, unknown>();
  let status = 'succeeded';
  const settings = {
    get: (k: string) => data.get(k) ?? null,
    set: (k: string, v: unknown) => void data.set(k, v),
    remove: (k: string) => void data.delete(k),
    saveAsync: (cb?: (r: { status: unknown; error?: { message?: string } }) => void) => cb?.({ status, error: { message: 'disk full' } }),
  };
  const store = settingsFillStore(settings);
  await store.save({ v: 1, sheets: { 表1: { A1: { o: null, m: '#FFC7CE' } } } });
  expect(store.load().sheets['表1'].A1.m).toBe('#FFC7CE');
  await store.save({ v: 1, sheets: {} });
  expect(data.has(FILL_RECORD_KEY)).toBe(false);
  status = 'failed';
  await expect(store.save({ v: 1, sheets: {} })).rejects.toThrow('disk full');
});
