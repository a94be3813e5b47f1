
/**
 * Texts of the Office.js host (src/hosts/excel) and the ribbon command, keys sorted by code point.
 * The .xlsx file host's texts (`file.`) are their own section, ./file-host.ts: the ribbon never
 * reads a file, and its script carries only what it shows.
 */
export const HOST_TEXTS = {
  // --- excel.: the Office.js host (src/hosts/excel) and the ribbon command ---------------------
  'excel.busy': '请先退出单元格编辑状态（按 Enter 或 Esc），再点校验。',
  'excel.busyGeneral': 'Excel 暂时无法响应（可能正在编辑单元格、打开了对话框或正在计算）。请结束编辑或关闭对话框后再试。（{detail}）',
  'excel.capability.cellByCell': '此版本的 Excel（低于 ExcelApi 1.9）只能逐个单元格添加标记，问题很多时会稍慢。',
  'excel.capability.noMarks': '此版本的 Excel（低于 ExcelApi 1.6）不能用颜色标记单元格，问题只在校验助手中列出。请升级到 Microsoft 365 或 Office 2019 及以上版本。',
  'excel.capability.noMerges': '此版本的 Excel（低于 ExcelApi 1.13）无法读取合并单元格，校验时按未合并处理：向下合并的一级、二级指标仍能识别，但个别表格可能识别不全。建议使用 Microsoft 365 或 Office 2021 及以上版本。',
  'excel.closed': '与工作簿的连接已中断（工作簿可能已关闭）。请重新打开工作簿后再试。',
  'excel.command.done': '校验完成：{tables} 张表，{errors} 个错误，{warnings} 个警告，{infos} 个提示。',
  'excel.command.noTables': '当前工作表中没有找到绩效目标表。',
  'excel.noSheet': '找不到工作表“{sheet}”，它可能已被重命名或删除。请重新校验。',
  'excel.hiddenSheet': '工作表“{sheet}”已隐藏，无法选中其中的单元格。请先取消隐藏（右键单击工作表标签 › 取消隐藏），再试一次。',
  'excel.protected': '工作表“{sheet}”受保护，无法标记或修改。请先撤销保护（审阅 › 撤销工作表保护），再试一次。',
  'excel.tooLarge': '工作表“{sheet}”的内容太多，即使分批也无法读取（Excel 网页版每次最多传输 5 MB）。请把表格分到几个工作表中再校验。',
  'excel.unknown': 'Excel 报告了一个错误：{detail}。请再试一次；如果问题仍然存在，请把这条信息告诉技术支持人员。',
  'excel.unsupportedApi': '此版本的 Excel 不支持所需的功能（{detail}）。请升级到 Microsoft 365 或较新的 Office 版本。',
} as const satisfies Record<string, string>;
