import type { RuleTexts } from './index';

export const TABLE_RULE_TEXTS: Record<string, RuleTexts> = {};
