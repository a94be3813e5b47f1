/**
 * Builds legacy .xls files in tests: an OLE compound file (version 3, 512-byte sectors, a mini
 * stream for streams under 4,096 bytes) around BIFF8 records, so that tests can state exactly the
 * records a case needs, and break the container in the ways a hostile file would.
 */

export function u16(n: number): number[] {
  return [n & 0xff, (n >> 8) & 0xff];
}
export function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}
export function f64(n: number): number[] {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, n, true);
  return [...new Uint8Array(b.buffer)];
}

export function record(type: number, data: number[] | Uint8Array): number[] {
  return [...u16(type), ...u16(data.length), ...data];
}

/** XLUnicodeString: 16-bit count, flags (high byte when any character needs it), characters. */
export function xlString(s: string, short = false): number[] {
  const wide = [...s].some((c) => c.charCodeAt(0) > 0xff);
  const out = short ? [s.length, wide ? 1 : 0] : [...u16(s.length), wide ? 1 : 0];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (wide) out.push(c & 0xff, c >> 8);
    else out.push(c);
  }
  return out;
}

export const BOF_GLOBALS = record(0x0809, [...u16(0x0600), ...u16(0x0005), ...u16(0), ...u16(0), ...u32(0), ...u32(0)]);
export const BOF_SHEET = record(0x0809, [...u16(0x0600), ...u16(0x0010), ...u16(0), ...u16(0), ...u32(0), ...u32(0)]);
export const EOF = record(0x000a, []);

export interface SheetSpec {
  name: string;
  /** The sheet's records between its BOF and EOF. */
  records: number[];
  hidden?: boolean;
}

/**
 * A workbook stream: globals (the records given, then a BOUNDSHEET per sheet) and the sheets'
 * substreams, each BOUNDSHEET pointing at its sheet's BOF.
 */
export function workbookStream(globals: number[], sheets: SheetSpec[]): Uint8Array {
  const bounds = sheets.map((s) => record(0x0085, [...u32(0), s.hidden ? 1 : 0, 0, ...xlString(s.name, true)]));
  const globalsLength = BOF_GLOBALS.length + globals.length + bounds.reduce((n, b) => n + b.length, 0) + EOF.length;
  let at = globalsLength;
  sheets.forEach((s, i) => {
    const pos = u32(at);
    for (let k = 0; k < 4; k++) bounds[i][4 + k] = pos[k];
    at += BOF_SHEET.length + s.records.length + EOF.length;
  });
  // Copied with set(), never spread: tests build streams of millions of bytes.
  const out = new Uint8Array(at);
  let p = 0;
  const put = (a: number[]): void => {
    out.set(a, p);
    p += a.length;
  };
  put(BOF_GLOBALS);
  put(globals);
  for (const b of bounds) put(b);
  put(EOF);
  for (const s of sheets) {
    put(BOF_SHEET);
    put(s.records);
    put(EOF);
  }
  return out;
}

/** An SST record with its CONTINUE records: `parts` are the records' data, already split. */
export function sstRecords(parts: number[][]): number[] {
  const out: number[] = [];
  parts.forEach((data, i) => {
    const type = i === 0 ? 0x00fc : 0x003c;
    out.push(type & 0xff, type >> 8, data.length & 0xff, data.length >> 8);
    for (let k = 0; k < data.length; k++) out.push(data[k]);
  });
  return out;
}

/** Appends `items` to `out` without spreading (large arrays). */
export function append(out: number[], items: number[]): void {
  for (let k = 0; k < items.length; k++) out.push(items[k]);
}

const END = 0xfffffffe;
const FREE = 0xffffffff;
const FATSECT = 0xfffffffd;

