/**
 * The findings one run lists over all its files (RUN_LISTED_FINDINGS_LIMIT, src/cli/pool.ts
 * ListingShares). The per-file limit bounded one file; a run keeps every file's results until its
 * report is written, so 20 files of 400,000 bad cells each would still exhaust the main thread's
 * heap (hostile44: eight took 2.35 GB). Data: the bundled sample workbook (ours, consistency) and
 * made-up finding counts.
 */
import fc from 'fast-check';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkFiles, ListingShares } from '../../src/cli/pool';
import { formatText } from '../../src/cli/text-format';
import type { FileOutcome } from '../../src/cli/check-file';
import { buildReport, LISTED_FINDINGS_LIMIT, RUN_LISTED_FINDINGS_LIMIT } from '../../src/core/review/report';
import type { Finding } from '../../src/core/model';
import { tempDir } from '../helpers/temp-dir';

const SAMPLE = join(__dirname, '..', '..', 'examples', 'sample.xlsx');

/** An outcome listing `n` findings (only their number matters to the shares). */
function listing(n: number): FileOutcome {
  return { report: { file: 'x.xlsx', sheets: [] }, findings: [['Sheet1', new Array<Finding>(n)]] };
}

test('what the files list together never passes the run limit, whatever the order results come back in', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 3_000_000 }),
      fc.integer({ min: 1, max: 16 }),
      fc.array(fc.integer({ min: 0, max: 500_000 }), { maxLength: 60 }),
      fc.array(fc.nat(), { maxLength: 60 }),
      (limit, workers, counts, picks) => {
        const shares = new ListingShares(limit, workers);
        const flight: { share: number; count: number }[] = [];
        let listed = 0;
        let queue = 0;
        let p = 0;
        while (queue < counts.length || flight.length > 0) {
          // Fill the workers, then one of the files in flight (any of them) comes back.
          while (flight.length < workers && queue < counts.length) flight.push({ share: shares.take(), count: counts[queue++] });
          const [done] = flight.splice((picks[p++] ?? 0) % flight.length, 1);
          expect(done.share).toBeLessThanOrEqual(LISTED_FINDINGS_LIMIT);
          const n = Math.min(done.share, done.count);
          listed += n;
          shares.settle(done.share, listing(n));
        }
        expect(listed).toBeLessThanOrEqual(limit);
      },
    ),
    { seed: 4401, numRuns: 300 },
  );
});

test('while the run has room, ordinary files beside large ones list every finding', () => {
  // Eight workers, four hostile files (each would list 400,000) among forty ordinary ones (a real
  // workbook of 2,000 tables has ~4,700 findings), results back in hand-out order: the hostile files
  // take at most a worker's part each, so every ordinary file still gets a share larger than its findings.
  const shares = new ListingShares(RUN_LISTED_FINDINGS_LIMIT, 8);
  const counts = Array.from({ length: 44 }, (_, i) => (i % 11 === 0 ? 400_000 : 4_700));
  const flight: { share: number; count: number }[] = [];
  let next = 0;
  let listed = 0;
  while (next < counts.length || flight.length > 0) {
    while (flight.length < 8 && next < counts.length) flight.push({ share: shares.take(), count: counts[next++] });
    const done = flight.shift() as { share: number; count: number };
    if (done.count < 400_000) expect(done.share).toBeGreaterThanOrEqual(done.count);
    const n = Math.min(done.share, done.count);
    listed += n;
    shares.settle(done.share, listing(n));
  }
  expect(listed).toBeLessThanOrEqual(RUN_LISTED_FINDINGS_LIMIT);
  expect(listed).toBeGreaterThan(40 * 4_700);
});

test('past the run limit a file lists its share, says so, and the summary counts every finding', async () => {
  const dir = tempDir('run-listing');
  const files = ['a.xlsx', 'b.xlsx', 'c.xlsx'].map((name) => {
    const path = join(dir, name);
    copyFileSync(SAMPLE, path);
    return path;
  });
  // Under jest the pool checks in this thread (one worker's part: all that is left).
  const results = await checkFiles(files, {}, { jobs: 2, locale: 'zh-CN', runListLimit: 20 });
  const listed = results.map((r) => r.findings.reduce((n, [, f]) => n + f.length, 0));
  expect(listed).toEqual([17, 3, 0]);
  expect(results.map((r) => r.report.listLimit)).toEqual([undefined, 3, 0]);
  expect(results.map((r) => r.unlisted)).toEqual([undefined, 14, 17]);
  const doc = buildReport(results.map((r) => r.report));
  expect(doc.summary.errors + doc.summary.warnings + doc.summary.infos).toBe(3 * 17);
  const text = formatText(doc, { color: false, locale: 'zh-CN' });
  expect(text).toContain(`本次检查的所有文件合计最多列出 ${RUN_LISTED_FINDINGS_LIMIT.toLocaleString('en-US')} 个问题，这个文件只能列出 3 个。`);
  const english = formatText(doc, { color: false, locale: 'en-US' });
  expect(english).toContain('which left this file 0.');
}, 60_000);
