import { mount } from '@vue/test-utils';
import CardSection from '@/components/CardSection.vue';

describe('CardSection', () => {
  it('is a section labelled by its heading, with the content in the card body', () => {
    const wrapper = mount(CardSection, {
      props: { titleId: 'keys-title', title: 'Connector keys' },
      attrs: { class: 'mb-3' },
      slots: { default: '<p data-test="content">Keys</p>' },
    });
    expect(wrapper.element.tagName).toBe('SECTION');
    expect(wrapper.classes()).toEqual(['card', 'mb-3']);
    expect(wrapper.attributes('aria-labelledby')).toBe('keys-title');
    const heading = wrapper.find('h2#keys-title');
    expect(heading.text()).toBe('Connector keys');
    expect(heading.classes()).toEqual(['card-header', 'mb-0', 'h5']);
    expect(wrapper.find('.card-body [data-test="content"]').exists()).toBe(true);
  });

  it('takes a smaller or coloured heading', () => {
    const wrapper = mount(CardSection, { props: { titleId: 't', title: 'Purge', headingClass: 'h6 text-danger' } });
    expect(wrapper.find('h2').classes()).toEqual(['card-header', 'mb-0', 'h6', 'text-danger']);
  });
});
