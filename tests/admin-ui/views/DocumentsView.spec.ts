import { formatDateTime } from '@/format';
import { flushPromises, mount } from '@vue/test-utils';
import DocumentsView from '@/views/DocumentsView.vue';
import { deferred, fail } from '../support/fakeServer';
import { rowMenuIds, rowMenuItem } from '../support/rowMenu';
import { BO_URL, documentRow, en, eventRow, page, setupApp } from '../support/setup';

const url = `${BO_URL}&ebpView=documents`;

function mountView(context: ReturnType<typeof setupApp>) {
  return mount(DocumentsView, { global: { plugins: [context.pinia] }, attachTo: document.body });
}

function lastQuery(): URLSearchParams {
  return new URL(window.location.href).searchParams;
}

describe('DocumentsView', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows loading, then rows with server-built links and formatted values', async () => {
    const context = setupApp({ url });
    const answer = deferred();
    context.server.on('listDocuments', () => answer.promise);
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="loading"]').exists()).toBe(true);
    answer.resolve(
      page([
        documentRow({
          id: 1,
          order: { id: 5, reference: 'XKBKNABJK', url: 'https://shop.test/admin/sell/orders/5/view?_token=q' },
          firstDownloadedAt: '2024-05-03 08:00:00',
        }),
      ], 1),
    );
    await flushPromises();
    const row = wrapper.find('[data-test="document-row"]');
    expect(row.text()).toContain('Invoice');
    expect(row.text()).toContain('FA00001');
    expect(row.text()).toContain('€120.00');
    expect(row.text()).toContain('May 2, 2024');
    expect(row.text()).toContain(en('status.attached'));
    expect(row.find('[data-test="customer-link"]').attributes('href')).toContain('controller=AdminCustomers&id_customer=7');
    expect(row.find('[data-test="order-link"]').attributes('href')).toBe('https://shop.test/admin/sell/orders/5/view?_token=q');
    const download = row.find('[data-test="download"]');
    expect(download.attributes('href')).toContain('download=1');
    expect(download.attributes('aria-label')).toBe(en('documents.downloadPdf'));
    expect(download.find('.material-icons').text()).toBe('file_download');
    expect(row.find('[data-test="billing-email"]').text()).toBe(documentRow().billingEmail);
    expect(row.find('[data-test="first-download"]').text()).toBe(en('documents.downloadedOn', { date: formatDateTime('2024-05-03 08:00:00') }));
    expect(context.server.callsOf('listDocuments')[0]).toEqual({
      search: '',
      type: '',
      status: '',
      reason: '',
      dateFrom: '',
      dateTo: '',
      sort: 'received',
      direction: 'desc',
      page: 1,
      perPage: 20,
    });
  });

  it('shows the empty state, and a different one when filters hide everything', async () => {
    const context = setupApp({ url });
    context.server.on('listDocuments', page([], 0));
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="empty"]').text()).toBe(en('documents.empty'));
    await wrapper.find('[data-test="filter-type"]').setValue('invoice');
    await flushPromises();
    expect(wrapper.find('[data-test="empty"]').text()).toBe(en('documents.emptyFiltered'));
    await wrapper.find('[data-test="clear-filters"]').trigger('click');
    await flushPromises();
    expect(lastQuery().has('ebpType')).toBe(false);
  });

  it('shows the error state with a retry', async () => {
    const context = setupApp({ url });
    context.server.on('listDocuments', fail(500, 'internal', 'Database down'));
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="load-error"]').text()).toContain('Database down');
    context.server.on('listDocuments', page([documentRow()], 1));
    await wrapper.find('[data-test="load-error"] button').trigger('click');
    await flushPromises();
    expect(wrapper.findAll('[data-test="document-row"]')).toHaveLength(1);
  });

  it('reads its filters from the URL (shared link) and writes changes back', async () => {
    const context = setupApp({ url: `${url}&ebpStatus=pending&ebpType=credit_note&ebpFrom=2024-01-01&ebpSort=amount&ebpDir=asc&ebpPage=3&token=abc` });
    context.server.on('listDocuments', (params: Record<string, unknown>) => page([documentRow()], 100, Number(params.page)));
    const wrapper = mountView(context);
    await flushPromises();
    expect(context.server.callsOf('listDocuments')[0]).toMatchObject({
      status: 'pending',
      type: 'credit_note',
      dateFrom: '2024-01-01',
      sort: 'amount',
      direction: 'asc',
      page: 3,
    });
    expect((wrapper.find('[data-test="filter-status"]').element as HTMLSelectElement).value).toBe('pending');

    await wrapper.find('[data-test="sort-date"]').trigger('click');
    await flushPromises();
    expect(lastQuery().get('ebpSort')).toBe('date');
    expect(lastQuery().has('ebpDir')).toBe(false);
    expect(lastQuery().has('ebpPage')).toBe(false);
    expect(lastQuery().get('token')).toBe('abc');
    expect(context.server.callsOf('listDocuments').at(-1)).toMatchObject({ sort: 'date', direction: 'desc', page: 1 });

    await wrapper.find('[data-test="sort-date"]').trigger('click');
    await flushPromises();
    expect(lastQuery().get('ebpDir')).toBe('asc');
    expect(wrapper.find('th[aria-sort="ascending"]').exists()).toBe(true);

    await wrapper.find('[data-test="next"]').trigger('click');
    await flushPromises();
    expect(lastQuery().get('ebpPage')).toBe('2');
  });

  it('offers the shop filter only with several shops', async () => {
    const context = setupApp({ url, payload: { shops: [{ id: 1, name: 'FR' }, { id: 2, name: 'BE' }] } });
    context.server.on('listDocuments', page([], 0));
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('[data-test="filter-shop"]').setValue('2');
    await flushPromises();
    expect(context.server.callsOf('listDocuments').at(-1)).toMatchObject({ shopId: 2 });
    const single = setupApp({ url });
    single.server.on('listDocuments', page([], 0));
    const other = mountView(single);
    await flushPromises();
    expect(other.find('[data-test="filter-shop"]').exists()).toBe(false);
  });

  it('deletes a document after confirmation', async () => {
    const context = setupApp({ url });
    context.server.on('listDocuments', page([documentRow({ id: 1 }), documentRow({ id: 2 })], 2));
    context.server.on('deleteDocuments', { deleted: 1 });
    const wrapper = mountView(context);
    await flushPromises();
    await (await rowMenuItem(wrapper, 'delete', 1)).trigger('click');
    expect(document.body.textContent).toContain(en('documents.deleteOne', { reference: 'FA00002' }));
    expect(context.server.callsOf('deleteDocuments')).toHaveLength(0);
    await wrapper.find('[data-test="dialog-confirm"]').trigger('click');
    await flushPromises();
    expect(context.server.callsOf('deleteDocuments')).toEqual([{ ids: [2] }]);
    expect(wrapper.find('[data-test="dialog-confirm"]').exists()).toBe(false);
  });

  it('cancels a deletion with Escape', async () => {
    const context = setupApp({ url });
    context.server.on('listDocuments', page([documentRow()], 1));
    const wrapper = mountView(context);
    await flushPromises();
    await (await rowMenuItem(wrapper, 'delete')).trigger('click');
    await wrapper.find('[role="dialog"]').trigger('keydown', { key: 'Escape' });
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false);
    expect(context.server.callsOf('deleteDocuments')).toHaveLength(0);
  });

  it('bulk-deletes the selection', async () => {
    const context = setupApp({ url });
    context.server.on('listDocuments', page([documentRow({ id: 1 }), documentRow({ id: 2 }), documentRow({ id: 3 })], 3));
    context.server.on('deleteDocuments', { deleted: 3 });
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="bulk-bar"]').exists()).toBe(false);
    await wrapper.find('[data-test="select-all"]').setValue(true);
    expect(wrapper.find('[data-test="bulk-bar"]').text()).toContain(en('common.selected', { count: 3 }));
    await wrapper.find('[data-test="bulk-delete"]').trigger('click');
    expect(wrapper.text()).toContain(en('documents.deleteMany', { count: 3 }));
    await wrapper.find('[data-test="dialog-confirm"]').trigger('click');
    await flushPromises();
    expect(context.server.callsOf('deleteDocuments')).toEqual([{ ids: [1, 2, 3] }]);
  });

  it('shows the event history of a document', async () => {
    const context = setupApp({ url });
    context.server.on('listDocuments', page([documentRow()], 1));
    context.server.on('getDocumentEvents', { items: [eventRow({ event: 'attached', detail: { method: 'email' } }), eventRow({ id: 2, event: 'received' })] });
    const wrapper = mountView(context);
    await flushPromises();
    await (await rowMenuItem(wrapper, 'history')).trigger('click');
    await flushPromises();
    expect(context.server.callsOf('getDocumentEvents')).toEqual([{ id: 1 }]);
    expect(wrapper.findAll('[data-test="event"]').map((e) => e.text())).toEqual([
      expect.stringContaining(en('event.attached')),
      expect.stringContaining(en('event.received')),
    ]);
    const hide = await rowMenuItem(wrapper, 'history');
    expect(hide.find('.ebpdocuments-row-label').text()).toBe(en('documents.hideHistory'));
    await hide.trigger('click');
    expect(wrapper.findAll('[data-test="event"]')).toHaveLength(0);
  });

  it('re-assigns a document to another customer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const context = setupApp({ url });
      context.server.on('listDocuments', page([documentRow()], 1));
      context.server.on('searchCustomers', {
        items: [{ id: 8, firstname: 'Paul', lastname: 'Durand', email: 'paul@example.com', company: null, isGuest: false, url: 'x' }],
      });
      context.server.on('assignDocument', { document: documentRow({ customer: { id: 8, name: 'Paul Durand', email: 'paul@example.com', url: 'y' } }) });
      const wrapper = mountView(context);
      await flushPromises();
      await (await rowMenuItem(wrapper, 'reassign')).trigger('click');
      await flushPromises();
      await wrapper.find('[data-test="customer-search"]').setValue('paul');
      vi.advanceTimersByTime(350);
      await flushPromises();
      await wrapper.find('[data-test="customer-option"]').trigger('click');
      await wrapper.find('[data-test="dialog-confirm"]').trigger('click');
      await flushPromises();
      expect(context.server.callsOf('assignDocument')).toEqual([{ id: 1, customerId: 8, rememberCode: true, expectedVersion: 1 }]);
      expect(wrapper.find('[data-test="customer-link"]').text()).toBe('Paul Durand');
    } finally {
      vi.useRealTimers();
    }
  });

  it('hides edit and delete controls without those permissions', async () => {
    const context = setupApp({ url, permissions: { edit: false, delete: false } });
    context.server.on('listDocuments', page([documentRow()], 1));
    const wrapper = mountView(context);
    await flushPromises();
    expect(await rowMenuIds(wrapper)).toEqual(['history']);
    // Rows can still be selected, to download them; deleting them cannot.
    await wrapper.find('[data-test="select-all"]').setValue(true);
    expect(wrapper.find('[data-test="bulk-delete"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="export-zip"]').text()).toBe(en('export.zipSelected'));
    expect(wrapper.find('[data-test="download"]').exists()).toBe(true);
  });

  it('keeps Download in sight and puts history, re-assign and delete in the row menu', async () => {
    const context = setupApp({ url });
    context.server.on('listDocuments', page([documentRow({ id: 1 }), documentRow({ id: 2, customer: null, reference: 'FA2' })], 2));
    const wrapper = mountView(context);
    await flushPromises();
    expect(await rowMenuIds(wrapper, 0)).toEqual(['history', 'reassign', 'delete']);
    expect((await rowMenuItem(wrapper, 'reassign', 1)).find('.ebpdocuments-row-label').text()).toBe(en('waiting.assign'));
    expect(wrapper.findAll('[data-test="row-menu"]')[1]?.attributes('aria-label')).toBe(en('common.moreActions', { reference: 'FA2' }));
  });
});

