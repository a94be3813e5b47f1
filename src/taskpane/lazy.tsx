/**
 * Parts of the pane that are not needed for its first paint (the rule pages with their help texts,
 * the template form) live in chunks of their own, served from the add-in's own origin like the
 * pane's other scripts (so they work offline and under the page's `script-src 'self'`). The pane
 * asks for them once it has painted (`preload`); by the time a user opens one it is loaded and
 * draws in the same render, as a static import would. Opened before then, it draws a moment later.
 * React.lazy would suspend on every first render, even of a loaded module.
 */
import { createElement, useEffect, useState, type ComponentType, type ReactElement } from 'react';
import { Body1 } from '@fluentui/react-components';
import { t } from '../core/i18n';
import '../core/i18n/pane';
import type { Locale } from '../core/model';

export interface LazyPart<P> {
  (props: P): ReactElement | null;
  /** Starts loading the chunk (once); resolves when the component can be drawn. */
  preload(): Promise<void>;
}

export function lazyPart<P extends { locale: Locale }>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = (): Promise<void> =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (err: unknown) => {
        pending = undefined; // a later use tries again
        throw err;
      },
    ));

  function Part(props: P): ReactElement | null {
    const [failure, setFailure] = useState<string | null>(null);
    const [, setReady] = useState(loaded !== undefined);
    useEffect(() => {
      if (loaded !== undefined) return;
      let live = true;
      preload().then(
        () => live && setReady(true),
        (err: unknown) => live && setFailure(String(err)),
      );
      return () => {
        live = false;
      };
    }, []);
    if (loaded !== undefined) return createElement(loaded, props);
    // A chunk that cannot be loaded (e.g. the add-in was redeployed while the pane was open) is said, not hidden.
    if (failure !== null) return createElement(Body1, { as: 'p', role: 'alert' }, `${t('pane.error.unknown', props.locale)}: ${failure}`);
    return null;
  }
  Part.preload = preload;
  return Part;
}
