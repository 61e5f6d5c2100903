import { mount } from '@vue/test-utils';
import { defineComponent, ref } from 'vue';
import DocumentTypeChecklist from '@/components/DocumentTypeChecklist.vue';
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
    expect(boxes.map((box) => box.attributes('id'))).toEqual(['notify-quote', 'notify-order', 'notify-delivery', 'notify-invoice', 'notify-credit_note', 'notify-other']);
    expect(wrapper.find('label[for="notify-credit_note"]').text()).toBe(en('documentType.credit_note'));
    expect(boxes.map((box) => (box.element as HTMLInputElement).checked)).toEqual([false, false, false, true, false, false]);
    await boxes[0]?.setValue(true);
    await boxes[3]?.setValue(false);
    expect(codes.value).toEqual(['quote']);
  });
});
