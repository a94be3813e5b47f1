/**
 * The OLE compound file (CFB) that holds a legacy .xls: its header, FAT (with the DIFAT), mini
 * stream and directory, enough to take one stream out by name. Every sector number comes from an
 * untrusted file: a chain that loops or points outside the file, a FAT claiming more sectors than
 * the file has, a directory tree with cycles, a stream longer than its chain — each stops with a
 * CfbError, after work linear in the file's size (each sector is visited at most once per chain).
 */

export class CfbError extends Error {
  constructor(readonly reason: string) {
    super(`compound file: ${reason}`);
    this.name = 'CfbError';
  }
}

const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;

export interface CfbEntry {
  name: string;
  type: number;
  start: number;
  size: number;
}

export class CompoundFile {
  private readonly view: DataView;
  private readonly sectorSize: number;
  private readonly miniSectorSize: number;
  private readonly miniCutoff: number;
  private readonly sectorCount: number;
  private readonly fat: Uint32Array;
  private miniFat: Uint32Array | undefined;
  private miniStream: Uint8Array | undefined;
  readonly entries: CfbEntry[];
  /** Names of the streams and storages directly under the root. */
  readonly rootNames: Map<string, CfbEntry>;
  /** Sectors visited, for tests that prove the work is bounded. */
  work = 0;

  constructor(private readonly bytes: Uint8Array) {
    if (bytes.length < 512) throw new CfbError('short header');
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const v = this.view;
    const shift = v.getUint16(0x1e, true);
    const miniShift = v.getUint16(0x20, true);
    if (shift !== 9 && shift !== 12) throw new CfbError('sector size');
    if (miniShift !== 6) throw new CfbError('mini sector size');
    this.sectorSize = 1 << shift;
    this.miniSectorSize = 1 << miniShift;
    this.miniCutoff = v.getUint32(0x38, true) || 4096;
    this.sectorCount = Math.max(0, Math.floor((bytes.length - this.sectorSize) / this.sectorSize) + ((bytes.length - this.sectorSize) % this.sectorSize ? 1 : 0));
    const fatSectors = v.getUint32(0x2c, true);
    // A FAT cannot have more sectors than the file (a FAT claiming 2³² sectors stops here).
    if (fatSectors > this.sectorCount) throw new CfbError('FAT larger than the file');
    const fatIds: number[] = [];
    for (let i = 0; i < 109 && fatIds.length < fatSectors; i++) fatIds.push(v.getUint32(0x4c + i * 4, true));
    let difat = v.getUint32(0x44, true);
    const seenDifat = new Uint8Array(this.sectorCount);
    const perDifat = this.sectorSize / 4 - 1;
    while (fatIds.length < fatSectors) {
      if (difat >= this.sectorCount) throw new CfbError('DIFAT chain outside the file');
      if (seenDifat[difat]) throw new CfbError('DIFAT chain loops');
      seenDifat[difat] = 1;
      this.work++;
      const at = this.offset(difat);
      for (let i = 0; i < perDifat && fatIds.length < fatSectors; i++) fatIds.push(v.getUint32(at + i * 4, true));
      difat = v.getUint32(at + perDifat * 4, true);
    }
    const per = this.sectorSize / 4;
    this.fat = new Uint32Array(fatIds.length * per);
    for (let k = 0; k < fatIds.length; k++) {
      const id = fatIds[k];
      if (id >= this.sectorCount) throw new CfbError('FAT sector outside the file');
      this.work++;
      const at = this.offset(id);
      for (let i = 0; i < per; i++) this.fat[k * per + i] = this.sectorAt(at + i * 4);
    }
    const dir = this.chain(v.getUint32(0x30, true), undefined);
    this.entries = [];
    for (let at = 0; at + 128 <= dir.length; at += 128) {
      const dv = new DataView(dir.buffer, dir.byteOffset + at, 128);
      const nameLen = Math.min(64, dv.getUint16(0x40, true));
      let name = '';
      for (let i = 0; i + 1 < nameLen - 1; i += 2) name += String.fromCharCode(dv.getUint16(i, true));
      this.entries.push({ name, type: dv.getUint8(0x42), start: dv.getUint32(0x74, true), size: dv.getUint32(0x78, true) });
    }
    const root = this.entries[0];
    if (!root || root.type !== 5) throw new CfbError('no root entry');
    // The root's children: a red-black tree by left/right siblings, walked with a visited mark.
    this.rootNames = new Map();
    const seen = new Uint8Array(this.entries.length);
    const stack: number[] = [new DataView(dir.buffer, dir.byteOffset, 128).getUint32(0x4c, true)];
    while (stack.length) {
      const id = stack.pop() as number;
      if (id === FREESECT || id >= this.entries.length) continue;
      if (seen[id]) throw new CfbError('directory tree has a cycle');
      seen[id] = 1;
      const dv = new DataView(dir.buffer, dir.byteOffset + id * 128, 128);
      const e = this.entries[id];
      if (!this.rootNames.has(e.name.toLowerCase())) this.rootNames.set(e.name.toLowerCase(), e);
      stack.push(dv.getUint32(0x44, true), dv.getUint32(0x48, true));
    }
  }

