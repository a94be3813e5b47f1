/**
 * Shapes a locator can miss (#11, this round): forms built the way units publish them, each
 * checked through the real locator as one table with the right fields and indicator rows.
 */
import { rectToA1 } from '../../src/core/engine/grid';
import { textGrid } from '../helpers/text-grid';
import { checkSheet } from '../../src/core/engine';

const grid = textGrid;
const summary = (lines: string[], merges: string[] = []) =>
  checkSheet(grid(lines, merges)).tables.map((t) => ({
    range: rectToA1(t.table.range),
    project: t.table.projectName?.text ?? t.table.titleProject,
    rows: t.table.indicators.map((i) => i.row + 1),
    findings: t.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.cell} ${f.rule}`),
  }));

describe('every cell merged over two rows (a form printed with tall rows)', () => {
  const pairs = [
    '项目名称|某某培训项目||', '预算数|50|其中：财政资金|50', '绩效目标|完成培训500人次||', '一级指标|二级指标|三级指标|指标值',
    '产出指标|数量指标|培训人次|≥500人次', '|质量指标|培训合格率|≥95%', '|时效指标|完成时间|2025年12月底前', '|成本指标|培训成本|≤50万元',
    '效益指标|社会效益指标|业务能力|明显提升', '满意度指标|服务对象满意度指标|学员满意度|≥90%',
  ];
  const lines = pairs.flatMap((l) => [l, '|||']);
  const merges: string[] = [];
  pairs.forEach((_, i) => {
    const top = 2 * i + 1;
    for (const c of ['B', 'C', 'D']) merges.push(`${c}${top}:${c}${top + 1}`);
    // The 产出 label spans its four indicators' eight rows.
    if (i < 4 || i > 7) merges.push(`A${top}:A${top + 1}`);
  });
  merges.push('A9:A16');

  test('one table, one indicator per merged pair of rows, no duplicate and no doubled cost', () => {
    expect(summary(lines, merges)).toEqual([{ range: 'A1:D20', project: '某某培训项目', rows: [9, 11, 13, 15, 17, 19], findings: [] }]);
  });

  test('its mistakes are still found once, on the merge’s cell', () => {
    const bad = lines.map((l) => l.replace('≥95%', '95%'));
    expect(summary(bad, merges)[0].findings).toEqual(['warning D11 value/missing-sign']);
  });
});
