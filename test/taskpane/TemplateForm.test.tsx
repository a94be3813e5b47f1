/** @jest-environment jsdom */
import './setup';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { GridInit } from '../../src/core/engine/grid';
import type { Locale, SheetResult } from '../../src/core/model';
import type { TemplateOptions } from '../../src/core/review/template';
import { HostError, type TemplateInsertion, type TemplatePlacement } from '../../src/hosts/types';
import { App } from '../../src/taskpane/App';
import { parseRows, TemplateForm, validateTemplateForm, type TemplateHost } from '../../src/taskpane/components/TemplateForm';
import { requestView } from '../../src/taskpane/launch';
import type { CheckFn } from '../../src/taskpane/session';
import { deferred, FakeHost, finding, sheet, table } from './fakes';

type InsertFn = (options: TemplateOptions, where: TemplatePlacement) => Promise<TemplateInsertion>;

const INSERTED: TemplateInsertion = { sheet: 'Sheet1', address: 'A1:G16', notes: [] };

function renderForm(insert: InsertFn = async () => INSERTED, locale: Locale = 'zh-CN') {
  const host: TemplateHost = { insertTemplate: jest.fn(insert) };
  const onClose = jest.fn();
  const onInserted = jest.fn();
  const user = userEvent.setup();
  render(<TemplateForm host={host} locale={locale} onClose={onClose} onInserted={onInserted} />);
  const form = screen.getByRole('region', { name: locale === 'zh-CN' ? '插入空白绩效目标表' : 'Insert a blank performance target table' });
  return { host, onClose, onInserted, user, form, insertTemplate: host.insertTemplate as jest.Mock };
}

async function setRows(user: ReturnType<typeof userEvent.setup>, text: string) {
  const spin = screen.getByRole('spinbutton');
  await user.clear(spin);
  if (text !== '') await user.type(spin, text);
  await user.tab();
}

describe('parseRows and validateTemplateForm', () => {
  test.each<[string, number | null]>([
    ['1', 1],
    ['20', 20],
    [' 7 ', 7],
    ['0', null],
    ['21', null],
    ['2.5', null],
    ['-1', null],
    ['', null],
    ['五', null],
  ])('rows %j -> %j', (text, expected) => {
    expect(parseRows(text)).toBe(expected);
  });

  test.each<[string, string, object]>([
    ['', '1', {}],
    ['2026年检察业务经费项目', '20', {}],
    ['项'.repeat(100), '3', {}],
    ['项'.repeat(101), '3', { project: 'template.form.project.tooLong' }],
    ['', '0', { rows: 'template.form.rows.invalid' }],
    ['项'.repeat(101), 'x', { project: 'template.form.project.tooLong', rows: 'template.form.rows.invalid' }],
  ])('project of %#, rows %j', (project, rows, expected) => {
    expect(validateTemplateForm({ scheme: '2015', unit: '万元', project, rows })).toEqual(expected);
  });
});

