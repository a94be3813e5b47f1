/** Fakes for the pane tests: a recording WorkbookHost, deferred promises and SheetResult builders. */
import type { CellValue, GridInit } from '../../src/core/engine/grid';
import type { Category, Finding, Severity, SheetResult, TableModel, TableResult } from '../../src/core/model';
import type { MarkTarget, SheetRef, WorkbookHost } from '../../src/hosts/types';

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (reason: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A workbook of named sheets; every call is logged in order as `method:args`. */
export class FakeHost implements WorkbookHost {
  readonly calls: string[] = [];
  readonly marks = new Map<string, MarkTarget[]>();
  active: string;

  constructor(readonly sheets: string[] = ['Sheet1']) {
    this.active = sheets[0];
  }

  activeSheet = jest.fn(async (): Promise<SheetRef> => {
    this.calls.push('activeSheet');
    return { name: this.active };
  });

  listSheets = jest.fn(async (): Promise<SheetRef[]> => {
    this.calls.push('listSheets');
    return this.sheets.map((name) => ({ name }));
  });

  readSheet = jest.fn(async (name: string): Promise<GridInit> => {
    this.calls.push(`readSheet:${name}`);
    return { name, values: [[name]] };
  });

  mark = jest.fn(async (sheet: string, targets: MarkTarget[]): Promise<void> => {
    this.calls.push(`mark:${sheet}`);
    this.marks.set(sheet, targets);
  });

  clearMarks = jest.fn(async (sheet?: string): Promise<void> => {
    this.calls.push(sheet === undefined ? 'clearMarks' : `clearMarks:${sheet}`);
    if (sheet === undefined) this.marks.clear();
    else this.marks.delete(sheet);
  });

  select = jest.fn(async (sheet: string, address: string): Promise<void> => {
    this.calls.push(`select:${sheet}!${address}`);
  });

  writeValue = jest.fn(async (sheet: string, address: string, _value: CellValue): Promise<CellValue> => {
    this.calls.push(`writeValue:${sheet}!${address}`);
    return null;
  });
}

let counter = 0;

export function finding(cell: string, severity: Severity, category: Category, extra: Partial<Finding> = {}): Finding {
  counter += 1;
  return {
    rule: `${category}/fake-${counter}`,
    category,
    severity,
    cell,
    row: 0,
    col: 0,
    table: 0,
    messageId: `m${counter}`,
    data: {},
    message: `问题${counter}`,
    ...extra,
  };
}

export function table(index: number, project: string | undefined, top: number, bottom: number, findings: Finding[]): TableResult {
  const model: TableModel = {
    index,
    layout: 'L1',
    range: { top, left: 0, bottom, right: 6 },
    moneyUnit: '万元',
    moneyUnitInferred: false,
    budget: {},
    indicators: [],
  };
  if (project !== undefined) model.projectName = { at: { row: top + 3, col: 1 }, text: project, value: project };
  return { table: model, scheme: '2015', findings: findings.map((f) => ({ ...f, table: index })) };
}

export function sheet(name: string, tables: TableResult[], outside: Finding[] = []): SheetResult {
  return { name, tables, findings: outside.map((f) => ({ ...f, table: null })) };
}
