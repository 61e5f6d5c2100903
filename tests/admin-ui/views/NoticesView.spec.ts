import { flushPromises, mount } from '@vue/test-utils';
import { useAppStore } from '@/stores/app';
import NoticesView from '@/views/NoticesView.vue';
import { deferred, fail } from '../support/fakeServer';
import { rowMenuIds, rowMenuItem } from '../support/rowMenu';
import { BO_URL, en, noticeRow, page, setupApp } from '../support/setup';

const url = `${BO_URL}&ebpView=notices`;

function mountView(context: ReturnType<typeof setupApp>) {
  return mount(NoticesView, { global: { plugins: [context.pinia] }, attachTo: document.body });
}

function withRows(context: ReturnType<typeof setupApp>, rows = [noticeRow({ id: 1, reference: 'FA1' }), noticeRow({ id: 2, reference: 'FA2', reason: 'GUEST_ONLY' })]) {
  context.server.on('listDocuments', (params: Record<string, unknown>) => (params.perPage === 1 ? page([], rows.length) : page(rows)));
  return rows;
}

describe('NoticesView', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lists pending notices with the reason in plain words', async () => {
    const context = setupApp({ url });
    withRows(context);
    const wrapper = mountView(context);
    await flushPromises();
    expect(context.server.callsOf('listDocuments')[0]).toMatchObject({ status: 'pending', page: 1 });
    const rows = wrapper.findAll('[data-test="notice-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.find('[data-test="reason-message"]').text()).toBe(
      'This document cannot be sent to the shop because no customer account matches the third party in the accounting software.',
    );
    expect(rows[0]?.text()).toContain('unknown@example.com');
    expect(rows[0]?.text()).toContain('C0042');
    expect(rows[1]?.text()).toContain(en('noticeReason.GUEST_ONLY.label'));
  });

  it('shows the NO_ACCOUNT notice in French with a French payload', async () => {
    const context = setupApp({
      url,
      payload: {
        locale: 'fr-FR',
        noticeReasons: [
          {
            code: 'NO_ACCOUNT',
            label: 'Aucun compte client',
            message: 'Ce document ne peut pas être envoyé sur le site car aucun compte client correspondant au tiers en gestion commerciale n\'existe sur le site.',
          },
        ],
      },
    });
    withRows(context, [noticeRow()]);
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="reason-message"]').text()).toBe(
      'Ce document ne peut pas être envoyé sur le site car aucun compte client correspondant au tiers en gestion commerciale n\'existe sur le site.',
    );
  });

  it('shows loading, empty and error states', async () => {
    const context = setupApp({ url });
    const answer = deferred();
    context.server.on('listDocuments', () => answer.promise);
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="loading"]').exists()).toBe(true);
    answer.resolve(page([], 0));
    await flushPromises();
    expect(wrapper.find('[data-test="empty"]').text()).toBe(en('notices.empty'));
    context.server.on('listDocuments', fail(500, 'internal', 'Boom'));
    await wrapper.find('[data-test="filter-reason"]').setValue('AMBIGUOUS');
    await flushPromises();
    expect(wrapper.find('[data-test="load-error"]').text()).toContain('Boom');
    expect(new URL(window.location.href).searchParams.get('ebpReason')).toBe('AMBIGUOUS');
  });

  it('assigns a notice to a registered customer found by type-ahead, remembering the EBP code', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const context = setupApp({ url });
      withRows(context);
      context.server.on('searchCustomers', (params: Record<string, unknown>) => ({
        items:
          params.query === 'durand'
            ? [
                { id: 30, firstname: 'Paul', lastname: 'Durand', email: 'paul@example.com', company: null, isGuest: true, url: 'g' },
                { id: 31, firstname: 'Paul', lastname: 'Durand', email: 'paul@example.com', company: 'Durand SARL', isGuest: false, url: 'r' },
              ]
            : [],
      }));
      context.server.on('assignDocument', (params: Record<string, unknown>) => ({
        document: noticeRow({ id: Number(params.id), status: 'attached', reason: null, customer: { id: 31, name: 'Paul Durand', email: 'paul@example.com', url: 'r' } }),
      }));
      const wrapper = mountView(context);
      await flushPromises();
      await wrapper.find('[data-test="assign"]').trigger('click');
      await flushPromises();
      // The billing e-mail is searched at once; nothing found for it.
      expect(context.server.callsOf('searchCustomers')[0]).toEqual({ query: 'unknown@example.com' });
      expect(wrapper.find('[data-test="customer-none"]').exists()).toBe(true);
      expect((wrapper.find('[data-test="dialog-confirm"]').element as HTMLButtonElement).disabled).toBe(true);

      const input = wrapper.find('[data-test="customer-search"]');
      await input.setValue('dur');
      await input.setValue('durand');
      vi.advanceTimersByTime(350);
      await flushPromises();
      // Debounced: one request for the last text.
      expect(context.server.callsOf('searchCustomers').map((p) => p.query)).toEqual(['unknown@example.com', 'durand']);
      const options = wrapper.findAll('[data-test="customer-option"]');
      expect(options[0]?.text()).toContain(en('customer.guest'));
      expect(options[0]?.attributes('aria-disabled')).toBe('true');
      expect(options[1]?.text()).toContain(en('customer.registered'));
      expect(options[1]?.text()).toContain('Durand SARL');
      await options[0]?.trigger('click');
      expect((wrapper.find('[data-test="dialog-confirm"]').element as HTMLButtonElement).disabled).toBe(true);
      await input.trigger('keydown', { key: 'Enter' });
      expect(wrapper.find('[data-test="assign-chosen"]').text()).toContain('paul@example.com');
      expect((wrapper.find('[data-test="remember"]').element as HTMLInputElement).checked).toBe(true);
      await wrapper.find('[data-test="dialog-confirm"]').trigger('click');
      await flushPromises();
      expect(context.server.callsOf('assignDocument')).toEqual([{ id: 1, customerId: 31, rememberCode: true, expectedVersion: 1 }]);
      expect(wrapper.find('[role="dialog"]').exists()).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('lets the admin not remember the EBP code', async () => {
    const context = setupApp({ url });
    withRows(context, [noticeRow({ id: 4 })]);
    context.server.on('searchCustomers', {
      items: [{ id: 31, firstname: 'Paul', lastname: 'Durand', email: 'unknown@example.com', company: null, isGuest: false, url: 'r' }],
    });
    context.server.on('assignDocument', { document: noticeRow({ id: 4 }) });
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('[data-test="assign"]').trigger('click');
    await flushPromises();
    await wrapper.find('[data-test="customer-option"]').trigger('click');
    await wrapper.find('[data-test="remember"]').setValue(false);
    await wrapper.find('[data-test="dialog-confirm"]').trigger('click');
    await flushPromises();
    expect(context.server.callsOf('assignDocument')).toEqual([{ id: 4, customerId: 31, rememberCode: false, expectedVersion: 1 }]);
  });

  it('keeps the dialog open and says what failed when the assignment is refused', async () => {
    const context = setupApp({ url });
    withRows(context, [noticeRow({ id: 4, reference: 'FA4' })]);
    context.server.on('searchCustomers', {
      items: [{ id: 31, firstname: 'Paul', lastname: 'Durand', email: 'p@example.com', company: null, isGuest: false, url: 'r' }],
    });
    context.server.on('assignDocument', fail(422, 'validation', 'This customer was deleted.', 'customerId'));
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('[data-test="assign"]').trigger('click');
    await flushPromises();
    await wrapper.find('[data-test="customer-option"]').trigger('click');
    await wrapper.find('[data-test="dialog-confirm"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="dialog"]').exists()).toBe(true);
    const { useFlashStore } = await import('@/stores/flash');
    expect(useFlashStore().messages.at(-1)?.text).toBe(en('error.actionFailed', { action: en('assign.what', { reference: 'FA4' }), reason: 'This customer was deleted.' }));
  });

  it('retries one notice, the selection, and all after confirmation, and shows the result', async () => {
    const context = setupApp({ url });
    withRows(context);
    context.server.on('retryMatching', () => ({ attached: 1, stillWaiting: 1, processed: 2, remaining: 0, cursor: 2, done: true }));
    const wrapper = mountView(context);
    await flushPromises();
    await (await rowMenuItem(wrapper, 'retry', 0)).trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-test="retry-result"]').text()).toBe(en('notices.retryResult', { attached: 1, waiting: 1 }));
    expect((wrapper.find('[data-test="retry-selected"]').element as HTMLButtonElement).disabled).toBe(true);
    await wrapper.findAll('[data-test="select-row"]')[1]?.setValue(true);
    await wrapper.find('[data-test="retry-selected"]').trigger('click');
    await flushPromises();
    await wrapper.find('[data-test="retry-all"]').trigger('click');
    expect(wrapper.text()).toContain(en('notices.retryAllText', { count: 2 }));
    await wrapper.find('[data-test="dialog-confirm"]').trigger('click');
    await flushPromises();
    expect(context.server.callsOf('retryMatching')).toEqual([{ ids: [1] }, { ids: [2] }, { all: true }]);
  });

  it('runs "retry all" batch after batch with a progress bar, and stops after the current batch when asked', async () => {
    const context = setupApp({ url });
    withRows(context);
    const answers = [deferred(), deferred(), deferred()];
    let call = 0;
    context.server.on('retryMatching', () => answers[call++]?.promise);
    const wrapper = mountView(context);
    await flushPromises();
    useAppStore().noticeCount = 850;
    await wrapper.find('[data-test="retry-all"]').trigger('click');
    await wrapper.find('[data-test="dialog-confirm"]').trigger('click');
    await flushPromises();
    const progress = () => wrapper.find('[data-test="retry-progress"]');
    expect(progress().find('[data-test="batch-count"]').text()).toBe(en('batch.count', { done: 0, total: 850 }));
    answers[0]?.resolve({ attached: 20, stillWaiting: 100, processed: 120, remaining: 730, cursor: 300, done: false });
    await flushPromises();
    expect(progress().find('[data-test="batch-count"]').text()).toBe(en('batch.count', { done: 120, total: 850 }));
    const bar = progress().find('[role="progressbar"]');
    expect([bar.attributes('aria-valuenow'), bar.attributes('aria-valuemax')]).toEqual(['120', '850']);
    expect(bar.find('.ebpdocuments-batch-fill').attributes('style')).toContain('width: 14%');
    expect(context.server.callsOf('retryMatching')).toEqual([{ all: true }, { all: true, after: 300 }]);
    await progress().find('[data-test="batch-cancel"]').trigger('click');
    expect(progress().find('[data-test="batch-cancel"]').text()).toBe(en('batch.stopping'));
    answers[1]?.resolve({ attached: 5, stillWaiting: 115, processed: 120, remaining: 610, cursor: 600, done: false });
    await flushPromises();
    expect(context.server.callsOf('retryMatching')).toHaveLength(2);
    expect(progress().exists()).toBe(false);
    const { useFlashStore } = await import('@/stores/flash');
    expect(useFlashStore().messages.at(-1)).toMatchObject({
      kind: 'warning',
      text: en('notices.retryCancelled', { done: 240, total: 850, attached: 25, waiting: 215 }),
    });
    expect(wrapper.find('[data-test="retry-result"]').exists()).toBe(false);
  });

  it('dismisses at once and brings the row back when the server refuses', async () => {
    const context = setupApp({ url });
    withRows(context);
    const answer = deferred();
    context.server.on('dismissNotices', () => answer.promise);
    const wrapper = mountView(context);
    await flushPromises();
    await (await rowMenuItem(wrapper, 'dismiss', 0)).trigger('click');
    expect(wrapper.findAll('[data-test="notice-row"]')).toHaveLength(1);
    answer.resolve(fail(500, 'internal', 'Disk full'));
    await flushPromises();
    expect(wrapper.findAll('[data-test="notice-row"]')).toHaveLength(2);
    const { useFlashStore } = await import('@/stores/flash');
    expect(useFlashStore().messages.at(-1)?.text).toBe(en('error.actionFailed', { action: en('notices.dismissWhat', { what: 'FA1' }), reason: 'Disk full' }));
  });

  it('shows dismissed notices and restores one', async () => {
    const context = setupApp({ url });
    withRows(context);
    context.server.on('dismissNotices', { updated: 1 });
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('[data-test="show-dismissed"]').trigger('click');
    await flushPromises();
    expect(new URL(window.location.href).searchParams.get('ebpStatus')).toBe('dismissed');
    expect(context.server.callsOf('listDocuments').filter((p) => p.perPage !== 1).at(-1)).toMatchObject({ status: 'dismissed' });
    expect(await rowMenuIds(wrapper)).toEqual(['download', 'dismiss', 'delete']);
    const restore = await rowMenuItem(wrapper, 'dismiss');
    expect(restore.find('.ebpdocuments-row-label').text()).toBe(en('notices.restore'));
    await restore.trigger('click');
    await flushPromises();
    expect(context.server.callsOf('dismissNotices')).toEqual([{ ids: [1], dismissed: false }]);
  });

  it('updates the badge count after an action', async () => {
    const context = setupApp({ url });
    withRows(context, [noticeRow({ id: 1 })]);
    context.server.on('retryMatching', { attached: 1, stillWaiting: 0, processed: 1, remaining: 0, cursor: 1, done: true });
    const wrapper = mountView(context);
    await flushPromises();
    withRows(context, []);
    await (await rowMenuItem(wrapper, 'retry')).trigger('click');
    await flushPromises();
    expect(useAppStore().noticeCount).toBe(0);
    expect(wrapper.find('[data-test="empty"]').exists()).toBe(true);
  });

  it('hides actions the employee may not use', async () => {
    const context = setupApp({ url, permissions: { edit: false, delete: false } });
    withRows(context);
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="toolbar"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="assign"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="download"]').attributes('aria-label')).toBe(en('documents.downloadPdf'));
    expect(wrapper.find('[data-test="row-menu"]').exists()).toBe(false);
    const editor = setupApp({ url, permissions: { edit: true, delete: false } });
    withRows(editor);
    const other = mountView(editor);
    await flushPromises();
    expect(other.find('[data-test="assign"]').attributes('aria-label')).toBe(en('assign.title', { reference: 'FA1' }));
    expect(await rowMenuIds(other)).toEqual(['download', 'retry', 'dismiss']);
    expect(other.find('[data-test="delete-selected"]').exists()).toBe(false);
  });

  it('deletes selected notices after confirmation', async () => {
    const context = setupApp({ url });
    withRows(context);
    context.server.on('deleteDocuments', { deleted: 2 });
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('[data-test="select-all"]').setValue(true);
    await wrapper.find('[data-test="delete-selected"]').trigger('click');
    await wrapper.find('[data-test="dialog-confirm"]').trigger('click');
    await flushPromises();
    expect(context.server.callsOf('deleteDocuments')).toEqual([{ ids: [1, 2] }]);
  });
});

