import { flushPromises, mount } from '@vue/test-utils';
import AdminApp from '@/AdminApp.vue';
import { page as pageEffects } from '@/page';
import { useAppStore } from '@/stores/app';
import { useNavigationStore } from '@/stores/navigation';
import { Raw, fail } from '../support/fakeServer';
import { BO_URL, en, page, setupApp, setupData } from '../support/setup';

function quietServer(context: ReturnType<typeof setupApp>, waitingTotal = 3) {
  context.server.on('getOverview', {
    attachedToday: 0,
    attachedThisMonth: 0,
    waitingTotal,
    waitingByReason: [],
    lastDocument: null,
    recentErrors: [],
    storage: { usedBytes: 0, writable: true },
  });
  context.server.on('listDocuments', page([], 0));
  context.server.on('listEvents', page([], 0));
  context.server.on('getSetup', setupData());
  context.server.on('listKeys', { keys: [] });
}

describe('AdminApp', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the tabs with the notice badge from the payload', async () => {
    const context = setupApp();
    quietServer(context);
    const wrapper = mount(AdminApp, { global: { plugins: [context.pinia] } });
    await flushPromises();
    expect(wrapper.findAll('.nav-link').map((link) => link.text().replace(/\s+/g, ' '))).toEqual([
      en('nav.overview'),
      en('nav.documents'),
      `${en('nav.waiting')} 3`,
      en('nav.import'),
      en('nav.activity'),
      en('nav.connector'),
      en('nav.settings'),
    ]);
    expect(wrapper.find('[data-test="tab-overview"]').attributes('aria-current')).toBe('page');
  });

  it('offers the Import tab only to employees who may edit', async () => {
    const context = setupApp({ permissions: { edit: false } });
    quietServer(context);
    const wrapper = mount(AdminApp, { global: { plugins: [context.pinia] } });
    await flushPromises();
    expect(wrapper.find('[data-test="tab-import"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="tab-documents"]').exists()).toBe(true);
  });

  it('switches views through links that keep the BO token', async () => {
    const context = setupApp();
    quietServer(context);
    const wrapper = mount(AdminApp, { global: { plugins: [context.pinia] } });
    await flushPromises();
    const link = wrapper.find('[data-test="tab-documents"]');
    const href = new URL(link.attributes('href') as string);
    expect(href.searchParams.get('token')).toBe('abc');
    expect(href.searchParams.get('controller')).toBe('AdminEbpdocuments');
    expect(href.searchParams.get('ebpView')).toBe('documents');
    await link.trigger('click', { button: 0 });
    await flushPromises();
    expect(useNavigationStore().view).toBe('documents');
    expect(wrapper.find('.ebpdocuments-documents').exists()).toBe(true);
    expect(new URL(window.location.href).searchParams.get('ebpView')).toBe('documents');
  });

  it('follows the back button', async () => {
    const context = setupApp();
    quietServer(context);
    const wrapper = mount(AdminApp, { global: { plugins: [context.pinia] }, attachTo: document.body });
    await flushPromises();
    await wrapper.find('[data-test="tab-activity"]').trigger('click', { button: 0 });
    window.history.replaceState(null, '', `${BO_URL}&ebpView=waiting`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await flushPromises();
    expect(wrapper.find('.ebpdocuments-waiting').exists()).toBe(true);
    wrapper.unmount();
  });

  it('shows "999+" while the count it has stopped at a cap, and the exact count once a list says it', async () => {
    const context = setupApp({ payload: { initial: { waitingCount: 999, waitingCapped: true } } });
    context.server.on('getOverview', {
      attachedToday: 0,
      attachedThisMonth: 0,
      waitingTotal: 999,
      noticesWaitingCapped: true,
      waitingByReason: [{ reason: 'NO_ACCOUNT', count: 999, capped: true }],
      lastDocument: null,
      recentErrors: [],
      storage: { usedBytes: 0, writable: true },
    });
    const wrapper = mount(AdminApp, { global: { plugins: [context.pinia] } });
    const badge = () => wrapper.find('[data-test="waiting-badge"]');
    expect(badge().text()).toBe('999+');
    expect(badge().attributes('aria-label')).toBe('999+ documents to attach');
    await flushPromises();
    expect(badge().text()).toBe('999+');

    useAppStore().setWaitingCount(12);
    await flushPromises();
    expect(badge().text()).toBe('12');
    wrapper.unmount();
  });

  it('drops the badge when no notice waits', async () => {
    const context = setupApp({ payload: { initial: { waitingCount: 2, waitingCapped: false } } });
    quietServer(context, 0);
    const wrapper = mount(AdminApp, { global: { plugins: [context.pinia] } });
    expect(wrapper.find('[data-test="waiting-badge"]').text()).toBe('2');
    await flushPromises();
    expect(useAppStore().waitingCount).toBe(0);
    expect(wrapper.find('[data-test="waiting-badge"]').exists()).toBe(false);
  });

  it('replaces the screen by a "log in again" panel when the session expires', async () => {
    const context = setupApp({ url: `${BO_URL}&ebpView=documents` });
    quietServer(context);
    context.server.on('listDocuments', new Raw(200, '<html><body>Login</body></html>', { 'content-type': 'text/html' }, 'http://localhost/admin-dev/index.php?controller=AdminLogin'));
    const reload = vi.spyOn(pageEffects, 'reload').mockImplementation(() => undefined);
    const wrapper = mount(AdminApp, { global: { plugins: [context.pinia] } });
    await flushPromises();
    const panel = wrapper.find('[data-test="session-expired"]');
    expect(panel.text()).toContain(en('session.title'));
    expect(wrapper.find('.nav-tabs').exists()).toBe(false);
    await wrapper.find('[data-test="reload"]').trigger('click');
    expect(reload).toHaveBeenCalled();
  });

  it('shows the permission message when a read is forbidden', async () => {
    const context = setupApp({ url: `${BO_URL}&ebpView=activity` });
    quietServer(context);
    context.server.on('listEvents', fail(403, 'forbidden', 'no'));
    const wrapper = mount(AdminApp, { global: { plugins: [context.pinia] } });
    await flushPromises();
    expect(wrapper.find('[data-test="load-error"]').text()).toContain(en('error.forbidden'));
    expect(wrapper.find('[data-test="session-expired"]').exists()).toBe(false);
  });

  it('runs the undo button of a message', async () => {
    const context = setupApp();
    quietServer(context);
    const wrapper = mount(AdminApp, { global: { plugins: [context.pinia] } });
    const run = vi.fn();
    const { useFlashStore } = await import('@/stores/flash');
    useFlashStore().push('success', 'Done', { label: 'Undo', run });
    await flushPromises();
    await wrapper.find('[data-test="flash-action"]').trigger('click');
    expect(run).toHaveBeenCalled();
    expect(wrapper.find('[data-test="flash"]').exists()).toBe(false);
  });
});
