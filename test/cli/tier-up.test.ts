/** The command line's tiering flag: set once, only on the V8 versions it was measured on. */
import { INTERRUPT_BUDGET, tuneTierUp } from '../../src/cli/tier-up';

test('not set when asked for V8’s defaults; set on this Node’s V8 (11 or 12), and only once', () => {
  expect(tuneTierUp({ PERF_TARGET_V8_DEFAULTS: '1' })).toBe(false);
  const major = Number(process.versions.v8.split('.')[0]);
  expect(tuneTierUp({})).toBe(major >= 11 && major <= 12);
  expect(INTERRUPT_BUDGET).toBeGreaterThan(132 * 1024);
});