describe('NoticesView badge', () => {
  it('takes the badge count from the unfiltered list of waiting notices', async () => {
    const context = setupApp({ url });
    context.server.on('listDocuments', page([noticeRow({ id: 1 })], 7));
    const wrapper = mount(NoticesView, { global: { plugins: [context.pinia] } });
    await flushPromises();
    expect(useAppStore().noticeCount).toBe(7);
    context.server.on('listDocuments', page([], 0));
    await wrapper.find('[data-test="filter-reason"]').setValue('AMBIGUOUS');
    await flushPromises();
    expect(useAppStore().noticeCount).toBe(7);
  });
});

describe('NoticesView exports', () => {
  it('exports the notices with their filters, named as notices', async () => {
    const context = setupApp({ url: `${url}&ebpReason=GUEST_ONLY` });
    withRows(context);
    const wrapper = mountView(context);
    await flushPromises();
    const csv = new URL(wrapper.find('[data-test="export-csv"]').attributes('href') as string);
    expect(csv.searchParams.get('action')).toBe('exportDocuments');
    expect(csv.searchParams.get('status')).toBe('pending');
    expect(csv.searchParams.get('reason')).toBe('GUEST_ONLY');
    expect(csv.searchParams.get('list')).toBe('notices');
    const zip = new URL(wrapper.find('[data-test="export-zip"]').attributes('href') as string);
    expect(zip.searchParams.get('action')).toBe('downloadDocumentsZip');
    expect(zip.searchParams.get('reason')).toBe('GUEST_ONLY');
    document.body.innerHTML = '';
  });
});
