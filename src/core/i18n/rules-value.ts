import type { RuleTexts } from './index';

export const VALUE_RULE_TEXTS: Record<string, RuleTexts> = {};
