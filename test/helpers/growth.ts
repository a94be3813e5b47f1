/**
 * Linear growth without a clock limit: the same work at size n and at 10n, best of five runs
 * each (alternating), and the ratio compared. Linear work takes about 10×, quadratic 100×; the bound of 40
 * leaves room for a loaded machine and is still far from quadratic. The CI machine is small and
 * shared, so no test here asserts how long anything takes.
 */
export function growthRatio(run: (n: number) => void, n: number, runs = 5): number {
  const time = (size: number): number => {
    const started = process.hrtime.bigint();
    run(size);
    return Number(process.hrtime.bigint() - started);
  };
  // Sizes alternate, so a burst of load on the shared machine slows both, not one of them.
  let small = Infinity;
  let large = Infinity;
  for (let i = 0; i < runs; i++) {
    small = Math.min(small, time(n));
    large = Math.min(large, time(10 * n));
  }
  // A floor of 0.2 ms keeps timer noise on tiny inputs out of the ratio.
  return large / Math.max(small, 200_000);
}

/** Linear: 10× the input costs less than 40× the time (quadratic would be 100×). */
export const LINEAR_BOUND = 40;
