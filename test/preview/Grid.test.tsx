/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { parseA1 } from '../../src/core/engine/grid';
import { markFormula } from '../../src/hosts/excel/marks';
import { BLOCK_ROWS, Grid, MAX_AUTO_COL_PX, MIN_AUTO_COL_PX, MIN_DRAWN_ROWS, SMALL_SHEET_ROWS, textWidthPx } from '../../src/preview/Grid';
import { createWorkbook, getSheet, mergeCells, setCell } from '../../src/standin/model';

beforeAll(() => {
  // jsdom has no layout: scrolling to the selected cell is a no-op here.
  Element.prototype.scrollIntoView = jest.fn();
});

function drawn(selection = 'F14') {
  const model = createWorkbook(['绩效目标表']);
  const s = getSheet(model, '绩效目标表');
  setCell(s, 'A8', { value: '产出指标', style: { fill: { color: '#E2EFDA' }, borders: { top: { style: 'thin' } } } });
  setCell(s, 'F14', { value: '≥99百分之' });
  setCell(s, 'C4', { value: 26.5, numberFormat: '0.00' });
  mergeCells(s, 'A8:A11');
  mergeCells(s, 'F14:G14');
  s.conditionalFormats.push({ id: '{1}', type: 'Custom', areas: [parseA1('F14')], formula: markFormula('error'), fillColor: '#FFC7CE', stopIfTrue: false });
  s.selection = parseA1(selection);
  const onSelectCell = jest.fn();
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <Grid locale="zh-CN" sheetName="绩效目标表" sheet={s} version={0} onSelectCell={onSelectCell} />
    </FluentProvider>,
  );
  const cell = (address: string) => utils.container.querySelector(`td[data-address="${address}"]`);
  return { cell, onSelectCell, utils };
}

test('every cell carries its address; merged cells span, covered cells are absent', () => {
  const { cell } = drawn();
  expect(cell('A1')).toBeInTheDocument();
  expect(cell('A8')).toHaveAttribute('rowspan', '4');
  expect(cell('F14')).toHaveAttribute('colspan', '2');
  expect(cell('A9')).toBeNull();
  expect(cell('G14')).toBeNull();
  expect(cell('C4')).toHaveTextContent('26.50');
});

test('a marked cell has its severity and the mark colour; others keep their own', () => {
  const { cell } = drawn();
  expect(cell('F14')).toHaveAttribute('data-severity', 'error');
  expect(cell('F14')).toHaveAttribute('title', '错误标记');
  expect(cell('F14')).toHaveStyle({ backgroundColor: '#FFC7CE' });
  expect(cell('A8')).not.toHaveAttribute('data-severity');
  expect(cell('A8')).toHaveStyle({ backgroundColor: '#E2EFDA', borderTop: '1px solid #000000' });
});

test('the selected cell is the active one, and the grid is a labelled region', () => {
  const { cell } = drawn();
  expect(cell('F14')).toHaveAttribute('data-active', 'true');
  expect(document.querySelectorAll('[data-active]')).toHaveLength(1);
  expect(screen.getByRole('region', { name: '工作表“绩效目标表”' })).toBeInTheDocument();
  expect(screen.getByRole('columnheader', { name: 'F' })).toBeInTheDocument();
  expect(screen.getByRole('rowheader', { name: '14' })).toBeInTheDocument();
});

test('clicking a cell asks to select it', () => {
  const { cell, onSelectCell } = drawn();
  fireEvent.click(cell('A8') as Element);
  expect(onSelectCell).toHaveBeenCalledWith(7, 0);
});

test('the table is laid out fixed: every column has a width before the browser lays it out', () => {
  const { utils } = drawn();
  const table = utils.container.querySelector('table') as HTMLTableElement;
  const cols = [...table.querySelectorAll('col')].map((c) => parseFloat(c.style.width));
  expect(cols.every((w) => Number.isFinite(w) && w > 0)).toBe(true);
  expect(parseFloat(table.style.width)).toBe(cols.reduce((a, b) => a + b, 0));
  // Column A holds 产出指标 (four CJK characters of 11pt): wider than the narrowest, under the cap.
  expect(cols[1]).toBe(textWidthPx('产出指标') + 10);
  expect(cols[1]).toBeGreaterThan(MIN_AUTO_COL_PX);
  expect(cols[2]).toBe(MIN_AUTO_COL_PX);
  expect(cols.every((w) => w <= MAX_AUTO_COL_PX)).toBe(true);
});

test('text width: CJK one em, other characters 0.6 em, the longest line', () => {
  expect(textWidthPx('产出指标')).toBe(Math.ceil(4 * (11 * 96) / 72));
  expect(textWidthPx('ab\n产出')).toBe(Math.ceil(2 * (11 * 96) / 72));
  expect(textWidthPx('')).toBe(0);
});

test('a selected cell plainly in view is not scrolled to (no layout read); one further down is', () => {
  const scroll = Element.prototype.scrollIntoView as jest.Mock;
  scroll.mockClear();
  drawn('A1').utils.unmount();
  expect(scroll).not.toHaveBeenCalled();
  drawn('F14');
  expect(scroll).toHaveBeenCalledTimes(1);
});

test('a large sheet draws one block first and the first MIN_DRAWN_ROWS rows once that is painted; a small one is drawn whole', () => {
  // The frame and the task after it, run by jest's clock (it fakes requestAnimationFrame too).
  jest.useFakeTimers();
  const draw = (lastRow: number) => {
    const model = createWorkbook(['S']);
    const s = getSheet(model, 'S');
    setCell(s, `A${lastRow}`, { value: 'end' });
    const utils = render(
      <FluentProvider theme={webLightTheme}>
        <Grid locale="zh-CN" sheetName="S" sheet={s} version={0} onSelectCell={jest.fn()} />
      </FluentProvider>,
    );
    const rows = () => utils.container.querySelectorAll('tr[data-row]').length;
    const first = rows();
    act(() => {
      jest.runAllTimers();
    });
    const then = rows();
    utils.unmount();
    return [first, then];
  };
  try {
    expect(draw(150)).toEqual([153, 153]);
    expect(draw(SMALL_SHEET_ROWS - 3)).toEqual([SMALL_SHEET_ROWS, SMALL_SHEET_ROWS]);
    expect(draw(SMALL_SHEET_ROWS - 2)).toEqual([BLOCK_ROWS, MIN_DRAWN_ROWS]);
    expect(draw(20000)).toEqual([BLOCK_ROWS, MIN_DRAWN_ROWS]);
  } finally {
    jest.useRealTimers();
  }
});
