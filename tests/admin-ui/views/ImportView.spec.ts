import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { exportLink } from '@/api/endpoints';
import { useImportStore } from '@/stores/import';
import type { ImportState } from '@/types/api';
import ImportView from '@/views/ImportView.vue';
import { fail } from '../support/fakeServer';
import { BO_URL, en, setupApp } from '../support/setup';

const url = `${BO_URL}&ebpView=import`;
const UPLOAD_URL = 'https://shop.test/admin-dev/index.php?controller=AdminEbpdocuments&token=abc&ajax=1&action=uploadImportChunk&id=7';

function state(overrides: Partial<ImportState> = {}): ImportState {
  return {
    id: 7,
    status: 'uploading',
    busy: false,
    zip: { name: 'factures.zip', size: 250, received: 0 },
    csv: { name: 'factures.csv', size: 40, received: 0 },
    chunkBytes: 100,
    notify: false,
    columns: ['N° pièce', 'Type de pièce', 'E-mail de facturation', 'Total TTC'],
    fields: ['reference', 'type', 'date', 'email', 'customer_code', 'total_tax_excl', 'total_tax_incl', 'oid', 'currency'],
    mapping: { reference: 'N° pièce', type: 'Type de pièce', date: null, email: 'E-mail de facturation', customer_code: null, total_tax_excl: null, total_tax_incl: 'Total TTC', oid: null, currency: null },
    pattern: '* {number}.pdf',
    example: { file: 'Facture FA1.pdf', number: 'FA1' },
    encoding: 'Windows-1252',
    total: 202,
    processed: 0,
    counts: { attached: 0, kept_aside: 0, unchanged: 0, replaced: 0, refused: 0 },
    reasons: [],
    refusals: [],
    uploadUrl: UPLOAD_URL,
    resultUrl: 'https://shop.test/admin-dev/index.php?controller=AdminEbpdocuments&token=abc&ajax=1&action=downloadImportResult&id=7',
    ...overrides,
  };
}

const DRY_RUN = {
  status: 'ready' as const,
  processed: 202,
  counts: { attached: 49, kept_aside: 150, unchanged: 0, replaced: 0, refused: 3 },
  reasons: [
    { outcome: 'kept_aside' as const, reason: 'NO_ACCOUNT', count: 149 },
    { outcome: 'kept_aside' as const, reason: 'INVALID_EMAIL', count: 1 },
    { outcome: 'refused' as const, reason: 'no_pdf', count: 1 },
    { outcome: 'refused' as const, reason: 'no_row', count: 1 },
    { outcome: 'refused' as const, reason: 'duplicate_row', count: 1 },
  ],
  refusals: [{ line: 7, file: null, number: 'FA5', reason: 'duplicate_row' }],
};

function mountView(context: ReturnType<typeof setupApp>): VueWrapper {
  return mount(ImportView, { global: { plugins: [context.pinia] }, attachTo: document.body });
}

async function choose(wrapper: VueWrapper, which: 'zip' | 'csv', file: File): Promise<void> {
  const input = wrapper.find(`[data-test="file-${which}"]`);
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
}

