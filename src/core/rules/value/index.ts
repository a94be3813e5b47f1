import type { Rule } from '../types';

/** Registry of the value rules, in documentation order. */
export const VALUE_RULES: readonly Rule[] = [];
