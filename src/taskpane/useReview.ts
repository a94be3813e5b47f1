/**
 * The review workflow in React: one ReviewController per host, its state as React state
 * (useSyncExternalStore), the stored data loaded when the pane opens, and the live re-check stopped
 * when it closes. Errors of background work go to `onError`, like every other failure of the pane.
 */
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Locale, SheetResult } from '../core/model';
import type { WorkbookHost } from '../hosts/types';
import { ReviewController, type ReviewState } from './review';
import type { CheckFn } from './session';

export interface UseReviewOptions {
  locale: Locale;
  check?: CheckFn;
  /** New results after a re-check, a fix, an ignore or new settings. */
  onResults: (results: SheetResult[]) => void;
  onError: (error: unknown) => void;
  /** Quiet time after an edit before its table is re-checked (tests shorten it). */
  debounceMs?: number;
}

export interface UseReview {
  review: ReviewController;
  state: ReviewState;
  /** Runs a review action; a failure goes to onError instead of being lost. */
  guard: (action: () => Promise<unknown>) => void;
}

export function useReview(host: WorkbookHost, options: UseReviewOptions): UseReview {
  const { locale, check, debounceMs } = options;
  const review = useMemo(() => new ReviewController(host, { locale, check, debounceMs }), [host, locale, check, debounceMs]);
  const state = useSyncExternalStore(review.subscribe, review.getState);
  // The latest callbacks, without re-running the effects below when their identity changes.
  const callbacks = useRef(options);
  callbacks.current = options;

  useEffect(() => review.onResults((results) => callbacks.current.onResults(results)), [review]);
  useEffect(() => {
    review.load().catch((error: unknown) => callbacks.current.onError(error));
    return () => {
      void review.stop();
    };
  }, [review]);

  const guard = useCallback((action: () => Promise<unknown>) => {
    action().catch((error: unknown) => callbacks.current.onError(error));
  }, []);

  return { review, state, guard };
}