describe('DocumentsView on big tables', () => {
  it("shows one customer's documents from the Customer page's link, named by the server, until the filter is removed", async () => {
    const context = setupApp({ url: `${url}&ebpCustomer=3&token=abc` });
    const answer = deferred();
    context.server.on('listDocuments', (params: Record<string, unknown>) =>
      params.customerId === 3 ? answer.promise : page([documentRow({ id: 9 })], 1),
    );
    const wrapper = mountView(context);
    await flushPromises();
    expect(context.server.callsOf('listDocuments')[0]).toMatchObject({ customerId: 3, sort: 'received', page: 1 });
    const field = () => wrapper.find('#ebpdocuments-doc-customer').element as HTMLInputElement;
    expect(field().value).toBe('#3');
    answer.resolve({ ...page([documentRow({ id: 4 })], 1), customer: { id: 3, name: 'Jean Client', email: 'jean.client@example.com' } });
    await flushPromises();
    expect(field().value).toBe('Jean Client (jean.client@example.com)');
    expect(wrapper.find('label[for="ebpdocuments-doc-customer"]').text()).toBe(en('documents.customer'));
    const csv = new URL(wrapper.find('[data-test="export-csv"]').attributes('href') as string);
    expect(csv.searchParams.get('customerId')).toBe('3');

    const remove = wrapper.find('[data-test="filter-customer-remove"]');
    expect(remove.text()).toContain(en('documents.allCustomers'));
    await remove.trigger('click');
    await flushPromises();
    expect(lastQuery().has('ebpCustomer')).toBe(false);
    expect(lastQuery().get('token')).toBe('abc');
    expect(context.server.callsOf('listDocuments').at(-1)).not.toHaveProperty('customerId');
    expect(wrapper.find('[data-test="filter-customer"]').exists()).toBe(false);
    expect(wrapper.findAll('[data-test="document-row"]')).toHaveLength(1);
  });

  it('clears the customer filter with the other filters', async () => {
    const context = setupApp({ url: `${url}&ebpCustomer=3&ebpType=invoice` });
    context.server.on('listDocuments', page([], 0));
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('[data-test="clear-filters"]').trigger('click');
    await flushPromises();
    expect(lastQuery().has('ebpCustomer')).toBe(false);
    expect(lastQuery().has('ebpType')).toBe(false);
    expect(wrapper.find('[data-test="filter-customer"]').exists()).toBe(false);
  });

  it('says "more than" when the server stopped counting', async () => {
    const context = setupApp({ url });
    context.server.on('listDocuments', { ...page([documentRow()], 10000), totalCapped: true });
    const wrapper = mount(DocumentsView, { global: { plugins: [context.pinia] } });
    await flushPromises();
    expect(wrapper.find('[data-test="range"]').text()).toBe(en('common.rangeCapped', { from: 1, to: 20, total: '10,000' }));
  });
});

