import type { Rule } from '../types';
import { nameStatesValue } from './name-states-value';
import { placeholderGoal } from './placeholder-goal';
import { placeholderText } from './placeholder-text';
import { projectYearMismatch } from './project-year-mismatch';
import { straySpace } from './stray-space';
import { trailingPunctuation } from './trailing-punctuation';
import { vagueGoalRule } from './vague-goal';

/** Registry of the content rules, in documentation order. */
export const CONTENT_RULES: readonly Rule[] = [
  placeholderGoal,
  vagueGoalRule,
  placeholderText,
  projectYearMismatch,
  nameStatesValue,
  straySpace,
  trailingPunctuation,
];
