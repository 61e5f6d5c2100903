import { mount } from '@vue/test-utils';
import SettingsSaveBar from '@/components/SettingsSaveBar.vue';
import { useSetupStore } from '@/stores/setup';
import { en, setupApp } from '../support/setup';

describe('SettingsSaveBar', () => {
  it('enables Save only for changes, and shows a spinner while saving', async () => {
    setupApp();
    const wrapper = mount(SettingsSaveBar, { props: { dirty: false } });
    const save = () => wrapper.find('[data-test="save"]');
    expect(save().attributes('type')).toBe('submit');
    expect(save().text()).toBe(en('common.save'));
    expect((save().element as HTMLButtonElement).disabled).toBe(true);
    await wrapper.setProps({ dirty: true });
    expect((save().element as HTMLButtonElement).disabled).toBe(false);
    useSetupStore().saving = true;
    await wrapper.vm.$nextTick();
    expect((save().element as HTMLButtonElement).disabled).toBe(true);
    expect(save().find('.spinner-border').exists()).toBe(true);
  });

  it('says why the last save failed, and has no Save without the edit permission', async () => {
    setupApp({ permissions: { edit: false } });
    useSetupStore().saveError = 'Database down';
    const wrapper = mount(SettingsSaveBar, { props: { dirty: true } });
    expect(wrapper.find('[data-test="save-error"]').attributes('role')).toBe('alert');
    expect(wrapper.find('[data-test="save-error"]').text()).toBe(en('settings.saveFailed', { reason: 'Database down' }));
    expect(wrapper.find('[data-test="save"]').exists()).toBe(false);
  });
});
