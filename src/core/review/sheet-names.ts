/**
 * Sheet names the pane needs without the template's builder: the hidden sheet of dropdown lists
 * and a free name for a new sheet. Their own module so that the task pane's first script does not
 * load the template (a few KB of every user's download; the template form is loaded when opened).
 */

/** The sheet that holds the dropdown lists (hidden), and the names that point into it. */
export const LIST_SHEET = '指标列表';

/**
 * A sheet name not yet taken (Excel compares names regardless of case, and refuses History):
 * the name, else the name with ` (2)`, ` (3)` … cut so that it stays within 31 characters.
 */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const base = wanted.replace(/^'+|'+$/g, '').trim().slice(0, MAX_SHEET_NAME) || '绩效目标表';
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const free = (name: string) => !used.has(name.toLowerCase()) && name.toLowerCase() !== 'history';
  if (free(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
    if (free(name)) return name;
  }
}

const MAX_SHEET_NAME = 31;
