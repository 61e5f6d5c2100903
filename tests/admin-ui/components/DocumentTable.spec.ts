import { mount } from '@vue/test-utils';
import { ref } from 'vue';
import DocumentTable from '@/components/DocumentTable.vue';
import { rowMenuIds, rowMenuItem } from '../support/rowMenu';
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

const opened: number[] = [];

function rowActions(row: { id: number; downloadUrl: string }) {
  return {
    main: { id: 'download', label: 'Download', icon: 'file_download', href: row.downloadUrl },
    items: [{ id: 'open', label: 'Open', icon: 'history', run: () => opened.push(row.id) }],
  };
}

function mountTable(props: { selectable: boolean }, list = selection()) {
  return mount(DocumentTable, {
    props: { rows, caption: 'My rows', selection: list, rowTest: 'my-row', hover: true, rowActions, ...props },
    attachTo: document.body,
    slots: {
      head: '<th scope="col">Number</th>',
      cells: '<template #cells="{ row }"><td data-test="cell">{{ row.reference }}</td></template>',
      details: '<template #details="{ row }"><tr v-if="row.id === 2" data-test="details"><td>more</td></tr></template>',
    },
  });
}

describe('DocumentTable', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('lays out the view columns between selection and actions, with the row details after each row', async () => {
    setupApp();
    const wrapper = mountTable({ selectable: true });
    expect(wrapper.find('caption').text()).toBe('My rows');
    expect(wrapper.find('table').classes()).toContain('table-hover');
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual(['', 'Number', en('common.actions')]);
    expect(wrapper.findAll('tbody tr').map((tr) => tr.attributes('data-test'))).toEqual(['my-row', 'my-row', 'details']);
    expect(wrapper.findAll('[data-test="cell"]').map((td) => td.text())).toEqual(['FA00001', 'FA00002']);
    const group = wrapper.findAll('[role="group"]')[1];
    expect(group?.attributes('aria-label')).toBe(en('documents.rowActions', { reference: 'FA00002' }));
    expect(group?.find('[data-test="download"]').attributes('href')).toBe(rows[1]?.downloadUrl);
    expect(await rowMenuIds(wrapper, 1)).toEqual(['open', 'delete']);
    await (await rowMenuItem(wrapper, 'open', 1)).trigger('click');
    expect(opened).toEqual([2]);
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
    const remove = await rowMenuItem(wrapper, 'delete', 1);
    expect(remove.find('.ebpdocuments-row-label').text()).toBe(en('common.delete'));
    await remove.trigger('click');
    expect(wrapper.emitted('delete')).toEqual([[[2]]]);
    setupApp({ permissions: { delete: false } });
    const readOnly = mountTable({ selectable: false });
    expect(readOnly.find('[data-test="select-all"]').exists()).toBe(false);
    expect(readOnly.find('[data-test="select-row"]').exists()).toBe(false);
    expect(await rowMenuIds(readOnly, 1)).toEqual(['open']);
  });
});
