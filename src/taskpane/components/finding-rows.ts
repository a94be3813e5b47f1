/**
 * Where each row of the findings list sits, from its texts: a row is as tall as its message needs
 * (two lines for most, five for a long quote in a narrow pane), so a short finding leaves no gap
 * and a long one is never cut. Worked out without reading any layout; in a browser the rows drawn
 * are then measured (FindingList) and their true heights replace the estimates.
 */

/** The message's line height and font size (Fluent's body: lineHeightBase300, fontSizeBase300). */
const LINE_PX = 20;
const FONT_PX = 14;
/**
 * The row without its message lines: padding 4 + 4, the button's 2 + 2, the address line 20, the
 * gaps 2 + 2 + 2, the buttons 24, the border 1, and 2 to spare.
 */
const ROW_FRAME_PX = 65;
/** The suggestion's line (Caption1: 16) and its gap. */
const SUGGESTION_PX = 18;
/** Beside the message: row and button padding (4 + 4 + 4 + 4), the icon 20, its gap 8, the current row's border 3. */
const MESSAGE_INSET_PX = 47;
/** The width assumed before the list is laid out (and in tests, where nothing is). */
export const FALLBACK_WIDTH = 320;

/**
 * Pixels a text takes at the body font (or `fontPx`): a CJK or full-width character is one em; any
 * other is taken as 0.6 em, a little more than Latin letters and digits take, so a line is not
 * overfilled.
 */
export function textPixels(text: string, fontPx = FONT_PX): number {
  let px = 0;
  for (let i = 0; i < text.length; i++) px += text.charCodeAt(i) >= 0x2e80 ? fontPx : fontPx * 0.6;
  return px;
}

/** The lines a message wraps to in a list `width` pixels wide (a character less per line, for where lines break). */
export function messageLines(message: string, width: number): number {
  const line = Math.max(FONT_PX * 4, width - MESSAGE_INSET_PX - FONT_PX);
  return Math.max(1, Math.ceil(textPixels(message) / line));
}

/** A row's estimated height for a list `width` pixels wide. */
export function estimateRowHeight(message: string, hasSuggestion: boolean, width: number): number {
  return ROW_FRAME_PX + LINE_PX * messageLines(message, width) + (hasSuggestion ? SUGGESTION_PX : 0);
}

/** Each row's top, and the list's height last: offsets[i] … offsets[i + 1] is row i. */
export function offsetsOf(heights: (i: number) => number, count: number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i] + heights(i);
  return offsets;
}

/** The row at height `y` of the list (the last row for y past the end; 0 for an empty list). */
export function rowAt(offsets: Float64Array, y: number): number {
  const count = offsets.length - 1;
  let lo = 0;
  let hi = count;
  // The last row whose top is at or above y.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return Math.min(lo, Math.max(0, count - 1));
}
