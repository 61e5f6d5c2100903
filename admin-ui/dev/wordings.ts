import { documentTypeWordings } from './documentTypes';

/** Reads the wordings straight from the PHP source and the document types' data (and the French XLF) for the dev page. */
export function devWordings(php: string, xlf: string | null): Record<string, string> {
  const unquote = (text: string): string => text.replace(/\\(['\\])/g, '$1');
  const decode = (text: string): string =>
    text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const french = new Map<string, string>();
  if (xlf) {
    for (const match of xlf.matchAll(/<source>([\s\S]*?)<\/source>\s*<target>([\s\S]*?)<\/target>/g)) {
      french.set(decode(match[1] ?? ''), decode(match[2] ?? ''));
    }
  }
  const out: Record<string, string> = {};
  for (const [key, english] of Object.entries(documentTypeWordings())) {
    out[key] = french.get(english) ?? english;
  }
  for (const match of php.matchAll(/'((?:[^'\\]|\\.)+)'\s*=>\s*\$translator->trans\(\s*'((?:[^'\\]|\\.)*)'/g)) {
    const english = unquote(match[2] ?? '');
    out[unquote(match[1] ?? '')] = french.get(english) ?? english;
  }
  return out;
}
