/**
 * What the shop's own URLs look like: PrestaShop writes `index.php?controller=…` with friendly URLs off and the
 * page's rewrite (`/login`, `/module/ebpdocuments/receive`…) with them on. The journeys read the shop's setting and
 * its page rewrites from its database, so each run checks the exact shape that shop must produce.
 */
import { one, query } from './db';

export interface UrlShape {
  friendly: boolean;
  /** A URL of the core page `page` (its controller name: authentication, my-account, order-detail…). */
  page(page: string): RegExp;
  /** A URL of one of this module's front controllers (receive, api, documents, download). */
  moduleController(controller: string): RegExp;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let cached: UrlShape | null = null;

export async function urlShape(): Promise<UrlShape> {
  if (cached) {
    return cached;
  }
  const setting = await one<{ value: string | null }>(
    "SELECT value FROM PREFIX_configuration WHERE name = 'PS_REWRITING_SETTINGS' ORDER BY id_shop IS NULL DESC LIMIT 1",
  );
  const friendly = String(setting?.value ?? '0') === '1';
  const rewrites = new Map<string, string[]>();
  for (const row of await query<{ page: string; url_rewrite: string }>(
    'SELECT m.page, ml.url_rewrite FROM PREFIX_meta m JOIN PREFIX_meta_lang ml ON ml.id_meta = m.id_meta WHERE ml.url_rewrite <> ""',
  )) {
    rewrites.set(row.page, [...(rewrites.get(row.page) ?? []), row.url_rewrite]);
  }
  cached = {
    friendly,
    page(page: string): RegExp {
      const plain = `[?&]controller=${escape(page)}(?:&|$)`;
      const words = rewrites.get(page) ?? [];
      if (!friendly || words.length === 0) {
        return new RegExp(plain);
      }
      return new RegExp(`/(?:${words.map(escape).join('|')})(?:[/?#]|$)`);
    },
    moduleController(controller: string): RegExp {
      return friendly
        ? new RegExp(`/module/ebpdocuments/${escape(controller)}(?:[/?#]|$)`)
        : new RegExp(`^(?=.*[?&]fc=module(?:&|$))(?=.*[?&]module=ebpdocuments(?:&|$))(?=.*[?&]controller=${escape(controller)}(?:&|$))`);
    },
  };
  return cached;
}
