/** The yardstick of the linear-growth tests tells linear work from quadratic work. */
import { growthRatio, LINEAR_BOUND } from './growth';

let sink = 0;
const linear = (n: number): void => {
  for (let i = 0; i < n * 200; i++) sink += i % 7;
};
const quadratic = (n: number): void => {
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) sink += (i ^ j) % 7;
};

test('linear work is under the bound', () => {
  expect(growthRatio(linear, 2000)).toBeLessThan(LINEAR_BOUND);
});

test('quadratic work is over it, by the clock and by the CPU time alike', () => {
  expect(growthRatio(quadratic, 600)).toBeGreaterThan(LINEAR_BOUND);
  expect(sink).toBeGreaterThan(0);
});
