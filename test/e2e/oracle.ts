/**
 * What the page should show for a workbook, worked out in Node along another road: the file is
 * read by the command line's reader (src/hosts/file, ExcelJS directly) instead of the stand-in and
 * ExcelHost, and checked by the engine. The browser must agree with it finding for finding.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseA1, toA1, type Rect } from '../../src/core/engine/grid';
import { allFindings, checkSheet } from '../../src/core/engine';
import type { Finding, Severity } from '../../src/core/model';
import { readWorkbookBytes } from '../../src/hosts/file/read';

export interface Expected {
  findings: Finding[];
  counts: Record<Severity, number>;
  /** Drawn cell -> the severity its mark shows. */
  marks: Record<string, Severity>;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * The cells the grid shows as marked: every cell of a finding's address, except cells hidden inside
 * a merged area (a merged cell shows its top-left cell's formats), with the worst severity there.
 */
export function expectedMarks(findings: readonly Finding[], merges: readonly Rect[]): Record<string, Severity> {
  const hidden = (row: number, col: number) =>
    merges.some((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right && (row !== m.top || col !== m.left));
  const marks: Record<string, Severity> = {};
  for (const f of findings) {
    const rect = parseA1(f.cell);
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let col = rect.left; col <= rect.right; col++) {
        if (hidden(row, col)) continue;
        const address = toA1(row, col);
        const current = marks[address];
        if (current === undefined || RANK[f.severity] < RANK[current]) marks[address] = f.severity;
      }
    }
  }
  return marks;
}

/** The findings and marks of one sheet of a workbook file. */
export async function expectedFor(path: string, sheet: string): Promise<Expected> {
  const grids = await readWorkbookBytes(new Uint8Array(await readFile(path)), basename(path));
  const grid = grids.find((g) => g.name === sheet);
  if (!grid) throw new Error(`No sheet ${sheet} in ${path}`);
  const findings = allFindings(checkSheet(grid));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { findings, counts, marks: expectedMarks(findings, grid.merges ?? []) };
}