describe('DocumentsView exports', () => {
  it('exports the current filters, then the selection once rows are selected', async () => {
    const context = setupApp({ url: `${url}&ebpStatus=attached&ebpSearch=FA20&ebpPage=2` });
    context.server.on('listDocuments', page([documentRow({ id: 4 }), documentRow({ id: 5, reference: 'FA2' })], 2));
    const wrapper = mountView(context);
    await flushPromises();
    const csv = new URL(wrapper.find('[data-test="export-csv"]').attributes('href') as string);
    expect(csv.searchParams.get('action')).toBe('exportDocuments');
    expect(csv.searchParams.get('token')).toBe('abc');
    expect(csv.searchParams.get('status')).toBe('attached');
    expect(csv.searchParams.get('search')).toBe('FA20');
    expect(csv.searchParams.has('page')).toBe(false);
    expect(wrapper.find('[data-test="export-zip"]').text()).toBe(en('export.zip'));

    await wrapper.find('[data-test="select-all"]').setValue(true);
    const zip = new URL(wrapper.find('[data-test="export-zip"]').attributes('href') as string);
    expect(zip.searchParams.get('action')).toBe('downloadDocumentsZip');
    expect(zip.searchParams.getAll('ids[]')).toEqual(['4', '5']);
    expect(zip.searchParams.has('status')).toBe(false);
    document.body.innerHTML = '';
  });
});
