/**
 * The default check settings, apart from ./settings (which validates settings against the rules'
 * registry, and so brings the rules with it): the task pane starts with these before its engine
 * has loaded.
 */
import { DEFAULT_SETTINGS, type CheckSettings } from '../model';

/** A fresh copy of the defaults (callers may change it). */
export function defaultSettings(): CheckSettings {
  return {
    scheme: DEFAULT_SETTINGS.scheme,
    rules: { ...DEFAULT_SETTINGS.rules },
    thresholds: { ...DEFAULT_SETTINGS.thresholds },
  };
}
