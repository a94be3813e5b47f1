/**
 * Defines the `Office` and `Excel` globals over a stand-in, as office.js would in the task pane or
 * the function file, for code that reads them (`Office.onReady`, `Office.actions.associate`,
 * `Office.context.requirements`, `Excel.run`). `uninstall()` puts back what was there.
 */
import type { StandIn } from './index';

export interface OfficeGlobals {
  /** Functions registered with `Office.actions.associate`, by name. */
  readonly actions: Map<string, (event: unknown) => unknown>;
  uninstall(): void;
}

const PLATFORM_TYPE = { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' };

export function installOfficeGlobals(standIn: StandIn): OfficeGlobals {
  const g = globalThis as Record<string, unknown>;
  const saved = { Office: g.Office, Excel: g.Excel };
  const actions = new Map<string, (event: unknown) => unknown>();
  const info = { host: 'Excel', platform: standIn.options.platform };

  g.Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: PLATFORM_TYPE,
    context: {
      displayLanguage: standIn.options.displayLanguage,
      platform: standIn.options.platform,
      requirements: { isSetSupported: (name: string, version?: string) => standIn.isSetSupported(name, version) },
    },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      callback?.(info);
      return Promise.resolve(info);
    },
    actions: {
      associate(name: string, fn: (event: unknown) => unknown): void {
        actions.set(name, fn);
      },
    },
  };
  g.Excel = {
    run: standIn.run,
    ConditionalFormatType: {
      custom: 'Custom',
      dataBar: 'DataBar',
      colorScale: 'ColorScale',
      iconSet: 'IconSet',
      topBottom: 'TopBottom',
      presetCriteria: 'PresetCriteria',
      containsText: 'ContainsText',
      cellValue: 'CellValue',
    },
  };

  return {
    actions,
    uninstall() {
      g.Office = saved.Office;
      g.Excel = saved.Excel;
    },
  };
}
