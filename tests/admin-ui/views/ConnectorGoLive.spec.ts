import { flushPromises, mount } from '@vue/test-utils';
import { formatBytes, formatDateTime } from '@/format';
import type { HealthCheck, KeyActivityReport, TestDocumentResult } from '@/types/golive';
import ConnectorView from '@/views/ConnectorView.vue';
import { deferred, fail } from '../support/fakeServer';
import { BO_URL, en, setupApp, setupData, webserviceKey, webserviceKeys } from '../support/setup';

const url = `${BO_URL}&ebpView=connector`;
const MB = 1048576;

function activity(overrides: Partial<KeyActivityReport> = {}): KeyActivityReport {
  return {
    webserviceKeys: [
      { id: 3, label: 'Webservice #3 E-connecteur', hint: 'ABCD' },
      { id: 5, label: 'Webservice #5 Silent', hint: 'WXYZ' },
    ],
    items: [
      {
        keyLabel: 'Webservice #3 E-connecteur',
        lastCallAt: '2024-05-02 10:15:00',
        lastSuccessAt: '2024-05-02 09:00:00',
        lastRefusal: { at: '2024-05-02 10:15:00', code: 'pdf_invalid', message: 'Le fichier envoyé n\'est pas un PDF.' },
        lastTest: null,
      },
      { keyLabel: 'Bureau', lastCallAt: '2024-05-01 08:00:00', lastSuccessAt: '2024-05-01 08:00:00', lastRefusal: null, lastTest: null },
    ],
    ...overrides,
  };
}

function checks(): HealthCheck[] {
  return [
    { code: 'postMaxSize', state: 'warning', variant: 'tooLow', params: { value: 8 * MB, needed: 28 * MB, limit: 20 * MB, largest: 6 * MB } },
    { code: 'storagePrivate', state: 'error', variant: 'served', params: { path: '/shop/var/modules/ebpdocuments', url: 'http://shop.test/var/modules/ebpdocuments/x.txt', status: 200 } },
    { code: 'https', state: 'ok', variant: 'on', params: {} },
    { code: 'maintenanceTask', state: 'warning', variant: 'never', params: {} },
  ];
}

function result(overrides: Partial<TestDocumentResult> = {}): TestDocumentResult {
  return {
    ok: true,
    status: 200,
    answer: 'Document TEST-EBPDOCS-AB12 (facture) enregistré sur le site, en attente d\'un compte client.',
    problem: null,
    location: '',
    error: '',
    url: setupData().urls.receive,
    reference: 'TEST-EBPDOCS-AB12',
    keyLabel: 'Webservice #3 E-connecteur',
    cleanedUp: true,
    ...overrides,
  };
}

/** The shop's Webservice keys as listWebserviceKeys gives them: #3 (E-connecteur, allowed) and #5 (silent, not allowed). */
function shopKeys() {
  return webserviceKeys({
    keys: [
      webserviceKey({ id: 3, description: 'E-connecteur', hint: 'ABCDEF', canSend: true, editUrl: 'https://shop.test/edit-3' }),
      webserviceKey({ id: 5, description: 'Silent', hint: 'WXYZ12', canSend: false, canReadStatus: false, editUrl: 'https://shop.test/edit-5' }),
    ],
  });
}

function standard(context: ReturnType<typeof setupApp>, report: KeyActivityReport = activity()) {
  context.server.on('getSetup', setupData());
  context.server.on('listKeys', { keys: [] });
  context.server.on('listWebserviceKeys', shopKeys());
  context.server.on('getKeyActivity', report);
  context.server.on('getHealth', { checks: checks() });
}

function mountView(context: ReturnType<typeof setupApp>) {
  return mount(ConnectorView, { global: { plugins: [context.pinia] }, attachTo: document.body });
}

