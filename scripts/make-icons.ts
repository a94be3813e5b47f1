/**
 * Draws the add-in's icons and writes them to assets/ as PNG (`npm run icons`). No image
 * libraries: shapes are sampled on a sub-pixel grid and the PNG is encoded here with Node's zlib,
 * so the output depends only on this file. The glyph is a table (blue header row, grid) with a
 * badge: a check mark (the app and 一键校验), a side panel (校验助手) or a plus (插入模板).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

export type IconKind = 'icon' | 'check' | 'pane' | 'template';

/** Every file the manifest and the store listing use. */
export const ICON_FILES: readonly { kind: IconKind; size: number; file: string }[] = [
  ...[16, 32, 64, 80, 128].map((size) => ({ kind: 'icon' as const, size, file: `icon-${size}.png` })),
  ...(['check', 'pane', 'template'] as const).flatMap((kind) => [16, 32, 80].map((size) => ({ kind, size, file: `${kind}-${size}.png` }))),
];

// ---------------------------------------------------------------------------------------------
// PNG encoding (RGBA, 8 bits per channel, no interlace)

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), Buffer.from(data)]);
  const out = Buffer.alloc(8 + data.length + 4);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error('RGBA data does not match the size');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit, RGBA, deflate, adaptive filtering, no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------
// Drawing: shapes in a unit square, painted in order, sampled SAMPLES² times per pixel

type Rgba = readonly [number, number, number, number];
type Shape = (x: number, y: number) => boolean;
interface Layer {
  shape: Shape;
  color: Rgba;
}

const BLUE: Rgba = [0x18, 0x5a, 0xbd, 255];
const LIGHT_BLUE: Rgba = [0x8f, 0xb0, 0xe3, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const SAMPLES = 8;

const rect =
  (x0: number, y0: number, x1: number, y1: number): Shape =>
  (x, y) =>
    x >= x0 && x < x1 && y >= y0 && y < y1;

const circle =
  (cx: number, cy: number, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** A thick polyline: points closer than width/2 to one of its segments. */
function stroke(points: readonly [number, number][], width: number): Shape {
  const half = width / 2;
  return (x, y) => {
    for (let i = 0; i + 1 < points.length; i++) {
      const [ax, ay] = points[i];
      const [bx, by] = points[i + 1];
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= half * half) return true;
    }
    return false;
  };
}

/** The table glyph, snapped to whole pixels so lines stay sharp at 16 px. */
function table(size: number, right: number): Layer[] {
  const px = (v: number) => Math.round(v * size) / size;
  const line = Math.max(1, Math.round(size / 16)) / size;
  const [x0, y0, x1, y1] = [px(0.06), px(0.12), px(right), px(0.84)];
  const header = px(0.32);
  const rows = size <= 16 ? [px(0.58)] : [px(0.5), px(0.67)];
  const cols = size <= 16 ? [px((x0 + x1) / 2)] : [px(x0 + (x1 - x0) / 3), px(x0 + (2 * (x1 - x0)) / 3)];
  return [
    { shape: rect(x0, y0, x1, y1), color: BLUE },
    { shape: rect(x0 + line, header, x1 - line, y1 - line), color: WHITE },
    ...rows.map((r) => ({ shape: rect(x0 + line, r, x1 - line, r + line), color: LIGHT_BLUE })),
    ...cols.map((c) => ({ shape: rect(c, header, c + line, y1 - line), color: LIGHT_BLUE })),
  ];
}

/** A round blue badge with a white ring, bottom right. */
function badge(size: number): Layer[] {
  const ring = Math.max(1, size / 24) / size;
  return [
    { shape: circle(0.71, 0.71, 0.25 + ring), color: WHITE },
    { shape: circle(0.71, 0.71, 0.25), color: BLUE },
  ];
}

function glyph(kind: IconKind, size: number): Layer[] {
  const w = Math.max(0.075, 1.6 / size);
  if (kind === 'pane') {
    const px = (v: number) => Math.round(v * size) / size;
    const line = Math.max(1, Math.round(size / 16)) / size;
    const items = size <= 16 ? [0.4, 0.58] : [0.36, 0.5, 0.64];
    return [
      ...table(size, 0.66),
      { shape: rect(px(0.6), px(0.06), px(0.96), px(0.94)), color: WHITE },
      { shape: rect(px(0.62), px(0.08), px(0.94), px(0.92)), color: BLUE },
      ...items.map((y) => ({ shape: rect(px(0.68), px(y), px(0.88), px(y) + line), color: WHITE })),
      { shape: stroke([[0.68, 0.79], [0.73, 0.84], [0.86, 0.72]], w * 0.8), color: WHITE },
    ];
  }
  const mark: Layer =
    kind === 'template'
      ? { shape: (x, y) => stroke([[0.59, 0.71], [0.83, 0.71]], w)(x, y) || stroke([[0.71, 0.59], [0.71, 0.83]], w)(x, y), color: WHITE }
      : { shape: stroke([[0.6, 0.72], [0.68, 0.8], [0.83, 0.63]], w), color: WHITE };
  return [...table(size, 0.8), ...badge(size), mark];
}

/** Renders one icon as RGBA pixels (straight alpha). */
export function renderIcon(kind: IconKind, size: number): Uint8Array {
  const layers = glyph(kind, size);
  const out = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          let color: Rgba | undefined;
          for (const layer of layers) if (layer.shape(x, y)) color = layer.color;
          if (!color) continue;
          r += color[0];
          g += color[1];
          b += color[2];
          a += 255;
        }
      }
      const n = SAMPLES * SAMPLES;
      const i = (py * size + px) * 4;
      const coverage = a / 255;
      out[i] = coverage ? Math.round(r / coverage) : 0;
      out[i + 1] = coverage ? Math.round(g / coverage) : 0;
      out[i + 2] = coverage ? Math.round(b / coverage) : 0;
      out[i + 3] = Math.round(a / n);
    }
  }
  return out;
}

export function writeIcons(dir: string): string[] {
  return ICON_FILES.map(({ kind, size, file }) => {
    const path = join(dir, file);
    writeFileSync(path, encodePng(size, size, renderIcon(kind, size)));
    return path;
  });
}

if (require.main === module) {
  for (const path of writeIcons(join(__dirname, '..', 'assets'))) console.log(path);
}
