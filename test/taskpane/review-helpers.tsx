/**
 * Pane tests of the review workflow: the whole task pane (App) over the real Excel host and engine
 * on the Excel stand-in, so every control is tested with what it really does to the workbook.
 */
import './setup';
import './review-polyfills';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { ExcelHost } from '../../src/hosts/excel';
import { createStandIn, createWorkbook, getCell, getSheet, type StandInOptions, type WorkbookModel } from '../../src/standin';
import { writeTables, type TableOptions } from '../hosts/excel/fixtures';

export const SHEET = '绩效表';

export function workbook(count: number, options: TableOptions = { firstValue: '100%' }): WorkbookModel {
  const model = createWorkbook([SHEET]);
  writeTables(getSheet(model, SHEET), count, 0, 0, options);
  return model;
}

export function renderPane(model: WorkbookModel, options: StandInOptions = {}) {
  const standIn = createStandIn(model, options);
  const host = new ExcelHost({ run: standIn.run, isSetSupported: standIn.isSetSupported, locale: 'zh-CN' });
  // The pointer-events check walks every ancestor's style on each click: slow with the settings' 41 rules.
  const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
  const view = render(<App host={host} locale="zh-CN" />);
  return { standIn, host, model, user, view };
}

/** Checks the active sheet and waits for the findings to be listed. */
export async function checkSheet(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole('button', { name: '校验当前工作表' }));
  await screen.findByRole('group', { name: '问题统计' });
}

export function value(model: WorkbookModel, a1Row: number, col: number): unknown {
  return getCell(getSheet(model, SHEET), a1Row, col)?.value ?? null;
}

/** The finding buttons of the list (their names say severity, cell and message). */
export function listed(): string[] {
  const list = screen.queryByRole('list', { name: '问题列表' });
  if (!list) return [];
  return within(list).queryAllByRole('button', { name: /单元格/ }).map((b) => b.getAttribute('aria-label') ?? '');
}

/** Fixes re-check and re-mark several tables: give them time when the machine is busy. */
export const WAIT = { timeout: 15000 };
jest.setTimeout(30000);

/**
 * Waits for a Fluent dialog and gives it the focus again once it is in place. In a browser, the
 * dialog's focus (a passive effect, after paint) comes after tabster (Fluent's focus manager) has
 * seen the new modal through its MutationObserver; under React's act() in jsdom the effect runs
 * first, tabster never activates the modal and marks it aria-hidden (a minimal Fluent Dialog shows
 * the same in jsdom). Focusing it again is what the browser's order amounts to.
 */
export async function findDialog(name: string | RegExp): Promise<HTMLElement> {
  const surface = await screen.findByRole('dialog', { hidden: true }, WAIT);
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    surface.blur();
    surface.focus();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  const dialog = await screen.findByRole('dialog', { name }, WAIT);
  // The dialog's content is there once its opening has finished.
  await waitFor(() => expect(dialog.querySelector('button')).not.toBeNull(), WAIT);
  return dialog;
}

/**
 * The buttons row of a dialog. Role queries compute every element's styles: scoped to a small part
 * they stay fast even in the settings dialog with its forty-odd rules.
 */
export function footer(dialog: HTMLElement): HTMLElement {
  const actions = dialog.querySelector<HTMLElement>('.fui-DialogActions');
  if (!actions) throw new Error('dialog without actions');
  return actions;
}

/** Clicks the button that opens a dialog and waits for the dialog (see findDialog). */
export async function openDialog(button: HTMLElement, name: string | RegExp): Promise<HTMLElement> {
  fireEvent.click(button);
  return findDialog(name);
}

/**
 * Waits until no dialog is open, then moves the focus into the pane as a browser's focus
 * restoration does after tabster has seen the modal go (see findDialog): without it, jsdom leaves
 * the rest of the pane marked aria-hidden.
 */
export async function dialogClosed(): Promise<void> {
  await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).not.toBeInTheDocument(), WAIT);
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    const main = document.querySelector('main');
    const first = main?.querySelector('button');
    first?.focus();
    first?.blur();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/**
 * tabster (Fluent's focus manager) lives on `window` for the whole test file; what it remembers of
 * one test's dialogs hid the next test's dialogs for seconds. Every test gets a fresh one, as every
 * page load does.
 */
afterEach(() => {
  const core = (window as unknown as { __tabsterInstance?: { disposeTabster(wrapper: unknown, allInstances: boolean): void } }).__tabsterInstance;
  core?.disposeTabster(undefined, true);
});

/** The row of the findings list for a cell (and rule), with its buttons. */
export function row(cell: string, rule?: string): HTMLElement {
  const list = screen.getByRole('list', { name: '问题列表' });
  const rows = within(list)
    .getAllByRole('listitem')
    .filter((li) => {
      const main = li.querySelector('button[data-main]');
      return new RegExp(`单元格 (?:[^!：]+!)?${cell}：`).test(main?.getAttribute('aria-label') ?? '') && (rule === undefined || main?.getAttribute('data-rule') === rule);
    });
  if (rows.length === 0) throw new Error(`no row for ${cell}${rule ? ` (${rule})` : ''}`);
  return rows[0];
}

/** A button of a finding's row: 应用建议, 忽略…, 说明, or the finding itself (its cell). */
export function rowButton(cell: string, name: '应用建议' | '忽略…' | '说明', rule?: string): HTMLElement {
  return within(row(cell, rule)).getByRole('button', { name });
}

/** Opens the pane's menu (更多操作) and chooses an item. */
export async function menuItem(user: ReturnType<typeof userEvent.setup>, name: string | RegExp): Promise<void> {
  await user.click(screen.getByRole('button', { name: '更多操作' }));
  await user.click(await screen.findByRole('menuitem', { name }));
}
