import type { GridInit } from '../../src/core/engine/grid';
import type { CheckSettings, Finding, SheetResult } from '../../src/core/model';
import { HostError } from '../../src/hosts/types';
import {
  isOwnSheet,
  CheckSession,
  countBySeverity,
  isSheetSpecific,
  markTargets,
  sheetFindings,
  type CheckFn,
  type CheckProgress,
} from '../../src/taskpane/session';
import { FakeHost, finding, sheet, table } from './fakes';

// The real engine is built elsewhere at the same time; these tests give the session its own.
jest.mock('../../src/core/engine', () => ({
  checkSheet: jest.fn((grid: { name: string }) => ({ name: grid.name, tables: [], findings: [] })),
}));

const noYield = async (): Promise<void> => {};

/** An engine that returns the given result per sheet name (a clean sheet otherwise). */
function fakeCheck(bySheet: Record<string, SheetResult>): jest.MockedFunction<CheckFn> {
  return jest.fn((grid: GridInit) => bySheet[grid.name] ?? sheet(grid.name, []));
}

describe('markTargets', () => {
  const cases: { name: string; findings: Finding[]; expected: { cell: string; severity: string; message: string }[] }[] = [
    { name: 'no findings, no marks', findings: [], expected: [] },
    {
      name: 'one finding per cell, most severe first',
      findings: [
        finding('A1', 'info', 'content', { message: '甲' }),
        finding('B2', 'error', 'value', { message: '乙' }),
        finding('C3', 'warning', 'budget', { message: '丙' }),
      ],
      expected: [
        { cell: 'B2', severity: 'error', message: '乙' },
        { cell: 'C3', severity: 'warning', message: '丙' },
        { cell: 'A1', severity: 'info', message: '甲' },
      ],
    },
    {
      name: 'findings on one cell merge: worst severity, messages worst first, suggestion in Chinese',
      findings: [
        finding('F14', 'info', 'value', { message: '全角符号' }),
        finding('F14', 'error', 'value', { message: '缺少符号', suggestion: '＝100%' }),
        finding('F14', 'warning', 'value', { message: '单位不符' }),
      ],
      expected: [{ cell: 'F14', severity: 'error', message: '缺少符号 建议：＝100%\n单位不符\n全角符号' }],
    },
    {
      name: 'a range and a cell inside it stay separate marks',
      findings: [finding('A1:G14', 'warning', 'structure', { message: '缺少成本指标' }), finding('C5', 'warning', 'value', { message: '无单位' })],
      expected: [
        { cell: 'A1:G14', severity: 'warning', message: '缺少成本指标' },
        { cell: 'C5', severity: 'warning', message: '无单位' },
      ],
    },
  ];
  test.each(cases)('$name', ({ findings, expected }) => {
    expect(markTargets(findings)).toEqual(expected);
  });
});

describe('counting', () => {
  test('sheetFindings lists table findings in order, then those outside tables', () => {
    const a = finding('A1', 'error', 'value');
    const b = finding('B1', 'info', 'content');
    const c = finding('Z9', 'warning', 'structure');
    const result = sheet('S', [table(0, 'P1', 0, 9, [a]), table(1, 'P2', 12, 20, [b])], [c]);
    expect(sheetFindings(result).map((f) => f.cell)).toEqual(['A1', 'B1', 'Z9']);
  });

  test('countBySeverity adds up every sheet', () => {
    const results = [
      sheet('S1', [table(0, 'P', 0, 9, [finding('A1', 'error', 'value'), finding('A2', 'error', 'budget')])]),
      sheet('S2', [table(0, 'Q', 0, 9, [finding('A1', 'info', 'value')])], [finding('K1', 'warning', 'structure')]),
    ];
    expect(countBySeverity(results)).toEqual({ error: 2, warning: 1, info: 1 });
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
  });

  test.each([
    { error: new HostError('protected', 'x'), expected: true },
    { error: new HostError('too-large', 'x'), expected: true },
    { error: new HostError('no-sheet', 'x'), expected: true },
    { error: new HostError('busy', 'x'), expected: false },
    { error: new HostError('closed', 'x'), expected: false },
    { error: new HostError('unknown', 'x'), expected: false },
    { error: new Error('x'), expected: false },
  ])('isSheetSpecific($error.code) is $expected', ({ error, expected }) => {
    expect(isSheetSpecific(error)).toBe(expected);
  });
});

