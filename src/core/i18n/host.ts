import type { Localized } from './format';

export const HOST_TEXTS = {
} as const satisfies Record<string, Localized>;
