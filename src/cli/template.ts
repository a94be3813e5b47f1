/** `perf-target template`: writes a blank target table for a new project, never over a file. */
import '../core/i18n/cli';
import type { MoneyUnit, SchemeId } from '../core/model';
import { t } from '../core/i18n';
import { ArgError, parseCommand, type Globals, type Io } from './args';
import { OutputError, outputMessage, writeOutput } from './safe-write';
import { visible } from './safe-text';

export async function runTemplate(args: string[], io: Io, globals: Globals): Promise<number> {
  const { locale } = globals;
  const { values } = parseCommand(
    'template',
    args,
    {
      scheme: { type: 'string', default: '2015' },
      unit: { type: 'string', default: '万元' },
      project: { type: 'string', default: '' },
      rows: { type: 'string', default: '1' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
    locale,
  );
  if (values.help) {
    io.stdout(t('cli.usage.template', locale) + '\n');
    return 0;
  }
  if (values.scheme !== '2015' && values.scheme !== '2021') throw new ArgError(t('cli.badTemplateScheme', locale), 'template');
  if (values.unit !== '万元' && values.unit !== '元') throw new ArgError(t('cli.badUnit', locale), 'template');
  const rows = Number(values.rows);
  if (!Number.isInteger(rows) || rows < 1 || rows > 20) throw new ArgError(t('cli.badRows', locale), 'template');
  const out = values.out;
  if (typeof out !== 'string' || out === '') throw new ArgError(t('cli.needOut', locale), 'template');

  // The template and ExcelJS are loaded only for this command.
  const { buildTemplate } = await import('../core/review/template');
  const { templateWorkbookBytes } = await import('../hosts/file/template');
  const spec = buildTemplate({ scheme: values.scheme as SchemeId, unit: values.unit as MoneyUnit, project: String(values.project), rowsPerLevel2: rows });
  try {
    await writeOutput(out, await templateWorkbookBytes(spec), [], values.force === true);
  } catch (err) {
    if (!(err instanceof OutputError)) throw err;
    io.stderr(visible(outputMessage(err, locale)) + '\n');
    return 2;
  }
  io.stderr(visible(t('cli.templateWritten', locale, { file: out })) + '\n');
  return 0;
}
