import type { Localized } from './format';
import { registerTexts } from './base';
// The sections every part shows, in English too, wherever this section is (the ribbon loads them apart: ./load-base-en).
import './base-en';

/** Texts of the browser preview (src/preview). Keys start with `preview.`. */
export const PREVIEW_TEXTS = {
  'preview.title': { 'zh-CN': '绩效目标表助手 · 浏览器预览', 'en-US': 'Performance Target Assistant · browser preview' },
  'preview.workbook': { 'zh-CN': '工作簿', 'en-US': 'Workbook' },
  'preview.pane': { 'zh-CN': '任务窗格', 'en-US': 'Task pane' },
  'preview.toolbar': { 'zh-CN': '文件', 'en-US': 'File' },
  'preview.openFile': { 'zh-CN': '打开文件', 'en-US': 'Open file' },
  'preview.download': { 'zh-CN': '下载带标记的工作簿', 'en-US': 'Download the marked workbook' },
  'preview.downloadConverted': { 'zh-CN': '下载带标记的 .xlsx 副本（不含原格式）', 'en-US': 'Download a marked .xlsx copy (without the original formatting)' },
  'preview.convertedNote': {
    'zh-CN': '“{name}”是旧版 .xls 或网页表格，已按命令行的读法读入检查。下载的是新的 .xlsx 文件“{copy}”：含单元格内容、数字格式、合并单元格和标记，不含原文件的字体、颜色、边框和列宽；原文件不会被修改。',
    'en-US': '"{name}" is an old .xls or a web-page table, read and checked as the command line reads it. The download is a new .xlsx file, "{copy}": it holds the cells, number formats, merged areas and marks, not the original file\'s fonts, colours, borders or column widths; the original is never changed.',
  },
  'preview.downloadName': { 'zh-CN': '{name}（带标记）.xlsx', 'en-US': '{name} (marked).xlsx' },
  'preview.privacy': {
    'zh-CN': '文件只在本页面中读取和处理，不会上传到任何地方。',
    'en-US': 'Files are read and processed in this page only; nothing is uploaded.',
  },
  'preview.currentFile': { 'zh-CN': '当前文件：{name}', 'en-US': 'Current file: {name}' },
  'preview.progress.parsing': { 'zh-CN': '正在读取“{name}”…', 'en-US': 'Reading "{name}"…' },
  'preview.progress.rows': {
    'zh-CN': '正在读取“{name}”… 第 {sheet}/{sheets} 张工作表，{row}/{rows} 行',
    'en-US': 'Reading "{name}"… sheet {sheet} of {sheets}, row {row} of {rows}',
  },
  'preview.progress.label': { 'zh-CN': '读取进度', 'en-US': 'Reading progress' },
  'preview.cancel': { 'zh-CN': '取消', 'en-US': 'Cancel' },
  'preview.cancelled': { 'zh-CN': '已取消打开“{name}”。', 'en-US': 'Opening "{name}" was cancelled.' },
  'preview.overlappingMerges': {
    'zh-CN': '提示：“{name}”的工作表“{sheet}”中有 {count} 个合并区域与其他合并区域重叠（文件已损坏或被改动过，Excel 打开时会修复）。预览与命令行一样保留这些区域，各区域中左上角以外的内容按空白处理。',
    'en-US': 'Note: sheet "{sheet}" of "{name}" has {count} merged areas overlapping other merged areas (the file is damaged or was altered; Excel repairs it when opening). As the command line does, the preview keeps these areas and reads every cell of an area but its top-left as blank.',
  },
  'preview.sheets': { 'zh-CN': '工作表', 'en-US': 'Sheets' },
  'preview.grid': { 'zh-CN': '工作表“{sheet}”', 'en-US': 'Sheet "{sheet}"' },
  'preview.selection': { 'zh-CN': '所选单元格', 'en-US': 'Selected cells' },
  'preview.legend': { 'zh-CN': '标记颜色', 'en-US': 'Mark colours' },
  'preview.marked': { 'zh-CN': '{severity}标记', 'en-US': '{severity} mark' },
  'preview.truncated': {
    'zh-CN': '工作表较大，这里只显示前 {rows} 行、{cols} 列；校验仍覆盖整张工作表。',
    'en-US': 'The sheet is large: only the first {rows} rows and {cols} columns are shown here. The check still covers the whole sheet.',
  },
  'preview.noWorkbook': {
    'zh-CN': '尚未打开工作簿。请点击“打开文件”选择 .xlsx 或 .xls 文件，或业务系统导出的网页表格（.htm、.html、.mht）。',
    'en-US': 'No workbook is open. Choose "Open file" and pick an .xlsx or .xls file, or a web-page table a system exported (.htm, .html, .mht).',
  },
  'preview.error.title': { 'zh-CN': '无法打开文件', 'en-US': 'The file could not be opened' },
  'preview.error.notXlsx': {
    'zh-CN': '“{name}”不是 Excel 工作簿。请选择 .xlsx、.xls 文件或业务系统导出的网页表格（.htm、.html、.mht）。',
    'en-US': '"{name}" is not an Excel workbook. Choose an .xlsx or .xls file, or a web-page table a system exported (.htm, .html, .mht).',
  },
  'preview.error.empty': { 'zh-CN': '“{name}”是空文件。请选择其他文件。', 'en-US': '"{name}" is empty. Choose another file.' },
  'preview.error.corrupt': {
    // No {detail} in either language: it is ExcelJS's or JSZip's own text ("A Cell needs a Row",
    // "Cannot read properties of undefined"), not the user's; the error keeps it as its cause.
    'zh-CN': '“{name}”无法读取：文件可能已损坏、被加密或不是标准的 .xlsx。请在 Excel 中打开并另存为 .xlsx 后重试，或用命令行 perf-target check 检查。',
    'en-US': '"{name}" could not be read: it may be damaged, encrypted or not a standard .xlsx. Open it in Excel, save it as .xlsx and try again, or check it with the command line (perf-target check).',
  },
  'preview.error.unreadablePart': {
    'zh-CN': '“{name}”中有一个部件（{part}）无法读取（已加密、压缩方式特殊或已损坏），预览打不开这个文件。工作表并不需要这个部件：请用命令行 perf-target check 检查，或在 Excel 中另存后再打开。',
    'en-US': '"{name}" has a part ({part}) that cannot be read (encrypted, compressed in an unusual way or damaged), so the preview cannot open the file. The sheets do not need that part: check the file with the command line (perf-target check), or save it again in Excel and open that.',
  },
  'preview.error.mergedCells': {
    'zh-CN': '“{name}”中的合并单元格太大（合并区域共覆盖 {count} 个单元格，超过预览的 {limit} 个上限），预览无法打开。请用命令行 perf-target check 检查该文件，或在 Excel 中取消多余的合并后另存再打开。',
    'en-US': '"{name}" has merged areas too large for the preview ({count} cells covered, past its limit of {limit}). Check the file with the command line (perf-target check), or unmerge the extra areas in Excel, save and open it again.',
  },
  'preview.error.cells': {
    'zh-CN': '“{name}”的单元格太多（所有工作表合计超过预览的 {limit} 个上限），预览无法打开。请用命令行 perf-target check 检查该文件，或把工作表分到几个较小的工作簿后再打开。',
    'en-US': '"{name}" has too many cells for the preview (more than its limit of {limit} over all sheets). Check the file with the command line (perf-target check), or split its sheets over smaller workbooks and open those.',
  },
  'preview.error.rows': {
    'zh-CN': '“{name}”的工作表太长（各工作表到最后一行合计超过预览的 {limit} 行上限，可能有内容远在表格下方），预览无法打开。请用命令行 perf-target check 检查该文件，或在 Excel 中删去远离表格的单元格内容后另存再打开。',
    'en-US': '"{name}" has sheets too long for the preview (their last rows add up to more than its limit of {limit}; something may lie far below the tables). Check the file with the command line (perf-target check), or clear the far cells in Excel, save and open it again.',
  },
  'preview.error.columns': {
    'zh-CN': '“{name}”的列定义太多（各工作表的列定义合计 {count} 列，超过预览的 {limit} 列上限；Excel 每个工作表最多 16,384 列），预览无法打开。请用命令行 perf-target check 检查该文件，或在 Excel 中打开后另存再打开。',
    'en-US': '"{name}" defines too many columns for the preview ({count} over its sheets, past its limit of {limit}; Excel has 16,384 a sheet). Check the file with the command line (perf-target check), or open it in Excel, save it and open it again.',
  },
  'preview.error.rowSlots': {
    'zh-CN': '“{name}”的工作表太宽（各行到最后一个有内容的单元格合计 {count} 格，超过预览的 {limit} 格上限，可能有内容远在表格右侧），预览无法打开。请用命令行 perf-target check 检查该文件，或在 Excel 中删去远离表格的单元格内容后另存再打开。',
    'en-US': '"{name}" has sheets too wide for the preview (its rows reach {count} cells to their last cells, past its limit of {limit}; something may lie far right of the tables). Check the file with the command line (perf-target check), or clear the far cells in Excel, save and open it again.',
  },
  'preview.error.validationCells': {
    'zh-CN': '“{name}”的数据验证范围太大（共覆盖 {count} 个单元格，超过预览的 {limit} 个上限），预览无法打开。请用命令行 perf-target check 检查该文件，或在 Excel 中缩小数据验证的范围后另存再打开。',
    'en-US': '"{name}" has data validation over too many cells for the preview ({count}, past its limit of {limit}). Check the file with the command line (perf-target check), or narrow the validation in Excel, save and open it again.',
  },
  'preview.error.nameCells': {
    'zh-CN': '“{name}”中定义的名称范围太大（共覆盖 {count} 个单元格，超过预览的 {limit} 个上限），预览无法打开。请用命令行 perf-target check 检查该文件，或在 Excel 的“公式 › 名称管理器”中缩小或删除这些名称后另存再打开。',
    'en-US': '"{name}" has defined names over too many cells for the preview ({count}, past its limit of {limit}). Check the file with the command line (perf-target check), or narrow or delete the names in Excel (Formulas › Name Manager), save and open it again.',
  },
  'preview.error.badNumber': {
    'zh-CN': '“{name}”中有数值单元格保存的不是数字（如“0x1F”“12abc”，Excel 打开时会提示文件有问题），预览使用的读取组件会把它读成别的数（如把 0x1F 读成 0），因此无法打开。请用命令行 perf-target check 检查该文件，或在 Excel 中打开、修复并保存后再打开。',
    'en-US': '"{name}" has number cells whose saved value is not a number (such as "0x1F" or "12abc"; Excel reports a problem with the file when opening it). The preview\'s reading component would read another number there (0x1F as 0), so it cannot open the file. Check it with the command line (perf-target check), or open it in Excel, let it repair the file, save it and open that.',
  },
  'preview.error.cdata': {
    'zh-CN': '“{name}”的单元格内容写在 CDATA 段中（Excel 不会这样保存，一些导出工具会），预览使用的读取组件会把这些单元格读成空白，因此无法打开。请用命令行 perf-target check 检查该文件，或在 Excel 中打开后另存再打开。',
    'en-US': '"{name}" holds cell contents in CDATA sections (Excel never saves them so; some export tools do). The preview\'s reading component would show those cells blank, so it cannot open the file. Check it with the command line (perf-target check), or open it in Excel, save it and open that.',
  },
  'preview.error.numberFormat': {
    'zh-CN': '“{name}”中有一个数字格式长 {length} 个字符，超过 Excel 的 {limit} 个字符上限（Excel 不会保存这样的文件，可能是被改动过或恶意构造的），预览无法打开。请用命令行 perf-target check 检查该文件。',
    'en-US': '"{name}" has a number format of {length} characters, past Excel\'s limit of {limit} (Excel never saves one; the file may have been altered or built to harm), so the preview cannot open it. Check the file with the command line (perf-target check).',
  },
  'preview.error.workbookText': {
    'zh-CN': '“{name}”中的文字太多（所有工作表合计超过 {limit} 个字符），无法检查。请删去不属于绩效目标表的长文字，或把工作表分到几个较小的工作簿后再打开。',
    'en-US': '"{name}" holds too much text (more than {limit} characters over all its sheets) to check. Remove long texts that are not part of the target tables, or split its sheets over smaller workbooks, and open it again.',
  },
  'preview.error.sheetText': {
    'zh-CN': '“{name}”的工作表“{sheet}”中文字太多（各单元格合计超过 {limit} 个字符），无法检查。请删去不属于绩效目标表的长文字，或把表格拆分到较小的工作表后再打开。',
    'en-US': 'Sheet "{sheet}" of "{name}" holds too much text (more than {limit} characters over its cells) to check. Remove long texts that are not part of the target tables, or split the tables over smaller sheets, and open it again.',
  },
  'preview.error.workbookMerges': {
    'zh-CN': '“{name}”的合并单元格太多（各工作表的合并区域合计跨越超过 {limit} 行），预览无法打开。请把表格拆分到较小的工作簿后再打开。',
    'en-US': '"{name}" has too many merged cells (merged areas crossing more than {limit} rows over all sheets) for the preview. Split the tables over smaller workbooks and open those.',
  },
  'preview.error.noSheets': {
    'zh-CN': '“{name}”中没有工作表。请选择其他文件。',
    'en-US': '"{name}" has no worksheets. Choose another file.',
  },
  'preview.error.sample': {
    'zh-CN': '示例工作簿加载失败（{detail}）。请刷新页面，或点击“打开文件”选择自己的文件。',
    'en-US': 'The sample workbook could not be loaded ({detail}). Reload the page, or choose "Open file" to pick your own file.',
  },
  'preview.error.download': {
    'zh-CN': '无法生成工作簿文件（{detail}）。请重试。',
    'en-US': 'The workbook file could not be made ({detail}). Try again.',
  },
  'preview.dismiss': { 'zh-CN': '关闭', 'en-US': 'Dismiss' },
} as const satisfies Record<string, Localized>;

registerTexts(PREVIEW_TEXTS);
