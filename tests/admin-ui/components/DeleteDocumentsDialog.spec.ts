import { flushPromises, mount } from '@vue/test-utils';
import DeleteDocumentsDialog from '@/components/DeleteDocumentsDialog.vue';
import { en, setupApp } from '../support/setup';

function list(result = true) {
  const removed: number[][] = [];
  let finish: (ok: boolean) => void = () => {};
  return {
    removed,
    finish: () => finish(result),
    describe: (ids: number[]) => (ids.length === 1 ? `FA${ids[0]}` : `${ids.length} documents`),
    remove: (ids: number[]) => {
      removed.push(ids);
      return new Promise<boolean>((resolve) => {
        finish = resolve;
      });
    },
  };
}

describe('DeleteDocumentsDialog', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('names one document by its number and several by their count', () => {
    setupApp();
    const one = mount(DeleteDocumentsDialog, { props: { ids: [7], list: list() }, attachTo: document.body });
    expect(one.text()).toContain(en('documents.deleteOne', { reference: 'FA7' }));
    expect(one.text()).toContain(en('documents.deleteWarning'));
    const many = mount(DeleteDocumentsDialog, { props: { ids: [1, 2, 3], list: list() }, attachTo: document.body });
    expect(many.find('h2').text()).toBe(en('documents.deleteTitle', { count: 3 }));
    expect(many.text()).toContain(en('documents.deleteMany', { count: 3 }));
  });

  it('deletes on confirmation, stays busy until the server answered, then closes', async () => {
    setupApp();
    const documents = list();
    const wrapper = mount(DeleteDocumentsDialog, { props: { ids: [1, 2], list: documents }, attachTo: document.body });
    await wrapper.find('[data-test="dialog-confirm"]').trigger('click');
    expect(documents.removed).toEqual([[1, 2]]);
    expect((wrapper.find('[data-test="dialog-confirm"]').element as HTMLButtonElement).disabled).toBe(true);
    expect(wrapper.emitted('close')).toBeUndefined();
    documents.finish();
    await flushPromises();
    expect(wrapper.emitted('close')).toHaveLength(1);
  });

  it('closes without deleting on cancel', async () => {
    setupApp();
    const documents = list();
    const wrapper = mount(DeleteDocumentsDialog, { props: { ids: [1], list: documents }, attachTo: document.body });
    await wrapper.find('[data-test="dialog-cancel"]').trigger('click');
    expect(wrapper.emitted('close')).toHaveLength(1);
    expect(documents.removed).toEqual([]);
  });
});
