import type { Localized } from './format';
import { registerTexts } from './base';
// The sections every part shows, in English too, wherever this section is (the ribbon loads them apart: ./load-base-en).
import './base-en';

/**
 * Texts of the .xlsx file host (src/hosts/file), keys sorted by code point: read errors, write
 * errors, annotation notes. A section of its own, registered by the modules that read or write
 * files (the command line, the browser preview): the ribbon's script does not carry it.
 */
export const FILE_HOST_TEXTS = {
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
  'file.htmlNesting': {
    'zh-CN': '无法读取“{file}”：网页中的表格嵌套超过 {limit} 层，不是业务系统正常导出的表格，已停止读取。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再检查。',
    'en-US': 'Cannot read "{file}": its tables are nested more than {limit} deep, which no system\'s export does; reading stopped. Open it in Excel or WPS, save it as an Excel Workbook (.xlsx) and check that.',
  },
  'file.htmlNoTable': {
    'zh-CN': '无法读取“{file}”：这是网页（HTML）文件，但其中没有表格，无法检查。',
    'en-US': 'Cannot read "{file}": it is a web page (HTML) with no table in it; there is nothing to check.',
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
    'zh-CN': '无法读取“{file}”：这是文本文件，不是 Excel 工作簿，也不是以逗号、制表符或分号分列的表格（CSV）。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再检查。',
    'en-US': 'Cannot read "{file}": it is a text file, neither an Excel workbook nor a table with columns separated by commas, tabs or semicolons (CSV). Open it in Excel or WPS, save it as an Excel Workbook (.xlsx) and check that.',
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
  'file.readerFailed': {
    // A reader's own failure on a file (a defect of ours, or a case no check foresaw): the
    // exception's text (English, from the runtime or a library) stays the error's cause.
    'zh-CN': '无法读取“{file}”：读取这个文件时出现意外错误，文件可能已损坏。请重新保存或重新获取该文件后再检查；仍然出错时请把文件交给维护人员。',
    'en-US': 'Cannot read "{file}": an unexpected error occurred while reading it; the file may be damaged. Save it again or get it again and check that; if the error remains, give the file to the maintainers.',
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
  'file.xlsBiff5': {
    'zh-CN': '无法读取“{file}”：这是 Excel 5.0/95 或更早版本保存的 .xls，本工具只读取 Excel 97–2003 及以后的格式。请在 Excel 或 WPS 中另存为 .xlsx 后再检查。',
    'en-US': 'Cannot read "{file}": it is an .xls saved by Excel 5.0/95 or earlier; only Excel 97–2003 and later formats are read. Save it as .xlsx in Excel or WPS and check that.',
  },
  'file.xlsCorrupt': {
    'zh-CN': '无法读取“{file}”：这个 .xls 文件已损坏（{reason}），请重新保存或重新获取该文件。',
    'en-US': 'Cannot read "{file}": this .xls file is damaged ({reason}). Save it again or get a fresh copy.',
  },
  'file.xlsNoWorkbook': {
    'zh-CN': '无法读取“{file}”：这是 OLE 复合文档（如 .doc 或 .ppt），其中没有 Excel 工作簿。',
    'en-US': 'Cannot read "{file}": it is an OLE compound document (such as .doc or .ppt) without an Excel workbook in it.',
  },
  'file.xlsb': {
    'zh-CN': '无法读取“{file}”：这是 Excel 二进制工作簿（.xlsb），请在 Excel 中另存为“Excel 工作簿（.xlsx）”后再检查。',
    'en-US': 'Cannot read "{file}": it is an Excel Binary Workbook (.xlsb). Save it as an Excel Workbook (.xlsx) in Excel and check that.',
  },
  'file.zipMethod': {
    'zh-CN': '无法读取“{file}”：文件内部用了 Excel 保存的工作簿不会用的压缩方式（{method}），可能是被压缩软件重新打包过。请用原来的系统重新导出，或在能打开它的表格软件中另存为“Excel 工作簿（.xlsx）”后再检查。',
    'en-US': 'Cannot read "{file}": its parts are compressed in a way Excel never uses ({method}); it may have been repacked by an archiver. Export it again from its system, or save it as "Excel Workbook (.xlsx)" in a program that opens it, and check that.',
  },
  'file.zeroBytes': {
    'zh-CN': '无法读取“{file}”：文件是空的（0 字节）。',
    'en-US': 'Cannot read "{file}": the file is empty (0 bytes).',
  },
} as const satisfies Record<string, Localized>;

registerTexts(FILE_HOST_TEXTS);
