/**
 * The rules' names in the pane's language for what can be drawn before a check (the settings): a
 * pane in English asks for the English rule texts (src/core/i18n/load-rules.ts, normally loaded with
 * the engine already) and draws again once they are there; until then the names are the Chinese
 * ones. A failed load leaves them Chinese here: the check says the failure, with Retry.
 */
import { useEffect, useState } from 'react';
import { loadRuleTexts } from '../core/i18n/load-rules';
import { addedRuleTexts } from '../core/i18n/rule-texts';
import type { Locale } from '../core/model';

/** Whether the language's rule texts are here; the component draws again when they arrive. */
export function useRuleLanguage(locale: Locale): boolean {
  const here = () => locale === 'zh-CN' || addedRuleTexts(locale) !== undefined;
  const [loaded, setLoaded] = useState(here);
  useEffect(() => {
    if (here()) return setLoaded(true);
    let live = true;
    loadRuleTexts(locale).then(
      () => live && setLoaded(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `here` reads only `locale`
  }, [locale]);
  return loaded;
}
