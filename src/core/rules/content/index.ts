import type { Rule } from '../types';

/** Registry of the content rules, in documentation order. */
export const CONTENT_RULES: readonly Rule[] = [];
