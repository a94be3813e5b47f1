/** @jest-environment jsdom */
import './review-polyfills';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { CheckSettings } from '../../src/core/model';
import { defaultSettings } from '../../src/core/review/settings';
import { SettingsPanel } from '../../src/taskpane/components/SettingsPanel';
import { stateText } from '../../src/hosts/excel/state';
import { RULES } from '../../src/core/engine/rules';
import { checkSheet, dialogClosed, findDialog, footer, listed, openDialog, renderPane, workbook, WAIT } from './review-helpers';

function group(dialog: HTMLElement): HTMLElement {
  return dialog.querySelector<HTMLElement>('[role="radiogroup"]') as HTMLElement;
}

function spinField(dialog: HTMLElement): HTMLElement {
  return dialog.querySelector<HTMLElement>('.fui-SpinButton')?.closest('.fui-Field') as HTMLElement;
}

/** One rule's row: its switch and its severity list (role queries over the whole dialog are slow). */
function rule(dialog: HTMLElement, id: string): HTMLElement {
  const row = dialog.querySelector<HTMLElement>(`[data-rule="${id}"]`);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
}

async function openSettings(user: ReturnType<typeof renderPane>['user']) {
  await user.click(screen.getByRole('button', { name: '更多操作' }));
  return openDialog(await screen.findByRole('menuitem', { name: '设置' }), '校验设置');
}

test('the panel shows the scheme, every rule with its switch and severity, and the threshold', async () => {
  const { user } = renderPane(workbook(1));
  const dialog = await openSettings(user);
  const scheme = group(dialog);
  expect(scheme).toHaveAccessibleName('指标体系');
  expect(within(scheme).getAllByRole('radio').map((r) => r.closest('span')?.textContent ?? r.getAttribute('value'))).toHaveLength(3);
  expect(within(scheme).getByRole('radio', { name: '自动判断（按每张表的内容）' })).toBeChecked();
  expect(dialog.querySelectorAll('[data-rule] [role="switch"]')).toHaveLength(RULES.length);
  // One more switch: the developer option (下载 JSON), off.
  expect(within(dialog).getByRole('switch', { name: /开发者选项/ })).not.toBeChecked();
  expect(dialog.querySelectorAll('[data-rule]')).toHaveLength(RULES.length);
  expect(within(rule(dialog, 'value/missing-sign')).getByRole('switch', { name: '指标值缺少比较符号' })).toBeChecked();
  expect(within(rule(dialog, 'value/missing-sign')).getByRole('combobox', { name: '“指标值缺少比较符号”的级别' })).toHaveTextContent('警告');
  expect(within(spinField(dialog)).getByRole('spinbutton', { name: '满意度指标最低目标值（%）' })).toHaveValue('0');
  expect(within(dialog).getByText('设置保存在当前工作簿中，随文件一起保存和传递。保存后会重新校验已校验的工作表。')).toBeInTheDocument();
});

test('保存: a rule turned off, another scheme and a threshold apply at once and are kept in the workbook', async () => {
  const { user, model } = renderPane(workbook(1));
  await checkSheet(user);
  expect(listed().some((l) => /F8.*比较符号/.test(l))).toBe(true);
  const dialog = await openSettings(user);
  await user.click(within(rule(dialog, 'value/missing-sign')).getByRole('switch', { name: '指标值缺少比较符号' }));
  expect(within(rule(dialog, 'value/missing-sign')).getByRole('combobox', { name: '“指标值缺少比较符号”的级别' })).toBeDisabled();
  await user.click(within(group(dialog)).getByRole('radio', { name: '2021 版（财预〔2021〕101号）' }));
  const spin = within(spinField(dialog)).getByRole('spinbutton', { name: '满意度指标最低目标值（%）' });
  await user.clear(spin);
  await user.type(spin, '95');
  fireEvent.blur(spin);
  await user.click(within(footer(dialog)).getByRole('button', { name: '保存' }));

  await waitFor(() => expect(listed().some((l) => /F8.*比较符号/.test(l))).toBe(false), WAIT);
  expect(await screen.findByText('设置已保存到此工作簿。', {}, WAIT)).toBeInTheDocument();
  const stored = JSON.parse(stateText(model.customXmlParts?.[0].xml ?? '') ?? '{}') as { settings: unknown };
  expect(stored.settings).toEqual({ scheme: '2021', rules: { 'value/missing-sign': 'off' }, thresholds: { minSatisfaction: 95 } });
  // ≥90% is now below the bureau's 95%.
  await dialogClosed();
  expect(listed().some((l) => /F13/.test(l))).toBe(true);
});

