import { mount } from '@vue/test-utils';
import FilterBar from '@/components/FilterBar.vue';
import SearchFilter from '@/components/SearchFilter.vue';
import ShopFilter from '@/components/ShopFilter.vue';
import { en, setupApp } from '../support/setup';

describe('FilterBar', () => {
  it('is a named search landmark holding the filters, which never submits the page', async () => {
    const wrapper = mount(FilterBar, { props: { label: 'Document filters', align: 'end' }, slots: { default: '<input data-test="inside">' } });
    expect(wrapper.attributes('role')).toBe('search');
    expect(wrapper.attributes('aria-label')).toBe('Document filters');
    expect(wrapper.find('.form-row').classes()).toContain('align-items-end');
    expect(wrapper.find('.form-row [data-test="inside"]').exists()).toBe(true);
    const submit = new Event('submit', { cancelable: true });
    wrapper.element.dispatchEvent(submit);
    expect(submit.defaultPrevented).toBe(true);
  });
});

describe('SearchFilter', () => {
  it('labels the search box, gives typed text, and ties its help to it when there is one', async () => {
    const wrapper = mount(SearchFilter, { props: { id: 's', label: 'Search', placeholder: 'Number', modelValue: 'FA', help: 'Starts with.' }, attrs: { class: 'col-md-6' } });
    expect(wrapper.classes()).toEqual(['form-group', 'col-md-6']);
    const input = wrapper.find('#s');
    expect(input.attributes()).toMatchObject({ type: 'search', placeholder: 'Number', 'aria-describedby': 's-help', 'data-test': 'search' });
    expect((input.element as HTMLInputElement).value).toBe('FA');
    expect(wrapper.find('#s-help').text()).toBe('Starts with.');
    await input.setValue('FA001');
    expect(wrapper.emitted('update:modelValue')).toEqual([['FA001']]);
    const plain = mount(SearchFilter, { props: { id: 'p', label: 'Search', placeholder: '', modelValue: '' } });
    expect(plain.find('input').attributes('aria-describedby')).toBeUndefined();
    expect(plain.find('small').exists()).toBe(false);
  });
});

describe('ShopFilter', () => {
  it('is offered only with several shops, and gives the chosen shop', async () => {
    const single = setupApp({ payload: { shops: [{ id: 1, name: 'FR' }] } });
    expect(mount(ShopFilter, { props: { id: 'shop' }, global: { plugins: [single.pinia] } }).find('select').exists()).toBe(false);
    const multi = setupApp({ payload: { shops: [{ id: 1, name: 'FR' }, { id: 2, name: 'BE' }] } });
    const wrapper = mount(ShopFilter, { props: { id: 'shop', value: 2 }, global: { plugins: [multi.pinia] } });
    expect(wrapper.find('label').text()).toBe(en('documents.shop'));
    expect(wrapper.findAll('option').map((o) => o.text())).toEqual([en('common.all'), 'FR', 'BE']);
    expect((wrapper.find('[data-test="filter-shop"]').element as HTMLSelectElement).value).toBe('2');
    await wrapper.find('select').setValue('1');
    expect(wrapper.emitted('change')).toEqual([['1']]);
  });
});