describe('CheckSession.checkActiveSheet', () => {
  test('reads, checks, clears then marks the active sheet, in that order', async () => {
    const host = new FakeHost(['封面', '绩效目标表']);
    host.active = '绩效目标表';
    const result = sheet('绩效目标表', [
      table(0, 'P', 0, 20, [finding('F14', 'warning', 'value', { message: '缺少符号' }), finding('C3', 'error', 'budget', { message: '预算不符' })]),
    ]);
    const check = fakeCheck({ 绩效目标表: result });
    const session = new CheckSession(host, { check, yieldToUi: noYield });

    const outcome = await session.checkActiveSheet();

    expect(host.calls).toEqual(['activeSheet', 'readSheet:绩效目标表', 'clearMarks:绩效目标表', 'mark:绩效目标表']);
    expect(check).toHaveBeenCalledWith({ name: '绩效目标表', values: [['绩效目标表']] }, null);
    expect(outcome).toEqual({ sheet: '绩效目标表', result });
    expect(host.marks.get('绩效目标表')).toEqual([
      { cell: 'C3', severity: 'error', message: '预算不符' },
      { cell: 'F14', severity: 'warning', message: '缺少符号' },
    ]);
    expect(session.results).toEqual([result]);
  });

  test('a clean sheet still has its old marks cleared and gets an empty mark list', async () => {
    const host = new FakeHost(['S']);
    const session = new CheckSession(host, { check: fakeCheck({}), yieldToUi: noYield });
    await session.checkActiveSheet();
    expect(host.mark).toHaveBeenCalledWith('S', []);
    expect(host.calls).toEqual(['activeSheet', 'readSheet:S', 'clearMarks:S', 'mark:S']);
  });

  test('reports reading, checking and marking, and yields to the UI before the engine runs', async () => {
    const host = new FakeHost(['S']);
    const order: string[] = [];
    const check: CheckFn = jest.fn((grid: GridInit) => {
      order.push('check');
      return sheet(grid.name, []);
    });
    const yieldToUi = jest.fn(async () => {
      order.push('yield');
    });
    const session = new CheckSession(host, { check, yieldToUi });
    await session.checkActiveSheet((p: CheckProgress) => order.push(`${p.phase}:${p.sheet}:${p.index}/${p.total}`));
    expect(order).toEqual(['reading:S:1/1', 'checking:S:1/1', 'yield', 'check', 'marking:S:1/1']);
  });

  test('passes the settings to the engine', async () => {
    const host = new FakeHost(['S']);
    const check = fakeCheck({});
    const settings: Partial<CheckSettings> = { scheme: '2021' };
    const session = new CheckSession(host, { check, settings, yieldToUi: noYield });
    await session.checkActiveSheet();
    expect(check).toHaveBeenLastCalledWith(expect.anything(), settings);
    session.setSettings({ scheme: '2015' });
    await session.checkActiveSheet();
    expect(check).toHaveBeenLastCalledWith(expect.anything(), { scheme: '2015' });
  });

  test('uses the engine when no check function is given', async () => {
    const engine = jest.requireMock<{ checkSheet: jest.Mock }>('../../src/core/engine');
    const host = new FakeHost(['S']);
    const outcome = await new CheckSession(host, { yieldToUi: noYield }).checkActiveSheet();
    expect(engine.checkSheet).toHaveBeenCalledWith({ name: 'S', values: [['S']] }, null);
    expect(outcome.result).toEqual({ name: 'S', tables: [], findings: [] });
  });

  test('a read failure throws, marks nothing and forgets the old result', async () => {
    const host = new FakeHost(['S']);
    const session = new CheckSession(host, { check: fakeCheck({}), yieldToUi: noYield });
    await session.checkActiveSheet();
    host.readSheet.mockRejectedValueOnce(new HostError('busy', 'Excel 正忙'));
    host.calls.length = 0;
    await expect(session.checkActiveSheet()).rejects.toThrow('Excel 正忙');
    expect(host.calls).toEqual(['activeSheet']);
    expect(session.results).toEqual([]);
  });

  test('a marking failure keeps the result and returns the error with it', async () => {
    const host = new FakeHost(['S']);
    const result = sheet('S', [table(0, 'P', 0, 9, [finding('A1', 'error', 'value')])]);
    const error = new HostError('protected', '工作表受保护，请撤销保护后重试。');
    host.clearMarks.mockRejectedValueOnce(error);
    const session = new CheckSession(host, { check: fakeCheck({ S: result }), yieldToUi: noYield });
    const outcome = await session.checkActiveSheet();
    expect(outcome).toEqual({ sheet: 'S', result, error });
    expect(host.mark).not.toHaveBeenCalled();
    expect(session.results).toEqual([result]);
  });
});

