/**
 * What the Excel stand-in needs in jsdom: TextEncoder/TextDecoder (jsdom leaves them out; the
 * stand-in measures payloads in UTF-8 bytes). Imported before the stand-in.
 */
import { TextDecoder, TextEncoder } from 'node:util';

const g = globalThis as Record<string, unknown>;
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;


/**
 * jsdom lays nothing out: every element is 0 px high. The findings list draws the rows its viewport
 * shows; here it is as tall as a long pane, so the review tests see every row of their few tables.
 * The list's own test (review-list.test.tsx) sets other heights.
 */
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
export let findingListHeight = 20000;
export function setFindingListHeight(px: number): void {
  findingListHeight = px;
}
Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
  configurable: true,
  get(this: HTMLElement) {
    if (this.dataset.testid === 'finding-list') return findingListHeight;
    return clientHeight?.get?.call(this) ?? 0;
  },
});