/** A compound file holding the streams given (under the root). */
export function compoundFile(streams: { name: string; data: Uint8Array }[]): Uint8Array {
  // Version 4 (4,096-byte sectors) for streams of megabytes: 109 FAT sectors then hold 446 MB.
  const large = streams.some((s) => s.data.length > 6 * 1024 * 1024);
  const S = large ? 4096 : 512;
  const PER = S / 4;
  const sectors: Uint8Array[] = [];
  const fat: number[] = [];
  const chain = (data: Uint8Array): number => {
    if (data.length === 0) return END;
    const first = sectors.length;
    const n = Math.ceil(data.length / S);
    for (let i = 0; i < n; i++) {
      const sec = new Uint8Array(S);
      sec.set(data.subarray(i * S, Math.min(data.length, (i + 1) * S)));
      sectors.push(sec);
      fat.push(i === n - 1 ? END : first + i + 1);
    }
    return first;
  };
  // Small streams into the mini stream (64-byte mini sectors).
  const mini: number[] = [];
  const miniFat: number[] = [];
  const starts: number[] = [];
  for (const s of streams) {
    if (s.data.length >= 4096) {
      starts.push(-1);
      continue;
    }
    const first = mini.length / 64;
    const n = Math.max(1, Math.ceil(s.data.length / 64));
    for (let i = 0; i < n; i++) {
      for (let k = 0; k < 64; k++) mini.push(s.data[i * 64 + k] ?? 0);
      miniFat.push(i === n - 1 ? END : first + i + 1);
    }
    starts.push(s.data.length === 0 ? END : first);
  }
  for (let i = 0; i < streams.length; i++) if (starts[i] === -1) starts[i] = chain(streams[i].data);
  const miniStart = chain(new Uint8Array(mini));
  const miniFatBytes = new Uint8Array(miniFat.flatMap((x) => u32(x)));
  const miniFatStart = miniFat.length ? chain(miniFatBytes) : END;
  // Directory: root, then the streams as a chain of right siblings.
  const dir = new Uint8Array(128 * (streams.length + 1));
  const entry = (i: number, name: string, type: number, child: number, right: number, start: number, size: number): void => {
    const at = i * 128;
    for (let k = 0; k < name.length; k++) {
      dir[at + k * 2] = name.charCodeAt(k) & 0xff;
      dir[at + k * 2 + 1] = name.charCodeAt(k) >> 8;
    }
    dir.set(u16((name.length + 1) * 2), at + 0x40);
    dir[at + 0x42] = type;
    dir.set(u32(FREE), at + 0x44);
    dir.set(u32(right), at + 0x48);
    dir.set(u32(child), at + 0x4c);
    dir.set(u32(start), at + 0x74);
    dir.set(u32(size), at + 0x78);
  };
  entry(0, 'Root Entry', 5, streams.length ? 1 : FREE, FREE, miniStart, mini.length);
  streams.forEach((s, i) => entry(i + 1, s.name, 2, FREE, i + 2 <= streams.length ? i + 2 : FREE, starts[i], s.data.length));
  const dirStart = chain(dir);
  // FAT sectors at the end (each holds 128 entries, its own marked FATSECT).
  let fatCount = 1;
  while (fatCount * PER < sectors.length + fatCount) fatCount++;
  const fatFirst = sectors.length;
  for (let i = 0; i < fatCount; i++) fat.push(FATSECT);
  while (fat.length < fatCount * PER) fat.push(FREE);
  for (let i = 0; i < fatCount; i++) {
    const sec = new Uint8Array(S);
    const dv = new DataView(sec.buffer);
    for (let k = 0; k < PER; k++) dv.setUint32(k * 4, fat[i * PER + k], true);
    sectors.push(sec);
  }
  if (fatCount > 109) throw new Error('test builder: no DIFAT sectors');
  const header = new Uint8Array(S); // version 4: the 512-byte header, then zeros to the sector's end
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  header.set(u16(0x3e), 0x18);
  header.set(u16(large ? 4 : 3), 0x1a);
  header.set(u16(0xfffe), 0x1c);
  header.set(u16(large ? 12 : 9), 0x1e);
  header.set(u16(6), 0x20);
  header.set(u32(fatCount), 0x2c);
  header.set(u32(dirStart), 0x30);
  header.set(u32(4096), 0x38);
  header.set(u32(miniFatStart), 0x3c);
  header.set(u32(miniFat.length ? Math.ceil(miniFatBytes.length / S) : 0), 0x40);
  if (large) header.set(u32(Math.ceil(dir.length / S)), 0x28);
  header.set(u32(END), 0x44);
  for (let i = 0; i < 109; i++) header.set(u32(i < fatCount ? fatFirst + i : FREE), 0x4c + i * 4);
  const out = new Uint8Array(S * (sectors.length + 1));
  out.set(header);
  sectors.forEach((sec, i) => out.set(sec, S * (i + 1)));
  return out;
}

/** An .xls of the given sheets (globals: extra records such as FORMAT, XF, SST, DATEMODE). */
export function xlsFile(globals: number[], sheets: SheetSpec[], streamName = 'Workbook'): Uint8Array {
  return compoundFile([{ name: streamName, data: workbookStream(globals, sheets) }]);
}

/** Cell records. */
export const cells = {
  number: (row: number, col: number, n: number, xf = 0): number[] => record(0x0203, [...u16(row), ...u16(col), ...u16(xf), ...f64(n)]),
  label: (row: number, col: number, s: string, xf = 0): number[] => record(0x0204, [...u16(row), ...u16(col), ...u16(xf), ...xlString(s)]),
  labelSst: (row: number, col: number, i: number, xf = 0): number[] => record(0x00fd, [...u16(row), ...u16(col), ...u16(xf), ...u32(i)]),
  rk: (row: number, col: number, rk: number, xf = 0): number[] => record(0x027e, [...u16(row), ...u16(col), ...u16(xf), ...u32(rk)]),
  mulrk: (row: number, col: number, rks: number[], xf = 0): number[] =>
    record(0x00bd, [...u16(row), ...u16(col), ...rks.flatMap((r) => [...u16(xf), ...u32(r)]), ...u16(col + rks.length - 1)]),
  boolerr: (row: number, col: number, v: number, isError: boolean): number[] => record(0x0205, [...u16(row), ...u16(col), ...u16(0), v, isError ? 1 : 0]),
  formulaNumber: (row: number, col: number, n: number, xf = 0): number[] => record(0x0006, [...u16(row), ...u16(col), ...u16(xf), ...f64(n), ...u16(0), ...u32(0), ...u16(0)]),
  formulaString: (row: number, col: number, s: string): number[] => [
    ...record(0x0006, [...u16(row), ...u16(col), ...u16(0), 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...u16(0), ...u32(0), ...u16(0)]),
    ...record(0x0207, xlString(s)),
  ],
  merged: (areas: [number, number, number, number][]): number[] => record(0x00e5, [...u16(areas.length), ...areas.flatMap(([r1, r2, c1, c2]) => [...u16(r1), ...u16(r2), ...u16(c1), ...u16(c2)])]),
};