describe('SettingsPanel on its own', () => {
  function renderPanel(settings: CheckSettings = defaultSettings()) {
    const onSave = jest.fn();
    const onClose = jest.fn();
    const user = userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
    render(
      <FluentProvider theme={webLightTheme}>
        <SettingsPanel locale="zh-CN" open settings={settings} busy={false} onSave={onSave} onClose={onClose} />
      </FluentProvider>,
    );
    return { user, onSave, onClose };
  }

  test('a severity chosen in the list replaces the rule\'s own; choosing the default again drops it', async () => {
    const { user, onSave } = renderPanel({ ...defaultSettings(), rules: { 'content/stray-space': 'warning' } });
    const dialog = await findDialog('校验设置');
    expect(within(rule(dialog, 'content/stray-space')).getByRole('combobox')).toHaveTextContent('警告');
    await user.click(within(rule(dialog, 'value/missing-sign')).getByRole('combobox', { name: '“指标值缺少比较符号”的级别' }));
    const listbox = await screen.findByRole('listbox', {}, WAIT);
    expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual(['错误', '警告', '提示']);
    await user.click(within(listbox).getByRole('option', { name: '错误' }));
    await user.click(within(footer(dialog)).getByRole('button', { name: '保存' }));
    expect(onSave).toHaveBeenCalledWith({ scheme: 'auto', rules: { 'content/stray-space': 'warning', 'value/missing-sign': 'error' }, thresholds: { minSatisfaction: 0 } });
  });

  test('恢复默认 resets the draft; 取消 closes without saving', async () => {
    const { user, onSave, onClose } = renderPanel({ scheme: '2021', rules: { 'value/wan-unit': 'off' }, thresholds: { minSatisfaction: 90 } });
    const dialog = await findDialog('校验设置');
    expect(within(group(dialog)).getByRole('radio', { name: '2021 版（财预〔2021〕101号）' })).toBeChecked();
    expect(within(rule(dialog, 'value/wan-unit')).getByRole('switch')).not.toBeChecked();
    expect(within(spinField(dialog)).getByRole('spinbutton', { name: '满意度指标最低目标值（%）' })).toHaveValue('90');
    await user.click(within(footer(dialog)).getByRole('button', { name: '恢复默认' }));
    expect(within(group(dialog)).getByRole('radio', { name: '自动判断（按每张表的内容）' })).toBeChecked();
    expect(within(rule(dialog, 'value/wan-unit')).getByRole('switch')).toBeChecked();
    expect(within(spinField(dialog)).getByRole('spinbutton', { name: '满意度指标最低目标值（%）' })).toHaveValue('0');
    await user.click(within(footer(dialog)).getByRole('button', { name: '取消' }));
    expect(onClose).toHaveBeenCalled();
    expect(onSave).not.toHaveBeenCalled();
    // 恢复默认 then 保存 saves the defaults.
    await user.click(within(footer(dialog)).getByRole('button', { name: '保存' }));
    expect(onSave).toHaveBeenCalledWith(defaultSettings());
  });

  test('a threshold outside 0–100 is refused with a message', async () => {
    const { user } = renderPanel();
    const dialog = await findDialog('校验设置');
    const spin = within(spinField(dialog)).getByRole('spinbutton', { name: '满意度指标最低目标值（%）' });
    await user.clear(spin);
    await user.type(spin, '120');
    fireEvent.blur(spin);
    expect(await within(dialog).findByText('请输入 0 到 100 之间的数。')).toBeInTheDocument();
    expect(within(footer(dialog)).getByRole('button', { name: '保存' })).toBeDisabled();
    await user.clear(spin);
    await user.type(spin, '85');
    fireEvent.blur(spin);
    await waitFor(() => expect(within(dialog).queryByText('请输入 0 到 100 之间的数。')).not.toBeInTheDocument());
    expect(within(footer(dialog)).getByRole('button', { name: '保存' })).toBeEnabled();
  });

  test('in English', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <SettingsPanel locale="en-US" open settings={defaultSettings()} busy={false} onSave={() => undefined} onClose={() => undefined} />
      </FluentProvider>,
    );
    const dialog = await findDialog('Check settings');
    expect(within(footer(dialog)).getByRole('button', { name: 'Reset to defaults' })).toBeInTheDocument();
    // The rules' names once the English rule texts, a chunk of their own, have loaded.
    expect(await within(rule(dialog, 'value/missing-sign')).findByRole('combobox', { name: 'Severity of "Value without a sign"' })).toHaveTextContent('Warning');
  });
});
