import { mount } from '@vue/test-utils';
import FilterSelect from '@/components/FilterSelect.vue';
import { en, setupApp } from '../support/setup';

const options = [
  { value: 'quote', label: 'Quote' },
  { value: 2, label: 'Shop BE' },
];

describe('FilterSelect', () => {
  it('labels a select that offers "All" first, then the choices, with the current value chosen', () => {
    setupApp();
    const wrapper = mount(FilterSelect, { props: { id: 'f-kind', label: 'Kind', value: 2, options, testId: 'filter-kind' }, attrs: { class: 'col-md-3' } });
    expect(wrapper.classes()).toEqual(['form-group', 'col-md-3']);
    expect(wrapper.find('label').attributes('for')).toBe('f-kind');
    expect(wrapper.find('label').text()).toBe('Kind');
    const select = wrapper.find('select');
    expect(select.attributes('id')).toBe('f-kind');
    expect(select.attributes('data-test')).toBe('filter-kind');
    expect(wrapper.findAll('option').map((o) => [o.attributes('value'), o.text()])).toEqual([
      ['', en('common.all')],
      ['quote', 'Quote'],
      ['2', 'Shop BE'],
    ]);
    expect((select.element as HTMLSelectElement).value).toBe('2');
  });

  it('gives the chosen value, or null for "All"', async () => {
    setupApp();
    const wrapper = mount(FilterSelect, { props: { id: 'f', label: 'Kind', value: '', options, testId: 't' } });
    await wrapper.find('select').setValue('quote');
    await wrapper.find('select').setValue('');
    expect(wrapper.emitted('change')).toEqual([['quote'], [null]]);
  });
});