describe('CheckSession.checkAllSheets', () => {
  test('skips the sheets the add-in made itself (dropdown lists, 校验报告)', async () => {
    const host = new FakeHost(['A', '指标列表', '校验报告', '校验报告 (2)', '校验报告说明']);
    const session = new CheckSession(host, { check: fakeCheck({}), yieldToUi: noYield });
    const outcomes = await session.checkAllSheets();
    expect(outcomes.map((o) => o.sheet)).toEqual(['A', '校验报告说明']);
    expect(isOwnSheet('指标列表')).toBe(true);
    expect(isOwnSheet('指标列表1')).toBe(false);
  });

  test('checks every sheet in tab order with progress over the run', async () => {
    const host = new FakeHost(['A', 'B', 'C']);
    const progress: string[] = [];
    const session = new CheckSession(host, { check: fakeCheck({}), yieldToUi: noYield });
    const outcomes = await session.checkAllSheets((p) => {
      if (p.phase === 'reading') progress.push(`${p.sheet} ${p.index}/${p.total}`);
    });
    expect(host.calls).toEqual([
      'listSheets',
      'readSheet:A', 'clearMarks:A', 'mark:A',
      'readSheet:B', 'clearMarks:B', 'mark:B',
      'readSheet:C', 'clearMarks:C', 'mark:C',
    ]);
    expect(progress).toEqual(['A 1/3', 'B 2/3', 'C 3/3']);
    expect(outcomes.map((o) => o.sheet)).toEqual(['A', 'B', 'C']);
    expect(session.results.map((r) => r.name)).toEqual(['A', 'B', 'C']);
  });

  test('a sheet-specific failure is recorded and the run goes on', async () => {
    const host = new FakeHost(['A', 'B', 'C']);
    const error = new HostError('too-large', '工作表太大');
    host.readSheet.mockImplementation(async (name: string) => {
      if (name === 'B') throw error;
      return { name, values: [] };
    });
    const session = new CheckSession(host, { check: fakeCheck({}), yieldToUi: noYield });
    const outcomes = await session.checkAllSheets();
    expect(outcomes[1]).toEqual({ sheet: 'B', error });
    expect(outcomes.map((o) => o.result?.name)).toEqual(['A', undefined, 'C']);
    expect(session.results.map((r) => r.name)).toEqual(['A', 'C']);
  });

  test('any other failure stops the run; results so far are kept', async () => {
    const host = new FakeHost(['A', 'B', 'C']);
    host.readSheet.mockImplementation(async (name: string) => {
      if (name === 'B') throw new Error('boom');
      return { name, values: [] };
    });
    const session = new CheckSession(host, { check: fakeCheck({}), yieldToUi: noYield });
    await expect(session.checkAllSheets()).rejects.toThrow('boom');
    expect(host.readSheet).toHaveBeenCalledTimes(2);
    expect(session.results.map((r) => r.name)).toEqual(['A']);
  });

  test('a new run forgets sheets that are gone', async () => {
    const host = new FakeHost(['A', 'B']);
    const session = new CheckSession(host, { check: fakeCheck({}), yieldToUi: noYield });
    await session.checkAllSheets();
    host.sheets.splice(0, 1);
    await session.checkAllSheets();
    expect(session.results.map((r) => r.name)).toEqual(['B']);
  });
});

describe('CheckSession.clearMarks and select', () => {
  test('clearMarks() clears every sheet and forgets every result', async () => {
    const host = new FakeHost(['A', 'B']);
    const session = new CheckSession(host, { check: fakeCheck({}), yieldToUi: noYield });
    await session.checkAllSheets();
    await session.clearMarks();
    expect(host.clearMarks).toHaveBeenLastCalledWith(undefined);
    expect(session.results).toEqual([]);
  });

  test('clearMarks(sheet) clears one sheet and forgets its result only', async () => {
    const host = new FakeHost(['A', 'B']);
    const session = new CheckSession(host, { check: fakeCheck({}), yieldToUi: noYield });
    await session.checkAllSheets();
    await session.clearMarks('A');
    expect(host.clearMarks).toHaveBeenLastCalledWith('A');
    expect(session.results.map((r) => r.name)).toEqual(['B']);
  });

  test('a failed clear keeps the results (the marks are still there)', async () => {
    const host = new FakeHost(['A']);
    const session = new CheckSession(host, { check: fakeCheck({}), yieldToUi: noYield });
    await session.checkAllSheets();
    host.clearMarks.mockRejectedValueOnce(new HostError('protected', '受保护'));
    await expect(session.clearMarks()).rejects.toThrow('受保护');
    expect(session.results.map((r) => r.name)).toEqual(['A']);
  });

  test('select passes the sheet and the finding address to the host', async () => {
    const host = new FakeHost(['A']);
    const session = new CheckSession(host, { yieldToUi: noYield });
    await session.select('A', finding('D7', 'error', 'value'));
    expect(host.select).toHaveBeenCalledWith('A', 'D7');
  });
});
