/**
 * Hostile legacy files: a compound file whose chains loop or point outside it, a FAT claiming 2³²
 * sectors, a directory tree with a cycle, an SST claiming 10⁹ strings, a CONTINUE chain of 10⁶
 * records, cells beyond Excel's grid, MERGEDCELLS of 10⁶ ranges, a page of 10⁶ nested tags, a
 * colspan of 10⁹. Each is bounded (work counted, never timed) and refused, when it is refused,
 * with one Chinese line naming the file and the reason. Files are generated here, never committed.
 */
import { readWorkbookDetailed } from '../../../src/hosts/file/read';
import { readHtml, type HtmlWork } from '../../../src/hosts/file/html-read';
import * as xlsRead from '../../../src/hosts/file/xls-read';
import * as xlsxRead from '../../../src/hosts/file/xlsx-read';
import { readSst, readXls } from '../../../src/hosts/file/xls-read';
import { READ_LIMITS } from '../../../src/hosts/file/limits';
import { append, cells, compoundFile, record, sstRecords, u16, u32, workbookStream, xlsFile } from '../../helpers/xls-build';
import { readFailure } from '../../helpers/read-failure';

const failure = readFailure;

const setU32 = (b: Uint8Array, at: number, v: number): void => {
  b.set(u32(v), at);
};
/** A file whose Workbook stream is over 4,096 bytes (in the FAT, not the mini stream). */
function bigXls(): Uint8Array {
  const rows: number[] = [];
  for (let r = 0; r < 300; r++) rows.push(...cells.label(r, 0, `第${r}行`));
  return xlsFile([], [{ name: 'A', records: rows }]);
}
/** Offset of FAT entry `i` (the FAT's first sector from the header's DIFAT). */
function fatEntry(b: Uint8Array, i: number): number {
  const fatSector = new DataView(b.buffer, b.byteOffset).getUint32(0x4c, true);
  return (fatSector + 1) * 512 + i * 4;
}

describe('compound files that lie about themselves', () => {
  test('the builder makes a file that reads (the cases below break only what they say)', () => {
    expect(readWorkbookDetailed(bigXls(), 'a.xls').grids[0].values).toHaveLength(300);
  });

  test('a sector chain that loops', () => {
    const b = bigXls();
    setU32(b, fatEntry(b, 3), 1); // sector 3 → 1 → 2 → 3 …
    const err = failure(b, '某单位.xls');
    expect(err.code).toBe('corrupt');
    expect(err.message).toBe('无法读取“某单位.xls”：这个 .xls 文件已损坏（扇区链循环），请重新保存或重新获取该文件。');
  });

  test('a sector chain that points outside the file', () => {
    const b = bigXls();
    setU32(b, fatEntry(b, 2), 0x7ffffff0);
    expect(failure(b, '某单位.xls').message).toContain('扇区链指向文件之外');
  });

  test('a FAT claiming 2³² sectors', () => {
    const b = bigXls();
    setU32(b, 0x2c, 0xffffffff);
    expect(failure(b, '某单位.xls').message).toContain('分配表（FAT）声称的扇区数超过文件本身');
  });

  test('a stream claiming to be longer than the file', () => {
    const b = bigXls();
    // The directory's first stream entry (Workbook): its size.
    const dirSector = new DataView(b.buffer).getUint32(0x30, true);
    setU32(b, (dirSector + 1) * 512 + 128 + 0x78, 0xfffffff0);
    expect(failure(b, '某单位.xls').message).toContain('数据流声称的长度超过文件本身');
  });

  test('a directory tree with a cycle', () => {
    const b = compoundFile([
      { name: 'Other', data: new Uint8Array(10) },
      { name: 'Workbook', data: new Uint8Array(10) },
    ]);
    const dirSector = new DataView(b.buffer).getUint32(0x30, true);
    // Entry 2's right sibling: entry 1 (whose right sibling is entry 2).
    setU32(b, (dirSector + 1) * 512 + 2 * 128 + 0x48, 1);
    expect(failure(b, '某单位.xls').message).toContain('目录树有环');
  });

  test('a mini stream chain that loops', () => {
    const b = xlsFile([], [{ name: 'A', records: cells.label(0, 0, 'x') }]);
    const mf = new DataView(b.buffer).getUint32(0x3c, true);
    setU32(b, (mf + 1) * 512, 0); // mini sector 0 → 0
    expect(failure(b, '某单位.xls').message).toContain('小扇区链循环');
  });

  test('a file cut short, and bytes that are no compound file past the magic', () => {
    const b = bigXls();
    // The FAT (the builder's last sector) cut off.
    const cut = failure(b.subarray(0, b.length - 512), '某单位.xls');
    expect(cut.code).toBe('corrupt');
    expect(cut.message).toContain('分配表扇区在文件之外');
    const junk = new Uint8Array(4096).fill(0xab);
    junk.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    // Without a Workbook or Book name the compound file is taken for an encrypted package, as before.
    expect(failure(junk, '某单位.xls').code).toBe('encrypted');
  });
});

