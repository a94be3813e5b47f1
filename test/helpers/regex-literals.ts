/**
 * The regular expressions written in the sources, found with TypeScript's parser: each literal
 * (`/…/flags`, as a RegExp), and each `new RegExp(…)` / `RegExp(…)` call (its code only: what it
 * builds is known when the module runs, so a test names the built pattern itself). One collector
 * for the audits of test/core/regex-audit.test.ts (back-tracking) and test/core/redos.test.ts
 * (the ReDoS analyser).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = join(__dirname, '..', '..');

/** A literal: where (`core/engine/money.ts:12`, from src/) and the pattern. */
export interface FoundLiteral {
  where: string;
  re: RegExp;
}

/** A `new RegExp(…)` call: the file (from src/) and the call's code. */
export interface FoundBuilt {
  file: string;
  line: number;
  code: string;
}

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...sources(join(dir, e.name)));
    else if (/\.(?:tsx?|js)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(join(dir, e.name));
  }
  return out;
}

function walk(dirs: readonly string[], visit: (n: ts.Node, src: ts.SourceFile, file: string) => void): void {
  for (const file of dirs.flatMap(sources)) {
    const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const go = (n: ts.Node): void => {
      visit(n, src, file);
      ts.forEachChild(n, go);
    };
    go(src);
  }
}

const lineOf = (src: ts.SourceFile, n: ts.Node): number => src.getLineAndCharacterOfPosition(n.getStart(src)).line + 1;

/** Every regular expression literal under `dirs` (absolute paths). */
export function regexLiterals(dirs: readonly string[]): FoundLiteral[] {
  const out: FoundLiteral[] = [];
  walk(dirs, (n, src, file) => {
    if (n.kind !== ts.SyntaxKind.RegularExpressionLiteral) return;
    const text = n.getText(src);
    const end = text.lastIndexOf('/');
    out.push({ where: `${relative(join(ROOT, 'src'), file)}:${lineOf(src, n)}`, re: new RegExp(text.slice(1, end), text.slice(end + 1)) });
  });
  return out;
}

/** Every `new RegExp(…)` and `RegExp(…)` call under `dirs` (absolute paths). */
export function regexConstructions(dirs: readonly string[]): FoundBuilt[] {
  const out: FoundBuilt[] = [];
  walk(dirs, (n, src, file) => {
    if (!ts.isNewExpression(n) && !ts.isCallExpression(n)) return;
    if (!ts.isIdentifier(n.expression) || n.expression.text !== 'RegExp') return;
    out.push({ file: relative(join(ROOT, 'src'), file), line: lineOf(src, n), code: n.getText(src) });
  });
  return out;
}
