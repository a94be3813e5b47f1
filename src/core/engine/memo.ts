/** What memoText keeps for an undefined result. */
const NONE: unique symbol = Symbol('none');

/**
 * Memory for pure functions of a cell's text. A sheet repeats its texts (the same 二级 name, sign
 * and unit on every row, the same labels in every table), and the engine asks the same questions
 * of a text from the locator and from several rules: each distinct text is worked out once.
 *
 * Bounded: at most `limit` texts are kept (the memory is emptied when full, which keeps every
 * lookup constant time), and a text longer than `maxLength` is never kept (a pasted 1 MB cell
 * is worked out each time, as before, and is not held). A memorised result is shared by every
 * caller: results are values, never changed after they are returned.
 */
export function memoText<T>(fn: (text: string) => T, limit = 8192, maxLength = 256): (text: string) => T {
  // An undefined result is kept as NONE, so that a hit is one lookup whatever the result (many
  // of these functions answer undefined for most texts: not a label, not a level name).
  const kept = new Map<string, T | typeof NONE>();
  // Long texts (up to Excel's 32,767 characters) are kept apart, a few at a time: a workbook can
  // put one long shared string in a million cells, and each cell must not cost a pass over it.
  const long = new Map<string, T | typeof NONE>();
  let longChars = 0;
  // The last text asked and its answer, looked at before the map: the rules ask one row's texts
  // (its 一级, 二级, value) one after another, and the rows of a merged 一级 share one text
  // object, so the same text often comes again at once (one comparison, no hash lookup).
  let lastText: string | undefined;
  let lastValue: T | undefined;
  return (text: string): T => {
    if (text === lastText) return lastValue as T;
    if (typeof text !== 'string') return fn(text);
    if (text.length > maxLength) {
      if (text.length > LONG_TEXT) return fn(text);
      const hit = long.get(text);
      if (hit !== undefined) return (hit === NONE ? undefined : hit) as T;
      const value = fn(text);
      if (longChars + text.length > LONG_BUDGET) {
        long.clear();
        longChars = 0;
      }
      long.set(text, value === undefined ? NONE : value);
      longChars += text.length;
      return value;
    }
    const hit = kept.get(text);
    let value: T;
    if (hit !== undefined) value = (hit === NONE ? undefined : hit) as T;
    else {
      value = fn(text);
      if (kept.size >= limit) kept.clear();
      kept.set(text, value === undefined ? NONE : value);
    }
    lastText = text;
    lastValue = value;
    return value;
  };
}

/** The longest text a cell can hold in Excel; longer texts (not from a workbook) are never kept. */
const LONG_TEXT = 32_767;
/** Characters of long texts kept per function (eight full cells), so memory stays small. */
const LONG_BUDGET = 8 * LONG_TEXT;
