/**
 * The ribbon's one-click check on the Excel stand-in, with the real engine.
 */
import { allFindings, checkSheet } from '../../src/core/engine';
import { parseA1, rectToA1 } from '../../src/core/engine/grid';
import { markSeverity } from '../../src/hosts/excel';
import { CHECK_ACTIVE_SHEET, checkActiveSheet, firstFinding, registerCommands, type CheckOutcome } from '../../src/commands/commands';
import { cloneWorkbook, createWorkbook, getSheet, intersects, setCell, userEdit, type WorkbookModel } from '../../src/standin';
import { installOfficeGlobals, setup, writeTables } from '../hosts/excel/fixtures';
import { createStandIn } from '../../src/standin';
import { ExcelHost } from '../../src/hosts/excel';
import { hasRuleTexts } from '../../src/core/i18n';
import { defaultSettings, serializeSettings } from '../../src/core/review/settings';
import { addIgnore, emptyIgnoreList, ignoreEntry, serializeIgnores } from '../../src/core/review/ignore';

function workbook(): WorkbookModel {
  const model = createWorkbook(['说明', '绩效目标表']);
  setCell(getSheet(model, '说明'), 'A1', { value: '填表说明' });
  writeTables(getSheet(model, '绩效目标表'), 3, 1, 1, { firstValue: '100%' });
  model.activeSheet = 1;
  return model;
}

function event() {
  return { completed: jest.fn() };
}

async function expectedFindings(model: WorkbookModel) {
  const { host } = setup(cloneWorkbook(model));
  return allFindings(checkSheet(await host.readSheet('绩效目标表')));
}

beforeEach(() => {
  jest.spyOn(console, 'info').mockImplementation(() => undefined);
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe('一键校验 (checkActiveSheet)', () => {
  test("in an English Excel: the summary in English, the marks with the engine's Chinese messages, no English rule text loaded", async () => {
    const model = workbook();
    const findings = await expectedFindings(model);
    const standIn = createStandIn(model);
    const host = new ExcelHost({ run: standIn.run, isSetSupported: standIn.isSetSupported, locale: 'en-US' });
    const mark = jest.spyOn(host, 'mark');
    const outcome = await checkActiveSheet(event(), () => host);
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toMatch(/^Check finished: 3 table\(s\)/);
    expect(mark.mock.calls[0][1].map((target) => target.message).sort()).toEqual(findings.map((f) => f.message).sort());
    // What the ribbon writes is all there is: the rules' English texts are no part of it.
    expect(hasRuleTexts('zh-CN')).toBe(true);
    expect(hasRuleTexts('en-US')).toBe(false);
  });

  test('checks the active sheet, marks every finding, selects the worst one, completes', async () => {
    const model = workbook();
    const findings = await expectedFindings(model);
    expect(findings.length).toBeGreaterThan(0);
    const { host } = setup(model);
    const e = event();
    const outcome = await checkActiveSheet(e, () => host);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(outcome).toMatchObject({ ok: true, sheet: '绩效目标表', tables: 3, marked: true });
    if (!outcome.ok) return;
    expect(outcome.errors + outcome.warnings + outcome.infos).toBe(findings.length);
    // The message says where to look: the first finding (no errors here), which is selected.
    expect(outcome.message).toBe(`校验完成：3 张表，${outcome.errors} 个错误，${outcome.warnings} 个警告，${outcome.infos} 个提示。请先看 ${firstFinding(findings)?.cell}（已选中）。`);

    const sheet = getSheet(model, '绩效目标表');
    for (const f of findings) {
      const cell = parseA1(f.cell);
      const covering = sheet.conditionalFormats.filter((cf) => markSeverity(cf.formula) === f.severity && cf.areas.some((a) => intersects(a, cell)));
      expect(covering.length).toBeGreaterThan(0);
    }
    expect(rectToA1(sheet.selection)).toBe(firstFinding(findings)?.cell);
    expect(getSheet(model, '说明').conditionalFormats).toEqual([]);
  });

  test('with errors, the message names the first three error cells and how many more', async () => {
    const model = workbook();
    for (const cell of ['G9', 'G23', 'G37', 'G10']) userEdit(model, '绩效目标表', cell, '≥99百分之');
    const findings = await expectedFindings(model);
    const errors = findings.filter((f) => f.severity === 'error').map((f) => f.cell);
    expect(errors.length).toBeGreaterThan(0);
    const { host } = setup(model);
    const outcome = await checkActiveSheet(event(), () => host);
    if (!outcome.ok) throw outcome.error;
    const more = errors.length > 3 ? ` 等 ${errors.length - 3} 处` : '';
    expect(outcome.message).toMatch(new RegExp(`错误在 ${errors.slice(0, 3).join('、')}${more}，已选中第一个。$`));
  });

  test('a second run replaces the marks instead of adding more', async () => {
    const { host, model } = setup(workbook());
    await checkActiveSheet(event(), () => host);
    const first = getSheet(model, '绩效目标表').conditionalFormats.map((cf) => ({ ...cf, id: '' }));
    await checkActiveSheet(event(), () => host);
    expect(getSheet(model, '绩效目标表').conditionalFormats.map((cf) => ({ ...cf, id: '' }))).toEqual(first);
  });

  test('a protected sheet: the outcome says what to do, nothing changes, and the command completes', async () => {
    const model = workbook();
    getSheet(model, '绩效目标表').protection.protected = true;
    const before = cloneWorkbook(model);
    const { host } = setup(model);
    const e = event();
    const outcome = await checkActiveSheet(e, () => host);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'protected' }, message: expect.stringContaining('审阅 › 撤销工作表保护') });
    expect(model.sheets.map((s) => s.conditionalFormats)).toEqual(before.sheets.map((s) => s.conditionalFormats));
  });

  test('while a cell is being edited: busy, and the command still completes', async () => {
    const { host, standIn } = setup(workbook());
    standIn.faults.cellEditMode = true;
    const e = event();
    const outcome = await checkActiveSheet(e, () => host);
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(outcome).toMatchObject({ ok: false, message: '请先退出单元格编辑状态（按 Enter 或 Esc），再点校验。' });
  });

  test('even a host that cannot be created still completes the command', async () => {
    const e = event();
    await expect(
      checkActiveSheet(e, () => {
        throw new Error('no Office here');
      }),
    ).rejects.toThrow('no Office here');
    expect(e.completed).toHaveBeenCalledTimes(1);
  });

  test('on Excel without conditional formats: checked and selected, not marked', async () => {
    const { host, model } = setup(workbook(), { excelApi: '1.5' });
    const outcome = await checkActiveSheet(event(), () => host);
    expect(outcome).toMatchObject({ ok: true, marked: false });
    expect(getSheet(model, '绩效目标表').conditionalFormats).toEqual([]);
  });

  test('a sheet without tables says so and marks nothing', async () => {
    const model = workbook();
    model.activeSheet = 0;
    const { host } = setup(model);
    const outcome: CheckOutcome = await checkActiveSheet(event(), () => host);
    expect(outcome).toMatchObject({ ok: true, tables: 0, message: '当前工作表中没有找到绩效目标表。' });
    expect(getSheet(model, '说明').conditionalFormats).toEqual([]);
  });
});

