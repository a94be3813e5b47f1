import type { Localized } from './format';

export const PREVIEW_TEXTS = {
} as const satisfies Record<string, Localized>;
