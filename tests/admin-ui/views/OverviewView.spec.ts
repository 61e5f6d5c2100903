import { flushPromises, mount } from '@vue/test-utils';
import { useNavigationStore } from '@/stores/navigation';
import type { Overview } from '@/types/api';
import OverviewView from '@/views/OverviewView.vue';
import { deferred, fail } from '../support/fakeServer';
import { en, setupApp } from '../support/setup';

function overview(overrides: Partial<Overview> = {}): Overview {
  return {
    attachedToday: 4,
    attachedThisMonth: 1234,
    noticesWaiting: 5,
    noticesByReason: [
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
    expect(wrapper.find('[data-test="notices-waiting"]').text()).toBe('5');
    expect(wrapper.findAll('[data-test="notices-reason"]').map((b) => b.text())).toEqual([
      en('overview.byReason', { reason: en('noticeReason.NO_ACCOUNT.label'), count: 3 }),
      en('overview.byReason', { reason: en('noticeReason.GUEST_ONLY.label'), count: 2 }),
    ]);
    expect(wrapper.find('[data-test="last-document"]').text()).toBe('Invoice FA00123');
    expect(wrapper.find('[data-test="recent-errors"]').text()).toContain('Le PDF est invalide.');
    expect(wrapper.find('[data-test="storage-writable"]').text()).toBe(en('connector.writable'));
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
    await wrapper.findAll('[data-test="notices-reason"]')[1]?.trigger('click');
    expect(nav.view).toBe('notices');
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
});
