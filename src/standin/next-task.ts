/**
 * The next task: a message to ourselves, else a timer (the preview page's slices and the
 * stand-in's sliced syncs). Browsers hold a timer set from a timer callback nested five deep for
 * at least 4 ms, so a long job that yields by `setTimeout(0)` between short slices idled ~4 ms per
 * slice; a message has no such wait, and the page still runs input and drawing between two slices.
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
