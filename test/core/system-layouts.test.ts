/**
 * The budget systems' own layouts, as their export templates lay them out (test/fixtures/systems:
 * one grid per layout, written from the FreeMarker templates of the pmkpi module of the 预算管理一体化
 * system, its source path in each file's second line, with realistic values and a clerk's slips).
 * Each runs through the real locator and engine. What did not read as the system means it is pinned
 * here with the fix; the layouts that already read right are pinned too. Grids we wrote from the
 * templates: the systems' words and shapes, our values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const DIR = join(__dirname, '../fixtures/systems');
const MERGE_RE = /^M ([A-Z]+)(\d+):([A-Z]+)(\d+)$/;

/** A fixture's rows and merges, without its first `drop` rows (a title cut off). */
function load(name: string, edit: (rows: string[]) => string[] = (r) => r, drop = 0) {
  const lines = readFileSync(join(DIR, `${name}.txt`), 'utf8').split('\n').filter((l) => !l.startsWith('#') && l !== '');
  const merges: string[] = [];
  for (const l of lines) {
    const m = MERGE_RE.exec(l);
    if (m && Number(m[2]) > drop) merges.push(`${m[1]}${Number(m[2]) - drop}:${m[3]}${Number(m[4]) - drop}`);
  }
  return textGrid(edit(lines.filter((l) => !MERGE_RE.test(l))).slice(drop), merges);
}

