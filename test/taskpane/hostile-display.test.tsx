/** @jest-environment jsdom */
/**
 * The findings list shows text from the workbook (seventh round of hostile input): a sheet name or
 * a cell holding a bidi override (U+202E) or isolate must not make a row read in another order —
 * `S\u202Eabc!E5` showed as `S!5Ecba` — and a 30,000-character value or project name must not fill
 * the row and its screen-reader name. Bidi controls are written out (`\u202E`), long texts
 * clipped with an ellipsis, the cell's address whole.
 */
import './review-polyfills';
import { render } from '@testing-library/react';
import { checkSheet } from '../../src/core/engine';
import type { CellValue } from '../../src/core/engine/grid';
import { FindingList } from '../../src/taskpane/components/FindingList';
import { listItems } from '../../src/taskpane/view';

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const fill = (n: number, s: string) => s.repeat(Math.ceil(n / s.length)).slice(0, n);

function table(project: string, value: string): CellValue[][] {
  return [
    ['项目名称', project],
    ['预算数', '26.50', '其中：财政资金', '26.50', '其他资金', ''],
    ['绩效目标', '1.完成任务'],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
    ['产出指标', '数量指标', '办案数', '办案数', value],
    [null, '质量指标', '合格率', '合格率', '≥98%'],
    [null, '时效指标', '及时率', '及时率', '≤30天'],
    [null, '成本指标', '总成本', '总成本', '≤26.5万元'],
    ['效益指标', '社会效益指标', '提升', '提升', '有效提升'],
    ['满意度指标', '服务对象满意度指标', '满意度', '满意度', '≥95%'],
  ];
}

function renderRows(sheet: string, values: CellValue[][]) {
  const result = checkSheet({ name: sheet, values });
  const items = listItems([result], 'zh-CN');
  const view = render(
    <FindingList locale="zh-CN" items={items} showSheet currentKey={null} focusRequest={null} scrollRequest={null} busy={false} onAction={() => undefined} />,
  );
  return { items, rows: Array.from(view.container.querySelectorAll('li')) };
}

test('bidi controls in a sheet name, a project name and a value are written out, never acted on', () => {
  const { rows } = renderRows('S\u202eabc', table('项目\u2066甲\u2069\u202e乙', '\u202e%001'));
  const row = rows.find((li) => li.textContent?.includes('E5'));
  expect(row).toBeDefined();
  const text = row?.textContent ?? '';
  expect(text).not.toMatch(BIDI);
  expect(text).toContain('S\\u202Eabc!E5');
  expect(text).toContain('\\u202E%001');
  expect(row?.querySelector('button[data-main]')?.getAttribute('aria-label')).not.toMatch(BIDI);
  for (const li of rows) expect(li.textContent).not.toMatch(BIDI);
});

test('a 30,000-character value and project name: the row and its name stay short, the cell whole', () => {
  const { rows } = renderRows('长', table(fill(30_000, '项目'), `≥≥${fill(30_000, '9')}`));
  expect(rows.length).toBeGreaterThan(0);
  for (const li of rows) {
    expect((li.textContent ?? '').length).toBeLessThan(1_000);
    expect(li.querySelector('button[data-main]')?.getAttribute('aria-label')?.length ?? 0).toBeLessThan(1_000);
  }
  expect(rows.some((li) => li.textContent?.includes('长!E5'))).toBe(true);
});

test('displayText writes out every bidi control and nothing else', async () => {
  const { displayText } = await import('../../src/core/i18n');
  expect(displayText('a\u202eb\u2066c\u2069d\u200e\u200f\u061c\u202a')).toBe('a\\u202Eb\\u2066c\\u2069d\\u200E\\u200F\\u061C\\u202A');
  expect(displayText('≥98%\n项目 名称')).toBe('≥98%\n项目 名称');
});
