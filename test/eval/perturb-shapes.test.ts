/**
 * The perturbations of perturb.ts (each table rewritten the way another unit's copy of it might
 * be) over the shapes we wrote rather than the real tune tables: the budget systems' own layouts
 * (test/fixtures/systems) and the other kinds' tables (scripts/kind-shapes.ts). Their findings
 * must stay, cell for cell; a non-project table must stay one. Consistency, not accuracy.
 *
 * Left out, with the reason: the header row left out, no 一级 column and 一级 as heading rows (alone
 * or with the merges undone) take
 * away what names a 自评/监控/部门整体 table (its result columns, its 履职效能); the list-export
 * rewrites write a project form's amounts, which the systems' blocks (上级/本级, 转移支付) do not
 * have; unknown header words, a 分值 column and the grid moved right each break a two-group or
 * side-by-side shape in a way no copy does (the rewrite, not the table, is at fault).
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { parseA1, type GridInit } from '../../src/core/engine/grid';
import { KIND_SHAPES } from '../../scripts/kind-shapes';
import { textRows } from '../helpers/text-grid';
import { compare, PERTURBATIONS } from './perturb';

const LEFT_OUT = new Set([
  'the grid’s header row left out',
  'no 一级 column',
  'each 一级 a heading row, no 一级 column',
  'each 一级 a heading row, every merge undone, its text in every cell',
  'a form as a list export',
  'a form as a list export, values split',
  'grid headers in unknown words (绩效指标, 预期目标)',
  'a 分值 column adding up to 100',
  'the grid two columns right of the block above',
]);

const SYSTEMS = join(__dirname, '..', 'fixtures', 'systems');
const MERGE_RE = /^M [A-Z]+\d+:[A-Z]+\d+$/;

function shapes(): { id: string; init: GridInit }[] {
  const out: { id: string; init: GridInit }[] = [];
  for (const f of readdirSync(SYSTEMS).filter((n) => n.endsWith('.txt'))) {
    const lines = readFileSync(join(SYSTEMS, f), 'utf8').split('\n').filter((l) => !l.startsWith('#') && l !== '');
    out.push({ id: f, init: { name: 'S', values: textRows(lines.filter((l) => !MERGE_RE.test(l))), merges: lines.filter((l) => MERGE_RE.test(l)).map((l) => parseA1(l.slice(2))) } });
  }
  for (const s of KIND_SHAPES) out.push({ id: `kind-shapes ${s.name}`, init: { name: s.sheet ?? 'Sheet1', values: textRows(s.lines), merges: (s.merges ?? []).map((m) => parseA1(m)) } });
  return out;
}

describe('the systems’ layouts and the other kinds’ tables, rewritten', () => {
  const all = shapes();
  it('holds the shapes', () => {
    expect(all.length).toBeGreaterThan(60);
  });
  it.each(Object.keys(PERTURBATIONS).filter((n) => !LEFT_OUT.has(n)))('%s: every finding stays, none is added', (name) => {
    const changed: string[] = [];
    let findings = 0;
    for (const { id, init } of all) {
      const r = compare(init, PERTURBATIONS[name]);
      findings += r.findings;
      if (r.lost.length > 0 || r.gained.length > 0) changed.push(`${id}: lost ${r.lost.join(', ')}; gained ${r.gained.join(', ')}`);
    }
    expect(findings).toBeGreaterThan(20);
    expect(changed).toEqual([]);
  });
});
