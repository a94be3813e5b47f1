/**
 * Writes snapshots as an Excel 2003 XML Spreadsheet the way Excel's "XML 电子表格 2003" save and
 * the Java templates of budget systems write one: a style per number format, cells a merged area
 * covers left out and the next cell given its `ss:Index`, rows skipped given theirs, line breaks as
 * `&#10;`. Ours (made for the readers' parity tests), not a real system's output.
 */
import type { GridInit } from '../../src/core/engine/grid';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r?\n/g, '&#10;');

export function spreadsheetMl(grids: GridInit[], options: { encoding?: string } = {}): string {
  const formats = new Map<string, string>();
  const styleOf = (format: string | null | undefined): string | undefined => {
    if (!format || format === 'General') return undefined;
    let id = formats.get(format);
    if (id === undefined) formats.set(format, (id = `s${formats.size + 21}`));
    return id;
  };
  const sheets = grids.map((g) => {
    const r0 = g.origin?.row ?? 0;
    const c0 = g.origin?.col ?? 0;
    const covered = new Set<string>();
    const mergeAt = new Map<string, { across: number; down: number }>();
    for (const m of g.merges ?? []) {
      mergeAt.set(`${m.top},${m.left}`, { across: m.right - m.left, down: m.bottom - m.top });
      for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
    }
    const rows = new Map<number, number[]>();
    g.values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && (rows.get(r + r0) ?? rows.set(r + r0, []).get(r + r0)!).push(c + c0)));
    for (const key of mergeAt.keys()) {
      const [r, c] = key.split(',').map(Number);
      const list = rows.get(r) ?? rows.set(r, []).get(r)!;
      if (!list.includes(c)) list.push(c);
    }
    let out = `<Worksheet ss:Name="${escape(g.name)}"><Table>`;
    let lastRow = -1;
    for (const r of [...rows.keys()].sort((a, b) => a - b)) {
      out += r === lastRow + 1 ? '<Row>' : `<Row ss:Index="${r + 1}">`;
      let next = 0;
      for (const c of rows.get(r)!.sort((a, b) => a - b)) {
        if (covered.has(`${r},${c}`)) continue;
        const v = g.values[r - r0]?.[c - c0];
        const format = g.formats?.[r - r0]?.[c - c0];
        const style = styleOf(format);
        const m = mergeAt.get(`${r},${c}`);
        let attrs = c === next ? '' : ` ss:Index="${c + 1}"`;
        if (m?.across) attrs += ` ss:MergeAcross="${m.across}"`;
        if (m?.down) attrs += ` ss:MergeDown="${m.down}"`;
        if (style) attrs += ` ss:StyleID="${style}"`;
        let data = '';
        if (typeof v === 'number') data = `<Data ss:Type="Number">${v}</Data>`;
        else if (typeof v === 'boolean') data = `<Data ss:Type="Boolean">${v ? 1 : 0}</Data>`;
        else if (typeof v === 'string') data = `<Data ss:Type="String">${escape(v)}</Data>`;
        out += `<Cell${attrs}>${data}</Cell>`;
        next = c + (m?.across ?? 0) + 1;
      }
      out += '</Row>';
      lastRow = r;
    }
    return `${out}</Table></Worksheet>`;
  });
  const styles = [...formats].map(([format, id]) => `<Style ss:ID="${id}"><NumberFormat ss:Format="${escape(format)}"/></Style>`).join('');
  return `<?xml version="1.0" encoding="${options.encoding ?? 'UTF-8'}"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40"><Styles><Style ss:ID="Default" ss:Name="Normal"/>${styles}</Styles>${sheets.join('')}</Workbook>`;
}
