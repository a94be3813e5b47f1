import type { Localized } from './format';

/**
 * Texts of the hosts, grouped by prefix, keys sorted by code point within each group:
 * `file.` — the .xlsx file host (src/hosts/file): read errors, write errors, annotation notes.
 * (`excel.` — the Office.js host — goes below, in its own group.)
 */
export const HOST_TEXTS = {
  // --- file.: reading, writing and annotating .xlsx files -------------------------------------
  'file.cellChars': {
    'zh-CN': '无法读取“{file}”：工作表“{sheet}”中有一个单元格有 {length} 个字符，超过 Excel 每个单元格 {limit} 个字符的上限，文件已损坏或不是 Excel 保存的。',
    'en-US': 'Cannot read "{file}": a cell on sheet "{sheet}" holds {length} characters, more than Excel\'s limit of {limit} per cell. The file is damaged or was not saved by Excel.',
  },
  'file.columnLimit': {
    'zh-CN': '无法读取“{file}”：工作表“{sheet}”中有单元格超出 Excel 的 {limit} 列（XFD 列）上限，文件已损坏。',
    'en-US': 'Cannot read "{file}": sheet "{sheet}" has a cell past Excel\'s {limit} columns (column XFD). The file is damaged.',
  },
  'file.corrupt': {
    'zh-CN': '无法读取“{file}”：文件已损坏或不完整，请重新保存或重新获取该文件。',
    'en-US': 'Cannot read "{file}": the file is damaged or incomplete. Save it again or get a fresh copy.',
  },
  'file.doctype': {
    'zh-CN': '无法读取“{file}”：文件中含有 XML 文档类型声明（DOCTYPE），Excel 保存的工作簿不会有，可能是被改动过或恶意构造的文件，已停止读取。请在 Excel 中打开后另存一份再检查。',
    'en-US': 'Cannot read "{file}": it contains an XML document type declaration (DOCTYPE), which no workbook saved by Excel has; the file may have been tampered with or built to attack, and reading stopped. Open it in Excel, save a copy and check that.',
  },
  'file.empty': {
    'zh-CN': '无法读取“{file}”：工作簿中没有工作表。',
    'en-US': 'Cannot read "{file}": the workbook has no worksheets.',
  },
  'file.encrypted': {
    'zh-CN': '无法读取“{file}”：文件设有打开密码（已加密），请在 Excel 或 WPS 中取消密码后另存一份再检查。',
    'en-US': 'Cannot read "{file}": the file is password-protected (encrypted). Remove the password in Excel or WPS, save a copy and check that.',
  },
  'file.html': {
    'zh-CN': '无法读取“{file}”：这是网页（HTML）格式的表格，只是扩展名像 Excel 文件（业务系统导出的 .xls 常是这样）。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再检查。',
    'en-US': 'Cannot read "{file}": it is a web page (HTML) table with a spreadsheet\'s extension (as many systems export .xls). Open it in Excel or WPS, save it as an Excel Workbook (.xlsx) and check that.',
  },
  'file.inflateRatio': {
    'zh-CN': '无法读取“{file}”：其中的“{part}”解压后比压缩时大 {ratio} 倍以上，这不是正常的工作簿（可能是“压缩炸弹”），已停止读取。',
    'en-US': 'Cannot read "{file}": its part "{part}" inflates to more than {ratio} times its compressed size. This is not a normal workbook (possibly a zip bomb); reading stopped.',
  },
  'file.inflateTotal': {
    'zh-CN': '无法读取“{file}”：解压后的内容超过 {limit} 的上限，文件过大或是“压缩炸弹”，已停止读取。请把表格拆分到较小的工作簿后再检查。',
    'en-US': 'Cannot read "{file}": its content inflates to more than the {limit} limit (too large, or a zip bomb); reading stopped. Split the tables into smaller workbooks and check those.',
  },
  'file.isDirectory': {
    'zh-CN': '无法读取“{file}”：这是一个文件夹，不是 Excel 文件。',
    'en-US': 'Cannot read "{file}": it is a folder, not an Excel file.',
  },
  'file.legacyXls': {
    'zh-CN': '无法读取“{file}”：这是旧版 .xls 格式，请在 Excel 或 WPS 中另存为 .xlsx 后再检查。',
    'en-US': 'Cannot read "{file}": it is in the old .xls format. Save it as .xlsx in Excel or WPS and check that.',
  },
  'file.noPermission': {
    'zh-CN': '无法读取“{file}”：没有读取该文件的权限。',
    'en-US': 'Cannot read "{file}": permission denied.',
  },
  'file.notFound': {
    'zh-CN': '无法读取“{file}”：文件不存在。',
    'en-US': 'Cannot read "{file}": the file does not exist.',
  },
  'file.notRegular': {
    'zh-CN': '无法读取“{file}”：这不是普通文件（而是管道、设备或其他特殊文件），请选择一个 .xlsx 文件。',
    'en-US': 'Cannot read "{file}": it is not a regular file (a pipe, a device or another special file). Choose an .xlsx file.',
  },
  'file.notXlsx': {
    'zh-CN': '无法读取“{file}”：这不是 Excel 工作簿（.xlsx）文件。',
    'en-US': 'Cannot read "{file}": it is not an Excel workbook (.xlsx).',
  },
  'file.noteHeader': {
    'zh-CN': '绩效目标表助手：',
    'en-US': 'Performance target checker:',
  },
  'file.noteSeverity.error': { 'zh-CN': '错误', 'en-US': 'Error' },
  'file.noteSeverity.info': { 'zh-CN': '提示', 'en-US': 'Info' },
  'file.noteSeverity.warning': { 'zh-CN': '警告', 'en-US': 'Warning' },
  'file.noteSuggestion': {
    'zh-CN': '建议：{suggestion}',
    'en-US': 'Suggestion: {suggestion}',
  },
  'file.ods': {
    'zh-CN': '无法读取“{file}”：这是 OpenDocument 表格（.ods），不是 .xlsx。请在 WPS、Excel 或 LibreOffice 中打开，另存为“Excel 工作簿（.xlsx）”后再检查。',
    'en-US': 'Cannot read "{file}": it is an OpenDocument spreadsheet (.ods), not .xlsx. Open it in WPS, Excel or LibreOffice, save it as an Excel Workbook (.xlsx) and check that.',
  },
  'file.rowLimit': {
    'zh-CN': '无法读取“{file}”：工作表“{sheet}”中有第 {row} 行，超出 Excel 的 {limit} 行上限，文件已损坏。',
    'en-US': 'Cannot read "{file}": sheet "{sheet}" has row {row}, past Excel\'s limit of {limit} rows. The file is damaged.',
  },
  'file.sameAsInput': {
    'zh-CN': '不能写入“{file}”：这是原文件本身，请为标注后的副本另选位置，原文件不会被修改。',
    'en-US': 'Cannot write "{file}": it is the input file itself. Choose another place for the annotated copy; the input is never modified.',
  },
  'file.sheetCells': {
    'zh-CN': '无法读取“{file}”：工作表“{sheet}”太大，超过 {limit} 个单元格的上限，无法检查。请把表格拆分到较小的工作表后再检查。',
    'en-US': 'Cannot read "{file}": sheet "{sheet}" is too large (more than {limit} cells) to check. Split the tables over smaller sheets and check those.',
  },
  'file.sheetText': {
    'zh-CN': '无法读取“{file}”：工作表“{sheet}”中的文字太多（各单元格合计超过 {limit} 个字符），无法检查。请删去不属于绩效目标表的长文字，或把表格拆分到较小的工作表后再检查。',
    'en-US': 'Cannot read "{file}": sheet "{sheet}" holds too much text (more than {limit} characters over its cells) to check. Remove long texts that are not part of the target tables, or split the tables over smaller sheets, and check again.',
  },
  'file.sheetMerges': {
    'zh-CN': '无法读取“{file}”：工作表“{sheet}”的合并单元格太多（合并区域共跨越超过 {limit} 行），无法检查。请把表格拆分到较小的工作表后再检查。',
    'en-US': 'Cannot read "{file}": sheet "{sheet}" has too many merged cells (merged areas crossing more than {limit} rows in all) to check. Split the tables over smaller sheets and check those.',
  },
  'file.text': {
    'zh-CN': '无法读取“{file}”：这是文本文件（如 CSV），不是 Excel 工作簿。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再检查。',
    'en-US': 'Cannot read "{file}": it is a text file (such as CSV), not an Excel workbook. Open it in Excel or WPS, save it as an Excel Workbook (.xlsx) and check that.',
  },
  'file.tooLarge': {
    'zh-CN': '无法读取“{file}”：文件太大（{size}），超过 {limit} 的上限。',
    'en-US': 'Cannot read "{file}": the file is too large ({size}, the limit is {limit}).',
  },
  'file.tooManySheets': {
    'zh-CN': '无法读取“{file}”：工作表超过 {limit} 个，无法检查。',
    'en-US': 'Cannot read "{file}": it has more than {limit} worksheets, too many to check.',
  },
  'file.unknown': {
    'zh-CN': '无法读取“{file}”：{detail}',
    'en-US': 'Cannot read "{file}": {detail}',
  },
  'file.wpsEt': {
    'zh-CN': '无法读取“{file}”：这是 WPS 表格（.et）文件，请在 WPS 中另存为“Excel 工作簿（.xlsx）”后再检查。',
    'en-US': 'Cannot read "{file}": it is a WPS Spreadsheets (.et) file. Save it as an Excel Workbook (.xlsx) in WPS and check that.',
  },
  'file.writeFailed': {
    'zh-CN': '无法写入“{file}”：{detail}',
    'en-US': 'Cannot write "{file}": {detail}',
  },
  'file.backslashPaths': {
    'zh-CN': '无法读取“{file}”：文件内部的路径用了反斜杠（\\），不是标准的 .xlsx（一些导出工具会这样打包）。请用导出它的系统重新导出，或用能打开它的表格软件另存为“Excel 工作簿（.xlsx）”后再检查。',
    'en-US': 'Cannot read "{file}": the paths inside the file use backslashes (\\), so it is not a standard .xlsx (some export tools package files so). Export it again, or open it in a spreadsheet program that can, save it as an Excel Workbook (.xlsx) and check that.',
  },
  'file.xlsb': {
    'zh-CN': '无法读取“{file}”：这是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为“Excel 工作簿（.xlsx）”后再检查。',
    'en-US': 'Cannot read "{file}": it is an Excel Binary Workbook (.xlsb). Save it as an Excel Workbook (.xlsx) in Excel and check that.',
  },
  'file.xml2003': {
    'zh-CN': '无法读取“{file}”：这是 Excel 2003 XML 表格（XML 电子表格），不是 .xlsx。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再检查。',
    'en-US': 'Cannot read "{file}": it is an Excel 2003 XML Spreadsheet, not .xlsx. Open it in Excel or WPS, save it as an Excel Workbook (.xlsx) and check that.',
  },
  'file.zeroBytes': {
    'zh-CN': '无法读取“{file}”：文件是空的（0 字节）。',
    'en-US': 'Cannot read "{file}": the file is empty (0 bytes).',
  },
  // --- excel.: the Office.js host (src/hosts/excel) and the ribbon command ---------------------
  'excel.busy': {
    'zh-CN': '请先退出单元格编辑状态（按 Enter 或 Esc），再点校验。',
    'en-US': 'Finish editing the cell first (press Enter or Esc), then run the check again.',
  },
  'excel.busyGeneral': {
    'zh-CN': 'Excel 暂时无法响应（可能正在编辑单元格、打开了对话框或正在计算）。请结束编辑或关闭对话框后再试。（{detail}）',
    'en-US': 'Excel cannot respond right now (a cell may be in edit mode, a dialog open, or a calculation running). Finish editing or close the dialog, then try again. ({detail})',
  },
  'excel.capability.cellByCell': {
    'zh-CN': '此版本的 Excel（低于 ExcelApi 1.9）只能逐个单元格添加标记，问题很多时会稍慢。',
    'en-US': 'This version of Excel (before ExcelApi 1.9) adds marks one cell at a time, which is slower when there are many problems.',
  },
  'excel.capability.noMarks': {
    'zh-CN': '此版本的 Excel（低于 ExcelApi 1.6）不能用颜色标记单元格，问题只在校验助手中列出。请升级到 Microsoft 365 或 Office 2019 及以上版本。',
    'en-US': 'This version of Excel (before ExcelApi 1.6) cannot colour cells, so problems are only listed in the checker pane. Upgrade to Microsoft 365 or Office 2019 or later.',
  },
  'excel.capability.noMerges': {
    'zh-CN': '此版本的 Excel（低于 ExcelApi 1.13）无法读取合并单元格，校验时按未合并处理：向下合并的一级、二级指标仍能识别，但个别表格可能识别不全。建议使用 Microsoft 365 或 Office 2021 及以上版本。',
    'en-US': 'This version of Excel (before ExcelApi 1.13) cannot read merged cells, so the sheet is read as if nothing were merged: level-1 and level-2 names merged down are still recognised, but some tables may be read incompletely. Microsoft 365 or Office 2021 or later is recommended.',
  },
  'excel.closed': {
    'zh-CN': '与工作簿的连接已中断（工作簿可能已关闭）。请重新打开工作簿后再试。',
    'en-US': 'The connection to the workbook was lost (it may have been closed). Open the workbook again and try again.',
  },
  'excel.command.done': {
    'zh-CN': '校验完成：{tables} 张表，{errors} 个错误，{warnings} 个警告，{infos} 个提示。',
    'en-US': 'Check finished: {tables} table(s), {errors} error(s), {warnings} warning(s), {infos} info note(s).',
  },
  'excel.command.noTables': {
    'zh-CN': '当前工作表中没有找到绩效目标表。',
    'en-US': 'No performance target table was found on the active sheet.',
  },
  'excel.noSheet': {
    'zh-CN': '找不到工作表“{sheet}”，它可能已被重命名或删除。请重新校验。',
    'en-US': 'The sheet "{sheet}" cannot be found; it may have been renamed or deleted. Run the check again.',
  },
  'excel.hiddenSheet': {
    'zh-CN': '工作表“{sheet}”已隐藏，无法选中其中的单元格。请先取消隐藏（右键单击工作表标签 › 取消隐藏），再试一次。',
    'en-US': 'The sheet "{sheet}" is hidden, so its cells cannot be selected. Unhide it (right-click a sheet tab › Unhide) and try again.',
  },
  'excel.protected': {
    'zh-CN': '工作表“{sheet}”受保护，无法标记或修改。请先撤销保护（审阅 › 撤销工作表保护），再试一次。',
    'en-US': 'The sheet "{sheet}" is protected, so it cannot be marked or changed. Unprotect it (Review › Unprotect Sheet) and try again.',
  },
  'excel.tooLarge': {
    'zh-CN': '工作表“{sheet}”的内容太多，即使分批也无法读取（Excel 网页版每次最多传输 5 MB）。请把表格分到几个工作表中再校验。',
    'en-US': 'The sheet "{sheet}" holds too much to read, even in parts (Excel on the web transfers at most 5 MB at a time). Split the tables over several sheets and check again.',
  },
  'excel.unknown': {
    'zh-CN': 'Excel 报告了一个错误：{detail}。请再试一次；如果问题仍然存在，请把这条信息告诉技术支持人员。',
    'en-US': 'Excel reported an error: {detail}. Try again; if it keeps happening, give this message to your IT support.',
  },
  'excel.unsupportedApi': {
    'zh-CN': '此版本的 Excel 不支持所需的功能（{detail}）。请升级到 Microsoft 365 或较新的 Office 版本。',
    'en-US': 'This version of Excel does not support a feature the add-in needs ({detail}). Upgrade to Microsoft 365 or a newer Office version.',
  },
} as const satisfies Record<string, Localized>;