function run(name: string, edit?: (rows: string[]) => string[], drop?: number) {
  const result = checkSheet(load(name, edit, drop));
  return result.tables.map((t) => ({
    kind: t.table.kind ?? 'project',
    findings: t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`),
    table: t.table,
  }));
}

const replace = (from: string, to: string) => (rows: string[]) => rows.map((r) => (r === from ? to : r));

describe('words the systems write that were not read', () => {
  test('河北 信息表: the 指标值 group split into `*符号 | *值 | 计量单位` has its value column (`*值`)', () => {
    const [t] = run('hebei-info-budget');
    // Before, no value column was found: 7 value/missing-number errors and a value/empty one.
    expect(t.findings.filter((f) => f.includes(' value/'))).toEqual(['warning F10 value/unit-mismatch']);
    expect(t.table.indicators.map((i) => i.parsed.raw)).toEqual(['≥320公里', '≥80%', '≤12月', '＝100%', '≤0.5万元/公里', '明显改善', '≥90%']);
  });

  test('河北 信息表 has no money rows by design: its title (with the stage in brackets) read, the budget not checked said in an info', () => {
    const [t] = run('hebei-info-budget');
    // Before: the title was read as the unit's name and `error A1:H13 budget/missing-total` raised.
    expect(t.table.title?.text).toBe('预算项目绩效信息表（预算编制阶段）');
    expect(t.findings.filter((f) => f.includes('budget/'))).toEqual(['info A1 budget/missing-total']);
  });

  test('a project form titled with its stage in brackets is no 信息表: its missing 预算数 is an error beside other money rows, and a form without money rows is said to be one', () => {
    const rows = ['项目支出绩效目标表（预算编制阶段）|||', '项目名称|某项目||', '年度目标|完成||', '一级指标|二级指标|三级指标|指标值', '产出指标|数量指标|培训人数|≥100人'];
    const [t] = checkSheet(textGrid(rows)).tables;
    expect(t.table.title?.text).toBe('项目支出绩效目标表（预算编制阶段）');
    expect(t.findings.filter((f) => f.rule === 'budget/missing-total').map((f) => `${f.severity} ${f.messageId}`)).toEqual(['info noMoneyRows']);
    // Sources left empty: the total is missing. Sources written: their sum stands for it (an info).
    const withMoney = [...rows.slice(0, 2), '财政资金||其他资金|', ...rows.slice(2)];
    const [m] = checkSheet(textGrid(withMoney)).tables;
    expect(m.findings.filter((f) => f.rule === 'budget/missing-total').map((f) => `${f.severity} ${f.messageId}`)).toEqual(['error missing']);
    const withSources = [...rows.slice(0, 2), '财政资金|100|其他资金|0', ...rows.slice(2)];
    const [w] = checkSheet(textGrid(withSources)).tables;
    expect(w.findings.filter((f) => f.rule === 'budget/missing-total').map((f) => `${f.severity} ${f.messageId}`)).toEqual(['info fromSources']);
  });

  test('合肥 申报表: the year line under the title (`（  2024  年度）`, the template’s spaces) is no unit name', () => {
    const [t] = run('hefei-declare-periods');
    // Before: `info A3 content/stray-space` on it, as if it were the unit's name.
    expect(t.table.unitName).toBeUndefined();
    expect(t.findings).toEqual(['warning J16 value/missing-sign', 'warning F18 value/missing-sign', 'warning J21 value/missing-unit']);
  });

  test('山西 form: the 项目实施计划 `1-3月招标，4-11月检测` is a sentence, not a monitor’s period column', () => {
    // Before: the project's own table was named a monitor's and not checked at all.
    expect(run('shanxi-form')[0].kind).toBe('project');
  });

  test('山西 form: the year’s total is the sum of its own 中央 / 省级 / 市县（区） / 单位自筹 rows', () => {
    // Before: only 中央财政资金 (0) and 单位自筹 (0) were read beside the 实施期 total, an error
    // suggesting 0 whatever the rows said; 市县（区）财政资金 was no money label.
    const ok = run('shanxi-form', replace('|||市县（区）财政资金|1200000|市县（区）财政资金||1100000|', '|||市县（区）财政资金|1200000|市县（区）财政资金||1200000|'))[0];
    expect(ok.findings.filter((f) => f.includes('budget/'))).toEqual([]);
    const [wrong] = run('shanxi-form');
    expect(wrong.findings.filter((f) => f.includes('budget/'))).toEqual(['error H5 budget/sum-mismatch']);
    expect(checkSheet(load('shanxi-form')).tables[0].findings.find((f) => f.rule === 'budget/sum-mismatch')?.suggestion).toBe('1100000');
  });

  test('湖北 年度绩效目标表: 指标值 over `前年 | 上年 | 预计当年实现` reads the year’s target; 项目当年预算 is the budget', () => {
    const [t] = run('hubei-annual-grid');
    // Before: the sub-header row was read as the table's one indicator and the grid ended there
    // (missing-cost, missing-level1); 项目总预算 (the whole period's 1500) was taken as the budget.
    expect(t.table.indicators.map((i) => i.parsed.raw)).toEqual(['≥500个', '≥95%', '≤2万元/个', '≥20万人', '≥90%']);
    expect(t.table.budget.total?.text).toBe('500');
    expect(t.findings).toEqual(['error A1:O11 structure/missing-goals']);
  });

  test('广西 申报表: `合计` above `其中：一般公共预算拨款` (split into `其中：上级` / `本级`) is the total', () => {
    // Before: no 预算数 (an error) and `其中：上级` read as the fiscal amount (not a number, an error).
    expect(run('guangxi-declare')[0].findings).toEqual(['warning G15 value/nonstandard-sign', 'warning G16 value/missing-sign']);
    const [wrong] = run('guangxi-declare', replace('||||本级|450000|', '||||本级|400000|'));
    expect(wrong.findings.filter((f) => f.includes('budget/'))).toEqual(['error F6 budget/sum-mismatch']);
  });

  test('天津 目标表: the total right of `项目资金（万元）`, with `其中：转移支付资金` / 区级资金 / 其他资金 beside it', () => {
    // Before: no 预算数 (an error) and the 转移支付资金 not counted.
    expect(run('tianjin-policy-project')[0].findings).toEqual(['warning G11 value/missing-sign']);
    const [wrong] = run('tianjin-policy-project', replace('|||||区级资金||200|', '|||||区级资金||190|'));
    expect(wrong.findings.filter((f) => f.includes('budget/'))).toEqual(['error D6 budget/sum-mismatch']);
  });
});

describe('kinds the systems’ columns name, without the title', () => {
  test('山西 自评表: 调整后指标值 beside 实际完成值 and 得分 is a self-evaluation, not a change of targets', () => {
    // Before: named a 绩效目标调整表 (its first marker).
    expect(run('self-eval-shanxi', undefined, 2).map((t) => t.kind)).toEqual(['self-eval']);
  });

  test('广西 监控表: the `年度绩效指标完成情况` caption over `完成全年目标可能性` is monitoring', () => {
    // Before: named a self-evaluation (the caption is 广西's over both).
    expect(run('monitor-guangxi', undefined, 2).map((t) => t.kind)).toEqual(['monitor']);
    expect(run('self-eval-guangxi', undefined, 1).map((t) => t.kind)).toEqual(['self-eval']);
  });
});

describe('layouts that read as the system means them', () => {
  test.each([
    ['anhui-target', ['warning G16 value/missing-sign']],
    ['hebei-declare', ['warning E15 value/missing-sign', 'warning E16 value/missing-sign', 'warning E18 value/unit-mismatch']],
    ['year-goal-below', []],
    ['ningxia-declare', ['warning G14 value/missing-sign']],
  ])('%s: a project table, its money and goals read', (name, findings) => {
    const [t, ...rest] = run(name);
    expect(rest).toEqual([]);
    expect(t.kind).toBe('project');
    expect(t.table.projectName?.text).toBeTruthy();
    expect(t.table.budget.total?.text).toBeTruthy();
    expect(t.table.goals?.text).toBeTruthy();
    expect(t.findings).toEqual(findings);
  });

  test.each([
    ['hebei-info-change', 'adjustment'],
    ['monitor-anhui', 'monitor'],
    ['self-eval-hefei', 'self-eval'],
    ['self-eval-guangxi', 'self-eval'],
    ['self-eval-shanxi', 'self-eval'],
    ['monitor-guangxi', 'monitor'],
    ['department-zhejiang', 'department'],
    ['department-hubei', 'department'],
    ['scoring-guangxi', 'scoring'],
  ])('%s: named %s, no project-table findings', (name, kind) => {
    const tables = run(name);
    expect(tables.map((t) => t.kind)).toEqual([kind]);
    expect(tables[0].findings.filter((f) => !f.startsWith('info'))).toEqual([]);
  });
});
