import { mount } from '@vue/test-utils';
import { defineComponent, ref } from 'vue';
import DocumentTypeChecklist from '@/components/DocumentTypeChecklist.vue';
import { DOCUMENT_TYPES } from '../../../admin-ui/dev/documentTypes';
import { en, setupApp } from '../support/setup';

describe('DocumentTypeChecklist', () => {
  it('offers one labelled checkbox per document type and keeps the checked codes in the model', async () => {
    setupApp();
    const codes = ref<string[]>(['invoice']);
    const Host = defineComponent({
      components: { DocumentTypeChecklist },
      setup: () => ({ codes }),
      template: '<DocumentTypeChecklist v-model="codes" legend="Send e-mails for" help="Choose." id-prefix="notify" test-id="notify-type" />',
    });
    const wrapper = mount(Host);
    expect(wrapper.find('legend').text()).toBe('Send e-mails for');
    expect(wrapper.find('small').text()).toBe('Choose.');
    const boxes = wrapper.findAll('[data-test="notify-type"]');
    const types = DOCUMENT_TYPES.map(({ code }) => code);
    expect(boxes.map((box) => box.attributes('id'))).toEqual(types.map((code) => `notify-${code}`));
    expect(wrapper.find('label[for="notify-credit_note"]').text()).toBe(en('documentType.credit_note'));
    expect(boxes.map((box) => (box.element as HTMLInputElement).checked)).toEqual(types.map((code) => code === 'invoice'));
    await boxes[types.indexOf('quote')]?.setValue(true);
    await boxes[types.indexOf('invoice')]?.setValue(false);
    expect(codes.value).toEqual(['quote']);
  });
});
