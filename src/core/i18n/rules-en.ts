/**
 * The rules' English texts, added to the catalogue when this module is imported: by the command
 * line and the rule docs statically, by the task pane as a chunk of its own when its language is
 * English (./load-rules). The engine, and with it the ribbon command, never imports it.
 */
import { addRuleTexts } from './rule-texts';
import { TABLE_RULE_TEXTS_EN } from './rules-table-en';
import { VALUE_RULE_TEXTS_EN } from './rules-value-en';

addRuleTexts('en-US', { ...VALUE_RULE_TEXTS_EN, ...TABLE_RULE_TEXTS_EN });
