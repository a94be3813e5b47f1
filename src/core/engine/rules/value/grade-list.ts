/**
 * A value that lists the grades instead of choosing one (`高中低`, `优、良、中、差`, `是/否`): the
 * form's options copied into the cell, so the table sets no target. Written together, three or more
 * grades are needed (`优良` and `良好` are targets); separated, two are enough.
 */
import { memoText } from '../../memo';
import { stripSpaces, toHalfWidth } from '../../text';
import type { Rule } from '../types';
import { shown } from './fix';

/** Grade words, longest first so `基本满意` is not read as `基本` + `满意`. */
const GRADES = ['基本满意', '不满意', '不合格', '较满意', '较好', '一般', '较差', '合格', '满意', '优秀', '良好', '达标', '高', '中', '低', '优', '良', '差', '好', '是', '否', '有', '无'];
const SEPARATORS = /[、,，;；/|\\\s]+/;

/** The grades a text is made of, or undefined when it holds anything else. */
function gradesOf(text: string): string[] | undefined {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const g = GRADES.find((w) => text.startsWith(w, i));
    if (!g) return undefined;
    out.push(g);
    i += g.length;
  }
  return out;
}

/**
 * Whether a value is a list of grades rather than one target; worked out once per text (every
 * qualitative row asks, and a sheet's qualitative values are a few texts repeated: `是`, `优良`, `满意`).
 */
export function isGradeList(value: string): boolean {
  return isGradeListMemo(value);
}

const isGradeListMemo = memoText(isGradeListOf);

function isGradeListOf(value: string): boolean {
  const text = toHalfWidth(value).trim();
  if (text.length === 0 || text.length > 30) return false;
  const parts = text.split(SEPARATORS).filter((p) => p !== '');
  if (parts.length >= 2) {
    const grades = parts.map((p) => gradesOf(stripSpaces(p)));
    return grades.every((g) => g !== undefined && g.length === 1) && new Set(parts).size === parts.length;
  }
  const grades = gradesOf(stripSpaces(text));
  return grades !== undefined && grades.length >= 3 && new Set(grades).size === grades.length;
}

export const gradeList: Rule = {
  meta: { id: 'value/grade-list', category: 'value', severity: 'warning', fixable: false },
  row(ctx, ind) {
    if (ind.parsed.kind !== 'qualitative' || !isGradeList(ind.value.text)) return;
    ctx.report({ messageId: 'grades', at: ind.value.at, data: { value: shown(ind) } });
  },
};