describe('Connector view: going live with E-connecteur', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('opens on the E-connecteur block: the Webservice key, where to paste the address, the edition', async () => {
    const context = setupApp({ url });
    standard(context);
    const wrapper = mountView(context);
    await flushPromises();
    const first = wrapper.find('section');
    expect(first.find('h2').text()).toBe(en('golive.title'));
    expect(first.text()).toContain(en('golive.intro'));
    expect(first.text()).toContain(en('golive.step1'));
    expect((first.find('#ebpdocuments-url-receive').element as HTMLInputElement).value).toBe(setupData().urls.receive);
    expect(first.find('[data-test="edition"]').text()).toBe(en('golive.edition'));
    expect(first.find('[data-test="ws-refused"]').exists()).toBe(false);
    // The module keys come later, with the API address, for the JSON API and other connectors.
    const keysSection = wrapper.find('section[aria-labelledby="ebpdocuments-keys-title"]');
    expect(keysSection.find('h2').text()).toBe(en('keys.title'));
    expect((keysSection.find('#ebpdocuments-url-api').element as HTMLInputElement).value).toBe(setupData().urls.api);
  });

  it('warns when Webservice keys are refused by the settings', async () => {
    const context = setupApp({ url });
    standard(context);
    context.server.on('getSetup', setupData({ settings: { ...setupData().settings, acceptWebserviceKeys: false } }));
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="ws-refused"]').text()).toBe(en('golive.wsRefused'));
  });

  it('shows the shop Webservice keys in one table: what each is, whether it may send, and its last call, success and refusal', async () => {
    const context = setupApp({ url });
    standard(context);
    const wrapper = mountView(context);
    await flushPromises();
    const first = wrapper.find('section[aria-labelledby="ebpdocuments-econnecteur-title"]');
    // One table for the Webservice keys, in the first block; no second list of the same keys elsewhere.
    expect(wrapper.findAll('table').filter((table) => table.text().includes('ABCDEF…'))).toHaveLength(1);
    const rows = first.findAll('[data-test="ws-key-row"]');
    expect(rows).toHaveLength(2);
    const row = rows[0];
    expect(row?.find('[data-test="ws-key-description"]').text()).toBe('E-connecteur');
    expect(row?.find('[data-test="ws-key-hint"]').text()).toBe('ABCDEF…');
    expect(row?.find('[data-test="ws-key-active"]').text()).toBe(en('wsKeys.active'));
    expect(row?.find('[data-test="ws-key-shops"]').text()).toBe(en('wsKeys.thisShop'));
    expect(row?.find('[data-test="ws-key-send"]').text()).toBe(en('wsKeys.canSend'));
    expect(row?.find('[data-test="ws-key-send"]').classes()).toContain('badge-success');
    expect(row?.find('[data-test="ws-key-edit"]').attributes('href')).toBe('https://shop.test/edit-3');
    expect(row?.find('[data-test="last-call"]').text()).toBe(formatDateTime('2024-05-02 10:15:00'));
    expect(row?.find('[data-test="last-success"]').text()).toBe(formatDateTime('2024-05-02 09:00:00'));
    const refusal = row?.find('[data-test="last-refusal"]');
    expect(refusal?.text()).toContain('Le fichier envoyé n\'est pas un PDF.');
    expect(refusal?.find('[lang="fr"]').exists()).toBe(true);
    expect(rows[1]?.find('[data-test="ws-key-send"]').text()).toBe(en('wsKeys.cannotSend'));
    expect(rows[1]?.find('[data-test="ws-key-send"]').classes()).toContain('badge-danger');
    expect(rows[1]?.find('[data-test="last-call"]').text()).toBe(en('golive.never'));
    expect(rows[1]?.find('[data-test="last-refusal"]').text()).toBe(en('golive.never'));
    expect(first.find('[data-test="ws-page"]').attributes('href')).toBe(webserviceKeys().webservicePageUrl);
    expect(wrapper.find('[data-test="no-ws-key"]').exists()).toBe(false);
    // Other keys that called (a module key) are shown with the module keys, not in the first block.
    expect(first.findAll('[data-test="key-activity-row"]')).toHaveLength(0);
    const keysSection = wrapper.find('section[aria-labelledby="ebpdocuments-keys-title"]');
    const others = keysSection.findAll('[data-test="key-activity-row"]');
    expect(others).toHaveLength(1);
    expect(others[0]?.find('th').text()).toBe('Bureau');
    expect(keysSection.text()).toContain(en('golive.otherKeys'));
  });

  it('names the shops of each Webservice key when the context holds several shops', async () => {
    const context = setupApp({ url, payload: { shops: [{ id: 1, name: 'Paris' }, { id: 2, name: 'Lyon' }] } });
    standard(context);
    context.server.on('listWebserviceKeys', webserviceKeys({ keys: [webserviceKey({ id: 3, shopIds: [1, 2] })] }));
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="ws-key-shops"]').text()).toBe(en('wsKeys.shops', { shops: 'Paris, Lyon' }));
  });

  it('says when the shop has no active Webservice key for E-connecteur', async () => {
    const context = setupApp({ url });
    standard(context, activity({ webserviceKeys: [], items: [] }));
    context.server.on('listWebserviceKeys', webserviceKeys({ keys: [webserviceKey({ id: 5, active: false })] }));
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="no-ws-key"]').text()).toBe(en('golive.noWsKey'));
    const rows = wrapper.findAll('[data-test="ws-key-row"]');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.find('[data-test="ws-key-active"]').text()).toBe(en('wsKeys.inactive'));
    expect(rows[0]?.find('[data-test="ws-key-send"]').classes()).toContain('badge-danger');
  });

  it('sends a test document with the first Webservice key and shows OK, the answer and the cleanup', async () => {
    const context = setupApp({ url });
    standard(context);
    const answer = deferred();
    context.server.on('sendTestDocument', () => answer.promise);
    const wrapper = mountView(context);
    await flushPromises();
    expect((wrapper.find('[data-test="test-key"]').element as HTMLSelectElement).value).toBe('3');
    await wrapper.find('[data-test="test-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-test="test-status"]').text()).toBe(en('test.sending'));
    expect(wrapper.find('[data-test="test-send"]').attributes('disabled')).toBeDefined();
    expect(context.server.callsOf('sendTestDocument')).toEqual([{ webserviceKeyId: 3 }]);
    const before = context.server.callsOf('getKeyActivity').length;
    answer.resolve(result());
    await flushPromises();
    const ok = wrapper.find('[data-test="test-ok"]');
    expect(ok.text()).toContain(en('test.ok', { status: 200, key: 'Webservice #3 E-connecteur' }));
    expect(ok.find('[data-test="test-answer"]').text()).toBe(result().answer);
    expect(ok.find('[data-test="test-cleanup"]').text()).toBe(en('test.cleaned', { reference: 'TEST-EBPDOCS-AB12' }));
    expect(ok.find('[data-test="test-problem"]').exists()).toBe(false);
    expect(context.server.callsOf('getKeyActivity').length).toBe(before + 1);
  });

  it('can test with a temporary module key', async () => {
    const context = setupApp({ url });
    standard(context);
    context.server.on('sendTestDocument', result({ keyLabel: 'Test document' }));
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('[data-test="test-key"]').setValue('');
    await wrapper.find('[data-test="test-form"]').trigger('submit');
    await flushPromises();
    expect(context.server.callsOf('sendTestDocument')).toEqual([{}]);
  });

  it('shows a refusal with the exact answer and what to fix', async () => {
    const context = setupApp({ url });
    standard(context);
    context.server.on('sendTestDocument', result({
      ok: false,
      status: 401,
      problem: 'refused',
      answer: 'Clé refusée : elle est inconnue, révoquée, inactive ou non autorisée pour cette boutique.',
    }));
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('[data-test="test-form"]').trigger('submit');
    await flushPromises();
    const failed = wrapper.find('[data-test="test-failed"]');
    expect(failed.classes()).toContain('alert-danger');
    expect(failed.text()).toContain(en('test.failedTitle', { status: 401, key: 'Webservice #3 E-connecteur' }));
    expect(failed.find('[data-test="test-answer"]').text()).toBe('Clé refusée : elle est inconnue, révoquée, inactive ou non autorisée pour cette boutique.');
    expect(failed.find('[data-test="test-problem"]').text()).toBe(en('test.problem.refused'));
  });

  it('explains a redirect, an unreachable shop, an answer that is not the module, and a cleanup left undone', async () => {
    const cases: Array<[Partial<TestDocumentResult>, string]> = [
      [{ status: 301, problem: 'redirect', location: 'https://shop.test/receive', answer: '' }, en('test.problem.redirect', { location: 'https://shop.test/receive' })],
      [{ status: 0, problem: 'unreachable', error: 'Could not resolve host', answer: '' }, en('test.problem.unreachable', { error: 'Could not resolve host' })],
      [{ status: 200, problem: 'not_module', answer: '<html>Maintenance</html>' }, en('test.problem.not_module')],
      [{ status: 500, problem: 'server_error', answer: 'Erreur' }, en('test.problem.server_error')],
    ];
    for (const [overrides, problem] of cases) {
      const context = setupApp({ url });
      standard(context);
      context.server.on('sendTestDocument', result({ ok: false, cleanedUp: false, ...overrides }));
      const wrapper = mountView(context);
      await flushPromises();
      await wrapper.find('[data-test="test-form"]').trigger('submit');
      await flushPromises();
      expect(wrapper.find('[data-test="test-problem"]').text()).toBe(problem);
      expect(wrapper.find('[data-test="test-cleanup"]').text()).toBe(en('test.notCleaned', { reference: 'TEST-EBPDOCS-AB12' }));
      if (overrides.answer === '') {
        expect(wrapper.find('[data-test="test-answer"]').text()).toBe(en('test.noAnswer'));
      }
      wrapper.unmount();
    }
  });

  it('shows when the test could not run at all, and cannot be sent without the edit right', async () => {
    const context = setupApp({ url });
    standard(context);
    context.server.on('sendTestDocument', fail(500, 'internal_error', 'Server down'));
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('[data-test="test-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-test="test-error"]').text()).toBe(en('test.requestFailed', { reason: 'Server down' }));

    const readOnly = setupApp({ url, permissions: { edit: false } });
    standard(readOnly);
    const other = mountView(readOnly);
    await flushPromises();
    expect(other.find('[data-test="test-send"]').attributes('disabled')).toBeDefined();
  });

  it('shows each health check green, amber or red with its sentence, and checks again', async () => {
    const context = setupApp({ url });
    standard(context);
    const wrapper = mountView(context);
    await flushPromises();
    const post = wrapper.find('[data-test="health-postMaxSize"]');
    expect(post.attributes('data-state')).toBe('warning');
    expect(post.find('[data-test="health-state"]').text()).toBe(en('health.state.warning'));
    expect(post.find('[data-test="health-state"]').classes()).toContain('ebpdocuments-state-warning');
    expect(post.text()).toContain(en('health.postMaxSize.title'));
    expect(post.find('[data-test="health-sentence"]').text()).toBe(
      en('health.postMaxSize.tooLow', { value: formatBytes(8 * MB), largest: formatBytes(6 * MB), needed: formatBytes(28 * MB) }),
    );
    const served = wrapper.find('[data-test="health-storagePrivate"]');
    expect(served.find('[data-test="health-state"]').text()).toBe(en('health.state.error'));
    expect(served.find('[data-test="health-sentence"]').text()).toBe(en('health.storagePrivate.served', { url: 'http://shop.test/var/modules/ebpdocuments/x.txt' }));
    expect(wrapper.find('[data-test="health-https"] [data-test="health-state"]').classes()).toContain('ebpdocuments-state-ok');
    expect(wrapper.find('[data-test="health-maintenanceTask"] [data-test="health-sentence"]').text()).toBe(en('health.maintenanceTask.never'));

    const calls = context.server.callsOf('getHealth').length;
    await wrapper.find('[data-test="health-refresh"]').trigger('click');
    await flushPromises();
    expect(context.server.callsOf('getHealth').length).toBe(calls + 1);
  });

  it('shows "no limit" for an unlimited PHP value and a load error with retry', async () => {
    const context = setupApp({ url });
    standard(context);
    context.server.on('getHealth', { checks: [{ code: 'postMaxSize', state: 'ok', variant: 'enough', params: { value: 0, needed: 28 * MB, limit: 20 * MB, largest: 0 } }] });
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="health-sentence"]').text()).toBe(en('health.postMaxSize.enough', { value: en('health.unlimited'), limit: formatBytes(20 * MB) }));

    const failing = setupApp({ url });
    standard(failing);
    failing.server.on('getHealth', fail(500, 'internal_error', 'Health broken'));
    const other = mountView(failing);
    await flushPromises();
    expect(other.findAll('[data-test="load-error"]').some((e) => e.text().includes('Health broken'))).toBe(true);
  });
});
