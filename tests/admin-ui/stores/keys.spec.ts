import { useFlashStore } from '@/stores/flash';
import { useKeysStore } from '@/stores/keys';
import { deferred, fail } from '../support/fakeServer';
import { apiKey, en, setupApp } from '../support/setup';

describe('keys store', () => {
  it('loads the keys', async () => {
    const { server } = setupApp();
    server.on('listKeys', { keys: [apiKey()] });
    const store = useKeysStore();
    await store.load();
    expect(store.keys).toHaveLength(1);
    expect(store.loaded).toBe(true);
    expect(store.error).toBeNull();
  });

  it('keeps the error message when loading fails', async () => {
    const { server } = setupApp();
    server.on('listKeys', fail(500, 'internal', 'Database down'));
    const store = useKeysStore();
    await store.load();
    expect(store.error).toBe('Database down');
    expect(store.loading).toBe(false);
  });

  it('adds a created key first and holds its secret until dismissed', async () => {
    const { server } = setupApp();
    server.on('listKeys', { keys: [apiKey()] });
    server.on('createKey', (params: Record<string, unknown>) => ({ key: apiKey({ id: 2, label: String(params.label) }), secret: 'ebp_SECRET' }));
    const store = useKeysStore();
    await store.load();
    expect(await store.create('Warehouse')).toBe(true);
    expect(store.keys.map((key) => key.id)).toEqual([2, 1]);
    expect(store.newSecret).toEqual({ label: 'Warehouse', secret: 'ebp_SECRET' });
    store.dismissSecret();
    expect(store.newSecret).toBeNull();
  });

  it('reports a refused creation without adding a key', async () => {
    const { server } = setupApp();
    server.on('createKey', fail(422, 'validation', 'The label is required.', 'label'));
    const store = useKeysStore();
    expect(await store.create('')).toBe(false);
    expect(store.createError).toBe('The label is required.');
    expect(store.keys).toEqual([]);
    expect(store.newSecret).toBeNull();
  });

  it('shows a revoked key at once, then the server version', async () => {
    const { server } = setupApp();
    const answer = deferred();
    server.on('listKeys', { keys: [apiKey()] });
    server.on('revokeKey', () => answer.promise);
    const store = useKeysStore();
    await store.load();
    const done = store.revoke(1);
    expect(store.keys[0]?.active).toBe(false);
    answer.resolve({ key: apiKey({ active: false, revokedAt: '2024-05-03 08:00:00' }) });
    expect(await done).toBe(true);
    expect(store.keys[0]?.revokedAt).toBe('2024-05-03 08:00:00');
  });

  it('puts the key back and names it when revoking fails', async () => {
    const { server } = setupApp();
    server.on('listKeys', { keys: [apiKey({ label: 'Office PC' })] });
    server.on('revokeKey', fail(403, 'forbidden', 'no'));
    const store = useKeysStore();
    await store.load();
    expect(await store.revoke(1)).toBe(false);
    expect(store.keys[0]).toEqual(apiKey({ label: 'Office PC' }));
    const message = useFlashStore().messages[0];
    expect(message?.kind).toBe('danger');
    expect(message?.text).toBe(en('error.actionFailed', { action: en('keys.revokeWhat', { label: 'Office PC' }), reason: en('error.forbidden') }));
  });
});
