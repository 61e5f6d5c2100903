import { mount } from '@vue/test-utils';
import { nextTick } from 'vue';
import RowActions, { type RowAction } from '@/components/RowActions.vue';
import { en, setupApp } from '../support/setup';

function mountActions(items: RowAction[], main: RowAction | null = { id: 'download', label: 'Download the PDF', icon: 'file_download', href: 'https://shop.test/pdf' }) {
  return mount(RowActions, { props: { main, items, reference: 'FA001' }, attachTo: document.body });
}

describe('RowActions', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the main action as a named icon and the others behind a named "more" button', () => {
    setupApp();
    const wrapper = mountActions([{ id: 'history', label: 'History', icon: 'history', run: () => undefined }]);
    expect(wrapper.find('[role="group"]').attributes('aria-label')).toBe(en('documents.rowActions', { reference: 'FA001' }));
    const main = wrapper.find('[data-test="download"]');
    expect([main.element.tagName, main.attributes('href'), main.attributes('aria-label'), main.attributes('title')]).toEqual(['A', 'https://shop.test/pdf', 'Download the PDF', 'Download the PDF']);
    expect(main.find('.material-icons').attributes('aria-hidden')).toBe('true');
    const toggle = wrapper.find('[data-test="row-menu"]');
    expect(toggle.element.tagName).toBe('BUTTON');
    expect(toggle.attributes('aria-haspopup')).toBe('menu');
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(toggle.attributes('aria-label')).toBe(en('common.moreActions', { reference: 'FA001' }));
    expect(wrapper.find('[role="menu"]').exists()).toBe(false);
  });

  it('opens on click with focus on the first item, runs the chosen action, closes and gives focus back', async () => {
    setupApp();
    const ran: string[] = [];
    const wrapper = mountActions([
      { id: 'history', label: 'History', icon: 'history', run: () => ran.push('history') },
      { id: 'delete', label: 'Delete', icon: 'delete', danger: true, run: () => ran.push('delete') },
    ]);
    const toggle = wrapper.find('[data-test="row-menu"]');
    await toggle.trigger('click');
    await nextTick();
    const menu = wrapper.find('[role="menu"]');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(toggle.attributes('aria-controls')).toBe(menu.attributes('id'));
    expect(menu.findAll('[role="menuitem"]').map((item) => item.find('.ebpdocuments-row-label').text())).toEqual(['History', 'Delete']);
    expect(menu.findAll('[role="menuitem"] .material-icons').map((icon) => [icon.text(), icon.attributes('aria-hidden')])).toEqual([['history', 'true'], ['delete', 'true']]);
    expect(document.activeElement).toBe(menu.find('[data-test="history"]').element);
    await menu.find('[data-test="delete"]').trigger('click');
    expect(ran).toEqual(['delete']);
    expect(wrapper.find('[role="menu"]').exists()).toBe(false);
    expect(toggle.attributes('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle.element);
  });

  it('is driven by the keyboard: arrows move, Home/End jump, Escape closes and returns focus', async () => {
    setupApp();
    const ran: string[] = [];
    const items = ['a', 'b', 'c'].map((id) => ({ id, label: id.toUpperCase(), icon: 'history', run: () => ran.push(id) }));
    const wrapper = mountActions(items, null);
    expect(wrapper.find('.ebpdocuments-row-main').exists()).toBe(false);
    const toggle = wrapper.find('[data-test="row-menu"]');
    await toggle.trigger('keydown', { key: 'ArrowUp' });
    await nextTick();
    const focused = () => (document.activeElement as HTMLElement).getAttribute('data-test');
    expect(focused()).toBe('c');
    const menu = wrapper.find('[role="menu"]');
    await menu.trigger('keydown', { key: 'ArrowDown' });
    expect(focused()).toBe('a');
    await menu.trigger('keydown', { key: 'ArrowUp' });
    expect(focused()).toBe('c');
    await menu.trigger('keydown', { key: 'Home' });
    expect(focused()).toBe('a');
    await menu.trigger('keydown', { key: 'End' });
    expect(focused()).toBe('c');
    await menu.trigger('keydown', { key: 'Escape' });
    expect(wrapper.find('[role="menu"]').exists()).toBe(false);
    expect(document.activeElement).toBe(toggle.element);
    expect(ran).toEqual([]);
    // Enter on a focused item is a click on its button.
    await toggle.trigger('keydown', { key: 'ArrowDown' });
    await nextTick();
    expect(focused()).toBe('a');
    (document.activeElement as HTMLButtonElement).click();
    expect(ran).toEqual(['a']);
  });

  it('closes on a click outside and on Tab, and never runs a disabled item', async () => {
    setupApp();
    const ran: string[] = [];
    const wrapper = mountActions([{ id: 'retry', label: 'Retry', icon: 'refresh', disabled: true, run: () => ran.push('retry') }]);
    const toggle = wrapper.find('[data-test="row-menu"]');
    await toggle.trigger('click');
    const item = wrapper.find('[data-test="retry"]');
    expect(item.attributes('aria-disabled')).toBe('true');
    await item.trigger('click');
    expect(ran).toEqual([]);
    document.body.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    await nextTick();
    expect(wrapper.find('[role="menu"]').exists()).toBe(false);
    await toggle.trigger('click');
    await wrapper.find('[role="menu"]').trigger('keydown', { key: 'Tab' });
    expect(wrapper.find('[role="menu"]').exists()).toBe(false);
    // A second click on the toggle closes an open menu too.
    await toggle.trigger('click');
    await toggle.trigger('click');
    expect(wrapper.find('[role="menu"]').exists()).toBe(false);
  });

  it('has no menu when the row has no other action', () => {
    setupApp();
    const wrapper = mountActions([]);
    expect(wrapper.find('[data-test="row-menu"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="download"]').exists()).toBe(true);
  });
});
