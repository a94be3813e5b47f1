/**
 * Colours of the stand-in model (`#RRGGBB`, `theme:N[:tint]`, `indexed:N`, as read from the file)
 * turned into CSS colours, the way Excel paints them with the default Office theme.
 */
import type { BorderModel, Color } from '../standin/model';

/**
 * The Office theme (2013–2022) in the order Excel numbers theme colours: the file's colour scheme
 * lists dk1, lt1, dk2, lt2, but Excel's indices 0–3 mean lt1, dk1, lt2, dk2.
 */
export const THEME_COLORS: readonly string[] = [
  'FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '0563C1', '954F72',
];

/** Excel's legacy indexed palette (64 entries, then the system foreground and background). */
export const INDEXED_COLORS: readonly string[] = [
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '000000', 'FFFFFF', 'FF0000', '00FF00', '0000FF', 'FFFF00', 'FF00FF', '00FFFF',
  '800000', '008000', '000080', '808000', '800080', '008080', 'C0C0C0', '808080',
  '9999FF', '993366', 'FFFFCC', 'CCFFFF', '660066', 'FF8080', '0066CC', 'CCCCFF',
  '000080', 'FF00FF', 'FFFF00', '00FFFF', '800080', '800000', '008080', '0000FF',
  '00CCFF', 'CCFFFF', 'CCFFCC', 'FFFF99', '99CCFF', 'FF99CC', 'CC99FF', 'FFCC99',
  '3366FF', '33CCCC', '99CC00', 'FFCC00', 'FF9900', 'FF6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
  '000000', 'FFFFFF',
];

interface Hsl {
  h: number;
  s: number;
  l: number;
}

function toHsl(hex: string): Hsl {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === r) h = (g - b) / d + (g < b ? 6 : 0);
  else if (max === g) h = (b - r) / d + 2;
  else h = (r - g) / d + 4;
  return { h: h / 6, s, l };
}

function hueToChannel(p: number, q: number, t: number): number {
  const x = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
  if (x < 1 / 6) return p + (q - p) * 6 * x;
  if (x < 1 / 2) return q;
  if (x < 2 / 3) return p + (q - p) * (2 / 3 - x) * 6;
  return p;
}

function fromHsl({ h, s, l }: Hsl): string {
  const channels =
    s === 0
      ? [l, l, l]
      : (() => {
          const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
          const p = 2 * l - q;
          return [hueToChannel(p, q, h + 1 / 3), hueToChannel(p, q, h), hueToChannel(p, q, h - 1 / 3)];
        })();
  return channels.map((c) => Math.round(c * 255).toString(16).padStart(2, '0').toUpperCase()).join('');
}

/**
 * Applies an Excel tint (−1 darker … +1 lighter) to `RRGGBB` (ECMA-376 §18.8.19): the luminance
 * is scaled towards black, or moved towards white.
 */
export function applyTint(hex: string, tint: number): string {
  if (!tint) return hex.toUpperCase();
  const hsl = toHsl(hex);
  const l = tint < 0 ? hsl.l * (1 + tint) : hsl.l * (1 - tint) + tint;
  return fromHsl({ ...hsl, l: Math.min(1, Math.max(0, l)) });
}

/** A model colour as CSS `#RRGGBB`; undefined for a colour it cannot name. */
export function cssColor(color: Color | undefined): string | undefined {
  if (!color) return undefined;
  const hex = /^#?([0-9a-f]{6})$/i.exec(color);
  if (hex) return `#${hex[1].toUpperCase()}`;
  const [kind, index, tint] = color.split(':');
  const palette = kind === 'theme' ? THEME_COLORS : kind === 'indexed' ? INDEXED_COLORS : undefined;
  const base = palette?.[Number(index)];
  if (base === undefined) return undefined;
  return `#${applyTint(base, Number(tint ?? 0))}`;
}

/** Width and CSS style of each Excel line style. */
const LINE_STYLES: Readonly<Record<string, string>> = {
  hair: '1px dotted',
  thin: '1px solid',
  dotted: '1px dotted',
  dashed: '1px dashed',
  dashDot: '1px dashed',
  dashDotDot: '1px dashed',
  medium: '2px solid',
  mediumDashed: '2px dashed',
  mediumDashDot: '2px dashed',
  mediumDashDotDot: '2px dashed',
  slantDashDot: '2px dashed',
  thick: '3px solid',
  double: '3px double',
};

/** A cell border as a CSS `border-*` value; undefined when there is no line. */
export function cssBorder(border: BorderModel | undefined): string | undefined {
  if (!border || border.style === 'none') return undefined;
  const line = LINE_STYLES[border.style] ?? '1px solid';
  return `${line} ${cssColor(border.color) ?? '#000000'}`;
}
