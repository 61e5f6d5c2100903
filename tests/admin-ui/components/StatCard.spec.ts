import { mount } from '@vue/test-utils';
import StatCard from '@/components/StatCard.vue';

describe('StatCard', () => {
  it('shows the title and the value as a button that opens the list behind it, then its details', async () => {
    const wrapper = mount(StatCard, {
      props: { title: 'Attached today', value: '1,234', testId: 'attached-today' },
      slots: { default: '<p data-test="detail">by e-mail</p>' },
    });
    expect(wrapper.find('h2').text()).toBe('Attached today');
    const value = wrapper.find('[data-test="attached-today"]');
    expect(value.element.tagName).toBe('BUTTON');
    expect(value.text()).toBe('1,234');
    expect(wrapper.find('[data-test="detail"]').text()).toBe('by e-mail');
    await value.trigger('click');
    expect(wrapper.emitted('open')).toHaveLength(1);
  });

  it('leaves the value without a test hook when none is given', () => {
    const wrapper = mount(StatCard, { props: { title: 'Storage', value: '3 MB' } });
    expect(wrapper.find('button').attributes('data-test')).toBeUndefined();
  });
});
