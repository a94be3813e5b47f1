/** The command line's tiering flag: set once, only on the V8 versions it was measured on. */
import { INTERRUPT_BUDGET, READ_INTERRUPT_BUDGET, setFlagsForTests, tierForCheck, tierForRead, tuneTierUp } from '../../src/cli/tier-up';
import { checkFile } from '../../src/cli/check-file';
import { join } from 'path';
import type * as TierUp from '../../src/cli/tier-up';

const major = Number(process.versions.v8.split('.')[0]);
const measured = major >= 11 && major <= 12;

afterEach(() => setFlagsForTests(undefined));

test('not set when asked for V8’s defaults; set on this Node’s V8 (11 or 12), and only once', () => {
  expect(tuneTierUp({ PERF_TARGET_V8_DEFAULTS: '1' })).toBe(false);
  expect(tuneTierUp({})).toBe(measured);
  expect(INTERRUPT_BUDGET).toBeGreaterThan(132 * 1024);
});

test('a read in the main thread runs at V8’s own budget, the engine at the check’s again', async () => {
  const set: string[] = [];
  setFlagsForTests((f) => set.push(f));
  tuneTierUp({});
  const order: string[] = [];
  const file = join(__dirname, '..', '..', 'examples', 'sample.xlsx');
  const outcome = await checkFile(file, {}, {
    beforeRead: () => {
      order.push('read');
      tierForRead();
    },
    afterRead: () => {
      order.push('check');
      tierForCheck();
    },
  });
  expect(outcome.report.error).toBeUndefined();
  expect(order).toEqual(['read', 'check']);
  // Set only where the check's budget is (this V8); the check's put back after the read.
  expect(set).toEqual(measured ? [`--interrupt-budget=${READ_INTERRUPT_BUDGET}`, `--interrupt-budget=${INTERRUPT_BUDGET}`] : []);
  expect(READ_INTERRUPT_BUDGET).toBeLessThan(INTERRUPT_BUDGET);
  // Twice the same is once; the check's budget without a read before is nothing to undo.
  set.length = 0;
  tierForCheck();
  tierForRead();
  tierForRead();
  tierForCheck();
  expect(set).toEqual(measured ? [`--interrupt-budget=${READ_INTERRUPT_BUDGET}`, `--interrupt-budget=${INTERRUPT_BUDGET}`] : []);
});

test('the check’s budget is back after a read that fails', async () => {
  const set: string[] = [];
  setFlagsForTests((f) => set.push(f));
  tuneTierUp({});
  // A damaged zip (a source file would do no more: a text with commas is read as a CSV).
  const outcome = await checkFile(join(__dirname, '..', 'fixtures', 'bad', 'truncated.xlsx'), {}, { beforeRead: tierForRead, afterRead: tierForCheck });
  expect(outcome.report.error).toBeDefined();
  expect(set).toEqual(measured ? [`--interrupt-budget=${READ_INTERRUPT_BUDGET}`, `--interrupt-budget=${INTERRUPT_BUDGET}`] : []);
});

test('the regexp compiler’s flags go with the budget, in the one call a recorded code cache was made under', () => {
  // A fresh copy of the module: the one above has set its flags already.
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module instance
    const fresh = require('../../src/cli/tier-up') as typeof TierUp;
    const set: string[] = [];
    fresh.setFlagsForTests((f) => set.push(f));
    expect(fresh.tuneTierUp({})).toBe(measured);
    expect(set).toEqual(measured ? [`--interrupt-budget=${INTERRUPT_BUDGET} --no-regexp-peephole-optimization --regexp-tier-up-ticks=20`] : []);
    fresh.setFlagsForTests(undefined);
  });
});
