import { configureFormat, formatAmount, formatBytes, formatDate, formatDateTime, formatNumber, parseDate } from '@/format';
import { installI18n, t } from '@/i18n';

describe('t()', () => {
  beforeEach(() => installI18n({ hello: 'Hello %name%, %count% new', plain: 'Plain' }));

  it('returns the wording of a key', () => {
    expect(t('plain')).toBe('Plain');
  });

  it('fills %name% placeholders', () => {
    expect(t('hello', { name: 'Jeanne', count: 3 })).toBe('Hello Jeanne, 3 new');
  });

  it('leaves unknown placeholders visible', () => {
    expect(t('hello', { name: 'Jeanne' })).toBe('Hello Jeanne, %count% new');
  });

  it('shows the key when a wording is missing', () => {
    expect(t('nope.missing')).toBe('nope.missing');
  });
});

describe('formatting in the payload locale', () => {
  it('formats amounts, numbers and sizes in French', () => {
    configureFormat('fr-FR', 'EUR');
    expect(formatAmount('1234.5', 'EUR').replace(/\s/g, ' ')).toBe('1 234,50 €');
    expect(formatNumber(1234567).replace(/\s/g, ' ')).toBe('1 234 567');
    expect(formatBytes(5 * 1024 * 1024).replace(/\s/g, ' ')).toMatch(/^5 Mo$/);
    expect(formatDate('2024-05-02')).toBe('2 mai 2024');
  });

  it('formats in English and accepts PrestaShop locales with an underscore', () => {
    configureFormat('en_US', 'USD');
    expect(formatAmount(12)).toBe('$12.00');
    expect(formatDate('2024-05-02')).toBe('May 2, 2024');
    expect(formatDateTime('2024-05-02 10:15:00')).toContain('10:15');
  });

  it('falls back on a bad locale and keeps unparseable values', () => {
    configureFormat('not a locale!!', 'EUR');
    expect(formatNumber(3)).toBe('3');
    expect(formatDate('yesterday')).toBe('yesterday');
    expect(formatAmount(null)).toBe('');
    expect(parseDate('2024-05-02 10:15:00')?.getHours()).toBe(10);
  });
});
