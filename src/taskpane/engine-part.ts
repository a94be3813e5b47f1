/**
 * What the task pane loads with its engine, in a chunk of its own (./engine.ts loads it): the
 * engine and its rules, the rules' Chinese texts (the English ones are a chunk of their own, loaded
 * with the engine by a pane in English), the settings' validation (which knows the rules) and the
 * review's report (which writes the rules' messages). Nothing of it is needed to draw the pane;
 * everything of it is needed by the first check, and by nothing before one.
 */
export { checkSheet, localizeFinding } from '../core/engine';
export { hasRuleTexts, ruleName } from '../core/i18n';
export { isDefault, parseStoredSettings, serializeSettings } from '../core/review/settings';
export { LINK_COLUMN, REPORT_TAG, reviewCells, reviewCsv, reviewHeader, reviewJson, reviewPreamble, reviewRows } from '../core/review/review-report';
