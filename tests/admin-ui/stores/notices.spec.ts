import { useAppStore } from '@/stores/app';
import { useFlashStore } from '@/stores/flash';
import { useWaitingStore } from '@/stores/waiting';
import { deferred, fail } from '../support/fakeServer';
import { en, waitingRow, page, setupApp } from '../support/setup';

describe('notices store', () => {
  function withWaiting() {
    const context = setupApp();
    const rows = [waitingRow({ id: 1, reference: 'FA1' }), waitingRow({ id: 2, reference: 'FA2' }), waitingRow({ id: 3, reference: 'FA3' })];
    context.server.on('listDocuments', (params: Record<string, unknown>) => (params.perPage === 1 ? page([], 2) : page(rows)));
    return { ...context, rows };
  }

  it('drops an answer that arrives after a newer request', async () => {
    const { server } = setupApp();
    const slow = deferred();
    server.on('listDocuments', (params: Record<string, unknown>) => (params.search === 'old' ? slow.promise : page([waitingRow({ id: 9 })])));
    const store = useWaitingStore();
    const first = store.load({ status: 'pending', search: 'old' });
    await store.load({ status: 'pending', search: 'new' });
    slow.resolve(page([waitingRow({ id: 1 })]));
    await first;
    expect(store.page?.items.map((row) => row.id)).toEqual([9]);
  });

  it('dismisses optimistically and offers an undo', async () => {
    const { server } = withWaiting();
    const answer = deferred();
    server.on('dismissWaiting', () => answer.promise);
    const store = useWaitingStore();
    await store.load({ status: 'pending' });
    const done = store.dismiss([2], true);
    expect(store.page?.items.map((row) => row.id)).toEqual([1, 3]);
    expect(store.page?.total).toBe(2);
    expect(useAppStore().waitingCount).toBe(2);
    answer.resolve({ updated: 1 });
    expect(await done).toBe(true);
    expect(server.callsOf('dismissWaiting')).toEqual([{ ids: [2], dismissed: true }]);
    const message = useFlashStore().messages[0];
    expect(message?.text).toBe(en('waiting.dismissed', { what: 'FA2' }));
    expect(message?.action?.label).toBe(en('waiting.undo'));
    server.on('dismissWaiting', { updated: 1 });
    await message?.action?.run();
    expect(server.callsOf('dismissWaiting')[1]).toEqual({ ids: [2], dismissed: false });
  });

  it('leaves a capped count ("999+") as it is while a dismiss runs: it was never exact', async () => {
    const { server } = withWaiting();
    const answer = deferred();
    server.on('dismissWaiting', () => answer.promise);
    const store = useWaitingStore();
    await store.load({ status: 'pending' });
    useAppStore().setWaitingCount(999, true);
    const done = store.dismiss([2], true);
    expect(useAppStore().waitingCount).toBe(999);
    expect(useAppStore().waitingCapped).toBe(true);
    answer.resolve({ updated: 1 });
    expect(await done).toBe(true);
    // Then the re-read gives the exact count.
    expect(useAppStore().waitingCount).toBe(2);
    expect(useAppStore().waitingCapped).toBe(false);
  });

  it('rolls back a failed dismiss and names what failed', async () => {
    const { server } = withWaiting();
    server.on('dismissWaiting', fail(500, 'internal', 'Database down'));
    const store = useWaitingStore();
    await store.load({ status: 'pending' });
    useAppStore().waitingCount = 3;
    store.toggle(2);
    expect(await store.dismiss([2], true)).toBe(false);
    expect(store.page?.items.map((row) => row.id)).toEqual([1, 2, 3]);
    expect(store.page?.total).toBe(3);
    expect(useAppStore().waitingCount).toBe(3);
    expect(useFlashStore().messages.at(-1)?.text).toBe(
      en('error.actionFailed', { action: en('waiting.dismissWhat', { what: 'FA2' }), reason: 'Database down' }),
    );
  });

  it('retries matching and reports how many got attached, then refreshes the list and badge', async () => {
    const { server } = withWaiting();
    server.on('retryMatching', (params: Record<string, unknown>) =>
      params.after === undefined
        ? { attached: 1, stillWaiting: 1, processed: 2, remaining: 1, cursor: 2, done: false }
        : { attached: 1, stillWaiting: 0, processed: 1, remaining: 0, cursor: 3, done: true });
    const store = useWaitingStore();
    await store.load({ status: 'pending' });
    const result = await store.retry({ ids: [1, 2, 3] });
    expect(result).toEqual({ attached: 2, stillWaiting: 1 });
    expect(server.callsOf('retryMatching')).toEqual([{ ids: [1, 2, 3] }, { ids: [1, 2, 3], after: 2 }]);
    expect(useFlashStore().messages[0]).toMatchObject({ kind: 'success', text: en('waiting.retryResult', { attached: 2, waiting: 1 }) });
    expect(server.callsOf('listDocuments').length).toBe(3);
    expect(useAppStore().waitingCount).toBe(2);
  });

  it('retries all notices', async () => {
    const { server } = withWaiting();
    server.on('retryMatching', { attached: 0, stillWaiting: 3, processed: 3, remaining: 0, cursor: 3, done: true });
    const store = useWaitingStore();
    await store.retry({ all: true });
    expect(server.callsOf('retryMatching')).toEqual([{ all: true }]);
    expect(useFlashStore().messages[0]?.kind).toBe('info');
  });

  it('reports a failed retry', async () => {
    const { server } = withWaiting();
    server.on('retryMatching', fail(500, 'internal', 'Timeout'));
    const store = useWaitingStore();
    await store.load({ status: 'pending' });
    expect(await store.retry({ all: true })).toBeNull();
    expect(store.retrying).toBe(false);
    expect(useFlashStore().messages[0]?.text).toBe(en('error.actionFailed', { action: en('waiting.retryWhat', { what: en('waiting.allWhat') }), reason: 'Timeout' }));
    expect(store.lastRetry).toBeNull();
  });

  it('stops at a failed batch, says what the batches before it did, and keeps their result', async () => {
    const { server } = withWaiting();
    let call = 0;
    server.on('retryMatching', () =>
      ++call === 1 ? { attached: 4, stillWaiting: 46, processed: 50, remaining: 70, cursor: 60, done: false } : fail(500, 'internal', 'Timeout'));
    const store = useWaitingStore();
    await store.load({ status: 'pending' });
    expect(await store.retry({ all: true })).toBeNull();
    expect(call).toBe(2);
    expect(server.callsOf('retryMatching')).toEqual([{ all: true }, { all: true, after: 60 }]);
    const failure = en('error.actionFailed', { action: en('waiting.retryWhat', { what: en('waiting.allWhat') }), reason: 'Timeout' });
    expect(useFlashStore().messages.at(-1)).toMatchObject({ kind: 'danger', text: `${failure} ${en('waiting.retryPartial', { done: 50, attached: 4, waiting: 46 })}` });
    expect(store.lastRetry).toBeNull();
    expect(store.retrying).toBe(false);
  });
});
