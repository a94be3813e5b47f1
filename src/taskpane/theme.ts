/**
 * Chooses the Fluent theme that matches the Office theme. Office reports colours, not a mode, so
 * the pane is dark when the body background is dark.
 */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

/** Relative luminance (WCAG) of `#rgb` or `#rrggbb`; undefined for anything else. */
export function luminance(color: string | undefined | null): number | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((color ?? '').trim());
  if (!m) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => {
    const channel = parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** True for a dark background. Unknown colours count as light, Office's default. */
export function isDarkBackground(color: string | undefined | null): boolean {
  const l = luminance(color);
  // 0.179 is where black and white text have equal contrast on the background.
  return l !== undefined && l < 0.179;
}

export function themeFor(bodyBackgroundColor: string | undefined | null): Theme {
  return isDarkBackground(bodyBackgroundColor) ? webDarkTheme : webLightTheme;
}
