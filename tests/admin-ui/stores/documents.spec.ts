import { useAppStore } from '@/stores/app';
import { useDocumentsStore } from '@/stores/documents';
import { useFlashStore } from '@/stores/flash';
import { fail } from '../support/fakeServer';
import { documentRow, en, eventRow, page, setupApp } from '../support/setup';

describe('documents store', () => {
  it('loads a page with the filters and keeps only visible rows selected', async () => {
    const { server } = setupApp();
    server.on('listDocuments', page([documentRow({ id: 1 }), documentRow({ id: 2 })], 42));
    const store = useDocumentsStore();
    await store.load({ search: 'FA', page: 1, perPage: 20 });
    expect(server.callsOf('listDocuments')[0]).toEqual({ search: 'FA', page: 1, perPage: 20 });
    store.toggle(1);
    store.toggle(5);
    server.on('listDocuments', page([documentRow({ id: 1 })], 42));
    await store.reload();
    expect(store.selected).toEqual([1]);
    expect(store.page?.total).toBe(42);
  });

  it('keeps the load error', async () => {
    const { server } = setupApp();
    server.on('listDocuments', fail(403, 'forbidden', 'x'));
    const store = useDocumentsStore();
    await store.load({});
    expect(store.error).toBe(en('error.forbidden'));
    expect(store.loading).toBe(false);
  });

  it('deletes, reports the count, reloads and refreshes the badge', async () => {
    const { server } = setupApp();
    server.on('listDocuments', (params: Record<string, unknown>) => (params.perPage === 1 ? page([], 1) : page([documentRow({ id: 1 })])));
    server.on('deleteDocuments', { deleted: 2 });
    const store = useDocumentsStore();
    await store.load({ page: 1 });
    store.selectAll(true);
    expect(await store.remove([1, 2])).toBe(true);
    expect(server.callsOf('deleteDocuments')).toEqual([{ ids: [1, 2] }]);
    expect(useFlashStore().messages[0]?.text).toBe(en('documents.deleted', { count: 2 }));
    expect(store.selected).toEqual([]);
    expect(useAppStore().waitingCount).toBe(1);
  });

  it('names the document when a deletion fails', async () => {
    const { server } = setupApp();
    server.on('listDocuments', page([documentRow({ id: 1, reference: 'FA777' })]));
    server.on('deleteDocuments', fail(409, 'conflict', 'Already deleted.'));
    const store = useDocumentsStore();
    await store.load({});
    expect(await store.remove([1])).toBe(false);
    expect(useFlashStore().messages[0]?.text).toBe(en('error.actionFailed', { action: en('documents.deleteWhat', { what: 'FA777' }), reason: 'Already deleted.' }));
    expect(store.page?.items).toHaveLength(1);
  });

  it('replaces an assigned row with the server version', async () => {
    const { server } = setupApp();
    server.on('listDocuments', page([documentRow({ id: 1, customer: null, status: 'pending' })]));
    const assigned = documentRow({ id: 1, status: 'attached', matchMethod: 'manual' });
    server.on('assignDocument', { document: assigned });
    const store = useDocumentsStore();
    await store.load({});
    expect(await store.assign(1, 7, true)).toBe(true);
    expect(server.callsOf('assignDocument')).toEqual([{ id: 1, customerId: 7, rememberCode: true, expectedVersion: 1 }]);
    expect(store.page?.items[0]).toEqual(assigned);
    expect(useFlashStore().messages[0]?.text).toBe(en('assign.done', { reference: 'FA00001', customer: 'Jeanne Martin' }));
  });

  it('loads the events of a document, or their error', async () => {
    const { server } = setupApp();
    server.on('getDocumentEvents', { items: [eventRow()] });
    const store = useDocumentsStore();
    await store.loadEvents(1);
    expect(store.events[1]).toEqual({ loading: false, error: null, items: [eventRow()] });
    server.on('getDocumentEvents', fail(404, 'not_found', 'Gone.'));
    await store.loadEvents(1);
    expect(store.events[1]?.error).toBe('Gone.');
  });
});
