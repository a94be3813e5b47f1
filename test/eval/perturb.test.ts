/**
 * The real corpus's tune tables, rewritten as another unit's copy might be (test/eval/perturb.ts),
 * keep their errors and warnings, cell for cell. Consistency, not accuracy: the floor is what this
 * release measured (all kept, a few moved onto an inserted blank column beside their label). The copies include
 * a score and a remarks column, the sheet stacked twice, a group row over a two-row header and a
 * second family of label spellings, every merge undone with its text in every cell, each form
 * table rewritten as a list export, page breaks of a converted PDF (a page number line, the header
 * printed again), every column doubled and merged in pairs, each 一级 as a heading row, and the
 * grid moved right of the block above.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readWorkbook } from '../../src/hosts/file/read';
import { compare, PERTURBATIONS } from './perturb';
import { loadRealCorpus, REAL_XLSX, split } from './real-corpus';

describe('the tune tables, rewritten', () => {
  const files = loadRealCorpus().filter((f) => split(f) === 'tune');
  it.each(Object.keys(PERTURBATIONS))('%s: the findings stay', async (name) => {
    let findings = 0;
    let kept = 0;
    let gained = 0;
    for (const f of files) {
      const [init] = await readWorkbook(new Uint8Array(readFileSync(join(REAL_XLSX, `${f.id}.xlsx`))));
      const r = compare(init, PERTURBATIONS[name]);
      findings += r.findings;
      kept += r.kept;
      gained += r.gained.length;
    }
    expect(findings).toBeGreaterThan(100);
    expect(kept / findings).toBeGreaterThanOrEqual(0.99);
    expect(gained).toBeLessThanOrEqual(2);
  });
});
