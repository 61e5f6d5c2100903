import { eventDetails } from '@/eventDetails';
import { formatBytes } from '@/format';
import { en, eventRow, setupApp } from './support/setup';

const reason = (code: string): string => (code === 'NO_ACCOUNT' ? en('noticeReason.NO_ACCOUNT.label') : code);

describe('eventDetails: the activity in people\'s words', () => {
  beforeEach(() => {
    setupApp();
  });

  it('says who sent a document, with which key and its size in KB/MB', () => {
    const details = eventDetails(eventRow({ detail: { version: 1, keyLabel: 'Bureau', source: 'econnecteur', size: 693248 } }), reason);
    expect(details).toEqual([en('event.detail.receivedBy', { source: en('source.econnecteur'), key: 'Bureau', size: formatBytes(693248) })]);
    expect(details[0]).toBe('Received by E-connecteur (key Bureau), 677 kB');
    expect(eventDetails(eventRow({ detail: { source: 'manual', size: 2 * 1048576 } }), reason)).toEqual([
      en('event.detail.receivedFrom', { source: en('source.manual'), size: formatBytes(2 * 1048576) }),
    ]);
  });

  it('names the guest order a guest order mail went to', () => {
    expect(eventDetails(eventRow({ event: 'mailed', detail: { version: 2, pdfAttached: true, automatic: true, guestOrder: 'XKBKNABJF' } }), reason)).toEqual([
      en('event.detailVersion', { version: 2 }),
      en('event.detail.guestOrder', { reference: 'XKBKNABJF' }),
      'pdfAttached: true',
      'automatic: true',
    ]);
  });

  it('words versions, reasons, methods, causes, tests and refusals; nothing stays a raw field', () => {
    expect(eventDetails(eventRow({ event: 'replaced', detail: { version: 3, previousVersion: 2, keyLabel: 'Bureau', rematched: false, size: 1024 } }), reason)).toEqual([
      en('event.detailKey', { key: 'Bureau' }),
      formatBytes(1024),
      en('event.detail.versionOf', { version: 3, previous: 2 }),
    ]);
    expect(eventDetails(eventRow({ event: 'kept_aside', detail: { reason: 'NO_ACCOUNT' } }), reason)).toEqual([en('noticeReason.NO_ACCOUNT.label')]);
    expect(eventDetails(eventRow({ event: 'attached', detail: { method: 'email', retry: true } }), reason)).toEqual([
      en('event.detailMethod', { method: en('method.email') }),
      en('event.detail.retry'),
    ]);
    expect(eventDetails(eventRow({ event: 'deleted', detail: { cause: 'purge_notices', days: 90, version: 1 } }), reason)).toEqual([
      en('event.detailVersion', { version: 1 }),
      en('event.cause.purge_notices', { days: 90 }),
    ]);
    expect(eventDetails(eventRow({ event: 'deleted', detail: { cause: 'purge', count: 1500 } }), reason)).toEqual([en('event.cause.purge', { count: '1,500' })]);
    expect(eventDetails(eventRow({ event: 'test', detail: { ok: false, status: 401, message: 'Clé refusée', problem: 'refused', keyLabel: 'Webservice #1' } }), reason)).toEqual([
      en('event.detailKey', { key: 'Webservice #1' }),
      en('event.detail.testFailed', { status: 401 }),
      'Clé refusée',
    ]);
    expect(eventDetails(eventRow({ event: 'rejected', detail: { code: 'pdf_invalid', message: 'Le PDF est invalide.', keyLabel: null, field: 'pdf' } }), reason)).toEqual([
      'Le PDF est invalide.',
      en('event.detail.field', { field: 'pdf' }),
    ]);
    expect(eventDetails(eventRow({ event: 'assigned', detail: { method: 'manual', previousCustomerId: 4, colour: 'blue' } }), reason)).toEqual([
      en('event.detailMethod', { method: en('method.manual') }),
      'colour: blue',
    ]);
  });
});
