/**
 * Round 11: a pattern's work is bounded by the folders it can reach, not by the ways it can reach
 * them. With several `**` segments a folder deep in a tree was reached once per way of sharing its
 * depth among them, and searched again each time: 25 nested folders and five `**` took 15 s, each
 * further `**` or level several times more. A pattern ending in `**` and `*` searched every
 * folder's whole tree again from each folder above it. Counted as directory reads, no clock.
 */
import { readdir } from 'node:fs/promises';
import type * as FsPromises from 'node:fs/promises';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandInputs } from '../../src/cli/expand';

jest.mock('node:fs/promises', () => {
  const actual = jest.requireActual<typeof FsPromises>('node:fs/promises');
  return { ...actual, readdir: jest.fn(actual.readdir) };
});
const reads = readdir as unknown as jest.Mock;

const root = mkdtempSync(join(tmpdir(), 'perf-target-expand-work-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A chain of `depth` nested folders under `name`, with a workbook at the bottom and one halfway. */
function chain(name: string, depth: number): { base: string; files: string[] } {
  let dir = join(root, name);
  const files: string[] = [];
  for (let i = 1; i <= depth; i++) {
    dir = join(dir, `d${i}`);
    mkdirSync(dir, { recursive: true });
    if (i === Math.floor(depth / 2) || i === depth) {
      writeFileSync(join(dir, `f${i}.xlsx`), '');
      files.push(join(dir, `f${i}.xlsx`));
    }
  }
  return { base: join(root, name), files };
}

async function readsFor(pattern: string): Promise<{ reads: number; files: string[] }> {
  reads.mockClear();
  const files = (await expandInputs([pattern], 'zh-CN')).map((e) => e.error ?? e.file);
  return { reads: reads.mock.calls.length, files };
}

test.each(['**/*.xlsx', '**/*/**/*.xlsx', '**/*/**/*/**/*/**/*.xlsx', '**/*', '*/**/*/**'])('pattern %s: each folder read a bounded number of times, the same files found', async (pattern) => {
  const segments = pattern.split('/');
  const name = `p${segments.length}-${segments.filter((x) => x === '*').length}`;
  const { base, files } = chain(name, 30);
  const { reads, files: found } = await readsFor(join(base, ...segments));
  // Every file at least as deep as the pattern's fixed segments, once each.
  const fixed = segments.filter((s) => s !== '**').length;
  expect([...found].sort()).toEqual(files.filter((f) => f.slice(base.length).split(/[\\/]/).length - 1 >= fixed).sort());
  // 31 folders: at most one read per folder and segment of the pattern, plus one search each.
  expect(reads).toBeLessThanOrEqual(31 * (segments.length + 1));
});