describe('registration', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
    delete (globalThis as Record<string, unknown>).Excel;
    delete (globalThis as Record<string, unknown>)[CHECK_ACTIVE_SHEET];
  });

  test('loading the function file associates checkActiveSheet once Office is ready, and it runs on Excel', async () => {
    const { standIn, model } = setup(workbook());
    const globals = installOfficeGlobals(standIn);
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../src/commands/commands');
    });
    await Promise.resolve();
    const handler = globals.actions.get(CHECK_ACTIVE_SHEET);
    expect(handler).toBeDefined();
    const e = event();
    handler?.(e);
    await new Promise((r) => setTimeout(r, 50));
    expect(e.completed).toHaveBeenCalledTimes(1);
    expect(getSheet(model, '绩效目标表').conditionalFormats.length).toBeGreaterThan(0);
  });

  test('without Office.actions (older Office) the function is a global', () => {
    const { standIn } = setup(workbook());
    installOfficeGlobals(standIn);
    delete ((globalThis as Record<string, unknown>).Office as { actions?: unknown }).actions;
    registerCommands();
    expect(typeof (globalThis as Record<string, unknown>)[CHECK_ACTIVE_SHEET]).toBe('function');
  });
});

describe('一键校验 uses what the pane saved in the workbook', () => {
  test('settings (a rule turned off) and the ignore list are applied before marking', async () => {
    const model = workbook();
    const findings = await expectedFindings(model);
    const missingSign = findings.find((f) => f.rule === 'value/missing-sign');
    expect(missingSign).toBeDefined();
    const ignored = findings.find((f) => f.rule !== 'value/missing-sign' && f.severity !== 'info');
    expect(ignored).toBeDefined();
    const { host } = setup(model);
    await host.saveState!('settings', serializeSettings({ ...defaultSettings(), rules: { 'value/missing-sign': 'off' } }));
    await host.saveState!('ignore', serializeIgnores(addIgnore(emptyIgnoreList(), ignoreEntry('绩效目标表', ignored!, '已与财政局确认'))));
    const outcome = await checkActiveSheet(event(), () => host);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const expected = findings.filter((f) => f.rule !== 'value/missing-sign' && !(f.cell === ignored!.cell && f.rule === ignored!.rule));
    expect(outcome.errors + outcome.warnings + outcome.infos).toBe(expected.length);
    const sheet = getSheet(model, '绩效目标表');
    const marked = (cell: string) => sheet.conditionalFormats.some((cf) => markSeverity(cf.formula) !== undefined && cf.areas.some((a) => intersects(a, parseA1(cell))));
    // The cell whose only finding was switched off carries no mark.
    if (findings.filter((f) => f.cell === missingSign!.cell).length === 1) expect(marked(missingSign!.cell)).toBe(false);
  });

  test('what the workbook switched off or hid is said in the message, never applied silently (forged parts too)', async () => {
    const model = workbook();
    const findings = await expectedFindings(model);
    const ignored = findings.find((f) => f.severity !== 'info' && !['value/missing-sign', 'value/bad-number'].includes(f.rule))!;
    const { host } = setup(model);
    // A forged settings part: every rule off, one severity lowered, one unknown rule, one bad value.
    const rules: Record<string, string> = { 'value/missing-sign': 'off', 'value/bad-number': 'info', 'value/no-such-rule': 'off', 'value/missing-unit': 'maybe' };
    await host.saveState!('settings', JSON.stringify({ version: 1, settings: { rules } }));
    await host.saveState!('ignore', serializeIgnores(addIgnore(emptyIgnoreList(), ignoreEntry('绩效目标表', ignored, ''))));
    const outcome = await checkActiveSheet(event(), () => host);
    expect(outcome.ok).toBe(true);
    expect(outcome.message).toContain('（按工作簿中保存的审阅设置：1 条规则已关闭，1 条规则改了严重程度，');
    expect(outcome.message).toMatch(/，1 个问题已标为忽略，未计入，保存的设置或忽略记录有 2 处无法读取，已按默认处理；打开任务窗格可查看或放弃。）$/);
    // Nothing saved: nothing added.
    const clean = setup(workbook()).host;
    const plain = await checkActiveSheet(event(), () => clean);
    expect(plain.message).not.toContain('保存的审阅设置');
  });
});
