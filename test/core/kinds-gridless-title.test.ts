/**
 * A sheet holding another kind's form with no indicator grid and no 项目名称 (a published
 * 部门整体支出绩效目标申报表 cut before its indicators, as hb-guangshui-zfb-2021 in the real corpus)
 * is that kind's table, named from its title: not "no table found". A project title with nothing
 * under it stays no table. Grids we wrote, after the real one's shape: consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { parseA1 } from '../../src/core/engine/grid';
import { textRows } from '../helpers/text-grid';

const check = (lines: string[], merges: string[] = []) => checkSheet({ name: 'Sheet1', values: textRows(lines), merges: merges.map((m) => parseA1(m)) });

const DEPARTMENT_FORM = [
  '附件2:|||||',
  '部门整体支出绩效目标申报表|||||',
  '部门(单位)名称|某某市人民政府办公室||填报人|张三|',
  '总体资金情况|部门总体资金情况||||',
  '|收入构成|财政拨款|968.19|100%|',
  '||合计|968.19|100%|',
  '部门职能概述|（一）负责全市人民防空工作。||||',
];

describe('a grid-less form under a title of another kind', () => {
  it('部门整体支出绩效目标申报表: one department table from its title down, with its info only', () => {
    const r = check(DEPARTMENT_FORM, ['A2:F2', 'B7:F7']);
    expect(r.tables.map((t) => [t.table.kind, t.table.range])).toEqual([['department', { top: 1, left: 0, bottom: 6, right: 5 }]]);
    expect(r.tables[0].findings.map((f) => `${f.cell} ${f.severity} ${f.rule}`)).toEqual(['A2 info structure/table-kind']);
  });
  it('项目支出绩效自评表 with its fields only: a self-evaluation', () => {
    const r = check(['项目支出绩效自评表||', '主管部门|某某局|', '实施单位|某某中心|']);
    expect(r.tables.map((t) => t.table.kind)).toEqual(['self-eval']);
  });
  it('a project title with nothing under it stays no table', () => {
    expect(check(['2024年项目支出绩效目标表||', '填报单位：某某局||']).tables).toEqual([]);
  });
  it('no title at all: no table', () => {
    expect(check(['部门(单位)名称|某某局|', '部门职能概述|负责全市人民防空工作。|']).tables).toEqual([]);
  });
});
