/**
 * Every limit the .xlsx reader enforces, in one place. A workbook is untrusted input: whatever it
 * says about itself (sizes in its zip directory, cell addresses, merged areas, shared-string
 * indexes), the reader never does more work or takes more memory than these allow, and a file past
 * one of them gets a one-line message saying which limit it hit (catalogue keys `file.limit.*`,
 * FileReadError code in brackets).
 */
export const READ_LIMITS = {
  /** [too-large] The file on disk (or the bytes given). Checked with fstat before anything is read. */
  maxFileBytes: 100 * 1024 * 1024,
  /**
   * [inflate-limit] Bytes inflated from the zip, all parts needed for checking together (a
   * 2,000-table workbook inflates to about 15 MB). A 4 MB zip that would inflate to 4 GB stops here.
   */
  maxInflatedBytes: 256 * 1024 * 1024,
  /**
   * [inflate-limit] Inflated size over compressed size for one part. Real sheet XML compresses
   * 5–30×; deflate cannot pass about 1,030×, which is what a zip bomb uses. Parts inflating to
   * less than `ratioFloorBytes` are not held to the ratio.
   */
  maxInflateRatio: 200,
  ratioFloorBytes: 4 * 1024 * 1024,
  /** [excel-limit] Excel's own grid: 1,048,576 rows. */
  maxRows: 1_048_576,
  /** [excel-limit] Excel's own grid: 16,384 columns (XFD). */
  maxColumns: 16_384,
  /** [excel-limit] Excel's own limit on the characters of one cell. */
  maxCellChars: 32_767,
  /** [sheet-too-large] Cells holding a value on one sheet (2,000 tables hold about 200,000). */
  maxCellsPerSheet: 5_000_000,
  /**
   * [sheet-too-large] Characters of text on one sheet, each cell counted (a shared string as
   * often as cells use it). A file of a few kilobytes can put one 32,767-character shared string
   * in millions of cells; every finding and output line about those cells is then as long, and a
   * check of them ran out of string space (2,000 tables hold about 2 million characters).
   */
  maxTextCharsPerSheet: 32_000_000,
  /**
   * [sheet-too-large] Rows crossed by merged areas, summed over a sheet's areas (after clipping
   * to the snapshot): the engine indexes merges row by row. A whole-sheet merge is 1,048,576.
   */
  maxMergedRows: 16_000_000,
  /**
   * [workbook-too-large] The same work counted over all sheets of a workbook together. The limits
   * above hold each sheet; a workbook repeats sheets at no cost (one sheet part can be named by
   * every sheet, and 60 sheet parts of 4 MB each stay under the inflate ratio's floor). Without
   * these, a 99 KB file of 200 sheets, each holding A1 and XFD1048576, took 4.3 GB and ended the
   * command line with V8's out-of-memory crash; a 960 KB file of 60 sheets of 250,000 tiny cells
   * took 1.8 GB and minutes.
   */
  /** Cells holding a value, all sheets together (2,000 tables hold about 200,000). */
  maxCellsPerWorkbook: 5_000_000,
  /**
   * Rows of the sheets' snapshots together (each sheet from its first to its last row holding
   * something, merged areas included): every row costs the snapshot a slot in three arrays and
   * the engine its per-row work, whether it holds cells or not. A sheet with a value in row
   * 1,048,576 is 1,048,576 rows; eight such sheets fit.
   */
  maxGridRowsPerWorkbook: 8_500_000,
  /**
   * Slots of the sheets' snapshots together: each row from the snapshot's first column to its own
   * last cell (a row reaching column XFD is 16,384, whatever lies between; about 25 bytes a slot).
   * A 200 KB file of 20,000 rows each holding a value in XFD took the command line to V8's
   * out-of-memory crash (8 GB asked, a stack dump, exit 134); 1,000 such rows took 475 MB. Real
   * sheets use a few hundred thousand; four times the cells a workbook may hold.
   */
  maxGridSlotsPerWorkbook: 20_000_000,
  /**
   * Characters of text, all sheets together (each cell counted, as maxTextCharsPerSheet). The
   * engine reads a long cell in labels and values in time linear in it, about 110 ms for a table
   * of 25 cells of 32,767 characters; a workbook repeats such sheets at no cost (a few long
   * shared strings, 5,000 sheet parts of 39 such tables each, within every other limit) and
   * would have held the check for hours. Twice a sheet's limit (2,000 tables hold 2 million).
   */
  maxTextCharsPerWorkbook: 64_000_000,
  /** Rows crossed by merged areas (after clipping), all sheets together: maxMergedRows again. */
  maxMergedRowsPerWorkbook: 16_000_000,
  /** [corrupt] Zip entries in the directory (an .xlsx has tens, a large one a few thousand). */
  maxZipEntries: 100_000,
  /** [too-large] Worksheets in one workbook (Excel allows as many as memory does; 255 by default UI). */
  maxSheets: 10_000,
  /** [corrupt] Characters of one XML tag (name and attributes); Excel writes a few hundred. */
  maxTagChars: 1024 * 1024,
} as const;

/**
 * Limits on making an annotated copy (`--annotate`), checked on the lean reader's read before
 * ExcelJS loads the file: ExcelJS inflates every part (images too) and makes an object per
 * cell and per cell of each merged area, so a workbook the checker reads in bounded work could
 * still take it minutes and gigabytes (a whole-sheet merge is 17 billion cells). Past one of
 * these the copy is not made; the check's results stand (catalogue `cli.copy.*`).
 */
