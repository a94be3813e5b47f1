/**
 * Views the pane is asked to open from outside. The ribbon's 插入模板 button shows the pane at
 * `taskpane.html?view=template` (manifest.xml, `Template.Url`); the pane then opens the form.
 *
 * When the pane is already open, what Office does with that button depends on the platform: it
 * may load the button's URL into the pane (a fresh start, so the query is read again), change
 * only the URL's hash (`#view=template`: a `hashchange`), or just show the pane without telling
 * it anything. So the pane:
 *   - reads `view=template` from the query or the hash when it starts, and then drops it from the
 *     address (history.replaceState), so that reloading the pane does not open the form again;
 *   - listens for `hashchange` and `popstate`;
 *   - listens for `storage` events under VIEW_REQUEST_KEY, which any other page of the add-in on
 *     the same origin (a ribbon function file, the browser preview) can raise with requestView().
 * A manifest whose 插入模板 button runs a function (ExecuteFunction) that calls requestView() and
 * then shows the pane would open the form in an open pane on every platform.
 */
import { useEffect, useRef } from 'react';

export type PaneView = 'template';

const VIEWS: readonly PaneView[] = ['template'];
export const VIEW_REQUEST_KEY = 'perf-target.view-request';

function asView(text: string | null | undefined): PaneView | null {
  return VIEWS.find((v) => v === text) ?? null;
}

/** The view named by `?view=…`, `#view=…` or `#…`, if any. */
export function viewFromLocation(location: Pick<Location, 'search' | 'hash'>): PaneView | null {
  const fromQuery = asView(new URLSearchParams(location.search).get('view'));
  if (fromQuery) return fromQuery;
  const hash = location.hash.replace(/^#/, '');
  return asView(new URLSearchParams(hash).get('view')) ?? asView(hash);
}

/** The address without the view request (Office's own query parameters are kept). */
export function withoutView(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('view');
  if (viewFromLocation({ search: '', hash: url.hash })) url.hash = '';
  return url.toString();
}

/** Asks an open pane (any page of the add-in's origin) to open a view. */
export function requestView(storage: Pick<Storage, 'setItem'>, view: PaneView, now: number = Date.now()): void {
  // The time makes every request a change, so that a repeated request raises the event again.
  storage.setItem(VIEW_REQUEST_KEY, JSON.stringify({ view, at: now }));
}

function viewFromStorage(value: string | null): PaneView | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed && typeof parsed === 'object' ? asView((parsed as { view?: string }).view) : null;
  } catch {
    return null;
  }
}

/**
 * Calls `onView` for the request the pane was started with and for every later one; returns the
 * function that stops listening.
 */
export function subscribeViewRequests(win: Window, onView: (view: PaneView) => void): () => void {
  const consume = () => {
    const view = viewFromLocation(win.location);
    if (!view) return;
    try {
      win.history.replaceState(win.history.state, '', withoutView(win.location.href));
    } catch {
      // Some hosts forbid changing the address; the only cost is that a reload opens the view again.
    }
    onView(view);
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key !== VIEW_REQUEST_KEY) return;
    const view = viewFromStorage(event.newValue);
    if (view) onView(view);
  };
  consume();
  win.addEventListener('hashchange', consume);
  win.addEventListener('popstate', consume);
  win.addEventListener('storage', onStorage);
  return () => {
    win.removeEventListener('hashchange', consume);
    win.removeEventListener('popstate', consume);
    win.removeEventListener('storage', onStorage);
  };
}

/** subscribeViewRequests for a component, on the pane's window. */
export function useViewRequests(onView: (view: PaneView) => void): void {
  const latest = useRef(onView);
  latest.current = onView;
  useEffect(() => {
    if (typeof window === 'undefined') return undefined;
    return subscribeViewRequests(window, (view) => latest.current(view));
  }, []);
}
