/**
 * Property tests run on a fixed seed unless asked otherwise (test/setup-fast-check.ts): the same
 * cases every run, so CI fails only for a change of the code.
 */
import fc from 'fast-check';

test('property tests draw from the fixed seed (or the one PERF_TARGET_FC_SEED names)', () => {
  const chosen = process.env.PERF_TARGET_FC_SEED;
  const seed = fc.readConfigureGlobal().seed;
  if (chosen === 'random') expect(seed).toBeUndefined();
  else expect(seed).toBe(chosen === undefined || chosen === '' ? 20261207 : Number(chosen));
  // Under a seed, two samples are the same cases.
  if (seed !== undefined) expect(fc.sample(fc.string(), { numRuns: 5 })).toEqual(fc.sample(fc.string(), { numRuns: 5 }));
});
