/**
 * The preview checks a sheet in its checking worker (src/preview/precheck.ts): the host's readSheet
 * hands the snapshot over, and the pane's check function takes the worker's result for that very
 * snapshot and settings. Here the worker is the real check-worker module run behind a structured
 * clone, as a browser would pass messages; the pane is the real one (App over ExcelHost over the
 * stand-in). The result must be the engine's (its tables without their indicator rows, which the
 * pane never reads: see the last test), and anything that does not match is checked in place.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkSheet } from '../../src/core/engine';
import type { GridInit } from '../../src/core/engine/grid';
import type { CheckReply, CheckRequest } from '../../src/preview/check-protocol';
import { Prechecker, type CheckWorkerLike, type PrecheckingHost } from '../../src/preview/precheck';
import { openModel, readModel } from '../../src/preview/workbook';
import { ExcelHost } from '../../src/hosts/excel';
import { CheckSession } from '../../src/taskpane/session';
import { paneTable } from '../../src/preview/check-protocol';
import type { SheetResult } from '../../src/core/model';
// The views in English too, as a pane in English shows them once its rule texts have loaded.
import '../../src/core/i18n/rules-en';

/** The engine's result as the worker sends it: every finding, each table without its indicator rows. */
function asSent(result: SheetResult): SheetResult {
  return { ...result, tables: result.tables.map((tr) => ({ ...tr, table: paneTable(tr.table) })) };
}

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample.xlsx');

/** ./check-worker.ts's module, loaded with a `self` of its own; messages cross as structured clones. */
class ClonedWorker implements CheckWorkerLike {
  onmessage: ((event: MessageEvent<CheckReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  /** Snapshot messages ('rows', 'check'); warm-ups are counted apart. */
  requests = 0;
  warmUps: GridInit[] = [];
  terminated = false;
  private readonly scope: { onmessage: ((e: { data: CheckRequest }) => void) | null; postMessage: (m: CheckReply) => void };

  constructor() {
    this.scope = { onmessage: null, postMessage: (m) => setTimeout(() => this.onmessage?.({ data: structuredClone(m) } as MessageEvent<CheckReply>)) };
    const saved = (globalThis as { self?: unknown }).self;
    (globalThis as { self?: unknown }).self = this.scope;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('../../src/preview/check-worker');
      });
    } finally {
      (globalThis as { self?: unknown }).self = saved;
    }
  }

  postMessage(message: CheckRequest): void {
    if (message.type === 'warm') {
      if (message.grid) this.warmUps.push(message.grid);
    }
    else this.requests++;
    const data = structuredClone(message);
    setTimeout(() => this.scope.onmessage?.({ data }));
  }

  terminate(): void {
    this.terminated = true;
  }
}

async function sample() {
  const model = await readModel(new Uint8Array(await readFile(SAMPLE)), 'sample.xlsx', 'zh-CN');
  const worker = new ClonedWorker();
  const workbook = openModel(model, 'sample.xlsx', { locale: 'zh-CN', onChange: () => undefined, createCheckWorker: () => worker });
  return { workbook, worker };
}

test("a sheet read by the pane is checked in the worker, and the pane takes the worker's result", async () => {
  const { workbook, worker } = await sample();
  try {
    const session = new CheckSession(workbook.host, { check: workbook.check, yieldToUi: () => Promise.resolve() });
    const outcome = await session.checkActiveSheet();
    expect(worker.requests).toBe(1);
    expect(workbook.prechecker.taken).toBe(1);
    // The engine's own result for the same snapshot, on this thread.
    const grid = await workbook.host.readSheet(workbook.model.sheets[0].name);
    expect(outcome.result).toEqual(asSent(checkSheet(grid, null)));
    expect(outcome.result?.tables.length).toBeGreaterThan(1);
    expect(outcome.error).toBeUndefined();
  } finally {
    workbook.dispose();
  }
  expect(worker.terminated).toBe(true);
});

