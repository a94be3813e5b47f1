/**
 * Compares the lean reader's grids with the ExcelJS reader's, cell by cell: values, displayed
 * text, formats, the snapshot's origin and extent, and merged areas (ExcelJS's clipped to its
 * snapshot, as the lean reader clips them), hidden rows and columns. One documented exception: in a date-formatted cell
 * ExcelJS turns a formula's text, error or boolean result into NaN or a number, and an unreadable
 * number into NaN; the lean reader keeps the real result, or no value. Those cells are left out of
 * the comparison and the extents are not compared. Returns the differences (empty when the grids
 * agree).
 */
import type { CellValue, GridInit, Rect } from '../../src/core/engine/grid';

interface Cell {
  value: CellValue;
  text: string | null | undefined;
  format: string | null | undefined;
}

function cells(g: GridInit): Map<string, Cell> {
  const out = new Map<string, Cell>();
  const o = g.origin ?? { row: 0, col: 0 };
  g.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      out.set(`${o.row + r},${o.col + c}`, { value: v, text: g.text?.[r]?.[c], format: g.formats?.[r]?.[c] ?? null });
    }),
  );
  return out;
}

function extent(g: GridInit): Rect | undefined {
  if (g.values.length === 0) return undefined;
  const o = g.origin ?? { row: 0, col: 0 };
  let w = 0;
  for (const r of g.values) if (r.length > w) w = r.length;
  return { top: o.row, left: o.col, bottom: o.row + g.values.length - 1, right: o.col + w - 1 };
}

function clipped(merges: Rect[] | undefined, box: Rect | undefined): Rect[] {
  if (!box) return [];
  const out: Rect[] = [];
  for (const m of merges ?? []) {
    const c = { top: Math.max(m.top, box.top), left: Math.max(m.left, box.left), bottom: Math.min(m.bottom, box.bottom), right: Math.min(m.right, box.right) };
    if (c.top <= c.bottom && c.left <= c.right) out.push(c);
  }
  return out;
}

/** ExcelJS's utils.isDateFmt. */
function isDateFormat(fmt: string | null | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

export function gridDifferences(lean: GridInit[], exceljs: GridInit[], limit = 10): string[] {
  const diffs: string[] = [];
  const say = (s: string) => {
    if (diffs.length < limit) diffs.push(s);
  };
  if (lean.length !== exceljs.length) say(`sheets: lean ${lean.length}, ExcelJS ${exceljs.length}`);
  for (let i = 0; i < Math.min(lean.length, exceljs.length); i++) {
    const a = lean[i];
    const b = exceljs[i];
    if (a.name !== b.name) say(`sheet ${i}: name ${JSON.stringify(a.name)} vs ${JSON.stringify(b.name)}`);
    const ca = cells(a);
    const cb = cells(b);
    let quirk = false;
    for (const [k, v] of cb) {
      const w = ca.get(k);
      const dateQuirk = isDateFormat(v.format) && w !== undefined && typeof w.value !== 'number' && typeof v.value === 'number';
      if ((typeof v.value === 'number' && Number.isNaN(v.value)) || dateQuirk) {
        quirk = true;
        cb.delete(k);
        ca.delete(k);
      }
    }
    for (const [k, v] of cb) {
      const w = ca.get(k);
      if (!w) say(`${a.name} ${k}: lean has no value, ExcelJS ${JSON.stringify(v)}`);
      else if (!Object.is(w.value, v.value) || w.text !== v.text || (w.format ?? null) !== (v.format ?? null)) {
        say(`${a.name} ${k}: lean ${JSON.stringify(w)} vs ExcelJS ${JSON.stringify(v)}`);
      }
    }
    for (const [k, w] of ca) if (!cb.has(k)) say(`${a.name} ${k}: ExcelJS has no value, lean ${JSON.stringify(w)}`);
    if (quirk) continue;
    const ea = extent(a);
    const eb = extent(b);
    if (JSON.stringify(ea) !== JSON.stringify(eb)) say(`${a.name}: extent lean ${JSON.stringify(ea)} vs ExcelJS ${JSON.stringify(eb)}`);
    // Row lengths (ragged rows) are part of the snapshot too.
    const la = a.values.map((r) => r.length).join(',');
    const lb = b.values.map((r) => r.length).join(',');
    if (la !== lb) say(`${a.name}: row lengths differ`);
    const ma = JSON.stringify(a.merges ?? []);
    const mb = JSON.stringify(clipped(b.merges, eb));
    if (ma !== mb) say(`${a.name}: merges lean ${ma.slice(0, 200)} vs ExcelJS ${mb.slice(0, 200)}`);
    // Hidden rows and columns inside the snapshot.
    const ha = JSON.stringify(a.hidden ?? null);
    const hb = JSON.stringify(b.hidden ?? null);
    if (ha !== hb) say(`${a.name}: hidden lean ${ha.slice(0, 200)} vs ExcelJS ${hb.slice(0, 200)}`);
  }
  return diffs;
}