describe('BIFF8 records that lie about themselves', () => {
  test('an SST claiming 10⁹ strings reads the strings it holds, allocating nothing for the claim', () => {
    const data = [...u32(1e9), ...u32(1e9), ...u16(1), 0, 0x41];
    expect(readSst([data], READ_LIMITS)).toEqual(['A']);
    const file = xlsFile(sstRecords([data]), [{ name: 'A', records: cells.labelSst(0, 0, 0) }]);
    expect(readWorkbookDetailed(file, 'a.xls').grids[0].values).toEqual([['A']]);
    // A cell naming a string the table does not hold.
    const bad = xlsFile(sstRecords([data]), [{ name: 'A', records: cells.labelSst(0, 0, 5) }]);
    expect(failure(bad, '某单位.xls').message).toContain('共享字符串编号超出范围');
  });

  test('a CONTINUE chain of 10⁶ records: work linear in the records', () => {
    const work = (n: number): number => {
      // One string of n characters, one character per CONTINUE record (each restating its flag).
      const parts: number[][] = [[...u32(1), ...u32(1), ...u16(Math.min(n, 32767)), 0]];
      const one = [0, 0x41];
      for (let i = 0; i < n; i++) parts.push(one);
      const file = xlsFile(sstRecords(parts), []);
      return readXls(file, READ_LIMITS).work.records;
    };
    const small = work(100_000);
    const large = work(1_000_000);
    expect(small).toBeGreaterThan(100_000);
    expect(large / small).toBeLessThan(10.5);
  });

  test('a string split in the middle of a wide character is refused, not misread', () => {
    const parts = [
      [...u32(1), ...u32(1), ...u16(2), 1, 0x41],
      [1, 0x00, 0x42, 0x00],
    ];
    expect(() => readSst(parts, READ_LIMITS)).toThrow(/character split|SST/);
  });

  test('a cell beyond Excel\'s columns', () => {
    const file = xlsFile([], [{ name: '表1', records: cells.label(0, 20000, 'x') }]);
    const err = failure(file, '某单位.xls');
    expect(err.code).toBe('excel-limit');
    expect(err.message).toContain('工作表“表1”中有单元格超出 Excel 的 16,384 列');
  });

  test('MERGEDCELLS of 10⁶ ranges: bounded by the sheet\'s merged-rows limit, counted as the areas come', () => {
    // 1,000 records of 1,000 whole-column areas each (10⁶ areas of 65,536 rows).
    const recs: number[] = [...cells.label(0, 0, 'x'), ...cells.label(65535, 255, 'y')];
    const one = record(0x00e5, [...u16(1000), ...Array.from({ length: 1000 }, (_, k) => [...u16(0), ...u16(65535), ...u16(k % 256), ...u16(k % 256)]).flat()]);
    for (let i = 0; i < 1000; i++) append(recs, one);
    const file = xlsFile([], [{ name: '表1', records: recs }]);
    const err = failure(file, '某单位.xls');
    expect(err.code).toBe('sheet-too-large');
    expect(err.message).toContain('合并单元格太多');
  });

  test('BOUNDSHEETs all naming one large sheet: the workbook\'s cell budget holds', () => {
    const recs: number[] = [];
    for (let r = 0; r < 1000; r++) recs.push(...cells.label(r, 0, 'x'));
    const file = xlsFile([], [{ name: 'A', records: recs }]);
    // 20 sheets pointing at the same substream.
    const limits = { ...READ_LIMITS, maxCellsPerWorkbook: 5000 };
    const copy = (() => {
      const wb = xlsFile([], Array.from({ length: 20 }, (_, i) => ({ name: `S${i}`, records: recs })));
      return wb;
    })();
    expect(() => readXls(copy, limits)).toThrow(/workbook-too-large/);
    expect(readXls(file, limits).grids).toHaveLength(1);
  });
});

