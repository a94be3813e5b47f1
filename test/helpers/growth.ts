/**
 * Linear growth without a clock limit: the same work at size n and at 10n, best of three runs
 * each, and the ratio compared. Linear work takes about 10×, quadratic 100×; the bound of 40
 * leaves room for a loaded machine and is still far from quadratic. The CI machine is small and
 * shared, so no test here asserts how long anything takes.
 */
export function growthRatio(run: (n: number) => void, n: number, runs = 3): number {
  const best = (size: number): number => {
    let min = Infinity;
    for (let i = 0; i < runs; i++) {
      const started = process.hrtime.bigint();
      run(size);
      min = Math.min(min, Number(process.hrtime.bigint() - started));
    }
    return min;
  };
  const small = best(n);
  const large = best(10 * n);
  // A floor of 0.2 ms keeps timer noise on tiny inputs out of the ratio.
  return large / Math.max(small, 200_000);
}

/** Linear: 10× the input costs less than 40× the time (quadratic would be 100×). */
export const LINEAR_BOUND = 40;