describe('ImportView', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('uploads both files in chunks under the shop limit, runs the dry run and shows its counts and refusals', async () => {
    const context = setupApp({ url });
    const received = { zip: 0, csv: 0 };
    let steps = 0;
    context.server
      .on('getImport', (params: Record<string, unknown>) => ({ import: params.id ? state({ status: 'analyzing', zip: { name: 'factures.zip', size: 250, received: 250 }, csv: { name: 'factures.csv', size: 40, received: 40 } }) : null }))
      .on('createImport', () => ({ import: state() }))
      .on('uploadImportChunk', (params: Record<string, unknown>) => {
        const which = params.file as 'zip' | 'csv';
        expect(Number(params.offset)).toBe(received[which]);
        expect(Number(params.bytes)).toBeLessThanOrEqual(100);
        received[which] += Number(params.bytes);
        return { received: received[which], status: 'uploading' };
      })
      .on('stepImport', () => {
        steps += 1;
        return { import: steps < 2 ? state({ status: 'analyzing', processed: 100 }) : state(DRY_RUN) };
      });
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="import-upload"]').attributes('disabled')).toBeDefined();
    await choose(wrapper, 'zip', new File(['z'.repeat(250)], 'factures.zip'));
    await choose(wrapper, 'csv', new File(['c'.repeat(40)], 'factures.csv'));
    await wrapper.find('[data-test="import-upload"]').trigger('click');
    await flushPromises();

    expect(context.server.callsOf('createImport')[0]).toEqual({ zipName: 'factures.zip', zipSize: 250, csvName: 'factures.csv', csvSize: 40, notify: false });
    expect(context.server.callsOf('uploadImportChunk').map((call) => [call.file, Number(call.offset)])).toEqual([['zip', 0], ['zip', 100], ['zip', 200], ['csv', 0]]);
    expect(context.server.calls.find((call) => call.action === 'uploadImportChunk')?.url).toContain(`${UPLOAD_URL}&file=zip&offset=0`);
    expect(steps).toBe(2);
    expect(wrapper.find('[data-test="count-attached"]').text()).toBe(`49 ${en('import.outcome.attached')}`);
    expect(wrapper.find('[data-test="count-kept_aside"]').text()).toContain(`${en('waitingReason.INVALID_EMAIL.label')}: 1`);
    expect(wrapper.find('[data-test="count-refused"]').text()).toContain(`${en('import.reason.no_row')}: 1`);
    expect(wrapper.find('[data-test="import-refusals"]').text()).toContain(en('import.reason.duplicate_row'));
    expect((wrapper.find('[data-test="map-reference"]').element as HTMLSelectElement).value).toBe('N° pièce');
    expect(wrapper.find('[data-test="pattern-example"]').text()).toBe(en('import.example', { file: 'Facture FA1.pdf', number: 'FA1' }));
    expect(wrapper.find('[data-test="import-result"]').text()).toBe(en('import.dryRunCsv'));
  });

  it('sends a changed mapping and pattern, then checks again', async () => {
    const context = setupApp({ url });
    context.server
      .on('getImport', { import: state(DRY_RUN) })
      .on('configureImport', { import: state({ status: 'analyzing' }) })
      .on('stepImport', { import: state({ ...DRY_RUN, pattern: 'Facture {number}.pdf' }) });
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('[data-test="map-date"]').setValue('Total TTC');
    await wrapper.find('[data-test="pattern"]').setValue('Facture {number}.pdf');
    await wrapper.find('[data-test="notify-ready"]').setValue(true);
    await wrapper.find('[data-test="import-apply"]').trigger('click');
    await flushPromises();
    expect(context.server.callsOf('configureImport')[0]).toMatchObject({ id: 7, pattern: 'Facture {number}.pdf', notify: true, mapping: { date: 'Total TTC', reference: 'N° pièce' } });
    expect(context.server.callsOf('stepImport')).toHaveLength(1);
    expect((wrapper.find('[data-test="pattern"]').element as HTMLInputElement).value).toBe('Facture {number}.pdf');
  });

  it('imports in steps with a progress bar, pauses, resumes and ends with the result', async () => {
    const context = setupApp({ url });
    let processed = 0;
    context.server
      .on('getImport', { import: state(DRY_RUN) })
      .on('startImport', { import: state({ ...DRY_RUN, status: 'running', processed: 0, counts: { attached: 0, kept_aside: 0, unchanged: 0, replaced: 0, refused: 0 } }) })
      .on('stepImport', () => {
        processed += 101;
        if (processed >= 202) {
          return { import: state({ ...DRY_RUN, status: 'done', processed: 202 }) };
        }
        // The merchant pauses while this step runs.
        useImportStore().pause();
        return { import: state({ ...DRY_RUN, status: 'running', processed }) };
      });
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('[data-test="import-start"]').trigger('click');
    await flushPromises();
    expect(context.server.callsOf('stepImport')).toHaveLength(1);
    expect(wrapper.find('[data-test="import-progress"]').attributes('aria-valuenow')).toBe('50');
    expect(wrapper.find('[data-test="import-count"]').text()).toBe(en('import.progress', { done: 101, total: 202 }));
    expect(wrapper.find('[data-test="import-paused"]').exists()).toBe(true);
    await wrapper.find('[data-test="import-resume"]').trigger('click');
    await flushPromises();
    expect(context.server.callsOf('stepImport')).toHaveLength(2);
    expect(wrapper.text()).toContain(en('import.doneTitle'));
    expect(wrapper.find('[data-test="import-result"]').text()).toBe(en('import.resultCsv'));
    expect(wrapper.find('[data-test="import-new"]').exists()).toBe(true);
  });

  it('finds the import a closed tab left and waits for the merchant to resume it', async () => {
    const context = setupApp({ url });
    context.server.on('getImport', { import: state({ ...DRY_RUN, status: 'running', processed: 120 }) }).on('stepImport', { import: state({ ...DRY_RUN, status: 'done' }) });
    const wrapper = mountView(context);
    await flushPromises();
    expect(context.server.callsOf('stepImport')).toHaveLength(0);
    expect(wrapper.find('[data-test="import-paused"]').exists()).toBe(true);
    await wrapper.find('[data-test="import-resume"]').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain(en('import.doneTitle'));
  });

  it('asks for the same files again to finish an interrupted upload, from where it stopped', async () => {
    const context = setupApp({ url });
    context.server
      .on('getImport', (params: Record<string, unknown>) => ({ import: params.id ? state({ ...DRY_RUN }) : state({ zip: { name: 'factures.zip', size: 250, received: 200 }, csv: { name: 'factures.csv', size: 40, received: 0 } }) }))
      .on('uploadImportChunk', (params: Record<string, unknown>) => ({ received: Number(params.offset) + Number(params.bytes), status: 'uploading' }));
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="import-reselect"]').exists()).toBe(true);
    await choose(wrapper, 'zip', new File(['z'.repeat(99)], 'factures.zip'));
    await choose(wrapper, 'csv', new File(['c'.repeat(40)], 'factures.csv'));
    await wrapper.find('[data-test="import-upload"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-test="import-mismatch"]').exists()).toBe(true);
    expect(context.server.callsOf('uploadImportChunk')).toHaveLength(0);

    await choose(wrapper, 'zip', new File(['z'.repeat(250)], 'factures.zip'));
    await wrapper.find('[data-test="import-upload"]').trigger('click');
    await flushPromises();
    expect(context.server.callsOf('uploadImportChunk').map((call) => [call.file, Number(call.offset), Number(call.bytes)])).toEqual([['zip', 200, 50], ['csv', 0, 40]]);
    expect(wrapper.find('[data-test="count-attached"]').exists()).toBe(true);
  });

  it('stops on an error and says why; cancelling asks first', async () => {
    const context = setupApp({ url });
    context.server
      .on('getImport', { import: state({ status: 'analyzing' }) })
      .on('stepImport', fail(422, 'validation', 'The uploaded files are gone.', 'zip'))
      .on('cancelImport', { import: state({ ...DRY_RUN, status: 'cancelled' }) });
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="import-error"]').text()).toBe(en('import.failed', { reason: 'The uploaded files are gone.' }));
    expect(wrapper.find('[data-test="import-resume"]').exists()).toBe(true);
    await wrapper.find('[data-test="import-cancel"]').trigger('click');
    expect(context.server.callsOf('cancelImport')).toHaveLength(0);
    const confirm = [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === en('import.cancel') && button.closest('[role="dialog"], [role="alertdialog"]'));
    confirm?.click();
    await flushPromises();
    expect(context.server.callsOf('cancelImport')).toHaveLength(1);
    expect(wrapper.text()).toContain(en('import.cancelledTitle'));
  });
});

describe('export links', () => {
  it('add the list filters, or the selection, to the PHP-built URL', () => {
    const base = 'https://shop.test/admin/index.php?controller=AdminEbpdocuments&token=abc&ajax=1&action=exportDocuments';
    expect(exportLink(base, { search: 'FA 1', status: 'pending', type: '', page: 3, sort: 'amount', shopId: 2 })).toBe(`${base}&search=FA+1&status=pending&shopId=2`);
    expect(exportLink(base, { search: 'FA' }, { ids: [4, 5], list: 'waiting' })).toBe(`${base}&ids%5B%5D=4&ids%5B%5D=5&list=waiting`);
    expect(exportLink(base, {})).toBe(base);
  });
});
