import { growthRatio, LINEAR_BOUND } from '../../helpers/growth';
/** The ignore list and the settings on the Excel stand-in: kept in the workbook, through .xlsx and back. */
import { parseA1, type Rect } from '../../../src/core/engine/grid';
import type { Finding } from '../../../src/core/model';
import { stateNamespace, stateText, stateXml } from '../../../src/hosts/excel/state';
import { sheetFindings } from '../../../src/taskpane/session';
import { getSheet, rootNamespace, type WorkbookModel } from '../../../src/standin';
import { modelFromXlsx, modelToXlsx, roundTrip } from '../../../src/standin/xlsx';
import { NOW, reviewSetup, SHEET, workbook } from './review-fixtures';

function finding(results: ReturnType<typeof reviewSetup>['controller']['session']['results'], cell: string, rule: string): Finding {
  const f = results.flatMap((r) => sheetFindings(r)).find((x) => x.cell === cell && x.rule === rule);
  if (!f) throw new Error(`no ${rule} at ${cell}`);
  return f;
}

/** Whether any of our marks (conditional formats) covers the cell. */
function marked(model: WorkbookModel, a1: string): boolean {
  const cell = parseA1(a1);
  const inside = (r: Rect) => r.top <= cell.top && cell.top <= r.bottom && r.left <= cell.left && cell.left <= r.right;
  return getSheet(model, SHEET).conditionalFormats.some((cf) => (cf.formula ?? '').includes('perf-target:') && cf.areas.some(inside));
}

describe('ignoring', () => {
  test('an ignored finding stays ignored after the workbook is written to .xlsx and read back', async () => {
    const first = reviewSetup(workbook(2));
    await first.controller.load();
    await first.controller.session.checkSheet(SHEET);
    const f = finding(first.controller.session.results, 'F22', 'value/missing-sign');
    await first.controller.ignore(SHEET, f, '经与预算单位核实，按原值公开');

    const bytes = await modelToXlsx(first.model);
    const reopened = await modelFromXlsx(bytes);
    expect(reopened.customXmlParts?.map((p) => rootNamespace(p.xml))).toEqual([stateNamespace('ignore')]);

    const second = reviewSetup(reopened);
    await second.controller.load();
    await second.controller.session.checkSheet(SHEET);
    const { ignored, active } = second.controller.split(second.controller.session.results);
    expect(ignored.map((i) => [i.sheet, i.finding.cell, i.finding.rule, i.entry.reason, i.entry.at])).toEqual([
      [SHEET, 'F22', 'value/missing-sign', '经与预算单位核实，按原值公开', NOW.toISOString()],
    ]);
    const activeCells = active.flatMap((r) => sheetFindings(r)).map((x) => `${x.cell}:${x.rule}`);
    expect(activeCells).toContain('F8:value/missing-sign');
    expect(activeCells).not.toContain('F22:value/missing-sign');
  });

  test('an ignored cell is no longer marked, and is marked again when restored', async () => {
    const { controller, model } = reviewSetup(workbook(1));
    await controller.session.checkSheet(SHEET);
    expect(marked(model, 'F8')).toBe(true);
    const onF8 = sheetFindings(controller.session.results[0]).filter((f) => f.cell === 'F8');
    expect(onF8.length).toBeGreaterThan(0);
    for (const f of onF8) await controller.ignore(SHEET, f, '');
    expect(marked(model, 'F8')).toBe(false);
    expect(controller.getState().ignores.entries).toHaveLength(onF8.length);

    const keys = controller.getState().ignores.entries.map((e) => `${e.sheet.toLowerCase()}\u0000${e.cell}\u0000${e.rule}`);
    await controller.restore(keys);
    expect(marked(model, 'F8')).toBe(true);
    expect(controller.getState().ignores.entries).toEqual([]);
    expect(controller.getState().notice?.text).toBe(`已恢复 ${onF8.length} 个问题。`);
    // Restored to nothing: the part is emptied, not left behind with old entries.
    const reopened = await roundTrip(model);
    const again = reviewSetup(reopened);
    await again.controller.load();
    expect(again.controller.getState().ignores.entries).toEqual([]);
  });

  test('without custom XML parts (ExcelApi 1.4) the list works for the session and the pane says it is not saved', async () => {
    const { controller, model } = reviewSetup(workbook(1), { excelApi: '1.4' });
    expect(controller.getState().support).toMatchObject({ workbookState: false, liveRecheck: false });
    expect(controller.getState().support.notes.join(' ')).toContain('需要 ExcelApi 1.5');
    await controller.load();
    await controller.session.checkSheet(SHEET);
    await controller.ignore(SHEET, finding(controller.session.results, 'F8', 'value/missing-sign'), '');
    expect(controller.split(controller.session.results).ignored).toHaveLength(1);
    expect(model.customXmlParts).toBeUndefined();
  });
});

