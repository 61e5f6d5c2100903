import type { DOMWrapper, VueWrapper } from '@vue/test-utils';

/** Opens the "⋮" menu of row `row` (RowActions) and answers its item `id`, as a person clicks through. */
export async function rowMenuItem(wrapper: VueWrapper, id: string, row = 0): Promise<DOMWrapper<Element>> {
  const toggles = wrapper.findAll('[data-test="row-menu"]');
  const toggle = toggles[row];
  if (!toggle) {
    throw new Error(`no row menu #${row} (${toggles.length} found)`);
  }
  if (toggle.attributes('aria-expanded') !== 'true') {
    await toggle.trigger('click');
  }
  return wrapper.find(`[data-test="row-menu-list"] [data-test="${id}"]`);
}

/** The ids of the items of row `row`'s menu (opening it). */
export async function rowMenuIds(wrapper: VueWrapper, row = 0): Promise<string[]> {
  await rowMenuItem(wrapper, '__none__', row);
  const ids = wrapper.findAll('[data-test="row-menu-list"] [role="menuitem"]').map((item) => item.attributes('data-test') ?? '');
  await wrapper.findAll('[data-test="row-menu"]')[row]?.trigger('click');
  return ids;
}