export const COPY_LIMITS = {
  /** Bytes inflated from all parts of the zip, images and unused parts included. */
  maxInflatedBytes: 128 * 1024 * 1024,
  /** Cells holding something (2,000 tables hold about 200,000). */
  maxCells: 1_000_000,
  /**
   * Cells the copy marks (a fill and a note each): ExcelJS writes a note as a comment and a VML
   * shape, about 0.6 ms and 11 KB a cell. 50,000 marked cells (a 200 KB file whose every value is
   * bad) took the copy 36 s and 560 MB, 200,000 took 156 s and 2.7 GB; 2,000 real tables mark a
   * few thousand. Counted from the findings before the workbook is loaded.
   */
  maxMarkedCells: 50_000,
  /**
   * Cells covered by merged areas, as stated in the file (2,000 tables: about 200,000). ExcelJS
   * makes a cell object per merged cell: at the former 1,000,000, a 2.5 KB file with one merged
   * column took the copy 50 s and 2.5 GB.
   */
  maxMergedCells: 250_000,
  /**
   * The sheets' last rows, added up over all sheets: ExcelJS takes about 190 MB and a second for a
   * sheet whose last row is 1,048,576, whatever it holds. Eight such sheets (within the check's
   * limits) took the copy 1.4 GB on a 3.7 KB file. Two fit.
   */
  maxLastRows: 2_100_000,
  /**
   * Columns ExcelJS makes from the sheets' `<col min max>` (each sheet's largest number, added up;
   * ./exceljs-stated.ts): about 250 bytes and 5 µs each, Excel's 16,384 or not. A 2.6 KB file
   * stating `max="99999999"` took the copy past 60 s and 3 GB. 128 sheets hiding every column to
   * XFD fit.
   */
  maxStatedColumns: 2_100_000,
  /**
   * Cells covered by the sheets' data validations (`<dataValidation sqref>`): ExcelJS keeps an
   * entry per cell (A1:Z40000 took the copy 9 s and 400 MB; A1:XFD1048576 is 17 billion). Two
   * validations down whole columns fit.
   */
  maxValidationCells: 2_100_000,
  /**
   * Each row's last column, added up over the sheets (./exceljs-stated.ts rowSlots): ExcelJS's
   * reading makes a cell for every column up to a row's last cell. A number in column XFD on 2,000
   * rows took the copy 48 s and 2.2 GB (16,384 a row); 2,000 tables use about 200,000.
   */
  maxRowSlots: 2_100_000,
  /**
   * Cells the workbook's defined names cover (`<definedName>` ranges but the print area and titles;
   * ./exceljs-stated.ts definedNameCells): ExcelJS keeps an entry per cell. One name over
   * $A$1:$XFD$1048576 in a 2.5 KB file took the copy past 60 s and 3.8 GB; a million cells 5 s
   * and 270 MB. Two names down whole columns ($A$1:$A$1048576) fit.
   */
  maxDefinedNameCells: 2_100_000,
} as const;

/**
 * Limits on what the browser preview hands to ExcelJS (a file its fast loader does not take),
 * checked on the bytes first (src/preview/preflight.ts). ExcelJS makes an object per cell of every
 * merged area and inflates every part: a 2.5 KB file with one merged column of 1,000,000 rows took
 * the preview's reader 88 s and 2.7 GB, a whole-sheet merge never finished. Zip parts are held to
 * READ_LIMITS' budget and ratio as the command line holds them.
 */
export const PREVIEW_EXCELJS_LIMITS = {
  /** Cells covered by merged areas, as stated in the file: the annotated copy's limit. */
  maxMergedCells: COPY_LIMITS.maxMergedCells,
  /**
   * Cells the worksheets state (`<c>` elements), all sheets together: the annotated copy's limit
   * for the same component. Before, nothing held them: 15,000,000 tiny cells in 60 parts under the
   * inflate ratio's floor (960 KB) went to ExcelJS whole.
   */
  maxCells: COPY_LIMITS.maxCells,
  /**
   * The sheets' last rows, added up over all sheets: ExcelJS takes about 190 MB and a second for a
   * sheet whose last row is 1,048,576, whatever it holds, so a 7.5 KB file of 16 sheets holding
   * A1 and XFD1048576 took 20 s and 2.9 GB (a hundred such sheets, all of memory). Two such
   * sheets fit.
   */
  maxLastRows: COPY_LIMITS.maxLastRows,
  /** Columns ExcelJS makes from `<col min max>`, all sheets together: the annotated copy's limit. */
  maxStatedColumns: COPY_LIMITS.maxStatedColumns,
  /** Cells the data validations cover, all sheets together: the annotated copy's limit. */
  maxValidationCells: COPY_LIMITS.maxValidationCells,
  /** Each row's last column, added up over the sheets: the annotated copy's limit. */
  maxRowSlots: COPY_LIMITS.maxRowSlots,
  /** Cells the workbook's defined names cover (not the print area or titles): the annotated copy's limit. */
  maxDefinedNameCells: COPY_LIMITS.maxDefinedNameCells,
  /**
   * Characters of a number format code (Excel's own limit, numfmt.ts MAX_FORMAT_CHARS). ExcelJS
   * tests a code for dates once per numeric cell, in time quadratic in a code of `[` with no `]`
   * (40,000 of them: 1.6 s a cell); the command line gives it a linear test, the browser build
   * cannot be given one.
   */
  maxFormatChars: 255,
} as const;

export type ReadLimits = typeof READ_LIMITS;