describe('settings saved per workbook', () => {
  test('saved, applied at once, and read back from the file', async () => {
    const first = reviewSetup(workbook(1));
    await first.controller.load();
    await first.controller.session.checkSheet(SHEET);
    expect(sheetFindings(first.controller.session.results[0]).some((f) => f.rule === 'value/missing-sign')).toBe(true);
    await first.controller.saveSettings({ scheme: '2021', rules: { 'value/missing-sign': 'off' }, thresholds: { minSatisfaction: 95 } });
    // Applied: the sheet was checked again without the rule, and the satisfaction ≥90% is now too low.
    const rules = sheetFindings(first.controller.session.results[0]).map((f) => f.rule);
    expect(rules).not.toContain('value/missing-sign');
    expect(rules).toContain('value/percent-range');
    expect(first.controller.session.results[0].tables[0].scheme).toBe('2021');

    const second = reviewSetup(await roundTrip(first.model));
    await second.controller.load();
    expect(second.controller.getState().settings).toEqual({ scheme: '2021', rules: { 'value/missing-sign': 'off' }, thresholds: { minSatisfaction: 95 } });
    await second.controller.session.checkSheet(SHEET);
    expect(sheetFindings(second.controller.session.results[0]).map((f) => f.rule)).not.toContain('value/missing-sign');
  });

  test('damaged stored data gives the defaults and says so', async () => {
    const model = workbook(1);
    model.customXmlParts = [{ id: '{1}', xml: stateXml('settings', '{"version":1,"settings":{"scheme":"2019"}}') }];
    const { controller } = reviewSetup(model);
    await controller.load();
    expect(controller.getState().settings.scheme).toBe('auto');
    expect(controller.getState().stateProblems).toEqual(['scheme 只能是 auto、2015 或 2021，而不是“2019”']);
  });

  test('resetting to defaults removes the stored part', async () => {
    const { controller, model } = reviewSetup(workbook(1));
    await controller.saveSettings({ scheme: '2015', rules: {}, thresholds: { minSatisfaction: 0 } });
    expect(model.customXmlParts).toHaveLength(1);
    await controller.saveSettings({ scheme: 'auto', rules: {}, thresholds: { minSatisfaction: 0 } });
    expect(model.customXmlParts).toEqual([]);
  });
});

describe('the stored XML', () => {
  test.each<[string]>([['plain'], ['{"a":"<b> & \\"c\\""}'], ['中文，“引号”'], ['']])('stateText(stateXml(%j)) gives it back', (text) => {
    expect(stateText(stateXml('ignore', text))).toBe(text);
  });

  test.each<[string, string | undefined]>([
    ['<ns0:state xmlns:ns0="urn:perf-target:review:ignore">a&amp;b</ns0:state>', 'a&b'],
    ['<state xmlns="x"><![CDATA[<raw> & ]]>tail&#x4E2D;&#25991;</state>', '<raw> & tail中文'],
    ['<?xml version="1.0"?><!-- c --><state xmlns="x"/>', ''],
    ['not xml', undefined],
  ])('stateText(%j) = %j', (xml, text) => expect(stateText(xml)).toBe(text));

  test('one part per kind, found by namespace; saving twice replaces the part', async () => {
    const { controller, model, standIn } = reviewSetup(workbook(1));
    await controller.session.checkSheet(SHEET);
    const f = finding(controller.session.results, 'F8', 'value/missing-sign');
    await controller.ignore(SHEET, f, 'a');
    await controller.ignore(SHEET, f, 'b');
    expect(model.customXmlParts).toHaveLength(1);
    expect(stateText(model.customXmlParts?.[0].xml ?? '')).toContain('"reason":"b"');
    const syncs = standIn.stats.syncCount;
    await controller.host.loadState?.('ignore');
    expect(standIn.stats.syncCount - syncs).toBe(2);
  });
});

describe('stateText on a hostile part is linear', () => {
  it.each([
    ['unclosed comments', (n: number) => `<r>${'<!--'.repeat(n / 4)}</r>`],
    ['stray angle brackets', (n: number) => `${'<'.repeat(n)}<r>x</r>`],
    ['many comments', (n: number) => `<r>${'<!--c-->'.repeat(n / 8)}x</r>`],
  ])('%s: 10× the text, not 100× the time', (_name, make) => {
    expect(growthRatio((n) => stateText(make(n)), 1 << 16)).toBeLessThan(LINEAR_BOUND);
  });
  it('still reads what it read', () => {
    expect(stateText('<?xml version="1.0"?><!-- a --><r xmlns="urn:x">a<!-- b -->b<![CDATA[<c>]]></r>')).toBe('ab<c>');
    expect(stateText('<r/>')).toBe('');
    expect(stateText('no xml')).toBeUndefined();
  });
});
