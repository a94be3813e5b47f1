/**
 * The human format of `perf-target check`: a Chinese table grouped by file, sheet and table,
 * aligned by display width (a Chinese character takes two columns in a terminal).
 */
import type { FindingReport, ReportDoc, TableReport } from '../core/report';
import { t } from '../core/i18n';

/** Terminal columns taken by a string: wide (CJK, full-width) characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) continue;
    w += isWide(c) ? 2 : 1;
  }
  return w;
}

function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0x303e) ||
    (c >= 0x3041 && c <= 0x33ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd)
  );
}

export function padEnd(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : s + ' '.repeat(width - w);
}

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' } as const;
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

export interface TextOptions {
  color: boolean;
}

function findingLines(findings: FindingReport[], opts: TextOptions, indent: string): string[] {
  if (findings.length === 0) return [];
  const cellW = Math.max(...findings.map((f) => displayWidth(f.cell)));
  const ruleW = Math.max(...findings.map((f) => displayWidth(f.rule)));
  return findings.map((f) => {
    let sev = padEnd(t(`cli.severity.${f.severity}`), 4);
    if (opts.color) sev = COLORS[f.severity] + sev + RESET;
    const rule = opts.color ? DIM + padEnd(f.rule, ruleW) + RESET : padEnd(f.rule, ruleW);
    const suggestion = f.suggestion !== undefined ? `  ${t('cli.suggest', 'zh-CN', { value: f.suggestion })}` : '';
    // A message never spans lines in this format: one finding, one line (easy to grep).
    const message = f.message.replace(/\s*\n\s*/g, ' ');
    return `${indent}${padEnd(f.cell, cellW)}  ${sev}  ${rule}  ${message}${suggestion}`;
  });
}

function tableHeader(tr: TableReport, n: number): string {
  const head = t('cli.table', 'zh-CN', { n, range: tr.range, project: tr.project || t('cli.noProject') });
  const total = tr.budget.total === null ? '—' : `${tr.budget.total} ${tr.budget.unit}`;
  return `${head}\n      ${t('cli.tableMeta', 'zh-CN', { layout: tr.layout, scheme: tr.scheme, total })}`;
}

export function formatText(doc: ReportDoc, opts: TextOptions): string {
  const out: string[] = [];
  for (const file of doc.files) {
    out.push(file.file);
    if (file.error) {
      out.push(`  ${t('cli.fileFailed', 'zh-CN', { message: file.error })}`, '');
      continue;
    }
    for (const sheet of file.sheets) {
      out.push(`  ${t('cli.sheet', 'zh-CN', { name: sheet.name })}`);
      if (sheet.tables.length === 0 && sheet.findings.length === 0) out.push(`    ${t('cli.noTables')}`);
      sheet.tables.forEach((tr, i) => {
        out.push(`    ${tableHeader(tr, i + 1)}`);
        if (tr.findings.length === 0) out.push(`      ${t('cli.noFindings')}`);
        out.push(...findingLines(tr.findings, opts, '      '));
      });
      if (sheet.findings.length > 0) {
        out.push(`    ${t('cli.outside')}`);
        out.push(...findingLines(sheet.findings, opts, '      '));
      }
    }
    out.push('');
  }
  out.push(t('cli.summary', 'zh-CN', { ...doc.summary }));
  return out.join('\n') + '\n';
}
