/**
 * The English of the sections every part of the product shows (./ui, ./host, ./review), added to
 * the catalogue when this module is imported. Their Chinese is in those modules, part of ./base:
 * the ribbon command loads this module only in an English Excel, as a chunk of its own
 * (./load-base-en), and its script carries no English text. Every other part that shows text
 * imports a section of its own (./cli, ./pane, ./preview, ./views, …), and each of those imports
 * this module: wherever the catalogue's other sections are, the English of these is too.
 */
import { registerEnglish, type BaseKey } from './base';

export const BASE_TEXTS_EN: Readonly<Record<BaseKey, string>> = {
  // --- The ribbon command's own words (./ui) -------------------------------------------
  'command.whereErrors': ' Errors at {cells}{more}; the first is selected.',
  'command.whereFirst': ' Start at {cells} (selected).',
  'command.more': ' and {count} more',
  // --- The Office.js host and the ribbon command (./host) ------------------------------
  'excel.busy': 'Finish editing the cell first (press Enter or Esc), then run the check again.',
  'excel.busyGeneral': 'Excel cannot respond right now (a cell may be in edit mode, a dialog open, or a calculation running). Finish editing or close the dialog, then try again. ({detail})',
  'excel.capability.cellByCell': 'This version of Excel (before ExcelApi 1.9) adds marks one cell at a time, which is slower when there are many problems.',
  'excel.capability.noMarks': 'This version of Excel (before ExcelApi 1.6) cannot colour cells, so problems are only listed in the checker pane. Upgrade to Microsoft 365 or Office 2019 or later.',
  'excel.capability.noMerges': 'This version of Excel (before ExcelApi 1.13) cannot read merged cells, so the sheet is read as if nothing were merged: level-1 and level-2 names merged down are still recognised, but some tables may be read incompletely. Microsoft 365 or Office 2021 or later is recommended.',
  'excel.closed': 'The connection to the workbook was lost (it may have been closed). Open the workbook again and try again.',
  'excel.command.done': 'Check finished: {tables} table(s), {errors} error(s), {warnings} warning(s), {infos} info note(s).',
  'excel.command.noTables': 'No performance target table was found on the active sheet.',
  'excel.noSheet': 'The sheet "{sheet}" cannot be found; it may have been renamed or deleted. Run the check again.',
  'excel.hiddenSheet': 'The sheet "{sheet}" is hidden, so its cells cannot be selected. Unhide it (right-click a sheet tab › Unhide) and try again.',
  'excel.protected': 'The sheet "{sheet}" is protected, so it cannot be marked or changed. Unprotect it (Review › Unprotect Sheet) and try again.',
  'excel.tooLarge': 'The sheet "{sheet}" holds too much to read, even in parts (Excel on the web transfers at most 5 MB at a time). Split the tables over several sheets and check again.',
  'excel.unknown': 'Excel reported an error: {detail}. Try again; if it keeps happening, give this message to your IT support.',
  'excel.unsupportedApi': 'This version of Excel does not support a feature the add-in needs ({detail}). Upgrade to Microsoft 365 or a newer Office version.',
  // --- The review workflow's words every caller needs (./review) -----------------------
  'review.settings.error.notObject': 'settings must be a JSON object (e.g. {"scheme": "auto"}), not "{value}"',
  'review.settings.error.unknownKey': 'unknown setting "{key}" (known settings: {known})',
  'review.settings.error.scheme': 'scheme must be auto, 2015 or 2021, not "{value}"',
  'review.settings.error.rulesNotObject': 'rules must be an object such as {"value/wan-unit": "off"}, not "{value}"',
  'review.settings.error.unknownRule': 'unknown rule "{rule}" (perf-target rules lists every rule)',
  'review.settings.error.unknownRuleNear': 'unknown rule "{rule}"; did you mean "{near}"?',
  'review.settings.error.ruleValue': 'rule "{rule}" must be off, error, warning or info, not "{value}"',
  'review.settings.error.thresholdsNotObject': 'thresholds must be an object such as {"minSatisfaction": 85}, not "{value}"',
  'review.settings.error.unknownThreshold': 'unknown threshold "{key}" (known thresholds: {known})',
  'review.settings.error.minSatisfaction': 'thresholds.minSatisfaction must be a number from 0 to 100 (a percentage), not "{value}"',
  'review.state.badJson': 'The review data saved in the workbook is damaged ({detail}) and was ignored.',
  'review.state.badVersion': 'The review data saved in the workbook has a version this add-in does not know ({version}); it may come from a newer add-in and was ignored.',
  'review.state.badEntries': '{count} item(s) of the review data saved in the workbook could not be read and were skipped.',
  'review.excel.noState': 'This version of Excel cannot keep the ignore list, settings and fix history in the workbook (ExcelApi 1.5 is needed); they last until the workbook is closed.',
  'review.excel.noEvents': 'This version of Excel cannot re-check automatically after an edit (ExcelApi 1.7 is needed). Choose "Re-check" after editing.',
  'review.saved.note': ' (with the review settings saved in the workbook: {parts}; open the task pane to see or drop them.)',
  'review.saved.rulesOff': '{count} rule(s) turned off',
  'review.saved.severity': '{count} rule(s) with another severity',
  'review.saved.other': 'scheme or satisfaction threshold changed',
  'review.saved.ignored': '{count} finding(s) marked as ignored and not counted',
  'review.saved.unreadable': '{count} part(s) of the saved settings or ignore list could not be read and were taken as the defaults',
  'review.saved.separator': ', ',
};

registerEnglish(BASE_TEXTS_EN);
