/** `perf-target template`: writes a blank target table for a new project. */
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { buildTemplate } from '../core/template';
import type { MoneyUnit, SchemeId } from '../core/model';
import { templateWorkbookBytes } from '../hosts/file/template';
import { t } from '../core/i18n';
import { ArgError, type Io } from './args';

export async function runTemplate(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: {
      scheme: { type: 'string', default: '2015' },
      unit: { type: 'string', default: '万元' },
      project: { type: 'string', default: '' },
      rows: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  if (values.scheme !== '2015' && values.scheme !== '2021') throw new ArgError(t('cli.badScheme'));
  if (values.unit !== '万元' && values.unit !== '元') throw new ArgError(t('cli.badUnit'));
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1 || rows > 20) throw new ArgError(t('cli.badRows'));
  if (!values.out) throw new ArgError(t('cli.needOut'));
  const spec = buildTemplate({ scheme: values.scheme as SchemeId, unit: values.unit as MoneyUnit, project: values.project, rowsPerLevel2: rows });
  try {
    await writeFile(values.out, await templateWorkbookBytes(spec));
  } catch (err) {
    io.stderr(t('cli.writeFailed', 'zh-CN', { file: values.out, detail: (err as NodeJS.ErrnoException).code ?? String(err) }) + '\n');
    return 2;
  }
  io.stderr(t('cli.templateWritten', 'zh-CN', { file: values.out }) + '\n');
  return 0;
}
