import fc from 'fast-check';
import type { Severity } from '../../../src/core/model';
import type { MarkTarget } from '../../../src/hosts/types';
import { ExcelHost, MARK_FILL, markFormula, markSeverity } from '../../../src/hosts/excel';
import { groupTargets } from '../../../src/hosts/excel/marks';
import {
  cellSnapshot,
  cloneWorkbook,
  createWorkbook,
  getSheet,
  setCell,
  type CellStyle,
  type ConditionalFormatModel,
  type SheetModel,
  type WorkbookModel,
} from '../../../src/standin';
import { roundTrip } from '../../../src/standin/xlsx';
import { a1, setup } from './fixtures';

const ROWS = 10;
const COLS = 6;

// ---------------------------------------------------------------------------------------------
// Random user formatting and findings

const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0').toUpperCase()}`);
const color = fc.oneof(hex, fc.constantFrom('theme:1', 'theme:4:-0.25'));
const border = fc.record({ style: fc.constantFrom('thin', 'medium', 'double', 'dotted'), color: hex });

const style: fc.Arbitrary<CellStyle> = fc.record(
  {
    fill: fc.record({ color }),
    font: fc.record(
      { name: fc.constantFrom('宋体', 'Calibri', '仿宋_GB2312'), size: fc.constantFrom(9, 10.5, 11, 14), bold: fc.boolean(), italic: fc.boolean(), color },
      { requiredKeys: [] },
    ),
    borders: fc.record({ top: border, bottom: border, left: border, right: border }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

const cellArb = fc.record({
  row: fc.integer({ min: 0, max: ROWS - 1 }),
  col: fc.integer({ min: 0, max: COLS - 1 }),
  value: fc.oneof(fc.constant(null), fc.string({ maxLength: 6 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
  numberFormat: fc.constantFrom(undefined, '0.00', '@', '0%'),
  style: fc.option(style, { nil: undefined }),
});

const severity = fc.constantFrom<Severity>('error', 'warning', 'info');
const target: fc.Arbitrary<MarkTarget> = fc
  .record({ row: fc.integer({ min: 0, max: ROWS - 1 }), col: fc.integer({ min: 0, max: COLS - 1 }), tall: fc.integer({ min: 0, max: 2 }), severity })
  .map(({ row, col, tall, severity: s }) => ({
    cell: tall === 0 ? a1(row, col) : `${a1(row, col)}:${a1(Math.min(ROWS - 1, row + tall), col)}`,
    severity: s,
    message: '测试',
  }));

/** A user's own conditional format that must survive our clearing. */
const userFormat: ConditionalFormatModel = {
  id: '{USER}',
  type: 'Custom',
  areas: [{ top: 0, left: 0, bottom: ROWS - 1, right: 0 }],
  formula: '=A1="perf-target"',
  fillColor: '#00FF00',
  stopIfTrue: false,
};

interface CellSpec {
  row: number;
  col: number;
  value: string | number | null;
  numberFormat: string | undefined;
  style: CellStyle | undefined;
}

function build(cells: CellSpec[]): WorkbookModel {
  const model = createWorkbook(['绩效目标表']);
  const sheet = getSheet(model, '绩效目标表');
  for (const c of cells) {
    const patch: Parameters<typeof setCell>[2] = { value: c.value };
    if (c.numberFormat) patch.numberFormat = c.numberFormat;
    if (c.style) patch.style = c.style;
    setCell(sheet, { row: c.row, col: c.col }, patch);
  }
  sheet.conditionalFormats.push(structuredClone(userFormat));
  return model;
}

/** Every cell of the area as the user left it, plus the user's conditional formats. */
function snapshot(sheet: SheetModel): string[] {
  const cells: string[] = [];
  for (let r = 0; r < ROWS + 3; r++) for (let c = 0; c < COLS + 1; c++) cells.push(cellSnapshot(sheet.cells.get(r * 16384 + c)));
  const formats = sheet.conditionalFormats.filter((cf) => !markSeverity(cf.formula)).map((cf) => JSON.stringify({ ...cf, id: '' }));
  return [...cells, ...formats];
}

const ours = (sheet: SheetModel) => sheet.conditionalFormats.filter((cf) => markSeverity(cf.formula));

describe('mark and clearMarks give back exactly what the user had', () => {
  test('property: every cell value, fill, font and border, and the user’s own formats', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cellArb, { maxLength: 30 }), fc.array(target, { minLength: 1, maxLength: 25 }), fc.boolean(), async (cells, targets, rangeAreas) => {
        const { host, model } = setup(build(cells), { excelApi: rangeAreas ? '1.18' : '1.8' });
        const sheet = getSheet(model, '绩效目标表');
        const before = snapshot(sheet);
        await host.mark('绩效目标表', targets);
        expect(snapshot(sheet)).toEqual(before);
        expect(ours(sheet).length).toBeGreaterThan(0);
        await host.clearMarks('绩效目标表');
        expect(ours(sheet)).toEqual([]);
        expect(snapshot(sheet)).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  test('property: also after saving as .xlsx and reopening (marks made, file saved, reopened, cleared)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cellArb, { maxLength: 20 }), fc.array(target, { minLength: 1, maxLength: 15 }), async (cells, targets) => {
        const original = build(cells);
        const expected = snapshot(getSheet(await roundTrip(cloneWorkbook(original)), '绩效目标表'));
        const first = setup(original);
        await first.host.mark('绩效目标表', targets);
        const reopened = await roundTrip(first.model);
        expect(ours(getSheet(reopened, '绩效目标表')).length).toBeGreaterThan(0);
        const second = setup(reopened);
        await second.host.clearMarks('绩效目标表');
        const final = await roundTrip(second.model);
        expect(snapshot(getSheet(final, '绩效目标表'))).toEqual(expected);
        expect(ours(getSheet(final, '绩效目标表'))).toEqual([]);
      }),
      { numRuns: 12 },
    );
  }, 60_000);
});

describe('what mark writes', () => {
  const targets: MarkTarget[] = [
    { cell: 'F8', severity: 'warning', message: '缺少符号' },
    { cell: 'F9', severity: 'error', message: '单位不符' },
    { cell: '$F$9', severity: 'info', message: '全角' },
    { cell: 'b3', severity: 'error', message: '预算数' },
    { cell: 'A1:G14', severity: 'info', message: '整表' },
  ];

  test('with RangeAreas: one format per severity, error on top, fill only, tagged formulas', async () => {
    const { host, model, standIn } = setup(createWorkbook(['S']));
    await host.mark('S', targets);
    const formats = getSheet(model, 'S').conditionalFormats;
    expect(formats.map((cf) => markSeverity(cf.formula))).toEqual(['error', 'warning', 'info']);
    expect(formats.map((cf) => cf.fillColor)).toEqual([MARK_FILL.error, MARK_FILL.warning, MARK_FILL.info]);
    expect(formats.every((cf) => cf.fontColor === undefined && cf.type === 'Custom')).toBe(true);
    expect(formats[0].areas).toEqual([
      { top: 8, left: 5, bottom: 8, right: 5 },
      { top: 2, left: 1, bottom: 2, right: 1 },
    ]);
    expect(formats[2].areas).toHaveLength(2);
    expect(standIn.stats.syncCount).toBe(2);
  });

  test('without RangeAreas (before ExcelApi 1.9): one format per cell, still two syncs', async () => {
    const { host, model, standIn } = setup(createWorkbook(['S']), { excelApi: '1.8' });
    await host.mark('S', targets);
    const formats = getSheet(model, 'S').conditionalFormats;
    expect(formats).toHaveLength(5);
    expect(formats.filter((cf) => markSeverity(cf.formula) === 'error')).toHaveLength(2);
    expect(markSeverity(formats[0].formula)).toBe('error');
    expect(standIn.stats.syncCount).toBe(2);
    expect(host.capabilityNotes().join()).toContain('逐个单元格');
  });

  test('the number of syncs does not grow with the number of marks', async () => {
    const many: MarkTarget[] = Array.from({ length: 3000 }, (_, i) => ({ cell: a1(i, i % 7), severity: (['error', 'warning', 'info'] as const)[i % 3], message: 'x' }));
    const { host, model, standIn } = setup(createWorkbook(['S']));
    await host.mark('S', many);
    expect(standIn.stats.syncCount).toBe(2);
    const covered = getSheet(model, 'S').conditionalFormats.reduce((n, cf) => n + cf.areas.length, 0);
    expect(covered).toBe(3000);
  });

  test('no targets: nothing is written and Excel is not called', async () => {
    const { host, model, standIn } = setup(createWorkbook(['S']));
    await host.mark('S', []);
    expect(getSheet(model, 'S').conditionalFormats).toEqual([]);
    expect(standIn.stats.syncCount).toBe(0);
  });

  test('without conditional formats (before ExcelApi 1.6) marking is unsupported, with a reason', async () => {
    const { host } = setup(createWorkbook(['S']), { excelApi: '1.5' });
    await expect(host.mark('S', targets)).rejects.toMatchObject({ code: 'unsupported', message: expect.stringContaining('ExcelApi 1.6') });
    expect(host.capabilities()).toEqual({ conditionalFormats: false, rangeAreas: false, mergedAreas: false, notes: false });
  });
});

describe('clearMarks', () => {
  test('removes only our formats, on every sheet when no sheet is named', async () => {
    const model = createWorkbook(['A', 'B']);
    getSheet(model, 'B').conditionalFormats.push(structuredClone(userFormat));
    const { host } = setup(model);
    await host.mark('A', [{ cell: 'C3', severity: 'error', message: 'x' }]);
    await host.mark('B', [{ cell: 'D4', severity: 'warning', message: 'y' }]);
    await host.clearMarks();
    expect(getSheet(model, 'A').conditionalFormats).toEqual([]);
    expect(getSheet(model, 'B').conditionalFormats).toEqual([userFormat]);
  });

  test('leaves other sheets alone when a sheet is named', async () => {
    const { host, model } = setup(createWorkbook(['A', 'B']));
    await host.mark('A', [{ cell: 'C3', severity: 'error', message: 'x' }]);
    await host.mark('B', [{ cell: 'C3', severity: 'error', message: 'x' }]);
    await host.clearMarks('A');
    expect(ours(getSheet(model, 'A'))).toHaveLength(0);
    expect(ours(getSheet(model, 'B'))).toHaveLength(1);
  });

  test('takes a fixed number of syncs, and deletes nothing when there is nothing of ours', async () => {
    const { host, standIn } = setup(createWorkbook(['A']));
    await host.clearMarks('A');
    expect(standIn.stats.syncCount).toBe(2);
  });
});

describe('protected sheets', () => {
  function protectedSheet() {
    const model = createWorkbook(['受保护']);
    const sheet = getSheet(model, '受保护');
    setCell(sheet, 'B2', { value: '≥90%', style: { fill: { color: '#123456' } } });
    sheet.protection.protected = true;
    return model;
  }
  const message = '工作表“受保护”受保护，无法标记或修改。请先撤销保护（审阅 › 撤销工作表保护），再试一次。';

  test('mark: a protected HostError in Chinese, and nothing changes', async () => {
    const { host, model } = setup(protectedSheet());
    const before = cloneWorkbook(model);
    await expect(host.mark('受保护', [{ cell: 'B2', severity: 'error', message: 'x' }])).rejects.toMatchObject({ name: 'HostError', code: 'protected', message });
    expect(model).toEqual(before);
  });

  test('clearMarks: refuses before deleting anything when a sheet with our marks is protected', async () => {
    const model = createWorkbook(['A', '受保护']);
    const { host } = setup(model);
    await host.mark('A', [{ cell: 'A1', severity: 'info', message: 'x' }]);
    await host.mark('受保护', [{ cell: 'B2', severity: 'error', message: 'x' }]);
    getSheet(model, '受保护').protection.protected = true;
    const before = cloneWorkbook(model);
    await expect(host.clearMarks()).rejects.toMatchObject({ code: 'protected', message });
    expect(model).toEqual(before);
  });

  test('clearMarks: a protected sheet without our marks is no obstacle', async () => {
    const { host } = setup(protectedSheet());
    await expect(host.clearMarks('受保护')).resolves.toBeUndefined();
  });

  test('writeValue: a protected HostError, and the value stays', async () => {
    const { host, model } = setup(protectedSheet());
    await expect(host.writeValue('受保护', 'B2', '≥95%')).rejects.toMatchObject({ code: 'protected', message });
    expect(getSheet(model, '受保护').cells.get(1 * 16384 + 1)?.value).toBe('≥90%');
  });

  test('if Excel refuses a write anyway (protected in between), the error is mapped, not swallowed', async () => {
    const { model, standIn } = setup(createWorkbook(['S']));
    // Protect the sheet after the host's check: the stand-in raises AccessDenied at the writing sync.
    const originalRun = standIn.run;
    let syncs = 0;
    const racingHost = new ExcelHost({
      isSetSupported: standIn.isSetSupported,
      locale: 'zh-CN',
      run: (batch) =>
        originalRun(async (context) => {
          const sync = context.sync.bind(context);
          context.sync = (async () => {
            await sync();
            if (++syncs === 1) getSheet(model, 'S').protection.protected = true;
          }) as Excel.RequestContext['sync'];
          return batch(context);
        }),
    });
    await expect(racingHost.mark('S', [{ cell: 'A1', severity: 'error', message: 'x' }])).rejects.toMatchObject({ code: 'protected' });
    expect(getSheet(model, 'S').conditionalFormats).toEqual([]);
  });
});

describe('mark formulas', () => {
  test.each<[string | undefined, Severity | undefined]>([
    [markFormula('error'), 'error'],
    [markFormula('warning'), 'warning'],
    [markFormula('info'), 'info'],
    ['=AND(TRUE,"perf-target:error"<>"")', 'error'],
    ['=and(true, "perf-target:info" <> "")', 'info'],
    ['=A1="perf-target"', undefined],
    ['=AND(TRUE,"perf-target:fatal"<>"")', undefined],
    ['=B2>0', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('markSeverity(%s) = %s', (formula, expected) => expect(markSeverity(formula)).toBe(expected));

  test('groupTargets drops repeated cells and orders by priority (error last = on top)', () => {
    const groups = groupTargets([
      { cell: 'A1', severity: 'error', message: '' },
      { cell: '$A$1', severity: 'error', message: '' },
      { cell: 'a2', severity: 'info', message: '' },
    ]);
    expect(groups).toEqual([
      { severity: 'info', fill: MARK_FILL.info, addresses: ['A2'] },
      { severity: 'error', fill: MARK_FILL.error, addresses: ['A1'] },
    ]);
  });
});
