/**
 * The findings list's row geometry (src/taskpane/components/finding-rows.ts): heights from the
 * texts, and the row at a scroll position found by binary search over the rows' tops.
 */
import fc from 'fast-check';
import { estimateRowHeight, FALLBACK_WIDTH, messageLines, offsetsOf, rowAt, textPixels } from '../../src/taskpane/components/finding-rows';

test('a CJK character takes one em, any other 0.6 em', () => {
  expect(textPixels('指标值')).toBe(42);
  expect(textPixels('≥99%')).toBeCloseTo(4 * 8.4);
  expect(textPixels('')).toBe(0);
});

test('a message wraps to more lines in a narrower list, and the row grows with it', () => {
  // The sample's longest message, at the task pane's usual widths.
  const message = '指标值“通过拨付救助金额改善群众生活”与指标描述相同，没有说明目标；请写明可衡量的目标（如达到的程度、比例或时间）。';
  expect(messageLines(message, 600)).toBe(2);
  expect(messageLines(message, 320)).toBe(4);
  expect(messageLines('缺少预算数。', 320)).toBe(1);
  expect(estimateRowHeight(message, false, 320) - estimateRowHeight(message, false, 600)).toBe(2 * 20);
  // A suggestion adds its own line.
  expect(estimateRowHeight(message, true, 320) - estimateRowHeight(message, false, 320)).toBe(18);
  // A short finding's row is shorter than the 150 px every row had before.
  expect(estimateRowHeight('缺少预算数。', false, FALLBACK_WIDTH)).toBeLessThan(100);
  // However narrow the list, a line holds a few characters: the height stays finite.
  expect(Number.isFinite(estimateRowHeight(message, true, 0))).toBe(true);
});

test('offsets add the heights up; rowAt finds the row covering a position', () => {
  const heights = [100, 140, 85];
  const offsets = offsetsOf((i) => heights[i], heights.length);
  expect([...offsets]).toEqual([0, 100, 240, 325]);
  expect(rowAt(offsets, 0)).toBe(0);
  expect(rowAt(offsets, 99.5)).toBe(0);
  expect(rowAt(offsets, 100)).toBe(1);
  expect(rowAt(offsets, 324)).toBe(2);
  expect(rowAt(offsets, 10_000)).toBe(2);
  expect(rowAt(offsetsOf(() => 1, 0), 50)).toBe(0);
});

test('property: rowAt(y) is the row whose top is at or above y and whose bottom is below it', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 200 }), fc.double({ min: 0, max: 1, noNaN: true }), (heights, at) => {
      const offsets = offsetsOf((i) => heights[i], heights.length);
      const y = at * (offsets[heights.length] - 1);
      const i = rowAt(offsets, y);
      expect(offsets[i]).toBeLessThanOrEqual(y);
      expect(offsets[i + 1]).toBeGreaterThan(y);
    }),
    { seed: 3707, numRuns: 500 },
  );
});
