/**
 * Parts of the pane that are not needed for its first paint (the rule pages with their help texts,
 * the template form, the dialogs) live in chunks of their own, served from the add-in's own origin
 * like the pane's other scripts (so they work offline and under the page's `script-src 'self'`).
 * The pane asks for them once it has painted (`preload`); by the time a user opens one it is loaded
 * and draws in the same render, as a static import would. Opened before then, it draws a moment
 * later. React.lazy would suspend on every first render, even of a loaded module.
 *
 * A chunk that cannot be loaded (the network dropped, the add-in was redeployed while the pane was
 * open) is said where the part would be, in the pane's language, with a 重试 button: never a blank.
 */
import { createElement, useEffect, useState, type ComponentType, type ReactElement } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { t } from '../core/i18n/base';
import '../core/i18n/pane';
import type { Locale } from '../core/model';
import { PartLoadError } from './view';

export interface LazyPart<P> {
  (props: P): ReactElement | null;
  /** Starts loading the chunk (once); resolves when the component can be drawn. */
  preload(): Promise<void>;
}

/**
 * `shown`: for a part that is drawn closed (a dialog), whether it is open. A closed part draws
 * nothing until its chunk has loaded, and a failed load is said only once the user opens it.
 */
export function lazyPart<P extends { locale: Locale }>(load: () => Promise<ComponentType<P>>, shown?: (props: P) => boolean): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const preload = (): Promise<void> =>
    (pending ??= load().then(
      (component) => {
        loaded = component;
      },
      (err: unknown) => {
        pending = undefined; // a later use tries again
        throw new PartLoadError(err);
      },
    ));

  function Part(props: P): ReactElement | null {
    const [failed, setFailed] = useState(false);
    const [attempt, setAttempt] = useState(0);
    const [, setReady] = useState(loaded !== undefined);
    const open = shown === undefined || shown(props);
    useEffect(() => {
      if (loaded !== undefined || !open) return;
      let live = true;
      preload().then(
        () => live && setReady(true),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [open, attempt]);
    if (loaded !== undefined) return createElement(loaded, props);
    if (!failed || !open) return null;
    const retry = () => {
      setFailed(false);
      setAttempt((n) => n + 1);
    };
    return createElement(
      MessageBar,
      { intent: 'error', layout: 'multiline', role: 'alert' },
      createElement(MessageBarBody, null, createElement(MessageBarTitle, null, t('pane.error.load', props.locale)), t('pane.error.loadDetail', props.locale)),
      createElement(MessageBarActions, null, createElement(Button, { onClick: retry }, t('pane.retry', props.locale))),
    );
  }
  Part.preload = preload;
  return Part;
}
