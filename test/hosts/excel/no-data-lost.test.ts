/**
 * No data lost (issue 7): over random tables and random user formatting, check → mark → fix →
 * 撤销修复 → 清除标记 leaves every value, number format, fill, font, border, merge and the
 * user's own conditional formats exactly as they were — also after a save and reopen.
 */
import fc from 'fast-check';
import { cellKey, createWorkbook, getSheet, type CellStyle, type ConditionalFormatModel, type WorkbookModel } from '../../../src/standin';
import { roundTrip } from '../../../src/standin/xlsx';
import { writeTables } from './fixtures';
import { cells, changed, reviewSetup, SHEET } from './review-fixtures';

const hex = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0').toUpperCase()}`);
const border = fc.record({ style: fc.constantFrom('thin', 'medium', 'double', 'dotted'), color: hex });
const style: fc.Arbitrary<CellStyle> = fc.record(
  {
    fill: fc.record({ color: hex }),
    font: fc.record({ name: fc.constantFrom('宋体', '仿宋_GB2312', 'Calibri'), size: fc.constantFrom(10.5, 11, 12), bold: fc.boolean(), italic: fc.boolean(), color: hex }, { requiredKeys: [] }),
    borders: fc.record({ top: border, bottom: border, left: border, right: border }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

/** Values the checker finds fault with (and can often fix), put in the first indicator's cell. */
const faultyValue = fc.constantFrom('100%', '≥99百分之', '不低于98%', '≥≥90%', '98%%', '≥2O次', '>=95%', '≤26.5万', '≥200次', '达到预期目标');

const scenario = fc.record({
  tables: fc.integer({ min: 1, max: 3 }),
  firstValue: faultyValue,
  formatted: fc.array(fc.record({ row: fc.integer({ min: 0, max: 45 }), col: fc.integer({ min: 0, max: 7 }), style, numberFormat: fc.constantFrom(undefined, '@', '0.00', 'General') }), { maxLength: 25 }),
  userRule: fc.boolean(),
});

const USER_FORMAT: ConditionalFormatModel = {
  id: '{USER-RULE}',
  type: 'Custom',
  areas: [{ top: 0, left: 0, bottom: 40, right: 6 }],
  formula: '=LEN(A1)>40',
  fillColor: '#E2EFDA',
  stopIfTrue: false,
};

type Scenario = { tables: number; firstValue: string; formatted: { row: number; col: number; style: CellStyle; numberFormat?: string }[]; userRule: boolean };

function build(s: Scenario): WorkbookModel {
  const model = createWorkbook([SHEET]);
  const sheet = getSheet(model, SHEET);
  writeTables(sheet, s.tables, 0, 0, { firstValue: s.firstValue });
  for (const f of s.formatted) {
    const key = cellKey(f.row, f.col);
    const existing = sheet.cells.get(key) ?? { value: null };
    sheet.cells.set(key, { ...existing, style: f.style, ...(f.numberFormat ? { numberFormat: f.numberFormat } : {}) });
  }
  if (s.userRule) sheet.conditionalFormats.push({ ...USER_FORMAT });
  return model;
}

describe('no data lost', () => {
  it('check → mark → fix all → undo → clear restores every cell and the user’s own rules', async () => {
    let totalBatches = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const model = build(s);
        const sheet = getSheet(model, SHEET);
        const before = cells(sheet);
        const rulesBefore = JSON.stringify(sheet.conditionalFormats);
        const { controller } = reviewSetup(model);

        await controller.session.checkSheet(SHEET);
        // Marks are conditional formats of ours: no cell changed.
        expect(changed(before, cells(sheet))).toEqual([]);

        const fixable = new Set(controller.session.results.flatMap((r) => r.tables.flatMap((t) => t.findings)).filter((f) => f.suggestion !== undefined).map((f) => f.rule));
        let batches = 0;
        for (const rule of fixable) {
          const plan = controller.planRule(rule);
          if (plan.changes.length === 0) continue;
          const outcome = await controller.apply(plan, rule);
          if (outcome.fixed > 0) batches++;
        }
        // The fixes really changed the sheet (the property is not vacuous) …
        if (batches > 0) expect(changed(before, cells(sheet)).length).toBeGreaterThan(0);
        totalBatches += batches;
        for (let i = 0; i < batches; i++) await controller.undo();
        await controller.session.clearMarks(SHEET);

        expect(changed(before, cells(sheet))).toEqual([]);
        expect(JSON.stringify(sheet.conditionalFormats)).toBe(rulesBefore);

        // And the same after saving to .xlsx and opening it again.
        const reopened = await roundTrip(model);
        const original = await roundTrip(build(s));
        expect(changed(cells(getSheet(original, SHEET)), cells(getSheet(reopened, SHEET)))).toEqual([]);
      }),
      { numRuns: 25 },
    );
    // … and across the runs, fixes were applied and undone.
    expect(totalBatches).toBeGreaterThan(5);
  }, 120_000);
});
