import type { Localized } from './format';

export const REVIEW_TEXTS = {
} as const satisfies Record<string, Localized>;
