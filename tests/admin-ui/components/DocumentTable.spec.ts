import { mount } from '@vue/test-utils';
import { ref } from 'vue';
import DocumentTable from '@/components/DocumentTable.vue';
import { documentRow, en, setupApp } from '../support/setup';

function selection() {
  const selected = ref<number[]>([]);
  return {
    selected,
    isSelected: (id: number) => selected.value.includes(id),
    toggle: (id: number) => {
      selected.value = selected.value.includes(id) ? selected.value.filter((other) => other !== id) : [...selected.value, id];
    },
    selectAll: (on: boolean) => {
      selected.value = on ? [1, 2] : [];
    },
  };
}

const rows = [documentRow({ id: 1 }), documentRow({ id: 2 })];

function mountTable(props: { selectable: boolean }, list = selection()) {
  return mount(DocumentTable, {
    props: { rows, caption: 'My rows', selection: list, rowTest: 'my-row', hover: true, ...props },
    slots: {
      head: '<th scope="col">Number</th>',
      cells: '<template #cells="{ row }"><td data-test="cell">{{ row.reference }}</td></template>',
      actions: '<template #actions="{ row }"><button type="button" data-test="open">{{ row.id }}</button></template>',
      details: '<template #details="{ row }"><tr v-if="row.id === 2" data-test="details"><td>more</td></tr></template>',
    },
  });
}

describe('DocumentTable', () => {
  it('lays out the view columns between selection and actions, with the row details after each row', () => {
    setupApp();
    const wrapper = mountTable({ selectable: true });
    expect(wrapper.find('caption').text()).toBe('My rows');
    expect(wrapper.find('table').classes()).toContain('table-hover');
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual(['', 'Number', en('common.actions')]);
    expect(wrapper.findAll('tbody tr').map((tr) => tr.attributes('data-test'))).toEqual(['my-row', 'my-row', 'details']);
    expect(wrapper.findAll('[data-test="cell"]').map((td) => td.text())).toEqual(['FA00001', 'FA00002']);
    const group = wrapper.findAll('[role="group"]')[1];
    expect(group?.attributes('aria-label')).toBe(en('documents.rowActions', { reference: 'FA00002' }));
    expect(group?.findAll('button').map((b) => b.attributes('data-test'))).toEqual(['open', 'delete']);
  });

  it('selects rows one by one or all at once', async () => {
    setupApp();
    const list = selection();
    const wrapper = mountTable({ selectable: true }, list);
    await wrapper.findAll('[data-test="select-row"]')[1]?.setValue(true);
    expect(list.selected.value).toEqual([2]);
    expect((wrapper.find('[data-test="select-all"]').element as HTMLInputElement).checked).toBe(false);
    await wrapper.find('[data-test="select-all"]').setValue(true);
    expect(list.selected.value).toEqual([1, 2]);
    expect((wrapper.find('[data-test="select-all"]').element as HTMLInputElement).checked).toBe(true);
    expect(wrapper.findAll('[data-test="select-row"]').map((box) => box.attributes('aria-label'))).toEqual([
      en('common.selectRow', { reference: 'FA00001' }),
      en('common.selectRow', { reference: 'FA00002' }),
    ]);
  });

  it('asks to delete one row, and hides selection and Delete when not allowed', async () => {
    setupApp();
    const wrapper = mountTable({ selectable: true });
    await wrapper.findAll('[data-test="delete"]')[1]?.trigger('click');
    expect(wrapper.emitted('delete')).toEqual([[[2]]]);
    setupApp({ permissions: { delete: false } });
    const readOnly = mountTable({ selectable: false });
    expect(readOnly.find('[data-test="select-all"]').exists()).toBe(false);
    expect(readOnly.find('[data-test="select-row"]').exists()).toBe(false);
    expect(readOnly.find('[data-test="delete"]').exists()).toBe(false);
    expect(readOnly.findAll('[data-test="open"]')).toHaveLength(2);
  });
});
