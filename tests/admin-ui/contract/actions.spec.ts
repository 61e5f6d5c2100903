// @vitest-environment node
import { readFileSync } from 'node:fs';
import { ADMIN_ACTIONS } from '@/api/endpoints';
import { ROOT } from '../support/wordings';

/** The names of PHP's BackOffice\ActionDispatcher::ACTIONS, in order, read from its source. */
function phpActions(): string[] {
  const source = readFileSync(`${ROOT}module/src/BackOffice/ActionDispatcher.php`, 'utf8');
  const start = source.indexOf('const ACTIONS = [');
  const block = source.slice(start, source.indexOf('];', start));
  return [...block.matchAll(/'(\w+)'\s*=>\s*\[/g)].map((match) => match[1] as string);
}

describe('admin action names', () => {
  it('are the names of ActionDispatcher::ACTIONS, in its order', () => {
    const php = phpActions();
    expect(php.length).toBeGreaterThan(30);
    expect([...ADMIN_ACTIONS]).toEqual(php);
  });

  it('are the only names the app calls', () => {
    for (const file of ['admin-ui/src/api/endpoints.ts', 'admin-ui/src/api/golive.ts']) {
      const text = readFileSync(`${ROOT}${file}`, 'utf8');
      for (const match of text.matchAll(/\.call(?:<[^>]*>)?\(\s*'(\w+)'/g)) {
        expect(ADMIN_ACTIONS as readonly string[], `${file}: ${match[1]}`).toContain(match[1]);
      }
    }
  });
});
