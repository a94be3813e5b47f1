/**
 * Types of the Excel host that its callers (the task pane, the ribbon command, tests, the browser
 * preview) may need.
 */

/** `Excel.run` as the host calls it; tests and the browser preview pass the stand-in's instead. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Office.context.requirements.isSetSupported`. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** What this Excel can do, detected at run time (the manifest asks only for ExcelApi 1.4). */
export interface HostCapabilities {
  /** ExcelApi 1.6: marks as conditional formats. Without it findings are listed but not marked. */
  conditionalFormats: boolean;
  /** ExcelApi 1.9: one conditional format per severity over many areas, instead of one per cell. */
  rangeAreas: boolean;
  /** ExcelApi 1.13: merged areas can be read. Without it the sheet is read as if nothing were merged. */
  mergedAreas: boolean;
  /** ExcelApi 1.18: cell notes exist (not used for marks yet: a note would overwrite the user's). */
  notes: boolean;
}
