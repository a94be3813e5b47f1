import type { Rule } from '../types';

/** Registry of the structure rules, in documentation order. */
export const STRUCTURE_RULES: readonly Rule[] = [];
