import { mount } from '@vue/test-utils';
import CardSection from '@/components/CardSection.vue';

describe('CardSection', () => {
  it('is a section labelled by its heading, with the content in the panel body', () => {
    const wrapper = mount(CardSection, {
      props: { titleId: 'keys-title', title: 'Connector keys' },
      attrs: { class: 'mb-3' },
      slots: { default: '<p data-test="content">Keys</p>' },
    });
    expect(wrapper.element.tagName).toBe('SECTION');
    expect(wrapper.classes()).toEqual(['panel', 'ebpdocuments-panel', 'mb-3']);
    expect(wrapper.attributes('aria-labelledby')).toBe('keys-title');
    const heading = wrapper.find('h2#keys-title');
    expect(heading.text()).toBe('Connector keys');
    expect(heading.classes()).toEqual(['panel-heading', 'ebpdocuments-panel-heading']);
    expect(wrapper.find('.ebpdocuments-panel-body [data-test="content"]').exists()).toBe(true);
  });

  it('takes a coloured heading', () => {
    const wrapper = mount(CardSection, { props: { titleId: 't', title: 'Purge', headingClass: 'text-danger' } });
    expect(wrapper.find('h2').classes()).toEqual(['panel-heading', 'ebpdocuments-panel-heading', 'text-danger']);
  });
});
