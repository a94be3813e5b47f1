/**
 * The same real table in other clothes (issue #11; test/eval/meta45.ts): every tune sheet of the
 * real corpus with a project table, rewritten as other systems and clerks lay it out and read back
 * through an .xlsx, keeps its tables (as many, with as many indicators, times the copies) and its
 * errors and warnings, moved with their cells. The rewritten tables are ours (real content, our
 * layouts): consistency, not accuracy. The holdout part is never read.
 *
 * Pinned: every transformation, every sheet located and equal, and some sheet changed. None is excluded: a rewrite that
 * would change what a sheet means is written not to (amounts in 元 leave a sheet alone that names
 * no unit or reads its amounts from a sentence; a 一级's score is what its rows' 权重 add up to;
 * a 一级 is left blank only under the same project and 一级).
 */
import type { GridInit } from '../../src/core/engine/grid';
import { tally, TRANSFORMATIONS, tuneSheets } from './meta45';

describe('the tune tables in other clothes', () => {
  let sheets: { id: string; init: GridInit }[] = [];
  beforeAll(async () => {
    sheets = await tuneSheets();
  });
  it('holds the tune sheets', () => {
    expect(sheets.length).toBeGreaterThanOrEqual(37);
  });
  it.each(Object.keys(TRANSFORMATIONS))('%s: every table located, every finding the same', async (name) => {
    const t = await tally(name, sheets);
    const differ = t.outcomes.filter((o) => !o.located || !o.equal).map((o) => `${o.id}: ${o.note} lost ${o.figures.lost.join(' ')} gained ${o.figures.gained.join(' ')}`);
    expect(differ).toEqual([]);
    expect({ located: t.located, equal: t.equal }).toEqual({ located: t.sheets, equal: t.sheets });
    // A rewrite that changes no sheet proves nothing. The transcriptions write brackets and colons
    // half-width already, so making them half-width changes none (its full-width twin does).
    if (name !== 'labels: half-width brackets and colons') expect(t.changed).toBeGreaterThan(0);
  });
});
