/**
 * Nothing on the checking path loads ExcelJS: the modules the command line's check and its worker
 * threads import, followed statically through every relative import, never name it.
 */
import { readFileSync, existsSync } from 'fs';
import { dirname, join, resolve } from 'path';

const SRC = join(__dirname, '..', '..', '..', 'src');

function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const out: string[] = [];
  // Static imports and re-exports; `import type` is erased at compile time.
  for (const m of code.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)) out.push(m[1] ?? m[2]);
  return out;
}

function resolveTs(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
  return undefined;
}

function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop() as string;
    if (files.has(f)) continue;
    files.add(f);
    for (const spec of importsOf(f)) {
      if (spec.startsWith('.')) {
        const target = resolveTs(f, spec);
        if (target) todo.push(target);
      } else packages.add(spec);
    }
  }
  return { files, packages };
}

test.each(['cli/check-file.ts', 'cli/worker.ts', 'hosts/file/read.ts'])('%s never imports exceljs', (entry) => {
  const { files, packages } = graph(join(SRC, entry));
  expect(files.size).toBeGreaterThan(1);
  expect([...packages].filter((p) => p.includes('exceljs') || p.includes('jszip'))).toEqual([]);
  expect([...files].filter((f) => /hosts\/file\/(exceljs-read|exceljs-patch|write|annotate|template)\.ts$/.test(f))).toEqual([]);
});

test('the ExcelJS reader is still there for the parity test and imports ExcelJS', () => {
  const { packages } = graph(join(SRC, 'hosts/file/exceljs-read.ts'));
  expect(packages.has('exceljs')).toBe(true);
});
