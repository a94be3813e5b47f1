/** Placeholder patterns shared by the content rules (texts left as a template wrote them). */

/**
 * Instructions and filler anywhere in a text: `请输入…`, `XX区`, `待定`, a template's hint `(≥**%)`.
 * Only for `test()`. `(?:^|[^A-Za-z])` stands for a lookbehind (not in ES5: the legacy pane runs this
 * in Internet Explorer 11); for a yes/no answer the two are the same.
 */
export const PLACEHOLDER_IN_TEXT_RE =
  /请输入|请填写|请录入|请选择|待定|待补充|(?:^|[^A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])|[*＊]{2,}/;

/** A whole cell that stands for nothing: `无`, `/`, `——`, `……`. */
export const PLACEHOLDER_CELL_RE = /^(?:无|暂无|略|[-—–－/／\\]+|[…．.。]+)$/;

/** Leading item numbers of a goal line: `1.`, `1、`, `（1）`, `一、`, `①`. */
const ITEM_NUMBER_RE = /^\s*(?:[(（]\s*[\d一二三四五六七八九十]+\s*[)）]|[\d０-９]+\s*[.．、:：)）]|[一二三四五六七八九十]+\s*[、.．]|[①-⑳])\s*/;

/** A goal line without its item number. */
export function stripItemNumber(line: string): string {
  return line.replace(ITEM_NUMBER_RE, '').trim();
}

/** Template goal items: `目标内容1`, `绩效目标1`, `年度目标2`, `目标1`. */
export const GOAL_TEMPLATE_RE = /^(?:年度)?(?:绩效)?目标(?:内容)?\s*[\d０-９]*$|^内容\s*[\d０-９]*$/;

/** Ellipses standing for text not yet written. */
export const ELLIPSIS_RE = /…|\.{3,}|。{3,}/;
