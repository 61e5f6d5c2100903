import { flushPromises, mount } from '@vue/test-utils';
import { useFlashStore } from '@/stores/flash';
import SettingsView from '@/views/SettingsView.vue';
import { deferred, fail } from '../support/fakeServer';
import { BO_URL, en, setupApp, setupData, wordings } from '../support/setup';
import { DOCUMENT_TYPES } from '../../../admin-ui/dev/documentTypes';

const url = `${BO_URL}&ebpView=settings`;

function mountView(context: ReturnType<typeof setupApp>) {
  return mount(SettingsView, { global: { plugins: [context.pinia] }, attachTo: document.body });
}

describe('SettingsView', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the defaults: no e-mail, auto-attach off with its risk explained, keep aside on delete', async () => {
    const context = setupApp({ url });
    context.server.on('getSetup', setupData());
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.findAll('[data-test="notify-type"]').every((box) => !(box.element as HTMLInputElement).checked)).toBe(true);
    expect(wrapper.findAll('[data-test="visible-type"]').every((box) => (box.element as HTMLInputElement).checked)).toBe(true);
    expect((wrapper.find('[data-test="auto-attach"]').element as HTMLInputElement).checked).toBe(false);
    expect(wrapper.text()).toContain(en('settings.autoAttachRisk'));
    expect((wrapper.find('#ebpdocuments-ondelete-keep').element as HTMLInputElement).checked).toBe(true);
  });

  it('has the e-mail proof rule on by default and explains the risk of turning it off', async () => {
    const context = setupApp({ url });
    context.server.on('getSetup', setupData());
    context.server.on('saveSettings', (params: Record<string, unknown>) => ({ settings: { ...setupData().settings, ...(params.settings as object) } }));
    const wrapper = mountView(context);
    await flushPromises();
    const box = wrapper.find('[data-test="require-email-proof"]');
    expect((box.element as HTMLInputElement).checked).toBe(true);
    expect(wrapper.text()).toContain(en('settings.requireEmailProof'));
    expect(wrapper.text()).toContain(en('settings.requireEmailProofHelp'));
    const risk = wrapper.find('[data-test="require-email-proof-risk"]');
    expect(risk.text()).toBe(en('settings.requireEmailProofRisk'));
    expect(risk.classes()).not.toContain('ebpdocuments-risk-on');
    await box.setValue(false);
    expect(risk.classes()).toContain('ebpdocuments-risk-on');
    await wrapper.find('[data-test="settings-form"]').trigger('submit');
    await flushPromises();
    expect((context.server.callsOf('saveSettings')[0] as { settings: Record<string, unknown> }).settings.requireEmailProof).toBe(false);
  });

  it('offers the daily summary e-mail, off by default, names its recipient and saves it with its delay', async () => {
    const context = setupApp({ url });
    context.server.on('getSetup', setupData());
    context.server.on('saveSettings', (params: Record<string, unknown>) => ({ settings: { ...setupData().settings, ...(params.settings as object) } }));
    const wrapper = mountView(context);
    await flushPromises();
    const box = wrapper.find('[data-test="digest-enabled"]');
    expect((box.element as HTMLInputElement).checked).toBe(false);
    expect(wrapper.text()).toContain(en('settings.digestEnabled'));
    expect(wrapper.text()).toContain(en('settings.digestHelp'));
    expect(wrapper.find('[data-test="digest-recipient"]').text()).toBe(en('settings.digestRecipient', { email: 'contact@shop.test' }));
    expect(wrapper.find('#ebpdocuments-digest-days').exists()).toBe(false);
    await box.setValue(true);
    const days = wrapper.find('#ebpdocuments-digest-days');
    expect((days.element as HTMLInputElement).value).toBe('7');
    expect(wrapper.text()).toContain(en('settings.digestDays'));
    await days.setValue('3');
    await wrapper.find('[data-test="settings-form"]').trigger('submit');
    await flushPromises();
    const saved = (context.server.callsOf('saveSettings')[0] as { settings: Record<string, unknown> }).settings;
    expect(saved.digestEnabled).toBe(true);
    expect(saved.digestDays).toBe(3);
  });

  it('warns when the shop has no e-mail address for the summary, and shows a refused delay next to its field', async () => {
    const context = setupApp({ url });
    context.server.on('getSetup', setupData({ contactEmail: '', settings: { ...setupData().settings, digestEnabled: true } }));
    context.server.on('saveSettings', fail(422, 'validation', 'Between 1 and 365.', 'digestDays'));
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="digest-recipient"]').exists()).toBe(false);
    const warning = wrapper.find('[data-test="digest-no-recipient"]');
    expect(warning.text()).toBe(en('settings.digestNoRecipient'));
    expect(warning.classes()).toContain('ebpdocuments-risk-on');
    await wrapper.find('#ebpdocuments-digest-days').setValue('0');
    await wrapper.find('[data-test="settings-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#ebpdocuments-digest-days').classes()).toContain('is-invalid');
    expect(wrapper.text()).toContain('Between 1 and 365.');
  });

  it('shows loading then error states', async () => {
    const context = setupApp({ url });
    context.server.on('getSetup', fail(500, 'internal', 'Nope'));
    const wrapper = mountView(context);
    await wrapper.vm.$nextTick();
    expect(wrapper.find('[data-test="loading"]').exists()).toBe(true);
    await flushPromises();
    expect(wrapper.find('[data-test="load-error"]').text()).toContain('Nope');
  });

  it('saves per-type e-mails and PDF attachments with their ceiling, visible types, deletion behaviour and the purge delay', async () => {
    const context = setupApp({ url });
    context.server.on('getSetup', setupData());
    context.server.on('saveSettings', (params: Record<string, unknown>) => ({ settings: { ...setupData().settings, ...(params.settings as object) } }));
    const wrapper = mountView(context);
    await flushPromises();
    const notify = wrapper.findAll('[data-test="notify-type"]');
    await notify[3]?.setValue(true);
    await notify[4]?.setValue(true);
    await wrapper.findAll('[data-test="mail-attach-type"]')[3]?.setValue(true);
    await wrapper.find('#ebpdocuments-settings-mail-attach-mb').setValue('3');
    await wrapper.findAll('[data-test="visible-type"]')[0]?.setValue(false);
    await wrapper.find('[data-test="auto-attach"]').setValue(true);
    await wrapper.find('#ebpdocuments-ondelete-delete').setValue(true);
    await wrapper.find('#ebpdocuments-purge-days').setValue('90');
    await wrapper.find('[data-test="settings-form"]').trigger('submit');
    await flushPromises();
    expect(context.server.callsOf('saveSettings')).toEqual([
      {
        settings: {
          notifyTypes: ['invoice', 'credit_note'],
          requireEmailProof: true,
          mailAttachTypes: ['invoice'],
          mailAttachMaxMb: 3,
          guestMailTypes: [],
          autoAttachOnAccount: true,
          onCustomerDelete: 'delete',
          visibleTypes: DOCUMENT_TYPES.map(({ code }) => code).filter((code) => code !== 'quote'),
          maxPdfMb: 20,
          purgeWaitingDays: 90,
          digestEnabled: false,
          digestDays: 7,
        },
      },
    ]);
    expect(useFlashStore().messages.at(-1)?.text).toBe(en('settings.saved'));
    expect((wrapper.find('[data-test="save"]').element as HTMLButtonElement).disabled).toBe(true);
  });

  it('offers the guest order e-mail per type, off by default, next to the other e-mail options', async () => {
    const context = setupApp({ url });
    context.server.on('getSetup', setupData());
    context.server.on('saveSettings', (params: Record<string, unknown>) => ({ settings: { ...setupData().settings, ...(params.settings as object) } }));
    const wrapper = mountView(context);
    await flushPromises();
    const boxes = wrapper.findAll('[data-test="guest-mail-type"]');
    expect(boxes).toHaveLength(6);
    expect(boxes.every((box) => !(box.element as HTMLInputElement).checked)).toBe(true);
    expect(wrapper.text()).toContain(en('settings.guestMailTypes'));
    expect(wrapper.text()).toContain(en('settings.guestMailTypesHelp'));
    const legends = wrapper.findAll('legend').map((legend) => legend.text());
    expect(legends.indexOf(en('settings.guestMailTypes'))).toBe(legends.indexOf(en('settings.mailAttachTypes')) + 1);
    expect((wrapper.find('[data-test="save"]').element as HTMLButtonElement).disabled).toBe(true);

    await boxes[3]?.setValue(true);
    expect((wrapper.find('[data-test="save"]').element as HTMLButtonElement).disabled).toBe(false);
    await wrapper.find('[data-test="settings-form"]').trigger('submit');
    await flushPromises();
    expect((context.server.callsOf('saveSettings')[0] as { settings: Record<string, unknown> }).settings.guestMailTypes).toEqual(['invoice']);
  });

  it('keeps the form as typed and shows why a save failed', async () => {
    const context = setupApp({ url });
    context.server.on('getSetup', setupData());
    context.server.on('saveSettings', fail(500, 'internal', 'Database down'));
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('#ebpdocuments-purge-days').setValue('30');
    await wrapper.find('[data-test="settings-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-test="save-error"]').text()).toBe(en('settings.saveFailed', { reason: 'Database down' }));
    expect((wrapper.find('#ebpdocuments-purge-days').element as HTMLInputElement).value).toBe('30');
  });

  it('purges everything only after two confirmations and the typed word', async () => {
    const context = setupApp({ url });
    context.server.on('getSetup', setupData());
    context.server.on('purgeAll', (params: Record<string, unknown>) =>
      params.after === undefined
        ? { deletedDocuments: 1000, processed: 1000, remaining: 500, cursor: 1000, done: false }
        : { deletedDocuments: 500, processed: 500, remaining: 0, cursor: 1500, done: true });
    context.server.on('listDocuments', { items: [], total: 0, page: 1, perPage: 1 });
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('[data-test="purge-start"]').trigger('click');
    const confirm = () => wrapper.find('[data-test="dialog-confirm"]');
    expect((confirm().element as HTMLButtonElement).disabled).toBe(true);
    await wrapper.find('[data-test="purge-ack"]').setValue(true);
    await confirm().trigger('click');
    expect(wrapper.find('[data-test="purge-word"]').exists()).toBe(true);
    await wrapper.find('[data-test="purge-word"]').setValue('purge');
    expect((confirm().element as HTMLButtonElement).disabled).toBe(true);
    expect(context.server.callsOf('purgeAll')).toHaveLength(0);
    await wrapper.find('[data-test="purge-word"]').setValue('PURGE');
    await confirm().trigger('click');
    await flushPromises();
    expect(context.server.callsOf('purgeAll')).toEqual([{ confirmation: 'PURGE' }, { confirmation: 'PURGE', after: 1000 }]);
    expect(useFlashStore().messages.at(-1)?.text).toBe(en('purge.done', { count: '1,500' }));
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false);
  });

  it('asks for the confirmation word of the language (SUPPRIMER in French)', async () => {
    const context = setupApp({ url, payload: { i18n: { ...wordings(), 'purge.word': 'SUPPRIMER', 'purge.typeWord': 'Tapez %word% pour confirmer' } } });
    context.server.on('getSetup', setupData());
    context.server.on('purgeAll', { deletedDocuments: 2, processed: 2, remaining: 0, cursor: 2, done: true });
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('[data-test="purge-start"]').trigger('click');
    await wrapper.find('[data-test="purge-ack"]').setValue(true);
    await wrapper.find('[data-test="dialog-confirm"]').trigger('click');
    expect(wrapper.find('label[for="ebpdocuments-purge-word"]').text()).toBe('Tapez SUPPRIMER pour confirmer');
    await wrapper.find('[data-test="purge-word"]').setValue('PURGE');
    expect((wrapper.find('[data-test="dialog-confirm"]').element as HTMLButtonElement).disabled).toBe(true);
    await wrapper.find('[data-test="purge-word"]').setValue('SUPPRIMER');
    await wrapper.find('[data-test="dialog-confirm"]').trigger('click');
    await flushPromises();
    expect(context.server.callsOf('purgeAll')).toEqual([{ confirmation: 'SUPPRIMER' }]);
  });

  it('reports a refused purge', async () => {
    const context = setupApp({ url });
    context.server.on('getSetup', setupData());
    context.server.on('purgeAll', fail(403, 'forbidden', 'x'));
    const wrapper = mountView(context);
    await flushPromises();
    await wrapper.find('[data-test="purge-start"]').trigger('click');
    await wrapper.find('[data-test="purge-ack"]').setValue(true);
    await wrapper.find('[data-test="dialog-confirm"]').trigger('click');
    await wrapper.find('[data-test="purge-word"]').setValue('PURGE');
    await wrapper.find('[data-test="dialog-confirm"]').trigger('click');
    await flushPromises();
    expect(useFlashStore().messages.at(-1)?.text).toBe(en('error.actionFailed', { action: en('purge.what'), reason: en('error.forbidden') }));
  });

  it('shows the progress of the purge, stops after the current batch, and stops with what was done at a failed batch', async () => {
    const context = setupApp({ url });
    context.server.on('getSetup', setupData());
    context.server.on('listDocuments', { items: [], total: 0, page: 1, perPage: 1 });
    const batches = [deferred(), deferred()];
    let call = 0;
    context.server.on('purgeAll', () => batches[call++]?.promise);
    const wrapper = mountView(context);
    await flushPromises();
    const purge = async () => {
      await wrapper.find('[data-test="purge-start"]').trigger('click');
      await wrapper.find('[data-test="purge-ack"]').setValue(true);
      await wrapper.find('[data-test="dialog-confirm"]').trigger('click');
      await wrapper.find('[data-test="purge-word"]').setValue('PURGE');
      await wrapper.find('[data-test="dialog-confirm"]').trigger('click');
      await flushPromises();
    };
    await purge();
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="purge-start"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="purge-progress"] [data-test="batch-count"]').text()).toBe('');
    batches[0]?.resolve({ deletedDocuments: 500, processed: 500, remaining: 1700, cursor: 510, done: false });
    await flushPromises();
    expect(wrapper.find('[data-test="purge-progress"] [data-test="batch-count"]').text()).toBe(en('batch.count', { done: 500, total: '2,200' }));
    await wrapper.find('[data-test="batch-cancel"]').trigger('click');
    batches[1]?.resolve({ deletedDocuments: 500, processed: 500, remaining: 1200, cursor: 1020, done: false });
    await flushPromises();
    expect(context.server.callsOf('purgeAll')).toEqual([{ confirmation: 'PURGE' }, { confirmation: 'PURGE', after: 510 }]);
    expect(useFlashStore().messages.at(-1)).toMatchObject({ kind: 'warning', text: en('purge.cancelled', { count: '1,000', total: '2,200' }) });
    expect(wrapper.find('[data-test="purge-progress"]').exists()).toBe(false);

    // Again: the second batch fails; the loop stops and says what the first one deleted.
    let again = 0;
    context.server.on('purgeAll', () => (++again === 1 ? { deletedDocuments: 500, processed: 500, remaining: 700, cursor: 1530, done: false } : fail(500, 'internal', 'Disk full')));
    await purge();
    expect(again).toBe(2);
    expect(useFlashStore().messages.at(-1)).toMatchObject({
      kind: 'danger',
      text: `${en('error.actionFailed', { action: en('purge.what'), reason: 'Disk full' })} ${en('purge.partial', { count: 500 })}`,
    });
    expect(wrapper.find('[data-test="purge-start"]').exists()).toBe(true);
  });

  it('hides the purge without the delete permission and locks the form without edit', async () => {
    const context = setupApp({ url, permissions: { edit: false, delete: false } });
    context.server.on('getSetup', setupData());
    const wrapper = mountView(context);
    await flushPromises();
    expect(wrapper.find('[data-test="purge-start"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="save"]').exists()).toBe(false);
    expect((wrapper.find('[data-test="settings-form"] fieldset').element as HTMLFieldSetElement).disabled).toBe(true);
  });
});
