/**
 * Tune tables re-laid out as other units lay them out (scripts/mutate-corpus.ts, issue #11): each
 * grid here is made by us from the shape of a real tune table, mutated; consistency, not accuracy.
 */
import { checkSheet } from '../../src/core/engine';
import { locateTables } from '../../src/core/engine/locate';
import { textGrid } from '../helpers/text-grid';

const GRID = [
  '一级指标|二级指标|三级指标|指标值',
  '产出指标|数量指标|慰问人数|≥32人',
  '效益指标|社会效益指标|宣传覆盖|覆盖全区',
  '满意度指标|服务对象满意度指标|群众满意度|≥90%',
];

describe('a money block whose merges were undone, each label written in every cell it covered', () => {
  // The block of sc-zhaohua-jikong-2021 (年度资金总额 over 财政拨款 and 自有资金 and their 其中 rows),
  // every merge undone with its text repeated: 年度资金总额 three times across.
  const upper = (repeat: boolean) => {
    const r = (t: string) => (repeat ? `${t}|${t}|${t}` : `${t}||`);
    return [
      '项目名称|麻风病防治|麻风病防治|麻风病防治|麻风病防治',
      `项目资金(万元)|${r('年度资金总额')}|金额(万元)`,
      `项目资金(万元)|${r('(一)财政拨款小计')}|4`,
      `项目资金(万元)|${r('1、一般公共预算')}|3`,
      `项目资金(万元)|${r('2、政府性基金')}|1`,
      `项目资金(万元)|${r('(二)自有资金小计')}|0`,
      `项目资金(万元)|${r('1、事业收入')}|0`,
      `年度目标|${r('完成麻风病防治工作')}|完成麻风病防治工作`,
    ];
  };
  const merges = ['B1:E1', 'B2:D2', 'A2:A7', 'B3:D3', 'B4:D4', 'B5:D5', 'B6:D6', 'B7:D7', 'B8:E8'];

  test('reads the same parts as the merged form: one total label, not three', () => {
    const merged = locateTables(textGrid([...upper(false), ...GRID], merges))[0];
    const flat = locateTables(textGrid([...upper(true), ...GRID]))[0];
    const parts = (t: typeof merged) => (t.budget.parts ?? []).map((p) => `${p.at.row},${p.at.col}=${p.text}`);
    expect(parts(merged)).toEqual(['3,4=3', '4,4=1', '6,4=0']);
    expect(parts(flat)).toEqual(parts(merged));
    expect(flat.budget.fiscal?.text).toBe('4');
    expect(flat.budget.other?.text).toBe('0');
  });

  test('the parts still add up to 财政拨款 in both, so neither has a budget finding', () => {
    const budget = (lines: string[], m: string[] = []) => checkSheet(textGrid(lines, m)).tables[0].findings.filter((f) => f.category === 'budget').map((f) => f.rule);
    expect(budget([...upper(true), ...GRID])).toEqual(budget([...upper(false), ...GRID], merges));
  });
});
