import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENT_TYPES } from '../../admin-ui/dev/documentTypes';
import { FRENCH_XLF, ROOT, phpWordings } from './support/wordings';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return sourceFiles(path);
    }
    return /\.(ts|vue)$/.test(name) ? [path] : [];
  });
}

/** Every key the app passes to t('…') as a literal. */
function appKeys(): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const file of sourceFiles(join(ROOT, 'admin-ui/src'))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bt\(\s*'([^']+)'/g)) {
      const key = match[1] as string;
      keys.set(key, [...(keys.get(key) ?? []), file.slice(ROOT.length)]);
    }
  }
  return keys;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** source => {id, target} of the French catalogue. */
function frenchUnits(): Map<string, { id: string; target: string }> {
  const xml = readFileSync(FRENCH_XLF, 'utf8');
  const units = new Map<string, { id: string; target: string }>();
  for (const match of xml.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g)) {
    units.set(decodeXml(match[2] as string), { id: match[1] as string, target: decodeXml(match[3] as string) });
  }
  return units;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/%[A-Za-z0-9_]+%/g)].map((m) => m[0]).sort();
}

describe('wordings', () => {
  const php = phpWordings();

  it('reads a substantial list from AdminWordings.php', () => {
    expect(Object.keys(php).length).toBeGreaterThan(200);
  });

  it('defines in PHP every key the app uses', () => {
    const missing = [...appKeys().entries()].filter(([key]) => !(key in php)).map(([key, files]) => `${key} (${files.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('has every PHP wording in the French catalogue with a French target and the same placeholders', () => {
    const units = frenchUnits();
    const problems: string[] = [];
    for (const [key, english] of Object.entries(php)) {
      const unit = units.get(english);
      if (!unit) {
        problems.push(`${key}: no trans-unit for "${english}"`);
      } else if (unit.target.trim() === '') {
        problems.push(`${key}: empty French target`);
      } else if (placeholders(unit.target).join() !== placeholders(english).join()) {
        problems.push(`${key}: placeholders differ`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps both French catalogues well-formed XML (PrestaShop refuses the whole back office otherwise)', () => {
    for (const file of [FRENCH_XLF, FRENCH_XLF.replace('ModulesEbpdocumentsAdmin', 'ModulesEbpdocumentsShop')]) {
      const doc = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'application/xml');
      expect(doc.getElementsByTagName('parsererror').length, file).toBe(0);
      expect(doc.getElementsByTagName('trans-unit').length, file).toBe(doc.getElementsByTagName('target').length);
    }
  });

  it('never holds the same trans-unit twice (PrestaShop refuses the whole back office: duplicate key-sequence)', () => {
    for (const file of [FRENCH_XLF, FRENCH_XLF.replace('ModulesEbpdocumentsAdmin', 'ModulesEbpdocumentsShop')]) {
      const ids = [...readFileSync(file, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index), file).toEqual([]);
    }
  });

  it('uses the md5 of the source as trans-unit id, as PrestaShop catalogues do', () => {
    for (const [source, unit] of frenchUnits()) {
      expect(unit.id).toBe(createHash('md5').update(source).digest('hex'));
    }
  });

  it('keeps the E-connecteur NO_ACCOUNT notice word for word in both languages', () => {
    const english = php['waitingReason.NO_ACCOUNT.message'];
    expect(english).toBe('This document cannot be sent to the shop because no customer account matching the billing contact exists on the shop.');
    expect(frenchUnits().get(english as string)?.target).toBe(
      'Ce document ne peut pas être envoyé sur le site car aucun compte client correspondant au tiers en gestion commerciale n\'existe sur le site.',
    );
  });

  it('labels every document type and notice reason', () => {
    for (const { code } of DOCUMENT_TYPES) {
      expect(php[`documentType.${code}`]).toBeTruthy();
    }
    for (const code of ['NO_ACCOUNT', 'GUEST_ONLY', 'AMBIGUOUS', 'INVALID_EMAIL']) {
      expect(php[`waitingReason.${code}.label`]).toBeTruthy();
      expect(php[`waitingReason.${code}.message`]).toBeTruthy();
    }
  });

  it('starts the PHP file with the strict types declaration and the _PS_VERSION_ guard', () => {
    const source = readFileSync(join(ROOT, 'module/src/BackOffice/Translation/AdminWordings.php'), 'utf8');
    expect(source).toMatch(/^<\?php\s+declare\(strict_types=1\);\s+namespace Ebpdocuments\\BackOffice\\Translation;\s+if \(!defined\('_PS_VERSION_'\)\) \{\s+exit;\s+\}/);
  });
});
