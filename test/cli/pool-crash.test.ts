/**
 * The worker pool (src/cli/pool.ts) with a worker that runs out of heap, throws or exits on
 * chosen files: each bad file gets one line, every other file its result, in the order given.
 */
import { join } from 'node:path';
import { checkFiles, workerCount } from '../../src/cli/pool';

const FAKE = join(__dirname, 'fixtures', 'fake-worker.js');

test('a file that blows up its worker costs only its own result', async () => {
  const files = ['a.xlsx', 'oom.xlsx', 'b.xlsx', 'throw.xlsx', 'c.xlsx', 'exit.xlsx', 'd.xlsx', 'e.xlsx'];
  const progress: number[] = [];
  const crashed: string[] = [];
  const results = await checkFiles(files, {}, {
    jobs: 2,
    locale: 'zh-CN',
    workerFile: FAKE,
    heapMb: 32,
    onProgress: (done, total) => {
      expect(total).toBe(files.length);
      progress.push(done);
    },
    onCrash: (file) => crashed.push(file),
  });
  expect(results.map((r) => r.report.file)).toEqual(files);
  const errors = results.map((r) => r.report.error ?? null);
  expect(errors.filter((e) => e === null)).toHaveLength(5);
  expect(errors[1]).toBe('无法读取“oom.xlsx”：检查该文件时内存耗尽（文件过大或内容异常），已跳过。可在 Excel 中打开后另存一份再检查。');
  expect(errors[3]).toContain('无法读取“throw.xlsx”：检查该文件时程序出错');
  expect(errors[5]).toContain('无法读取“exit.xlsx”：检查该文件时程序出错');
  for (const e of errors) if (e) expect(e.split('\n')).toHaveLength(1);
  expect(crashed.sort()).toEqual(['exit.xlsx', 'oom.xlsx', 'throw.xlsx']);
  expect(progress).toEqual(files.map((_, i) => i + 1));
}, 60_000);

test('the lines of a crashed worker follow --lang', async () => {
  const [r] = await checkFiles(['throw.xlsx', 'ok.xlsx'], {}, { jobs: 1, locale: 'en-US', workerFile: FAKE, heapMb: 32 });
  expect(r.report.error).toBe('Cannot read "throw.xlsx": the check failed on this file and it was skipped. Run again with --debug for details.');
}, 60_000);

test('a worker that cannot start fails each file once, never loops', async () => {
  const results = await checkFiles(['a.xlsx', 'b.xlsx', 'c.xlsx'], {}, { jobs: 2, locale: 'zh-CN', workerFile: join(__dirname, 'fixtures', 'broken-worker.js'), heapMb: 32 });
  expect(results.map((r) => r.report.error?.slice(0, 13))).toEqual(['无法读取“a.xlsx”：', '无法读取“b.xlsx”：', '无法读取“c.xlsx”：']);
}, 60_000);

test('workers: at most one per job and per file, fewer for little input', () => {
  const old = process.env.PERF_TARGET_PARALLEL_BYTES;
  try {
    delete process.env.PERF_TARGET_PARALLEL_BYTES;
    expect(workerCount(['missing-1.xlsx', 'missing-2.xlsx', 'missing-3.xlsx'], 4)).toBe(1); // no bytes: one worker
    process.env.PERF_TARGET_PARALLEL_BYTES = '0';
    expect(workerCount(['1', '2', '3'], 2)).toBe(2);
    expect(workerCount(['1', '2', '3'], 8)).toBe(3);
    expect(workerCount([], 8)).toBe(0);
  } finally {
    if (old === undefined) delete process.env.PERF_TARGET_PARALLEL_BYTES;
    else process.env.PERF_TARGET_PARALLEL_BYTES = old;
  }
});