describe('web pages that lie about themselves', () => {
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

  test('10⁶ nested tags: work linear in the tags', () => {
    const tags = (n: number): number => {
      const work: HtmlWork = { tags: 0, layout: 0 };
      readHtml(utf8(`<table><tr><td>${'<div><span>'.repeat(n)}x</td></tr></table>`), 'a', READ_LIMITS, work);
      return work.tags;
    };
    const small = tags(100_000);
    const large = tags(1_000_000);
    expect(large / small).toBeLessThan(10.5);
  });

  test('a colspan of 10⁹ and a rowspan of 10⁹ are clamped as browsers clamp them (1,000; the table\'s rows)', () => {
    const [g] = readHtml(utf8('<table><tr><td colspan="1000000000" rowspan="1000000000">标题</td><td>x</td></tr><tr><td>y</td></tr></table>'), 'a', READ_LIMITS);
    expect(g.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 999 }]);
    expect(g.values[0][1000]).toBe('x');
    expect(g.values[1][1000]).toBe('y');
  });

  test('wide spans repeated down a page: the layout\'s column steps are counted against the sheet\'s cell limit', () => {
    const limits = { ...READ_LIMITS, maxCellsPerSheet: 10_000 };
    const row = '<tr><td colspan="1000">x</td></tr>';
    expect(() => readHtml(utf8(`<table>${row.repeat(100)}</table>`), 'a', limits)).toThrow(/sheet-cells/);
    const err = failure(utf8(`<html><table>${'<tr><td colspan="1000" rowspan="65534">x</td>'.repeat(2)}${'<tr><td>y</td></tr>'.repeat(30_000)}</table></html>`), '某单位.xls');
    expect(['sheet-too-large', 'excel-limit']).toContain(err.code);
  });

  test('a span past Excel\'s columns is refused naming the file', () => {
    const page = `<html><table><tr>${'<td colspan="1000">x</td>'.repeat(17)}</tr></table></html>`;
    const err = failure(utf8(page), '某单位.xls');
    expect(err.code).toBe('excel-limit');
    expect(err.message).toContain('某单位.xls');
  });

  test('an unquoted attribute, a quote left open, a tag never closed: read, not hung', () => {
    const [g] = readHtml(utf8('<table><tr><td class="a>x</td><td>y</td></tr></table><table'), 'a', READ_LIMITS);
    expect(g.values.flat().filter((v) => v !== null)).toContain('y');
  });

  test('a system export without markers: plain decimal numbers become numbers as Excel opens them, codes with leading zeros stay text', () => {
    const [g] = readHtml(utf8('<table><tr><td>120000</td><td>1,234.50</td><td>0012</td><td>95%</td></tr></table>'), 'a', READ_LIMITS);
    expect(g.values[0]).toEqual([120000, 1234.5, '0012', '95%']);
    expect(g.text?.[0]).toEqual(['120000', '1,234.50', '0012', '95%']);
  });
});

