/**
 * A grid header printed over two rows, its cells merged down (layout mutations of the real tune
 * tables; sc-zhaohua-wjj-2021 and ah-jinan-canlian-2023 wording). Two shapes were misread:
 * - the frame label `绩效指标` beside the header, merged down over both header rows, and written
 *   again in the body's first row: the body's own 绩效指标 was taken for the next part of the form,
 *   so the grid had no indicators;
 * - `指标值` over `年度指标值` (or `2025年`) alone in the second row, the other header cells merged
 *   down beside it: that row was read as an indicator named 三级指标 (its cells carried down).
 */
import { checkSheet } from '../../src/core/engine';
import { textGrid } from '../helpers/text-grid';

const TOP = ['项目支出绩效目标申报表||||', '项目名称|特困家庭再扶助|||', '项目资金（万元）|年度资金总额|63||', '年度目标|区域内符合政策的特扶家庭进行政策特别扶助|||'];
const BODY = ['产出指标|数量指标|对符合政策法规的家庭进行扶助|63人', '|时效指标|项目实施时间|2021年1月-12月', '效益指标|社会效益指标|稳定特扶家庭情绪|有效稳定', '满意度指标|服务对象满意度指标|特扶对象满意度|≥90%'];
const levels = (lines: string[], merges: string[]) => checkSheet(textGrid(lines, merges)).tables.map((t) => t.table.indicators.map((i) => `${i.level3.text} ${i.value.text}`));
const WANT = [['对符合政策法规的家庭进行扶助 63人', '项目实施时间 2021年1月-12月', '稳定特扶家庭情绪 有效稳定', '特扶对象满意度 ≥90%']];

describe('a grid header merged down over two rows', () => {
  test('the frame label merged down beside the header and written again beside the body', () => {
    const lines = [...TOP, '绩效指标|一级指标|二级指标|三级指标|指标值(包含数字及文字描述)', '||||', ...BODY.map((l) => `绩效指标|${l}`)];
    const merges = ['A5:A6', 'B5:B6', 'C5:C6', 'D5:D6', 'E5:E6', 'A7:A10'];
    expect(levels(lines, merges)).toEqual(WANT);
  });

  test.each(['年度指标值', '2025年'])('`指标值` over `%s`, the other header cells merged down: no indicator of the second row', (sub) => {
    const lines = [...TOP, '一级指标|二级指标|三级指标|指标值', `|||${sub}`, ...BODY];
    expect(levels(lines, ['A5:A6', 'B5:B6', 'C5:C6'])).toEqual(WANT);
  });
});
