/**
 * Linear growth without a clock limit: the same work at size n and at 10n, best of five runs
 * each (alternating), and the ratio compared; a ratio over the bound is measured again, up to
 * twice. Linear work takes about 10×, quadratic 100×, by the clock and by the CPU time; the
 * bound of 40 leaves room for a loaded machine and is still far from quadratic. The CI machine is
 * small and shared, so no test here asserts how long anything takes.
 */
export function growthRatio(run: (n: number) => void, n: number, runs = 5): number {
  // Both the clock and the process's CPU time: on a machine shared with other work the clock
  // counts the time the process waited for a core (a long run is preempted more often than a
  // short one), the CPU time does not; quadratic work is over the bound by either measure.
  const time = (size: number): { wall: number; cpu: number } => {
    const cpu0 = process.cpuUsage();
    const started = process.hrtime.bigint();
    run(size);
    const wall = Number(process.hrtime.bigint() - started);
    const cpu = process.cpuUsage(cpu0);
    return { wall, cpu: (cpu.user + cpu.system) * 1000 };
  };
  const once = (): number => {
    // Sizes alternate, so a burst of load on the shared machine slows both, not one of them.
    const small = { wall: Infinity, cpu: Infinity };
    const large = { wall: Infinity, cpu: Infinity };
    for (let i = 0; i < runs; i++) {
      const a = time(n);
      const b = time(10 * n);
      small.wall = Math.min(small.wall, a.wall);
      small.cpu = Math.min(small.cpu, a.cpu);
      large.wall = Math.min(large.wall, b.wall);
      large.cpu = Math.min(large.cpu, b.cpu);
    }
    // A floor of 0.2 ms keeps timer noise on tiny inputs out of the ratio.
    return Math.min(large.wall / Math.max(small.wall, 200_000), large.cpu / Math.max(small.cpu, 200_000));
  };
  // A ratio over the bound is measured again (twice at most): a burst of load or a collection can
  // spoil one measurement, while quadratic work is over the bound every time.
  let best = Infinity;
  for (let attempt = 0; attempt < 3 && best >= LINEAR_BOUND; attempt++) best = Math.min(best, once());
  return best;
}

/** Linear: 10× the input costs less than 40× the time (quadratic would be 100×). */
export const LINEAR_BOUND = 40;