test('other settings than the worker used: the pane checks in place, with its settings', async () => {
  const { workbook } = await sample();
  try {
    const grid = await workbook.host.readSheet(workbook.model.sheets[0].name);
    const settings = { rules: { 'value/bad-number': 'off' as const } };
    const result = workbook.check(grid, settings);
    expect(workbook.prechecker.taken).toBe(0);
    expect(result).toEqual(checkSheet(grid, settings));
    // The next snapshot is checked in the worker with the settings the pane used last.
    const next = await workbook.host.readSheet(workbook.model.sheets[0].name);
    expect(workbook.check(next, settings)).toEqual(asSent(checkSheet(next, settings)));
    expect(workbook.prechecker.taken).toBe(1);
  } finally {
    workbook.dispose();
  }
});

test('a snapshot the worker never saw (a partial re-check) is checked in place', () => {
  const prechecker = new Prechecker(() => new ClonedWorker());
  const grid: GridInit = { name: 'S', values: [['项目名称', 'x']] };
  expect(prechecker.check(grid, null)).toEqual(checkSheet(grid, null));
  expect(prechecker.taken).toBe(0);
});

test('no worker (a page that cannot start one): the pane checks in place', async () => {
  const prechecker = new Prechecker(() => null);
  const grid: GridInit = { name: 'S', values: [['项目名称', 'x']] };
  await prechecker.precheck(grid);
  expect(prechecker.check(grid, null)).toEqual(checkSheet(grid, null));
  expect(prechecker.taken).toBe(0);
});