describe('the form', () => {
  test('renders the choices with their basis, and takes the focus', () => {
    const { form } = renderForm();
    expect(form).toHaveFocus();
    expect(within(form).getByRole('radio', { name: /2015 版（财预〔2015〕88号）/ })).toBeChecked();
    expect(within(form).getByRole('radio', { name: /2021 版（财预〔2021〕101号）.*成本指标单列为一级指标/ })).not.toBeChecked();
    expect(within(form).getByRole('radio', { name: '万元' })).toBeChecked();
    expect(within(form).getByRole('radio', { name: '元' })).not.toBeChecked();
    expect(within(form).getByRole('textbox', { name: /项目名称/ })).toHaveValue('');
    expect(within(form).getByRole('spinbutton', { name: /每个二级指标的行数/ })).toHaveValue('1');
    expect(within(form).getByRole('radio', { name: '新工作表（以项目名称命名）' })).toBeChecked();
    expect(within(form).getByRole('radio', { name: '所选单元格处（该区域须为空）' })).not.toBeChecked();
    expect(within(form).getByRole('button', { name: '插入模板' })).toBeEnabled();
  });

  test('calls the host with the chosen options, then says where the template went', async () => {
    const { user, form, insertTemplate, onInserted } = renderForm(async () => ({ sheet: '填报', address: 'C3:I40', notes: ['没有打印设置'] }));
    await user.click(within(form).getByRole('radio', { name: /2021 版/ }));
    await user.click(within(form).getByRole('radio', { name: '元' }));
    await user.type(within(form).getByRole('textbox', { name: /项目名称/ }), '  2026年检察业务经费项目 ');
    await setRows(user, '5');
    await user.click(within(form).getByRole('button', { name: '插入模板' }));
    expect(insertTemplate).toHaveBeenCalledTimes(1);
    // A new sheet unless the user picks the selection.
    expect(insertTemplate).toHaveBeenCalledWith({ scheme: '2021', unit: '元', project: '2026年检察业务经费项目', rowsPerLevel2: 5, locale: 'zh-CN' }, 'new-sheet');
    expect(await screen.findByText('已在工作表“填报”的 C3:I40 插入模板。下面列出的是还要填写的空白项。')).toBeInTheDocument();
    expect(screen.getByText('没有打印设置')).toBeInTheDocument();
    expect(onInserted).toHaveBeenCalledWith({ sheet: '填报', address: 'C3:I40', notes: ['没有打印设置'] });
  });

  test.each(['0', '21', '3.5', ''])('rows %j: an error under the field, and nothing inserted', async (rows) => {
    const { user, form, insertTemplate } = renderForm();
    await setRows(user, rows);
    await user.click(within(form).getByRole('button', { name: '插入模板' }));
    expect(within(form).getByText('请输入 1 到 20 之间的整数。')).toBeInTheDocument();
    expect(insertTemplate).not.toHaveBeenCalled();
    // Corrected, it goes through.
    await setRows(user, '20');
    expect(within(form).queryByText('请输入 1 到 20 之间的整数。')).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: '插入模板' }));
    expect(insertTemplate).toHaveBeenCalledWith(expect.objectContaining({ rowsPerLevel2: 20 }), 'new-sheet');
  });

  test('an overlong project name is refused before anything is inserted', async () => {
    const { user, form, insertTemplate } = renderForm();
    const input = within(form).getByRole('textbox', { name: /项目名称/ });
    await user.click(input);
    await user.paste('项'.repeat(101));
    await user.click(within(form).getByRole('button', { name: '插入模板' }));
    expect(within(form).getByText('项目名称不能超过 100 个字。')).toBeInTheDocument();
    expect(insertTemplate).not.toHaveBeenCalled();
  });

  test('a place that is not empty: the host’s message and an offer to use a new sheet', async () => {
    const message = '工作表“Sheet1”中模板需要的区域 A1:G16 不是空的：C5 有内容。';
    const { user, form, insertTemplate, onInserted } = renderForm(async (_options, where) => {
      if (where === 'active-cell') throw new HostError('not-empty', message);
      return { sheet: '绩效目标表', address: 'A1:G16', notes: [] };
    });
    await user.click(within(form).getByRole('radio', { name: '所选单元格处（该区域须为空）' }));
    await user.click(within(form).getByRole('button', { name: '插入模板' }));
    expect(insertTemplate).toHaveBeenLastCalledWith(expect.anything(), 'active-cell');
    expect(await within(form).findByText(message)).toBeInTheDocument();
    expect(within(form).getByText('这里已有内容')).toBeInTheDocument();
    expect(onInserted).not.toHaveBeenCalled();
    await user.click(within(form).getByRole('button', { name: '在新工作表中插入' }));
    expect(insertTemplate).toHaveBeenLastCalledWith(expect.objectContaining({ scheme: '2015', unit: '万元' }), 'new-sheet');
    expect(await screen.findByText(/已在工作表“绩效目标表”的 A1:G16 插入模板/)).toBeInTheDocument();
    expect(onInserted).toHaveBeenCalledTimes(1);
  });

  test.each<[string, unknown, string, string]>([
    ['a protected sheet', new HostError('protected', '工作表“Sheet1”受保护。'), '工作表受保护', '工作表“Sheet1”受保护。'],
    ['Excel busy', new HostError('busy', '请先退出单元格编辑状态。'), 'Excel 正忙', '请先退出单元格编辑状态。'],
    ['a bug', new Error('boom'), '操作失败', '出现意外错误：boom。'],
  ])('%s: an error bar with a title and what to do', async (_what, error, title, message) => {
    const { user, form, onInserted } = renderForm(async () => {
      throw error;
    });
    await user.click(within(form).getByRole('button', { name: '插入模板' }));
    expect(await within(form).findByText(title)).toBeInTheDocument();
    expect(within(form).getByText(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))).toBeInTheDocument();
    expect(within(form).queryByRole('button', { name: '在新工作表中插入' })).not.toBeInTheDocument();
    expect(onInserted).not.toHaveBeenCalled();
  });

  test('while inserting: progress shown, the button waits', async () => {
    const pending = deferred<TemplateInsertion>();
    const { user, form } = renderForm(() => pending.promise);
    await user.click(within(form).getByRole('button', { name: '插入模板' }));
    expect(within(form).getByText('正在插入模板…')).toBeInTheDocument();
    expect(within(form).getByRole('button', { name: '插入模板' })).toBeDisabled();
    await act(async () => pending.resolve(INSERTED));
    expect(within(form).queryByText('正在插入模板…')).not.toBeInTheDocument();
  });

  test('closes from its close button', async () => {
    const { user, form, onClose } = renderForm();
    await user.click(within(form).getByRole('button', { name: '关闭' }));
    expect(onClose).toHaveBeenCalled();
  });

  test('in English', async () => {
    const { user, form, insertTemplate } = renderForm(undefined, 'en-US');
    expect(within(form).getByRole('radio', { name: /2021 scheme \(财预〔2021〕101号\)/ })).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Insert template' }));
    expect(insertTemplate).toHaveBeenCalledWith(expect.objectContaining({ locale: 'en-US' }), 'new-sheet');
  });
});

