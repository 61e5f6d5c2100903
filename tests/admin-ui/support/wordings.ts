import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentTypeWordings } from '../../../admin-ui/dev/documentTypes';

export const ROOT = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../..')}/`;
export const WORDINGS_PHP = `${ROOT}module/src/BackOffice/Translation/AdminWordings.php`;
export const FRENCH_XLF = `${ROOT}module/translations/fr-FR/ModulesEbpdocumentsAdmin.fr-FR.xlf`;

function unquotePhp(literal: string): string {
  return literal.replace(/\\(['\\])/g, '$1');
}

/** key => English, read from the literal trans() calls of AdminWordings.php and the document types' labels. */
export function phpWordings(): Record<string, string> {
  const source = readFileSync(WORDINGS_PHP, 'utf8');
  const pattern = /'((?:[^'\\]|\\.)+)'\s*=>\s*\$translator->trans\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*\[\]\s*,\s*'([^']+)'\s*\)/g;
  const out: Record<string, string> = documentTypeWordings();
  for (const match of source.matchAll(pattern)) {
    const [, key, english, domain] = match;
    if (key === undefined || english === undefined) {
      continue;
    }
    if (domain !== 'Modules.Ebpdocuments.Admin') {
      throw new Error(`wording ${key} uses domain ${domain}`);
    }
    out[unquotePhp(key)] = unquotePhp(english);
  }
  return out;
}
