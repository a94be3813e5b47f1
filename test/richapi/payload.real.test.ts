/**
 * Round trips and bytes of one sheet check through Microsoft's client, for 10, 200 and 2,000 tables
 * from the benchmark generator (bench/payload.ts): constant syncs up to Excel on the web's 5 MB per
 * response, every request and response under it, and bytes that grow with the sheet, not faster.
 */
import { measurePayload, type PayloadFigures } from '../../bench/payload';

const FIVE_MB = 5 * 1024 * 1024;
const figures = new Map<number, PayloadFigures>();

beforeAll(async () => {
  for (const n of [10, 200, 2000]) figures.set(n, await measurePayload(n));
  console.log([...figures.values()].map((f) => JSON.stringify(f)).join('\n'));
}, 600_000);

test('every table is found in what was read', () => {
  for (const [n, f] of figures) expect([n, f.found]).toEqual([n, n]);
});

test('syncs: the same for 10, 200 and 2,000 tables (values in one trimmed read)', () => {
  const [a, b, c] = [10, 200, 2000].map((n) => (figures.get(n) as PayloadFigures).syncs);
  expect(a).toBe(3);
  expect(b).toBe(a);
  expect(c).toBe(a);
});

test('every request and response is under 5 MB', () => {
  for (const f of figures.values()) {
    expect(f.maxRequestBytes).toBeLessThan(FIVE_MB);
    expect(f.maxResponseBytes).toBeLessThan(FIVE_MB);
  }
});

test('bytes grow linearly: 10× the tables is at most about 10× the bytes', () => {
  const [b, c] = [200, 2000].map((n) => figures.get(n) as PayloadFigures);
  expect(c.responseBytes / b.responseBytes).toBeLessThan(11);
  expect(c.requestBytes / b.requestBytes).toBeLessThan(11);
});

test('2,000 tables: fewer bytes than the read before (4.13 MB response + 510 KB request with number formats)', () => {
  const c = figures.get(2000) as PayloadFigures;
  // Without number formats and with exact rectangles over the numbers: 4,132,578 bytes in all.
  expect(c.responseBytes + c.requestBytes).toBeLessThan(4_132_888 + 510_372 - 400_000);
  expect(c.responseBytes).toBeLessThan(4_132_888 - 400_000);
});

test('the read keeps no Excel references: no _KeepReference per range, no clean-up round trip', () => {
  for (const f of figures.values()) expect(f.cleanups).toBe(0);
  // With a reference kept for each of ~780 range objects: 4,132,578 bytes in all; untracked 3,927,078.
  const c = figures.get(2000) as PayloadFigures;
  expect(c.responseBytes + c.requestBytes).toBeLessThan(4_132_578 - 150_000);
});
