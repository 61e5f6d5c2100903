import { flushPromises, mount } from '@vue/test-utils';
import { useNavigationStore } from '@/stores/navigation';
import type { Overview } from '@/types/api';
import OverviewView from '@/views/OverviewView.vue';
import { deferred, fail } from '../support/fakeServer';
import { en, setupApp } from '../support/setup';

function overview(overrides: Partial<Overview> = {}): Overview {
  return {
    status: { state: 'ok', code: 'flowing', params: { minutes: 14, at: '2024-05-02 10:15:00' } },
    receivedToday: { attached: 4, waiting: 2, dismissed: 0 },
    receivedThisMonth: { attached: 1234, waiting: 5, dismissed: 1 },
    attachedToday: 4,
    attachedThisMonth: 1234,
    waitingTotal: 5,
    waitingByReason: [
      { reason: 'NO_ACCOUNT', count: 3 },
      { reason: 'GUEST_ONLY', count: 2 },
    ],
    lastDocument: { id: 9, type: 'invoice', reference: 'FA00123', receivedAt: '2024-05-02 10:15:00', keyLabel: 'EBP office', source: 'econnecteur' },
    recentErrors: [{ at: '2024-05-02 09:00:00', code: 'pdf_invalid', message: 'Le PDF est invalide.', keyLabel: 'EBP office' }],
    storage: { usedBytes: 3 * 1024 * 1024, writable: true },
    ...overrides,
  };
}