test('a large sheet goes to the worker in pieces and its result comes back in pieces, the same as one piece', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { writeStackedWorkbook } = await import('../../bench/generate');
  const { loadSeed } = await import('../../scripts/seed-layouts');
  const { ROWS_PER_MESSAGE, TABLES_PER_MESSAGE } = await import('../../src/preview/check-protocol');
  const dir = mkdtempSync(join(tmpdir(), 'perf-target-precheck-'));
  try {
    const { path } = await writeStackedWorkbook(join(dir, 'big.xlsx'), loadSeed(), 250, 1);
    const model = await readModel(new Uint8Array(await readFile(path)), 'big.xlsx', 'zh-CN');
    const worker = new ClonedWorker();
    const replies: string[] = [];
    const workbook = openModel(model, 'big.xlsx', { locale: 'zh-CN', onChange: () => undefined, createCheckWorker: () => worker });
    const seen = worker.onmessage;
    worker.onmessage = (event) => {
      replies.push(event.data.type);
      seen?.(event);
    };
    try {
      const grid = await workbook.host.readSheet(model.sheets[0].name);
      expect(grid.values.length).toBeGreaterThan(ROWS_PER_MESSAGE);
      const result = workbook.check(grid, null);
      expect(workbook.prechecker.taken).toBe(1);
      expect(result).toEqual(asSent(checkSheet(grid, null)));
      expect(result.tables.length).toBeGreaterThan(2 * TABLES_PER_MESSAGE);
      // Rows in pieces, then the rest: more than one request; tables in pieces, then 'done'.
      expect(worker.requests).toBe(Math.ceil(grid.values.length / ROWS_PER_MESSAGE));
      expect(replies.filter((r) => r === 'tables').length).toBe(Math.ceil(result.tables.length / TABLES_PER_MESSAGE) - 1);
      expect(replies[replies.length - 1]).toBe('done');
    } finally {
      workbook.dispose();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120000);

test('when a workbook opens, the worker runs the engine once over the first rows of the sheet on show, and the check is the same', async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { writeStackedWorkbook } = await import('../../bench/generate');
  const { loadSeed } = await import('../../scripts/seed-layouts');
  const { WARM_UP_CELLS } = await import('../../src/preview/warm-up');
  const dir = mkdtempSync(join(tmpdir(), 'perf-target-warm-'));
  try {
    const { path } = await writeStackedWorkbook(join(dir, 'big.xlsx'), loadSeed(), 250, 1);
    const model = await readModel(new Uint8Array(await readFile(path)), 'big.xlsx', 'zh-CN');
    const worker = new ClonedWorker();
    const workbook = openModel(model, 'big.xlsx', { locale: 'zh-CN', onChange: () => undefined, createCheckWorker: () => worker });
    try {
      await new Promise((r) => setTimeout(r, 0));
      await waitFor(() => workbook.prechecker.warmed === 1);
      expect(worker.warmUps).toHaveLength(1);
      const sample = worker.warmUps[0];
      const cells = sample.values.reduce((n, line) => n + line.length, 0);
      expect(cells).toBeGreaterThan(WARM_UP_CELLS / 2);
      expect(cells).toBeLessThanOrEqual(WARM_UP_CELLS);
      // In the same idle moment the stand-in indexed the sheet's cells by row: the check's read
      // finds the index made (the same object before and after it, no pass over the cells).
      const { sheetRows } = await import('../../src/standin/model');
      const index = sheetRows(model.sheets[0]);
      expect(index.size).toBeGreaterThan(1000);
      // The sample is the sheet's top rows as the host reads them, merges and numbers' text included.
      const grid = await workbook.host.readSheet(model.sheets[0].name);
      expect(sample.values).toEqual(grid.values.slice(0, sample.values.length).map((line) => line.slice(0, sample.values[0].length)));
      expect(sample.merges?.length).toBeGreaterThan(0);
      for (const m of sample.merges ?? []) expect(grid.merges).toContainEqual(m);
      expect(sheetRows(model.sheets[0])).toBe(index);
      const result = workbook.check(grid, null);
      expect(workbook.prechecker.taken).toBe(1);
      expect(result).toEqual(asSent(checkSheet(grid, null)));
      expect(worker.warmUps).toHaveLength(1);
    } finally {
      workbook.dispose();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test('no warm-up once a check was sent: it would only wait behind it', async () => {
  const { workbook } = await sample();
  const grid = await workbook.host.readSheet(workbook.model.sheets[0].name);
  workbook.dispose();
  const worker = new ClonedWorker();
  const prechecker = new Prechecker(() => worker);
  let asked = 0;
  prechecker.warm(() => {
    asked++;
    return grid;
  });
  // 校验 pressed before the page was idle: the warm-up is dropped, the check goes alone.
  await prechecker.precheck(grid);
  await new Promise((r) => setTimeout(r, 20));
  expect(worker.warmUps).toHaveLength(0);
  expect(asked).toBe(0);
  expect(prechecker.check(grid, null)).toEqual(asSent(checkSheet(grid, null)));
  expect(prechecker.taken).toBe(1);
  prechecker.stop();
});

async function waitFor(done: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !done(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(done()).toBe(true);
}

test("the pane's and the review's views of a result are the same without the tables' indicator rows", async () => {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { writeStackedWorkbook } = await import('../../bench/generate');
  const { loadSeed } = await import('../../scripts/seed-layouts');
  const { listItems } = await import('../../src/taskpane/view');
  const { sheetReport } = await import('../../src/core/review/report');
  const { reviewCsv, reviewJson, reviewRows } = await import('../../src/core/review/review-report');
  const { recheckWindow, spliceTable, tablesAffected } = await import('../../src/core/review/recheck');
  const { emptyIgnoreList } = await import('../../src/core/review/ignore');
  const dir = mkdtempSync(join(tmpdir(), 'perf-target-slim-'));
  try {
    const { path } = await writeStackedWorkbook(join(dir, 'mixed.xlsx'), loadSeed(), 60, 1);
    for (const file of [SAMPLE, path]) {
      const model = await readModel(new Uint8Array(await readFile(file)), 'x.xlsx', 'zh-CN');
      const workbook = openModel(model, 'x.xlsx', { locale: 'zh-CN', onChange: () => undefined, createCheckWorker: () => null });
      try {
        for (const sheet of model.sheets) {
          const full = checkSheet(await workbook.host.readSheet(sheet.name), null);
          const sent = asSent(full);
          expect(JSON.stringify(sent).length).toBeLessThan(JSON.stringify(full).length);
          for (const locale of ['zh-CN', 'en-US'] as const) {
            expect(listItems([sent], locale)).toEqual(listItems([full], locale));
            expect(reviewRows([sent], emptyIgnoreList(), locale)).toEqual(reviewRows([full], emptyIgnoreList(), locale));
            expect(reviewCsv([sent], emptyIgnoreList(), locale)).toBe(reviewCsv([full], emptyIgnoreList(), locale));
          }
          expect(sheetReport(sent)).toEqual(sheetReport(full));
          expect(reviewJson([sent], emptyIgnoreList(), 'x')).toEqual(reviewJson([full], emptyIgnoreList(), 'x'));
          full.tables.forEach((_, i) => {
            expect(recheckWindow(sent, i)).toEqual(recheckWindow(full, i));
            expect(tablesAffected(sent, [full.tables[i].table.range])).toEqual(tablesAffected(full, [full.tables[i].table.range]));
            // A re-checked table spliced in: the same findings either way.
            const spliced = (r: SheetResult) => spliceTable(r, i, { ...full, tables: [full.tables[i]] })?.tables.flatMap((t) => t.findings);
            expect(spliced(sent)).toEqual(spliced(full));
          });
        }
      } finally {
        workbook.dispose();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

test('a check shared by two workers (each locates the sheet, checks every other table) is checkSheet, in sheet order', async () => {
  const { checkPart, mergeParts } = await import('../../src/preview/check-parts');
  const { readWorkbookBytes } = await import('../../src/hosts/file/read');
  const { xlsxUnder } = await import('../helpers/fixtures');
  const real = xlsxUnder(join(__dirname, '..', 'fixtures', 'real'));
  expect(real.length).toBeGreaterThan(20);
  let tables = 0;
  for (const file of [SAMPLE, ...real]) {
    for (const grid of await readWorkbookBytes(new Uint8Array(await readFile(file)), 'x.xlsx')) {
      for (const settings of [null, { scheme: '2021' as const }]) {
        const whole = checkSheet(grid, settings);
        tables += whole.tables.length;
        for (const of of [2, 3]) {
          const parts = Array.from({ length: of }, (_, index) => checkPart(grid, settings, { index, of }));
          expect(mergeParts(parts)).toEqual(whole);
        }
      }
    }
  }
  expect(tables).toBeGreaterThan(50);

  // Through two cloned workers and the page's Prechecker: the pane takes the merged result.
  const { workbook } = await sample();
  const grid = await workbook.host.readSheet(workbook.model.sheets[0].name);
  workbook.dispose();
  const workers = [new ClonedWorker(), new ClonedWorker()];
  let made = 0;
  const prechecker = new Prechecker(() => workers[made++] ?? null, 2);
  await prechecker.precheck(grid);
  expect(workers.map((w) => w.requests)).toEqual([1, 1]);
  expect(prechecker.check(grid, null)).toEqual(asSent(checkSheet(grid, null)));
  expect(prechecker.taken).toBe(1);
  prechecker.stop();
  expect(workers.every((w) => w.terminated)).toBe(true);
}, 120_000);

describe('checked ahead: the sheet on show read and checked before 校验, as a linter checks on open', () => {
  async function ahead() {
    const model = await readModel(new Uint8Array(await readFile(SAMPLE)), 'sample.xlsx', 'zh-CN');
    const worker = new ClonedWorker();
    const workbook = openModel(model, 'sample.xlsx', { locale: 'zh-CN', onChange: () => undefined, createCheckWorker: () => worker, checkAhead: false });
    const host = workbook.host as PrecheckingHost;
    const session = new CheckSession(workbook.host, { check: workbook.check, yieldToUi: () => Promise.resolve() });
    return { workbook, worker, host, session, sheet: model.sheets[0].name };
  }

  test('校验 takes the snapshot read ahead and the worker result for it: no second read or check', async () => {
    const { workbook, worker, host, session, sheet } = await ahead();
    try {
      await host.checkAhead(sheet);
      expect(worker.requests).toBe(1);
      // The add-in's own read of the sheet (ExcelHost.readSheet, which the preview's host extends).
      const excelReads = jest.spyOn(ExcelHost.prototype, 'readSheet');
      const outcome = await session.checkActiveSheet();
      expect(excelReads).not.toHaveBeenCalled();
      excelReads.mockRestore();
      expect(worker.requests).toBe(1);
      expect(workbook.prechecker.taken).toBe(1);
      const grid = await host.readSheet(sheet);
      expect(outcome.result).toEqual(asSent(checkSheet(grid, null)));
      expect(outcome.result?.tables.length).toBeGreaterThan(1);
    } finally {
      workbook.dispose();
    }
  });

  test('a change to the workbook after the read ahead (a fix, an edit) makes 校验 read and check again', async () => {
    const { workbook, worker, host, session, sheet } = await ahead();
    try {
      await host.checkAhead(sheet);
      const before = checkSheet(await host.readSheet(sheet), null);
      const finding = before.tables[0].findings.find((f) => f.suggestion !== undefined) ?? before.tables[0].findings[0];
      await host.writeValue(sheet, finding.cell, '≥95%');
      const outcome = await session.checkActiveSheet();
      // The read ahead was not taken: a new snapshot, with the new value, checked in the worker.
      expect(worker.requests).toBe(2);
      const now = await host.readSheet(sheet);
      expect(outcome.result).toEqual(asSent(checkSheet(now, null)));
      expect(outcome.result).not.toEqual(asSent(before));
    } finally {
      workbook.dispose();
    }
  });

  test('a change while the sheet is being read ahead drops it; 校验 reads and checks afresh', async () => {
    const { workbook, worker, host, session, sheet } = await ahead();
    try {
      const reading = host.checkAhead(sheet);
      await host.writeValue(sheet, 'A1', '改过的标题');
      await reading;
      const outcome = await session.checkActiveSheet();
      const now = await host.readSheet(sheet);
      expect(now.values[0][0]).toBe('改过的标题');
      expect(outcome.result).toEqual(asSent(checkSheet(now, null)));
      // At most the dropped one and the pane's own reached the worker; the pane took its own.
      expect(worker.requests).toBeLessThanOrEqual(2);
      expect(workbook.prechecker.taken).toBe(1);
    } finally {
      workbook.dispose();
    }
  });

  test('other settings than the check ahead used: the pane checks in place with its own', async () => {
    const { workbook, host, session, sheet } = await ahead();
    try {
      await host.checkAhead(sheet);
      const settings = { rules: { 'value/bad-number': 'off' as const } };
      session.setSettings(settings);
      const outcome = await session.checkActiveSheet();
      expect(workbook.prechecker.taken).toBe(0);
      expect(outcome.result).toEqual(checkSheet(await host.readSheet(sheet), settings));
    } finally {
      workbook.dispose();
    }
  });

  test('校验 pressed while the check ahead is under way waits for it instead of starting over', async () => {
    const { workbook, worker, host, session, sheet } = await ahead();
    try {
      void host.checkAhead(sheet);
      const outcome = await session.checkActiveSheet();
      expect(worker.requests).toBe(1);
      expect(workbook.prechecker.taken).toBe(1);
      // Once the pane has read, nothing is checked ahead any more.
      await host.checkAhead(sheet);
      expect(worker.requests).toBe(1);
      expect(outcome.result).toEqual(asSent(checkSheet(await host.readSheet(sheet), null)));
    } finally {
      workbook.dispose();
    }
  });

  test('a workbook opened in the preview is checked ahead once the page is idle, not warmed up', async () => {
    const model = await readModel(new Uint8Array(await readFile(SAMPLE)), 'sample.xlsx', 'zh-CN');
    const worker = new ClonedWorker();
    const workbook = openModel(model, 'sample.xlsx', { locale: 'zh-CN', onChange: () => undefined, createCheckWorker: () => worker, checkAhead: true });
    try {
      await waitFor(() => worker.requests === 1);
      const session = new CheckSession(workbook.host, { check: workbook.check, yieldToUi: () => Promise.resolve() });
      const outcome = await session.checkActiveSheet();
      expect(worker.requests).toBe(1);
      expect(worker.warmUps).toHaveLength(0);
      expect(workbook.prechecker.taken).toBe(1);
      expect(outcome.result).toEqual(asSent(checkSheet(await workbook.host.readSheet(model.sheets[0].name), null)));
    } finally {
      workbook.dispose();
    }
  });
});

describe('the checking worker warmed up while the file opens', () => {
  // The sample workbook (examples/sample.xlsx, made by us): consistency, not accuracy.
  test('a sample as bytes (encodeWarmUp) is the grid again, text holes included', async () => {
    const { encodeWarmUp, decodeWarmUp, warmUpGrid } = await import('../../src/preview/warm-up');
    const model = await readModel(new Uint8Array(await readFile(SAMPLE)), 'sample.xlsx', 'zh-CN');
    const grid = warmUpGrid(model.sheets[0]);
    // A text row has holes (only numbers have a text of their own): JSON writes them as null.
    let holes = 0;
    for (const line of grid.text ?? []) for (let c = 0; c < line.length; c++) if (line[c] === undefined) holes++;
    expect(holes).toBeGreaterThan(0);
    expect(decodeWarmUp(encodeWarmUp(grid))).toEqual(grid);
  });

  test('the worker runs the engine over the sample at most WARM_UP_PASSES times, one per task, and a check ends it', async () => {
    const { encodeWarmUp, warmUpGrid } = await import('../../src/preview/warm-up');
    const { WARM_UP_PASSES } = await import('../../src/preview/check-protocol');
    const model = await readModel(new Uint8Array(await readFile(SAMPLE)), 'sample.xlsx', 'zh-CN');
    const json = encodeWarmUp(warmUpGrid(model.sheets[0]));
    const replies: CheckReply[] = [];
    const worker = new ClonedWorker();
    worker.onmessage = (event) => replies.push(event.data);
    // Left alone: every pass, then one 'warmed'.
    worker.postMessage({ id: -1, type: 'warm', json });
    await waitFor(() => replies.length > 0);
    expect(replies).toEqual([{ id: -1, type: 'warmed', engineMs: expect.any(Number), passes: WARM_UP_PASSES }]);
    // A check's message right behind the sample: the warm-up stops after its first pass, and the check's result is the engine's.
    replies.length = 0;
    const { workbook } = await sample();
    const grid = await workbook.host.readSheet(workbook.model.sheets[0].name);
    workbook.dispose();
    worker.postMessage({ id: -1, type: 'warm', json });
    worker.postMessage({ id: 7, type: 'check', grid, settings: null });
    await waitFor(() => replies.some((r) => r.type === 'done'));
    expect(replies[0]).toEqual({ id: -1, type: 'warmed', engineMs: expect.any(Number), passes: 1 });
    const done = replies.find((r) => r.type === 'done');
    expect(done?.type === 'done' && done.result).toEqual(asSent(checkSheet(grid, null)));
  }, 60_000);

  test('a worker started early keeps its replies and a failure until the Prechecker listens', async () => {
    const { earlyCheckWorker } = await import('../../src/preview/precheck');
    const inner = { onmessage: null as ((e: MessageEvent<CheckReply>) => void) | null, onerror: null as ((e: ErrorEvent) => void) | null, postMessage: jest.fn(), terminate: jest.fn() };
    const early = earlyCheckWorker(() => inner);
    if (!early) throw new Error('no worker');
    inner.onmessage?.({ data: { id: -1, type: 'warmed', engineMs: 3, passes: 2 } } as MessageEvent<CheckReply>);
    const failure = { preventDefault: jest.fn() } as unknown as ErrorEvent;
    inner.onerror?.(failure);
    const got: CheckReply[] = [];
    early.onmessage = (event) => got.push(event.data);
    expect(got).toEqual([{ id: -1, type: 'warmed', engineMs: 3, passes: 2 }]);
    const failed: ErrorEvent[] = [];
    early.onerror = (event) => failed.push(event);
    expect(failed).toEqual([failure]);
    // Once listened to, replies go straight through.
    inner.onmessage?.({ data: { id: 1, type: 'error', message: 'x' } } as MessageEvent<CheckReply>);
    expect(got).toHaveLength(2);
  });
});
