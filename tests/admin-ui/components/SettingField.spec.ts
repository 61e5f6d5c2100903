import { mount } from '@vue/test-utils';
import { defineComponent, ref } from 'vue';
import SettingField from '@/components/SettingField.vue';
import { setupApp } from '../support/setup';

/** A parent holding the value, as a settings form does. */
function host(initial: number | string, props: Record<string, unknown>) {
  const value = ref(initial);
  const Host = defineComponent({
    components: { SettingField },
    setup: () => ({ value, props }),
    template: '<SettingField v-model="value" v-bind="props" class="col-md-6"><p data-test="note">note</p></SettingField>',
  });
  return { value, wrapper: mount(Host) };
}

describe('SettingField', () => {
  it('labels a narrow number input, keeps numbers as numbers, and shows the help and the view note', async () => {
    setupApp();
    const { value, wrapper } = host(20, { id: 'max', label: 'Max size', help: 'In MB.', error: null, min: 1, max: 512 });
    expect(wrapper.classes()).toEqual(['form-group', 'col-md-6']);
    expect(wrapper.find('label').attributes('for')).toBe('max');
    const input = wrapper.find('#max');
    expect(input.attributes()).toMatchObject({ type: 'number', min: '1', max: '512' });
    expect(input.attributes('step')).toBeUndefined();
    expect(input.attributes('aria-describedby')).toBeUndefined();
    expect(input.classes()).toContain('ebpdocuments-narrow');
    expect((input.element as HTMLInputElement).value).toBe('20');
    await input.setValue('35');
    expect(value.value).toBe(35);
    expect(wrapper.find('small').text()).toBe('In MB.');
    expect(wrapper.find('[data-test="note"]').exists()).toBe(true);
    expect(wrapper.find('.invalid-feedback').exists()).toBe(false);
  });

  it('trims a text value, ties the help to the input, and shows a refusal next to it', async () => {
    setupApp();
    const { value, wrapper } = host('', { id: 'dir', type: 'text', label: 'Folder', help: 'Outside the web root.', helpId: 'dir-help', placeholder: 'default', error: 'Not writable.' });
    const input = wrapper.find('#dir');
    expect(input.attributes()).toMatchObject({ type: 'text', placeholder: 'default', 'aria-describedby': 'dir-help' });
    expect(input.classes()).toEqual(['form-control', 'is-invalid']);
    expect(wrapper.find('#dir-help').text()).toBe('Outside the web root.');
    expect(wrapper.find('.invalid-feedback').text()).toBe('Not writable.');
    await input.setValue('  /srv/ebp  ');
    expect(value.value).toBe('/srv/ebp');
  });
});