  private offset(sector: number): number {
    return (sector + 1) * this.sectorSize;
  }

  /** A sector number read from the file (the last sector may be cut short: zeros past the end). */
  private sectorAt(at: number): number {
    return at + 4 <= this.bytes.length ? this.view.getUint32(at, true) : FREESECT;
  }

  /** The bytes of a FAT chain, `size` of them (undefined: the whole chain). */
  private chain(start: number, size: number | undefined): Uint8Array {
    const max = size === undefined ? this.sectorCount : Math.ceil(size / this.sectorSize);
    if (max > this.sectorCount) throw new CfbError('stream longer than the file');
    const out = new Uint8Array((size === undefined ? this.sectorCount : max) * this.sectorSize);
    const seen = new Uint8Array(this.sectorCount);
    let n = 0;
    let s = start;
    while (s !== ENDOFCHAIN && n < max) {
      if (s >= this.sectorCount || s >= this.fat.length) throw new CfbError('sector chain points outside the file');
      if (seen[s]) throw new CfbError('sector chain loops');
      seen[s] = 1;
      this.work++;
      const at = this.offset(s);
      out.set(this.bytes.subarray(at, Math.min(at + this.sectorSize, this.bytes.length)), n * this.sectorSize);
      n++;
      s = this.fat[s];
    }
    if (size !== undefined && n < max) throw new CfbError('stream shorter than its size');
    return out.subarray(0, size ?? n * this.sectorSize);
  }

  private miniChain(start: number, size: number): Uint8Array {
    if (!this.miniFat) {
      const v = this.view;
      const mf = this.chain(v.getUint32(0x3c, true), undefined);
      this.miniFat = new Uint32Array(mf.length >> 2);
      for (let i = 0; i < this.miniFat.length; i++) this.miniFat[i] = mf[i * 4] | (mf[i * 4 + 1] << 8) | (mf[i * 4 + 2] << 16) | (mf[i * 4 + 3] << 24);
      const root = this.entries[0];
      this.miniStream = root.start === ENDOFCHAIN ? new Uint8Array(0) : this.chain(root.start, Math.min(root.size, this.sectorCount * this.sectorSize));
    }
    const ms = this.miniStream as Uint8Array;
    const fat = this.miniFat;
    const count = Math.ceil(size / this.miniSectorSize);
    const slots = Math.floor(ms.length / this.miniSectorSize);
    if (count > slots) throw new CfbError('stream longer than the mini stream');
    const out = new Uint8Array(count * this.miniSectorSize);
    const seen = new Uint8Array(slots);
    let s = start;
    for (let n = 0; n < count; n++) {
      if (s >= slots || s >= fat.length) throw new CfbError('mini sector chain points outside the mini stream');
      if (seen[s]) throw new CfbError('mini sector chain loops');
      seen[s] = 1;
      this.work++;
      out.set(ms.subarray(s * this.miniSectorSize, (s + 1) * this.miniSectorSize), n * this.miniSectorSize);
      s = fat[s] >>> 0;
    }
    return out.subarray(0, size);
  }

  /** A stream's bytes. */
  read(entry: CfbEntry): Uint8Array {
    if (entry.type !== 2) throw new CfbError('not a stream');
    if (entry.size < this.miniCutoff) return this.miniChain(entry.start, entry.size);
    return this.chain(entry.start, entry.size);
  }
}