// ---------------------------------------------------------------------------------------------

class TemplateFakeHost extends FakeHost {
  insertTemplate = jest.fn(async (_options: TemplateOptions, where: TemplatePlacement): Promise<TemplateInsertion> => {
    this.calls.push(`insertTemplate:${where}`);
    return { sheet: this.active, address: 'A1:G16', notes: [] };
  });
}

function renderApp(host: FakeHost, results: Record<string, SheetResult> = {}) {
  const check: CheckFn = jest.fn((grid: GridInit) => results[grid.name] ?? sheet(grid.name, []));
  const user = userEvent.setup();
  render(<App host={host} locale="zh-CN" check={check} />);
  return { user, check };
}

describe('in the pane', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  test("the menu's 插入模板 opens the form; after inserting, that sheet is checked", async () => {
    const host = new TemplateFakeHost(['绩效表']);
    const empty = finding('C4', 'error', 'budget', { message: '预算数为空' });
    const { user } = renderApp(host, { 绩效表: sheet('绩效表', [table(0, undefined, 0, 15, [empty])]) });
    await user.click(screen.getByRole('button', { name: '更多操作' }));
    await user.click(await screen.findByRole('menuitem', { name: '插入模板' }));
    const form = screen.getByRole('region', { name: '插入空白绩效目标表' });
    await user.click(within(form).getByRole('button', { name: '插入模板' }));
    expect(await screen.findByText(/已在工作表“绩效表”的 A1:G16 插入模板/)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: '错误，单元格 C4：预算数为空' })).toBeInTheDocument();
    expect(host.calls).toEqual(['insertTemplate:new-sheet', 'activeSheet', 'readSheet:绩效表', 'clearMarks:绩效表', 'mark:绩效表']);
    await user.click(within(form).getAllByRole('button', { name: '关闭' })[0]);
    expect(screen.queryByRole('region', { name: '插入空白绩效目标表' })).not.toBeInTheDocument();
  });

  test('no menu item where the host cannot insert', async () => {
    const { user } = renderApp(new FakeHost(['Sheet1']));
    await user.click(screen.getByRole('button', { name: '更多操作' }));
    await screen.findByRole('menu');
    expect(screen.queryByRole('menuitem', { name: '插入模板' })).not.toBeInTheDocument();
  });

  test('started from the ribbon (?view=template): the form is open, and the request leaves the address', () => {
    window.history.replaceState(null, '', '/taskpane.html?_host_Info=Excel$Win32&view=template');
    renderApp(new TemplateFakeHost());
    expect(screen.getByRole('region', { name: '插入空白绩效目标表' })).toBeInTheDocument();
    expect(window.location.search).toBe('?_host_Info=Excel%24Win32');
  });

  test('an open pane opens the form when asked again (hash change, or a request from another page)', async () => {
    renderApp(new TemplateFakeHost());
    expect(screen.queryByRole('region', { name: '插入空白绩效目标表' })).not.toBeInTheDocument();
    await act(async () => {
      window.history.replaceState(null, '', '/taskpane.html#view=template');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('region', { name: '插入空白绩效目标表' })).toBeInTheDocument();
    expect(window.location.hash).toBe('');
    await userEvent.setup().click(screen.getAllByRole('button', { name: '关闭' })[0]);
    expect(screen.queryByRole('region', { name: '插入空白绩效目标表' })).not.toBeInTheDocument();
    const storage = new Map<string, string>();
    requestView({ setItem: (k, v) => storage.set(k, v) }, 'template', 42);
    const [[key, value]] = [...storage];
    await act(async () => {
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: value }));
    });
    expect(screen.getByRole('region', { name: '插入空白绩效目标表' })).toBeInTheDocument();
  });
});
