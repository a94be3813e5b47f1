/**
 * Watching sheets for changes (Worksheet.onChanged, ExcelApi 1.7) for the live re-check.
 *
 * One Office registration per sheet, made on the first subscription and shared by every later
 * one; unsubscribing removes the subscriber, and events for a sheet without subscribers are
 * dropped. The registration itself stays until the pane closes: removing it needs the request
 * context it was made in (`Excel.run(result.context, …)`), which the host's `run` does not carry,
 * and an idle handler costs nothing.
 */
import type { CellsChange, Unsubscribe } from '../types';
import type { ExcelRun } from './types';

type Handler = (change: CellsChange) => void;

interface Watch {
  handlers: Set<Handler>;
  registered: Promise<void>;
}

export class SheetWatcher {
  private readonly watches = new Map<string, Watch>();

  /** `batch` runs an Excel batch and converts its errors (the host's `batch`). */
  constructor(private readonly batch: (sheet: string, body: Parameters<ExcelRun>[0]) => Promise<unknown>) {}

  async subscribe(sheet: string, handler: Handler): Promise<Unsubscribe> {
    const key = sheet.toLowerCase();
    let watch = this.watches.get(key);
    if (!watch) {
      const handlers = new Set<Handler>();
      watch = { handlers, registered: this.register(sheet, handlers) };
      this.watches.set(key, watch);
    }
    watch.handlers.add(handler);
    try {
      await watch.registered;
    } catch (err) {
      // Registration failed (no such sheet, Excel busy): forget it so a later call can try again.
      this.watches.delete(key);
      throw err;
    }
    const handlers = watch.handlers;
    return () => {
      handlers.delete(handler);
    };
  }

  private async register(sheet: string, handlers: Set<Handler>): Promise<void> {
    await this.batch(sheet, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.onChanged.add(async (args) => {
        for (const h of [...handlers]) h({ sheet, address: args.address });
      });
      await context.sync();
    });
  }
}

/**
 * Watching sheets' selections (Worksheet.onSelectionChanged, ExcelApi 1.7), so that selecting a
 * marked cell brings its findings to the top of the pane. One registration per sheet, shared by
 * every subscriber, as for changes above.
 */
export class SelectionWatcher {
  private readonly handlers = new Set<(selection: { sheet: string; address: string }) => void>();
  private readonly sheets = new Map<string, Promise<void>>();

  constructor(private readonly batch: (sheet: string, body: Parameters<ExcelRun>[0]) => Promise<unknown>) {}

  subscribe(handler: (selection: { sheet: string; address: string }) => void): Unsubscribe {
    this.handlers.add(handler);
    return () => {
      this.handlers.delete(handler);
    };
  }

  /** Registers for one sheet's selection events (once per sheet). */
  async watch(sheet: string): Promise<void> {
    const key = sheet.toLowerCase();
    let registered = this.sheets.get(key);
    if (!registered) {
      registered = this.batch(sheet, async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.onSelectionChanged.add(async (args) => {
          for (const h of [...this.handlers]) h({ sheet, address: args.address });
        });
        await context.sync();
      }).then(() => undefined);
      this.sheets.set(key, registered);
    }
    try {
      await registered;
    } catch (err) {
      this.sheets.delete(key);
      throw err;
    }
  }
}
