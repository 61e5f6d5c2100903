import { useAppStore } from '@/stores/app';
import { useFlashStore } from '@/stores/flash';
import { useNoticesStore } from '@/stores/notices';
import { deferred, fail } from '../support/fakeServer';
import { en, noticeRow, page, setupApp } from '../support/setup';

describe('notices store', () => {
  function withNotices() {
    const context = setupApp();
    const rows = [noticeRow({ id: 1, reference: 'FA1' }), noticeRow({ id: 2, reference: 'FA2' }), noticeRow({ id: 3, reference: 'FA3' })];
    context.server.on('listDocuments', (params: Record<string, unknown>) => (params.perPage === 1 ? page([], 2) : page(rows)));
    return { ...context, rows };
  }

  it('drops an answer that arrives after a newer request', async () => {
    const { server } = setupApp();
    const slow = deferred();
    server.on('listDocuments', (params: Record<string, unknown>) => (params.search === 'old' ? slow.promise : page([noticeRow({ id: 9 })])));
    const store = useNoticesStore();
    const first = store.load({ status: 'pending', search: 'old' });
    await store.load({ status: 'pending', search: 'new' });
    slow.resolve(page([noticeRow({ id: 1 })]));
    await first;
    expect(store.page?.items.map((row) => row.id)).toEqual([9]);
  });

  it('dismisses optimistically and offers an undo', async () => {
    const { server } = withNotices();
    const answer = deferred();
    server.on('dismissNotices', () => answer.promise);
    const store = useNoticesStore();
    await store.load({ status: 'pending' });
    const done = store.dismiss([2], true);
    expect(store.page?.items.map((row) => row.id)).toEqual([1, 3]);
    expect(store.page?.total).toBe(2);
    expect(useAppStore().noticeCount).toBe(2);
    answer.resolve({ updated: 1 });
    expect(await done).toBe(true);
    expect(server.callsOf('dismissNotices')).toEqual([{ ids: [2], dismissed: true }]);
    const message = useFlashStore().messages[0];
    expect(message?.text).toBe(en('notices.dismissed', { what: 'FA2' }));
    expect(message?.action?.label).toBe(en('notices.undo'));
    server.on('dismissNotices', { updated: 1 });
    await message?.action?.run();
    expect(server.callsOf('dismissNotices')[1]).toEqual({ ids: [2], dismissed: false });
  });

  it('rolls back a failed dismiss and names what failed', async () => {
    const { server } = withNotices();
    server.on('dismissNotices', fail(500, 'internal', 'Database down'));
    const store = useNoticesStore();
    await store.load({ status: 'pending' });
    useAppStore().noticeCount = 3;
    store.toggle(2);
    expect(await store.dismiss([2], true)).toBe(false);
    expect(store.page?.items.map((row) => row.id)).toEqual([1, 2, 3]);
    expect(store.page?.total).toBe(3);
    expect(useAppStore().noticeCount).toBe(3);
    expect(useFlashStore().messages.at(-1)?.text).toBe(
      en('error.actionFailed', { action: en('notices.dismissWhat', { what: 'FA2' }), reason: 'Database down' }),
    );
  });

  it('retries matching and reports how many got attached, then refreshes the list and badge', async () => {
    const { server } = withNotices();
    server.on('retryMatching', (params: Record<string, unknown>) =>
      params.after === undefined
        ? { attached: 1, stillWaiting: 1, processed: 2, remaining: 1, cursor: 2, done: false }
        : { attached: 1, stillWaiting: 0, processed: 1, remaining: 0, cursor: 3, done: true });
    const store = useNoticesStore();
    await store.load({ status: 'pending' });
    const result = await store.retry({ ids: [1, 2, 3] });
    expect(result).toEqual({ attached: 2, stillWaiting: 1 });
    expect(server.callsOf('retryMatching')).toEqual([{ ids: [1, 2, 3] }, { ids: [1, 2, 3], after: 2 }]);
    expect(useFlashStore().messages[0]).toMatchObject({ kind: 'success', text: en('notices.retryResult', { attached: 2, waiting: 1 }) });
    expect(server.callsOf('listDocuments').length).toBe(3);
    expect(useAppStore().noticeCount).toBe(2);
  });

  it('retries all notices', async () => {
    const { server } = withNotices();
    server.on('retryMatching', { attached: 0, stillWaiting: 3, processed: 3, remaining: 0, cursor: 3, done: true });
    const store = useNoticesStore();
    await store.retry({ all: true });
    expect(server.callsOf('retryMatching')).toEqual([{ all: true }]);
    expect(useFlashStore().messages[0]?.kind).toBe('info');
  });

  it('reports a failed retry', async () => {
    const { server } = withNotices();
    server.on('retryMatching', fail(500, 'internal', 'Timeout'));
    const store = useNoticesStore();
    await store.load({ status: 'pending' });
    expect(await store.retry({ all: true })).toBeNull();
    expect(store.retrying).toBe(false);
    expect(useFlashStore().messages[0]?.text).toBe(en('error.actionFailed', { action: en('notices.retryWhat', { what: en('notices.allWhat') }), reason: 'Timeout' }));
    expect(store.lastRetry).toBeNull();
  });

  it('stops at a failed batch, says what the batches before it did, and keeps their result', async () => {
    const { server } = withNotices();
    let call = 0;
    server.on('retryMatching', () =>
      ++call === 1 ? { attached: 4, stillWaiting: 46, processed: 50, remaining: 70, cursor: 60, done: false } : fail(500, 'internal', 'Timeout'));
    const store = useNoticesStore();
    await store.load({ status: 'pending' });
    expect(await store.retry({ all: true })).toBeNull();
    expect(call).toBe(2);
    expect(server.callsOf('retryMatching')).toEqual([{ all: true }, { all: true, after: 60 }]);
    const failure = en('error.actionFailed', { action: en('notices.retryWhat', { what: en('notices.allWhat') }), reason: 'Timeout' });
    expect(useFlashStore().messages.at(-1)).toMatchObject({ kind: 'danger', text: `${failure} ${en('notices.retryPartial', { done: 50, attached: 4, waiting: 46 })}` });
    expect(store.lastRetry).toBeNull();
    expect(store.retrying).toBe(false);
  });
});
