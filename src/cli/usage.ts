/**
 * The usage texts `--help` prints, read from the command line's section of the catalogue.
 *
 * `perf-target --help` prints one of these and nothing else, so it should load nothing else:
 * the catalogue's index loads every section (the rules' messages, the pane's, the reader's), most
 * of `--help`'s own start-up work. scripts/bundle-cli.js compiles this module into one file with
 * the command line's section alone (its registration with the index left out: this module reads
 * the section directly, and whatever needs `t` loads the catalogue as before). Compiled by tsc
 * only, it loads the whole catalogue and prints the same.
 */
import { CLI_TEXTS } from '../core/i18n/cli';
import { pick } from '../core/i18n/format';
import type { Locale } from '../core/model';

export type UsageKey = 'cli.usage' | 'cli.usage.check' | 'cli.usage.template' | 'cli.usage.rules';

export function usageText(key: UsageKey, locale: Locale): string {
  return pick(CLI_TEXTS[key], locale);
}
