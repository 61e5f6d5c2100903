import { flushPromises, mount } from '@vue/test-utils';
import { useFlashStore } from '@/stores/flash';
import ConnectorView from '@/views/ConnectorView.vue';
import { deferred, fail } from '../support/fakeServer';
import { BO_URL, apiKey, en, setupApp, setupData, webserviceKey, webserviceKeys } from '../support/setup';

const url = `${BO_URL}&ebpView=connector`;

function mountView(context: ReturnType<typeof setupApp>) {
  return mount(ConnectorView, { global: { plugins: [context.pinia] }, attachTo: document.body });
}

function standard(context: ReturnType<typeof setupApp>) {
  context.server.on('getSetup', setupData());
  context.server.on('listKeys', { keys: [apiKey(), apiKey({ id: 2, label: 'Old PC', active: false, revokedAt: '2024-01-01 00:00:00', lastUsedAt: null })] });
  context.server.on('listWebserviceKeys', webserviceKeys());
}

describe('ConnectorView', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the receiving URLs from the server with copy buttons', async () => {
    const context = setupApp({ url });
    standard(context);
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const wrapper = mountView(context);
    await flushPromises();
    const receive = wrapper.find('#ebpdocuments-url-receive');
    expect((receive.element as HTMLInputElement).value).toBe(setupData().urls.receive);
    expect((wrapper.find('#ebpdocuments-url-api').element as HTMLInputElement).value).toBe(setupData().urls.api);
    await wrapper.find('.ebpdocuments-copy-field button').trigger('click');
    await flushPromises();
    expect(writeText).toHaveBeenCalledWith(setupData().urls.receive);
    expect(wrapper.find('.ebpdocuments-copy-field').text()).toContain(en('common.copied'));
  });

  it('lists keys with hint, dates and status', async () => {
    const context = setupApp({ url });
    standard(context);
    const wrapper = mountView(context);
    await flushPromises();
    const rows = wrapper.findAll('[data-test="key-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.text()).toContain('EBP office');
    expect(rows[0]?.text()).toContain('ebp_a1…');
    expect(rows[0]?.find('[data-test="key-status"]').text()).toBe(en('keys.active'));
    expect(rows[1]?.text()).toContain(en('keys.neverUsed'));
    expect(rows[1]?.find('[data-test="key-status"]').text()).toBe(en('keys.revoked'));
    expect(rows[1]?.find('[data-test="revoke"]').exists()).toBe(false);
  });

  it('shows the empty and error states of the keys', async () => {
    const context = setupApp({ url });
    context.server.on('getSetup', setupData());
    context.server.on('listKeys', { keys: [] });
    context.server.on('listWebserviceKeys', webserviceKeys({ keys: [] }));
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="empty"]').text()).toBe(en('keys.empty'));
    const failing = setupApp({ url });
    failing.server.on('getSetup', fail(500, 'internal', 'Setup broken'));
    failing.server.on('listKeys', fail(500, 'internal', 'Keys broken'));
    const other = mountView(failing);
    await flushPromises();
    const errors = other.findAll('[data-test="load-error"]').map((e) => e.text());
    expect(errors.some((text) => text.includes('Keys broken'))).toBe(true);
    expect(errors.some((text) => text.includes('Setup broken'))).toBe(true);
  });

  it('creates a key and shows its secret once, with a warning, until dismissed', async () => {
    const context = setupApp({ url });
    standard(context);
    context.server.on('createKey', { key: apiKey({ id: 3, label: 'Warehouse' }), secret: 'ebp_TheSecretValue' });
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('#ebpdocuments-key-label').setValue('Warehouse');
    await wrapper.find('[data-test="create-key"]').trigger('submit');
    await flushPromises();
    expect(context.server.callsOf('createKey')).toEqual([{ label: 'Warehouse' }]);
    const panel = wrapper.find('[data-test="new-secret"]');
    expect(panel.text()).toContain(en('keys.secretWarning'));
    expect((panel.find('input').element as HTMLInputElement).value).toBe('ebp_TheSecretValue');
    expect(wrapper.findAll('[data-test="key-row"]')).toHaveLength(3);
    expect((wrapper.find('#ebpdocuments-key-label').element as HTMLInputElement).value).toBe('');
    await wrapper.find('[data-test="dismiss-secret"]').trigger('click');
    expect(wrapper.find('[data-test="new-secret"]').exists()).toBe(false);
    expect(wrapper.html()).not.toContain('ebp_TheSecretValue');
  });

  it('says why a key was not created', async () => {
    const context = setupApp({ url });
    standard(context);
    context.server.on('createKey', fail(422, 'validation', 'Label too long.', 'label'));
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('#ebpdocuments-key-label').setValue('x');
    await wrapper.find('[data-test="create-key"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-test="create-error"]').text()).toBe(en('keys.createFailed', { reason: 'Label too long.' }));
    expect(wrapper.find('[data-test="new-secret"]').exists()).toBe(false);
  });

  it('revokes a key after confirmation, optimistically, and rolls back on error', async () => {
    const context = setupApp({ url });
    standard(context);
    const answer = deferred();
    context.server.on('revokeKey', () => answer.promise);
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('[data-test="revoke"]').trigger('click');
    expect(wrapper.text()).toContain(en('keys.revokeText'));
    await wrapper.find('[data-test="dialog-confirm"]').trigger('click');
    await flushPromises();
    expect(wrapper.findAll('[data-test="key-status"]')[0]?.text()).toBe(en('keys.revoked'));
    answer.resolve(fail(500, 'internal', 'Database down'));
    await flushPromises();
    expect(wrapper.findAll('[data-test="key-status"]')[0]?.text()).toBe(en('keys.active'));
    expect(useFlashStore().messages.at(-1)?.text).toContain('EBP office');
    expect(context.server.callsOf('revokeKey')).toEqual([{ id: 1 }]);
  });

  it('saves the reception settings with only their keys', async () => {
    const context = setupApp({ url });
    standard(context);
    context.server.on('saveSettings', (params: Record<string, unknown>) => ({ settings: { ...setupData().settings, ...(params.settings as object) } }));
    const wrapper = mountView(context);
    await flushPromises();
    expect((wrapper.find('#ebpdocuments-accept-ws').element as HTMLInputElement).checked).toBe(true);
    expect((wrapper.find('#ebpdocuments-non200').element as HTMLInputElement).checked).toBe(false);
    expect(wrapper.text()).toContain(en('connector.unmatchedNon200Help'));
    expect((wrapper.find('[data-test="save"]').element as HTMLButtonElement).disabled).toBe(true);
    await wrapper.find('#ebpdocuments-non200').setValue(true);
    await wrapper.find('#ebpdocuments-max-mb').setValue('30');
    await wrapper.find('[data-test="connector-settings"]').trigger('submit');
    await flushPromises();
    expect(context.server.callsOf('saveSettings')).toEqual([
      { settings: { acceptWebserviceKeys: true, unmatchedNon200: true, maxPdfMb: 30, storageDir: '' } },
    ]);
    expect(useFlashStore().messages.at(-1)?.text).toBe(en('settings.saved'));
  });

  it('shows a refused value next to its field', async () => {
    const context = setupApp({ url });
    standard(context);
    context.server.on('saveSettings', fail(422, 'validation', 'Between 1 and 512 MB.', 'maxPdfMb'));
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('#ebpdocuments-max-mb').setValue('0');
    await wrapper.find('[data-test="connector-settings"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#ebpdocuments-max-mb').classes()).toContain('is-invalid');
    expect(wrapper.find('.invalid-feedback').text()).toBe('Between 1 and 512 MB.');
    expect((wrapper.find('#ebpdocuments-max-mb').element as HTMLInputElement).value).toBe('0');
  });

  it('warns when PHP limits are lower than the size limit, and shows the storage state', async () => {
    const context = setupApp({ url });
    context.server.on(
      'getSetup',
      setupData({
        storage: { path: '/srv/private/ebp', writable: false, usedBytes: 0 },
        limits: { maxPdfBytes: 20971520, postMaxSize: 8388608, uploadMaxFilesize: 2097152, effectiveMaxBytes: 2097152, phpLimitTooLow: true, maxFileUploads: 50, batchMaxItems: 50 },
      }),
    );
    context.server.on('listKeys', { keys: [] });
    context.server.on('listWebserviceKeys', webserviceKeys({ keys: [] }));
    const wrapper = mountView(context);
    await flushPromises();
    const warning = wrapper.find('[data-test="php-limit"]').text();
    expect(warning).toContain('post_max_size 8 MB');
    expect(warning).toContain('upload_max_filesize 2 MB');
    expect(wrapper.find('[data-test="storage"]').text()).toContain('/srv/private/ebp');
    expect(wrapper.find('[data-test="storage"]').text()).toContain(en('connector.notWritable'));
  });

  it('shows the batch limit, and warns when PHP max_file_uploads sets it', async () => {
    const context = setupApp({ url });
    standard(context);
    const wrapper = mountView(context);
    await flushPromises();
    const line = wrapper.find('[data-test="batch-limit"]');
    expect(line.text()).toBe(en('connector.batchLimit').replace('%count%', '50'));
    expect(line.classes()).not.toContain('alert-warning');

    const limited = setupApp({ url });
    limited.server.on('getSetup', setupData({ limits: { ...setupData().limits, maxFileUploads: 20, batchMaxItems: 20 } }));
    limited.server.on('listKeys', { keys: [] });
    const warned = mountView(limited);
    await flushPromises();
    const warning = warned.find('[data-test="batch-limit"]');
    expect(warning.classes()).toContain('alert-warning');
    expect(warning.text()).toContain('max_file_uploads');
    expect(warning.text()).toContain('at most 20 files');
    expect(warning.text()).toContain('at most 20 documents instead of 50');
  });

  it('is read-only without the edit permission', async () => {
    const context = setupApp({ url, permissions: { edit: false } });
    standard(context);
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="create-key"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="revoke"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="save"]').exists()).toBe(false);
    expect((wrapper.find('[data-test="connector-settings"] fieldset').element as HTMLFieldSetElement).disabled).toBe(true);
  });

  it('lists the shop Webservice keys, whether each may send documents, what the upgrade allowed, with links to the Webservice page', async () => {
    const context = setupApp({ url });
    standard(context);
    context.server.on('listWebserviceKeys', webserviceKeys({
      keys: [
        webserviceKey({ grantedByUpgrade: { methods: ['POST', 'GET'], at: '2026-01-15 10:00:00' } }),
        webserviceKey({ id: 5, description: 'Stock sync', hint: 'ZX81AB', canSend: false, canReadStatus: false, editUrl: 'https://shop.test/edit-5' }),
      ],
    }));
    const wrapper = mountView(context);
    await flushPromises();
    const rows = wrapper.findAll('[data-test="ws-key-row"]');
    expect(rows).toHaveLength(2);
    expect(rows[0]?.text()).toContain('E-connecteur');
    expect(rows[0]?.text()).toContain('K7P2QX…');
    expect(rows[0]?.find('[data-test="ws-key-send"]').text()).toBe(en('wsKeys.canSend'));
    expect(rows[0]?.find('[data-test="ws-key-upgrade"]').text()).toContain(en('wsKeys.grantedByUpgrade').split('%date%')[0] as string);
    expect(rows[1]?.find('[data-test="ws-key-send"]').text()).toBe(en('wsKeys.cannotSend'));
    expect(rows[1]?.find('[data-test="ws-key-upgrade"]').exists()).toBe(false);
    expect(rows[1]?.find('[data-test="ws-key-edit"]').attributes('href')).toBe('https://shop.test/edit-5');
    expect(wrapper.find('[data-test="ws-page"]').attributes('href')).toBe(webserviceKeys().webservicePageUrl);
  });

  it('shows no key as able to send when Webservice keys are not accepted at all', async () => {
    const context = setupApp({ url });
    standard(context);
    context.server.on('getSetup', setupData({ settings: { ...setupData().settings, acceptWebserviceKeys: false } }));
    context.server.on('listWebserviceKeys', webserviceKeys({ acceptWebserviceKeys: false }));
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="ws-refused"]').text()).toBe(en('golive.wsRefused'));
    expect(wrapper.find('[data-test="ws-key-send"]').classes()).toContain('badge-danger');
  });

  it('asks for the shop of a new key when the context holds several shops, and shows each key\'s shop', async () => {
    const context = setupApp({ url, payload: { shops: [{ id: 1, name: 'Paris' }, { id: 2, name: 'Lyon' }] } });
    standard(context);
    context.server.on('listKeys', { keys: [apiKey(), apiKey({ id: 2, shopId: 2, label: 'Lyon PC' })] });
    context.server.on('createKey', { key: apiKey({ id: 3, shopId: 2, label: 'Warehouse' }), secret: 'ebp_TheSecretValue' });
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.findAll('[data-test="key-shop-name"]').map((cell) => cell.text())).toEqual(['Paris', 'Lyon']);
    await wrapper.find('#ebpdocuments-key-label').setValue('Warehouse');
    await wrapper.find('[data-test="create-key"]').trigger('submit');
    await flushPromises();
    expect(context.server.callsOf('createKey')).toEqual([]);
    await wrapper.find('[data-test="key-shop"]').setValue('2');
    await wrapper.find('[data-test="create-key"]').trigger('submit');
    await flushPromises();
    expect(context.server.callsOf('createKey')).toEqual([{ label: 'Warehouse', shopId: 2 }]);
  });
});
