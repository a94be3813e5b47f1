/**
 * Labels with their money unit in square brackets (`年度资金总额[万元]`, `中期财政拨款[万元]`): a project
 * system's export of its projects' goals and money heads its columns so (forms44 f14, the columns as the
 * system's export code writes them; the projects and amounts are ours). Before, such a label was no label:
 * the list's header row was read as a project's form named `年度` with no grid (a false error).
 */
import { checkSheet } from '../../src/core/engine';
import { classifyLabel } from '../../src/core/engine/labels';
import { textGrid } from '../helpers/text-grid';

describe('a money unit in square brackets after a label', () => {
  test.each([
    ['年度资金总额[万元]', 'total', '万元'],
    ['中期资金总额【万元】', 'total', '万元'],
    ['预算数[元]', 'total', '元'],
  ])('%s is a %s label in %s, as with round brackets', (text, field, unit) => {
    expect(classifyLabel(text)).toMatchObject({ field, unit });
  });

  test('a list export (one row per project, 年度 and 中期 money, no indicators) is a summary list, not a project\'s form without its grid', () => {
    const lines = [
      '项目绩效目标计划||||||||',
      '序号|项目编号|项目名称|年度|年度目标|年度资金总额[万元]|年度财政拨款[万元]|年度其他资金[万元]|中期目标',
      '1|2025-001|农村公路日常养护|2025|完成养护460公里。|120|100|20|三年完成养护1380公里。',
      '2|2025-002|农村公路危桥改造|2025|完成3座危桥改造。|300|300|0|三年完成12座危桥改造。',
    ];
    const tables = checkSheet(textGrid(lines)).tables;
    expect(tables.map((t) => t.table.kind)).toEqual(['summary']);
    expect(tables.flatMap((t) => t.findings).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('a form whose money labels carry [万元] reads its amounts and finds a sum that does not add up', () => {
    const lines = [
      '项目名称|农村公路日常养护|||',
      '年度资金总额[万元]|120|||',
      '其中：财政拨款[万元]|100|||',
      '其他资金[万元]|30|||',
      '年度目标|完成全县农村公路日常养护460公里。|||',
      '一级指标|二级指标|三级指标|指标值|',
      '产出指标|数量指标|日常养护里程|≥460公里|',
      '|成本指标|日常养护成本|≤120万元|',
      '效益指标|社会效益指标|群众出行条件|有效改善|',
      '满意度指标|服务对象满意度指标|沿线群众满意度|≥90%|',
    ];
    const [t] = checkSheet(textGrid(lines)).tables;
    expect(t.table.budget.total?.text).toBe('120');
    expect(t.findings.map((f) => `${f.severity} ${f.cell} ${f.rule}`)).toEqual(['error B2 budget/sum-mismatch']);
  });
});
