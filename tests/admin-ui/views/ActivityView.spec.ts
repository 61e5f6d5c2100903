import { flushPromises, mount } from '@vue/test-utils';
import ActivityView from '@/views/ActivityView.vue';
import { fail } from '../support/fakeServer';
import { BO_URL, en, eventRow, page, setupApp } from '../support/setup';

describe('ActivityView', () => {
  it('lists events in plain words with the document, customer link and details', async () => {
    const context = setupApp({ url: `${BO_URL}&ebpView=activity` });
    context.server.on(
      'listEvents',
      page([
        eventRow({
          id: 2,
          event: 'kept_aside',
          detail: { reason: 'NO_ACCOUNT' },
        }),
        eventRow({
          id: 1,
          event: 'assigned',
          detail: { method: 'manual' },
          customer: { id: 7, name: 'Jeanne Martin', email: 'j@example.com', url: 'https://shop.test/admin/customer/7?_token=x' },
          employee: { id: 1, name: 'Marie Admin' },
        }),
      ], 2),
    );
    const wrapper = mount(ActivityView, { global: { plugins: [context.pinia] } });
    await flushPromises();
    expect(context.server.callsOf('listEvents')[0]).toEqual({ search: '', event: '', page: 1, perPage: 50 });
    const events = wrapper.findAll('[data-test="event"]');
    expect(events).toHaveLength(2);
    expect(events[0]?.text()).toContain(en('event.kept_aside'));
    expect(events[0]?.text()).toContain('Invoice FA00001');
    expect(events[0]?.text()).toContain(en('waitingReason.NO_ACCOUNT.label'));
    expect(events[1]?.text()).toContain(en('event.by', { name: 'Marie Admin' }));
    expect(events[1]?.text()).toContain(en('event.detailMethod', { method: en('method.manual') }));
    expect(events[1]?.find('a').attributes('href')).toBe('https://shop.test/admin/customer/7?_token=x');
  });

  it('filters by event type through the URL', async () => {
    const context = setupApp({ url: `${BO_URL}&ebpView=activity` });
    context.server.on('listEvents', page([eventRow()], 1));
    const wrapper = mount(ActivityView, { global: { plugins: [context.pinia] } });
    await flushPromises();
    await wrapper.find('[data-test="filter-event"]').setValue('rejected');
    await flushPromises();
    expect(new URL(window.location.href).searchParams.get('ebpEvent')).toBe('rejected');
    expect(context.server.callsOf('listEvents').at(-1)).toMatchObject({ event: 'rejected', page: 1 });
  });

  it('searches after a pause in typing', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const context = setupApp({ url: `${BO_URL}&ebpView=activity` });
      context.server.on('listEvents', page([], 0));
      const wrapper = mount(ActivityView, { global: { plugins: [context.pinia] } });
      await flushPromises();
      await wrapper.find('[data-test="search"]').setValue('FA00123');
      expect(context.server.callsOf('listEvents')).toHaveLength(1);
      vi.advanceTimersByTime(450);
      await flushPromises();
      expect(context.server.callsOf('listEvents').at(-1)).toMatchObject({ search: 'FA00123' });
      expect(wrapper.find('[data-test="empty"]').text()).toBe(en('activity.emptyFiltered'));
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the empty log and the error state', async () => {
    const context = setupApp({ url: `${BO_URL}&ebpView=activity` });
    context.server.on('listEvents', page([], 0));
    const wrapper = mount(ActivityView, { global: { plugins: [context.pinia] } });
    await flushPromises();
    expect(wrapper.find('[data-test="empty"]').text()).toBe(en('activity.empty'));
    context.server.on('listEvents', fail(403, 'forbidden', 'x'));
    window.history.replaceState(null, '', `${BO_URL}&ebpView=activity&ebpPage=2`);
    const again = mount(ActivityView, { global: { plugins: [context.pinia] } });
    const { useNavigationStore } = await import('@/stores/navigation');
    useNavigationStore().syncFromLocation();
    await flushPromises();
    expect(again.find('[data-test="load-error"]').text()).toContain(en('error.forbidden'));
  });
});

describe('ActivityView with several shops', () => {
  it('filters by shop', async () => {
    const context = setupApp({ url: `${BO_URL}&ebpView=activity`, payload: { shops: [{ id: 1, name: 'FR' }, { id: 2, name: 'BE' }] } });
    context.server.on('listEvents', page([], 0));
    const wrapper = mount(ActivityView, { global: { plugins: [context.pinia] } });
    await flushPromises();
    await wrapper.find('[data-test="filter-shop"]').setValue('2');
    await flushPromises();
    expect(context.server.callsOf('listEvents').at(-1)).toMatchObject({ shopId: 2, page: 1 });
    expect(new URL(window.location.href).searchParams.get('ebpShop')).toBe('2');
  });
});
