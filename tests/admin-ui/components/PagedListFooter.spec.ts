import { mount } from '@vue/test-utils';
import PagedListFooter from '@/components/PagedListFooter.vue';
import { en, page, setupApp } from '../support/setup';

describe('PagedListFooter', () => {
  it('shows nothing for an empty or not yet loaded list', () => {
    setupApp();
    expect(mount(PagedListFooter, { props: { page: null } }).find('.ebpdocuments-panel-footer').exists()).toBe(false);
    expect(mount(PagedListFooter, { props: { page: page([], 0) } }).find('.ebpdocuments-panel-footer').exists()).toBe(false);
  });

  it('asks for another page as a URL patch, page 1 being no parameter', async () => {
    setupApp();
    const wrapper = mount(PagedListFooter, { props: { page: page([1], 95, 2, 20) } });
    expect(wrapper.find('[data-test="range"]').text()).toBe(en('common.range', { from: 21, to: 40, total: 95 }));
    expect(wrapper.find('select').exists()).toBe(false);
    expect(wrapper.classes()).toEqual(['panel-footer', 'ebpdocuments-panel-footer']);
    await wrapper.find('[data-test="next"]').trigger('click');
    await wrapper.find('[data-test="prev"]').trigger('click');
    expect(wrapper.emitted('change')).toEqual([[{ page: 3 }], [{ page: null }]]);
  });

  it('offers the page size when it has an id for it', async () => {
    setupApp();
    const wrapper = mount(PagedListFooter, { props: { page: { ...page([1], 5000), totalCapped: true }, perPageId: 'list-per', perPage: 50 } });
    expect(wrapper.find('[data-test="range"]').text()).toBe(en('common.rangeCapped', { from: 1, to: 20, total: '5,000' }));
    expect(wrapper.find('label').attributes('for')).toBe('list-per');
    const select = wrapper.find('#list-per');
    expect((select.element as HTMLSelectElement).value).toBe('50');
    expect(wrapper.findAll('option').map((o) => o.text())).toEqual(['20', '50', '100']);
    await select.setValue('100');
    expect(wrapper.emitted('change')).toEqual([[{ per: '100' }]]);
  });
});
