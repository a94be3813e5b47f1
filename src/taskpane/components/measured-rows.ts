/**
 * What a virtualised list of rows as tall as their texts needs (the findings list, the ignored
 * list): the viewport's size, and each row's place from its estimated height until it is drawn,
 * then from its measured one. Nothing here reads layout: ResizeObservers report sizes after the
 * browser's own layout.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type MutableRefObject, type RefObject } from 'react';
import { offsetsOf } from './finding-rows';

/** The viewport's height and width, from a ResizeObserver (the fallbacks until it reports, and where there is none). */
export function useViewportSize(viewport: RefObject<HTMLElement | null>, fallbackHeight: number, fallbackWidth: number): { height: number; width: number } {
  const [height, setHeight] = useState(fallbackHeight);
  const [width, setWidth] = useState(fallbackWidth);
  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const measure = () => {
      const px = el.clientHeight;
      setHeight(px > 0 ? px : fallbackHeight);
      const across = el.clientWidth;
      setWidth(across > 0 ? across : fallbackWidth);
    };
    // A ResizeObserver reports the first size itself, after the browser's own layout: reading
    // clientHeight here would force a layout of the whole page in the task that mounts the list.
    if (typeof ResizeObserver === 'undefined') {
      measure();
      return;
    }
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
    // The fallbacks are constants of the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return { height, width };
}

/**
 * Each row's top, and the list's height last (finding-rows.ts offsetsOf): a row's measured height
 * where it has been drawn, its estimate elsewhere. The rows drawn (`li[data-key]` with
 * `data-index`, inside the viewport) are measured after each layout; a row above the view that
 * turns out taller or shorter moves the scroll position by as much, so the rows in view stay where
 * they are. `layout` names what the heights depend on besides the texts (the width, the language):
 * when it changes, every row is estimated again until drawn again. `offsetsNow` is the offsets of
 * the last render, for handlers.
 */
export function useMeasuredOffsets(
  viewport: RefObject<HTMLElement | null>,
  keys: readonly string[],
  estimates: readonly number[],
  layout: string,
): { offsets: Float64Array; offsetsNow: MutableRefObject<Float64Array> } {
  /** Heights of rows drawn and measured, by key, for the layout they were measured in. */
  const measured = useRef(new Map<string, number>());
  const [measures, setMeasures] = useState(0);
  const measuredFor = useRef(layout);
  if (measuredFor.current !== layout) {
    measuredFor.current = layout;
    measured.current.clear();
  }
  const offsets = useMemo(
    () => offsetsOf((i) => measured.current.get(keys[i]) ?? estimates[i], keys.length),
    // `measures` counts the measurements that changed a height (kept in the ref); `layout` cleared them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [keys, estimates, measures, layout],
  );
  const offsetsNow = useRef(offsets);
  offsetsNow.current = offsets;

  const rowObserver = useRef<ResizeObserver | null>(null);
  useLayoutEffect(() => {
    const el = viewport.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    rowObserver.current ??= new ResizeObserver((entries) => {
      const view = viewport.current;
      let changed = false;
      let above = 0;
      for (const entry of entries) {
        const li = entry.target as HTMLElement;
        const key = li.dataset.key;
        const index = Number(li.dataset.index);
        if (key === undefined || !(index < offsetsNow.current.length - 1)) continue;
        // Without borderBoxSize (Safari before 15.4) the row's box, read after the layout just done.
        const px = entry.borderBoxSize?.[0]?.blockSize ?? li.getBoundingClientRect().height;
        if (!(px > 0)) continue;
        const was = offsetsNow.current[index + 1] - offsetsNow.current[index];
        if (Math.abs(was - px) < 0.5) continue;
        measured.current.set(key, px);
        changed = true;
        if (view && offsetsNow.current[index + 1] <= view.scrollTop) above += px - was;
      }
      if (!changed) return;
      if (view && above !== 0) view.scrollTop += above;
      setMeasures((n) => n + 1);
    });
    // Only the rows drawn now are watched (an observer keeps what it observes alive).
    const observer = rowObserver.current;
    observer.disconnect();
    for (const li of el.querySelectorAll('li[data-key]')) observer.observe(li);
  });
  useEffect(() => () => rowObserver.current?.disconnect(), []);
  return { offsets, offsetsNow };
}