describe('OverviewView', () => {
  it('shows a loading state, then the figures', async () => {
    const context = setupApp();
    const answer = deferred();
    context.server.on('getOverview', () => answer.promise);
    const wrapper = mount(OverviewView, { global: { plugins: [context.pinia] } });
    await flushPromises();
    expect(wrapper.find('[data-test="loading"]').exists()).toBe(true);
    answer.resolve(overview());
    await flushPromises();
    expect(wrapper.find('[data-test="loading"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="attached-today"]').text()).toBe('4');
    expect(wrapper.find('[data-test="attached-month"]').text()).toBe('1,234');
    expect(wrapper.find('[data-test="waiting-total"]').text()).toBe('5');
    expect(wrapper.findAll('[data-test="waiting-reason"]').map((b) => b.text())).toEqual([
      en('overview.byReason', { reason: en('waitingReason.NO_ACCOUNT.label'), count: 3 }),
      en('overview.byReason', { reason: en('waitingReason.GUEST_ONLY.label'), count: 2 }),
    ]);
    expect(wrapper.find('[data-test="last-document"]').text()).toBe('Invoice FA00123');
    expect(wrapper.find('[data-test="recent-errors"]').text()).toContain('Le PDF est invalide.');
    expect(wrapper.find('[data-test="storage-writable"]').text()).toBe(en('connector.writable'));
  });

  it('marks the counts of waiting documents that reached their cap', async () => {
    const context = setupApp();
    context.server.on('getOverview', overview({
      waitingTotal: 1001,
      noticesWaitingCapped: true,
      waitingByReason: [
        { reason: 'NO_ACCOUNT', count: 999, capped: true },
        { reason: 'GUEST_ONLY', count: 2, capped: false },
      ],
    }));
    const wrapper = mount(OverviewView, { global: { plugins: [context.pinia] } });
    await flushPromises();
    expect(wrapper.find('[data-test="waiting-total"]').text()).toBe('1,001+');
    expect(wrapper.findAll('[data-test="waiting-reason"]').map((b) => b.text())).toEqual([
      en('overview.byReason', { reason: en('waitingReason.NO_ACCOUNT.label'), count: '999+' }),
      en('overview.byReason', { reason: en('waitingReason.GUEST_ONLY.label'), count: 2 }),
    ]);
  });

  it("marks the month's received counts that reached their cap", async () => {
    const context = setupApp();
    context.server.on('getOverview', overview({
      receivedThisMonth: { attached: 2000, waiting: 5, dismissed: 2000, capped: ['attached', 'dismissed'] },
      attachedThisMonth: 2000,
    }));
    const wrapper = mount(OverviewView, { global: { plugins: [context.pinia] } });
    await flushPromises();
    expect(wrapper.find('[data-test="attached-month"]').text()).toBe('2,000+');
    expect(wrapper.find('[data-test="received-month"]').text()).toBe(en('overview.received', { total: '4,005+', attached: '2,000+', waiting: '5' }));
    expect(wrapper.find('[data-test="received-today"]').text()).toBe(en('overview.received', { total: '6', attached: '4', waiting: '2' }));
  });

  it('shows the quiet states: no document yet, no errors', async () => {
    const context = setupApp();
    context.server.on('getOverview', overview({ lastDocument: null, recentErrors: [], storage: { usedBytes: 0, writable: false } }));
    const wrapper = mount(OverviewView, { global: { plugins: [context.pinia] } });
    await flushPromises();
    expect(wrapper.find('[data-test="no-document"]').text()).toBe(en('overview.noDocumentYet'));
    expect(wrapper.find('[data-test="no-errors"]').text()).toBe(en('overview.noErrors'));
    expect(wrapper.find('[data-test="storage-writable"]').text()).toBe(en('connector.notWritable'));
  });

  it('shows the error with a retry that loads again', async () => {
    const context = setupApp();
    context.server.on('getOverview', fail(500, 'internal', 'Database down'));
    const wrapper = mount(OverviewView, { global: { plugins: [context.pinia] } });
    await flushPromises();
    expect(wrapper.find('[data-test="load-error"]').text()).toContain(en('common.loadFailed', { reason: 'Database down' }));
    context.server.on('getOverview', overview());
    await wrapper.find('[data-test="load-error"] button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-test="load-error"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="attached-today"]').text()).toBe('4');
  });

  it('links each figure to the filtered list behind it', async () => {
    const context = setupApp();
    context.server.on('getOverview', overview());
    const wrapper = mount(OverviewView, { global: { plugins: [context.pinia] } });
    await flushPromises();
    const nav = useNavigationStore();
    await wrapper.findAll('[data-test="waiting-reason"]')[1]?.trigger('click');
    expect(nav.view).toBe('waiting');
    expect(nav.query).toEqual({ reason: 'GUEST_ONLY' });
    await wrapper.find('[data-test="attached-today"]').trigger('click');
    expect(nav.view).toBe('documents');
    expect(nav.query.status).toBe('attached');
    expect(nav.query.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(nav.query.to).toBe(nav.query.from);
    await wrapper.find('[data-test="last-document"]').trigger('click');
    expect(nav.query).toEqual({ search: 'FA00123' });
    expect(new URL(window.location.href).searchParams.get('ebpSearch')).toBe('FA00123');
  });

  describe('status line', () => {
    async function statusOf(status: Overview['status']) {
      const context = setupApp();
      context.server.on('getOverview', overview({ status }));
      const wrapper = mount(OverviewView, { global: { plugins: [context.pinia] } });
      await flushPromises();
      return { wrapper, line: wrapper.find('[data-test="status-line"]'), nav: useNavigationStore() };
    }

    it('says documents arrive normally, with the last one in minutes, hours or days', async () => {
      const { line, wrapper } = await statusOf({ state: 'ok', code: 'flowing', params: { minutes: 14, at: '2024-05-02 10:15:00' } });
      expect(line.text()).toBe(en('overview.status.flowing', { ago: en('overview.ago.minutes', { count: 14 }) }));
      expect(line.attributes('data-state')).toBe('ok');
      expect(line.classes()).toContain('alert-success');
      expect(wrapper.find('[data-test="status-open-connector"]').exists()).toBe(false);
      expect((await statusOf({ state: 'ok', code: 'flowing', params: { minutes: 0 } })).line.text()).toBe(
        en('overview.status.flowing', { ago: en('overview.ago.now') }),
      );
      expect((await statusOf({ state: 'ok', code: 'flowing', params: { minutes: 185 } })).line.text()).toBe(
        en('overview.status.flowing', { ago: en('overview.ago.hours', { count: 3 }) }),
      );
      expect((await statusOf({ state: 'ok', code: 'flowing', params: { minutes: 4 * 1440 } })).line.text()).toBe(
        en('overview.status.flowing', { ago: en('overview.ago.days', { count: 4 }) }),
      );
    });

    it('says what is wrong and opens the Connector tab', async () => {
      const { line, wrapper, nav } = await statusOf({ state: 'error', code: 'refusing', params: { at: '2024-05-02 09:00:00' } });
      expect(line.text()).toContain(en('overview.status.refusing', { date: '05/02/2024, 09:00' }).slice(0, 30));
      expect(line.classes()).toContain('alert-danger');
      await wrapper.find('[data-test="status-open-connector"]').trigger('click');
      expect(nav.view).toBe('connector');
      expect((await statusOf({ state: 'idle', code: 'first', params: {} })).line.text()).toContain(en('overview.status.first'));
      const quiet = await statusOf({ state: 'warning', code: 'quiet', params: { days: 9, at: '2024-04-20 08:00:00' } });
      expect(quiet.line.text()).toContain(en('overview.status.quiet', { days: 9, date: '' }).split('(')[0] as string);
      expect(quiet.line.classes()).toContain('alert-warning');
      expect((await statusOf({ state: 'error', code: 'storage', params: {} })).line.text()).toContain(en('overview.status.storage'));
    });

    it('shows what was received today and this month, attached and waiting', async () => {
      const { wrapper } = await statusOf({ state: 'ok', code: 'flowing', params: { minutes: 1 } });
      expect(wrapper.find('[data-test="received-today"]').text()).toBe(en('overview.received', { total: 6, attached: 4, waiting: 2 }));
      expect(wrapper.find('[data-test="received-month"]').text()).toBe(en('overview.received', { total: '1,240', attached: '1,234', waiting: 5 }));
      expect(wrapper.find('[data-test="attached-today"]').attributes('aria-label')).toBe(`${en('overview.attachedToday')}: 4`);
    });
  });
});
