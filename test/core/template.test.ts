import { buildTemplate, listColumns, listFormula, safeSheetName } from '../../src/core/review/template';
import { SCHEMES } from '../../src/core/engine/taxonomy';
import { toA1 } from '../../src/core/engine/grid';
import { templateWorkbookBytes } from '../../src/hosts/file/template';
import { readWorkbook } from '../../src/hosts/file/read';
import { checkSheet } from '../../src/core/engine';
import type { MoneyUnit, SchemeId } from '../../src/core/model';

/** The findings a fresh template may have: its empty fields, nothing else. */

describe('buildTemplate', () => {
  it.each<[SchemeId, number]>([
    ['2015', 9],
    ['2021', 11],
  ])('has one row per 二级 of the %s scheme', (scheme, rows) => {
    const spec = buildTemplate({ scheme, unit: '万元' });
    expect(spec.rows - spec.firstIndicatorRow).toBe(rows);
    const level2 = spec.cells.filter((c) => c.col === 1 && c.row >= spec.firstIndicatorRow).map((c) => c.value);
    expect(level2).toEqual(SCHEMES[scheme].level1.flatMap((l) => l.level2));
  });

  it('repeats rows per 二级 and merges the 一级 and 二级 cells down', () => {
    const spec = buildTemplate({ scheme: '2015', unit: '元', rowsPerLevel2: 3 });
    expect(spec.rows - spec.firstIndicatorRow).toBe(27);
    // 产出指标 spans its four 二级 × 3 rows; 数量指标 spans 3 rows.
    expect(spec.merges).toContainEqual({ top: 7, left: 0, bottom: 18, right: 0 });
    expect(spec.merges).toContainEqual({ top: 7, left: 1, bottom: 9, right: 1 });
    expect(spec.cells.find((c) => c.row === 1 && c.col === 5)?.value).toBe('单位：元');
  });

  it('dropdown lists hold exactly the taxonomy of the chosen scheme', () => {
    for (const scheme of ['2015', '2021'] as SchemeId[]) {
      const spec = buildTemplate({ scheme, unit: '万元' });
      const cols = listColumns(spec);
      expect(cols[0].items).toEqual(SCHEMES[scheme].level1.map((l) => l.name));
      for (const l1 of SCHEMES[scheme].level1) expect(cols.find((c) => c.name === `PT${scheme}_${l1.name}`)?.items).toEqual(l1.level2);
    }
  });

  it('the 二级 list follows the 一级 written at the top of its block', () => {
    const spec = buildTemplate({ scheme: '2015', unit: '万元', rowsPerLevel2: 2 });
    const cell = spec.cells.find((c) => c.col === 1 && c.row === 10); // inside 产出指标 (rows 7–14)
    expect(cell && listFormula(spec, cell, 4, 2, toA1)).toBe('=INDIRECT("PT2015_"&$C$12)');
    const l1 = spec.cells.find((c) => c.col === 0 && c.row === 10);
    expect(l1 && listFormula(spec, l1, 0, 0, toA1)).toBe('=PT2015_一级指标');
  });

  it('every input prompt fits Excel limits (title ≤ 32, message ≤ 255)', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      for (const c of buildTemplate({ scheme: '2021', unit: '万元', locale }).cells) {
        if (!c.prompt) continue;
        expect(c.prompt.title.length).toBeLessThanOrEqual(32);
        expect(c.prompt.message.length).toBeLessThanOrEqual(255);
      }
    }
  });

  it('makes a safe sheet name', () => {
    expect(safeSheetName('2025年[检察]业务:项目/经费?')).toBe('2025年 检察 业务 项目 经费');
    expect(safeSheetName('')).toBe('绩效目标表');
    expect(safeSheetName('长'.repeat(40))).toHaveLength(31);
    expect(safeSheetName("'引号项目'")).toBe('引号项目');
    expect(safeSheetName('History')).toBe('绩效目标表');
    expect(safeSheetName(`${'长'.repeat(30)} x`)).toBe('长'.repeat(30));
  });
});

describe('a fresh template read back by the checker', () => {
  it.each<[SchemeId, MoneyUnit, string]>([
    ['2015', '万元', ''],
    ['2021', '元', '2026年检察业务经费项目'],
    ['2015', '元', '2026年司法救助项目'],
  ])('%s / %s / "%s" is one table whose only findings are its empty fields', async (scheme, unit, project) => {
    const spec = buildTemplate({ scheme, unit, project, rowsPerLevel2: 2 });
    const grids = await readWorkbook(await templateWorkbookBytes(spec));
    const sheet = grids.find((g) => g.name === spec.sheetName);
    expect(sheet).toBeDefined();
    const result = checkSheet(sheet!, { scheme: 'auto' });
    expect(result.tables).toHaveLength(1);
    const [table] = result.tables;
    expect(table.scheme).toBe(scheme);
    expect(table.table.moneyUnit).toBe(unit);
    // Every indicator row is still a blank template row: to fill in, not an error.
    expect(table.table.indicators).toHaveLength(0);
    expect(table.table.unused).toHaveLength(spec.rows - spec.firstIndicatorRow);
    expect(new Set(table.findings.map((f) => f.rule))).toEqual(new Set(['structure/unfilled']));
    expect(table.findings.every((f) => f.severity === 'info')).toBe(true);
    expect(table.findings.some((f) => f.messageId === 'projectName')).toBe(project === '');
    expect(table.findings.find((f) => f.messageId === 'indicators')?.data.count).toBe(spec.rows - spec.firstIndicatorRow);
    // The hidden list sheet holds no table.
    const lists = grids.find((g) => g.name === '指标列表');
    expect(lists && checkSheet(lists).tables).toEqual([]);
  });
});
