/** Writes docs/rules.md from the rule metadata. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import '../src/core/i18n/rules-en';
import { renderRuleDocs } from '../src/core/review/rule-docs';

const out = join(__dirname, '..', 'docs', 'rules.md');
writeFileSync(out, renderRuleDocs());
console.log(`docs/rules.md written`);