describe('what fuzzing the legacy readers found', () => {
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
  const page = (cell: string): Uint8Array => utf8(`<html><table><tr><td>${cell}</td></tr></table></html>`);

  test('a cell of text then 20,000 <div>: the paragraphs are not found by trimming the cell\'s text again at each (quadratic)', () => {
    let trimmed = 0;
    const trim = String.prototype.trim;
    const spy = jest.spyOn(String.prototype, 'trim').mockImplementation(function (this: string) {
      trimmed += this.length;
      return trim.call(this);
    });
    try {
      const [g] = readHtml(page(`x${'<div>'.repeat(20_000)}y`), 'a', READ_LIMITS);
      expect(g.values[0][0]).toBe(`x${'\n'.repeat(20_000)}y`);
    } finally {
      spy.mockRestore();
    }
    // Characters trimmed: a few per cell, not the cell's text once per tag (2 × 10⁸ before).
    expect(trimmed).toBeLessThan(100_000);
  });

  test('blank lines and no-break spaces in a cell: work linear in the text (the patterns went back over each run of blank lines)', () => {
    const work = (n: number): number => {
      const w: HtmlWork = { tags: 0, layout: 0 };
      const [g] = readHtml(page(`x${'<br>'.repeat(n)}${'&nbsp;'.repeat(n)}y${'&nbsp;<br>'.repeat(n)}`), 'a', READ_LIMITS, w);
      expect(g.values[0][0]).toBe(`x${'\n'.repeat(n)}y`);
      return w.text ?? NaN;
    };
    const small = work(5_000);
    const large = work(10_000);
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(2.1);
    // And a cell past Excel's 32,767 characters is refused naming its sheet (工作表“” before).
    const err = failure(page(`x${'<br>'.repeat(40_000)}y`), '某单位.xls');
    expect(err.code).toBe('excel-limit');
    expect(err.message).toContain('工作表“某单位”中有一个单元格有 40,002 个字符');
  });

  test('a style sheet without braces: one scan (the rule pattern tried 2,000 characters from each position), class formats still read', () => {
    const work = (n: number): number => {
      const w: HtmlWork = { tags: 0, layout: 0 };
      const html = `<style>${'.x '.repeat(n)}</style><style>td.p, .xl65 {mso-number-format:"0\\.0%";}</style><table><tr><td class="xl65" x:num="0.5">50.0%</td></tr></table>`;
      const [g] = readHtml(utf8(html), 'a', READ_LIMITS, w);
      expect(g.text?.[0][0]).toBe('50.0%');
      expect(g.formats?.[0][0]).toBe('0.0%');
      return w.text ?? NaN;
    };
    const small = work(50_000);
    const large = work(100_000);
    expect(large / small).toBeLessThan(2.1);
    expect(large).toBeLessThan(4 * 300_000);
  });

  test('a page whose <meta> names utf-16 or x-user-defined is read as browsers read it (UTF-8, windows-1252), not two bytes a character', () => {
    for (const cs of ['utf-16', 'UTF-16LE', 'unicode']) {
      const [g] = readHtml(utf8(`<html><head><meta charset="${cs}"></head><table><tr><td>项目名称</td></tr></table></html>`), 'a', READ_LIMITS);
      expect(g.values[0][0]).toBe('项目名称');
    }
    const [g] = readHtml(Uint8Array.from([...utf8('<meta charset="x-user-defined"><table><tr><td>caf'), 0xe9, ...utf8('</td></tr></table>')]), 'a', READ_LIMITS);
    expect(g.values[0][0]).toBe('café');
  });

  test('BOUNDSHEETs pointing into one substream without an EOF: each byte walked once (each sheet ran to the stream\'s end)', () => {
    const BOF = [0x09, 0x08, 16, 0, ...u16(0x0600), ...u16(0x0010), ...new Array(12).fill(0)];
    const big: number[] = [];
    for (let i = 0; i < 10_000; i++) append(big, BOF);
    const sheets = [{ name: 'A', records: big }, ...Array.from({ length: 199 }, (_, i) => ({ name: `S${i}`, records: cells.label(0, 0, 'x') }))];
    const stream = workbookStream([], sheets);
    const view = new DataView(stream.buffer);
    // The BOUNDSHEETs (after the globals' BOF): each names a BOF inside sheet A's substream.
    let p = 20;
    let first = -1;
    for (let k = 0; k < 200; k++, p += 4 + view.getUint16(p + 2, true)) {
      expect(view.getUint16(p, true)).toBe(0x0085);
      if (k === 0) first = view.getUint32(p + 4, true);
      else view.setUint32(p + 4, first + 20 + k * 20 * 50, true);
    }
    const book = readXls(compoundFile([{ name: 'Workbook', data: stream }]), READ_LIMITS);
    expect(book.grids).toHaveLength(200);
    // Records in the stream: about 10,000 of sheet A and 600 of the others (2 × 10⁶ walked before).
    expect(book.work.records).toBeLessThan(2 * (stream.length / 20) + 1000);
  });

  test('two worksheets at one offset are refused as damaged, in Chinese', () => {
    const stream = workbookStream([], [{ name: 'A', records: cells.label(0, 0, 'x') }, { name: 'B', records: cells.label(0, 0, 'y') }]);
    const view = new DataView(stream.buffer);
    const second = 20 + 4 + view.getUint16(22, true);
    view.setUint32(second + 4, view.getUint32(24, true), true);
    const err = failure(compoundFile([{ name: 'Workbook', data: stream }]), '某单位.xls');
    expect(err.code).toBe('corrupt');
    expect(err.message).toBe('无法读取“某单位.xls”：这个 .xls 文件已损坏（两个工作表指向同一段数据），请重新保存或重新获取该文件。');
  });

  test('a reason the reasons table does not know is said in general words, never in the reader\'s English', () => {
    const spy = jest.spyOn(xlsRead, 'readXls').mockImplementation(() => {
      throw new xlsRead.XlsError('corrupt', 'constructor');
    });
    try {
      const err = failure(xlsFile([], [{ name: 'A', records: cells.label(0, 0, 'x') }]), '某单位.xls');
      expect(err.message).toBe('无法读取“某单位.xls”：这个 .xls 文件已损坏（文件结构无效），请重新保存或重新获取该文件。');
    } finally {
      spy.mockRestore();
    }
  });

  test('a reader\'s own failure (a defect, a case no check foresaw) is one Chinese line, not the exception\'s English', () => {
    const boom = (): never => {
      throw new TypeError("Cannot read properties of undefined (reading 'rows')");
    };
    const spies = [jest.spyOn(xlsRead, 'readXls').mockImplementation(boom), jest.spyOn(xlsxRead, 'readXlsx').mockImplementation(boom)];
    try {
      for (const bytes of [xlsFile([], [{ name: 'A', records: cells.label(0, 0, 'x') }]), new Uint8Array([0x50, 0x4b, 3, 4, ...new Array(100).fill(0)])]) {
        const err = failure(bytes, '某单位.xls');
        expect(err.code).toBe('unknown');
        expect(err.message).toBe('无法读取“某单位.xls”：读取这个文件时出现意外错误，文件可能已损坏。请重新保存或重新获取该文件后再检查；仍然出错时请把文件交给维护人员。');
        expect((err.cause as Error).message).toContain('Cannot read properties');
      }
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });
});
