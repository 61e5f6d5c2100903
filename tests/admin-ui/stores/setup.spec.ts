import { useAppStore } from '@/stores/app';
import { useOverviewStore } from '@/stores/overview';
import { useSetupStore } from '@/stores/setup';
import { fail } from '../support/fakeServer';
import { page, setupApp, setupData } from '../support/setup';

describe('setup store', () => {
  it('loads the set-up and saves a patch', async () => {
    const { server } = setupApp();
    server.on('getSetup', setupData());
    server.on('saveSettings', (params: Record<string, unknown>) => ({
      settings: { ...setupData().settings, ...(params.settings as object) },
    }));
    const store = useSetupStore();
    await store.load();
    expect(await store.save({ unmatchedNon200: true })).toBe(true);
    expect(server.callsOf('saveSettings')).toEqual([{ settings: { unmatchedNon200: true } }]);
    expect(store.setup?.settings.unmatchedNon200).toBe(true);
    expect(server.callsOf('getSetup')).toHaveLength(1);
  });

  it('reads the limits again after the size limit changes', async () => {
    const { server } = setupApp();
    server.on('getSetup', setupData());
    server.on('saveSettings', { settings: { ...setupData().settings, maxPdfMb: 100 } });
    const store = useSetupStore();
    await store.load();
    server.on('getSetup', setupData({ limits: { ...setupData().limits, phpLimitTooLow: true } }));
    await store.save({ maxPdfMb: 100 });
    expect(store.setup?.limits.phpLimitTooLow).toBe(true);
  });

  it('keeps the field and message of a refused save', async () => {
    const { server } = setupApp();
    server.on('getSetup', setupData());
    server.on('saveSettings', fail(422, 'validation', 'Between 1 and 512.', 'maxPdfMb'));
    const store = useSetupStore();
    await store.load();
    expect(await store.save({ maxPdfMb: 0 })).toBe(false);
    expect(store.saveError).toBe('Between 1 and 512.');
    expect(store.saveErrorField).toBe('maxPdfMb');
    expect(store.setup?.settings.maxPdfMb).toBe(20);
  });
});

describe('app store', () => {
  it('refreshes the notice count from the pending total', async () => {
    const { server } = setupApp();
    server.on('listDocuments', page([], 17));
    await useAppStore().refreshWaitingCount();
    expect(useAppStore().waitingCount).toBe(17);
    expect(server.callsOf('listDocuments')).toEqual([{ status: 'pending', page: 1, perPage: 1 }]);
  });

  it('keeps the count when the refresh fails', async () => {
    const { server } = setupApp();
    server.on('listDocuments', fail(500, 'internal', 'x'));
    await useAppStore().refreshWaitingCount();
    expect(useAppStore().waitingCount).toBe(3);
  });

  it('labels types and reasons from the payload', () => {
    setupApp();
    const app = useAppStore();
    expect(app.typeLabel('credit_note')).toBe('Credit note');
    expect(app.typeLabel('unknown')).toBe('unknown');
    expect(app.reason('NO_ACCOUNT')?.message).toMatch(/^This document cannot be sent/);
    expect(app.reason(null)).toBeNull();
  });

  it('takes the notice count from the overview', async () => {
    const { server } = setupApp();
    server.on('getOverview', {
      attachedToday: 1,
      attachedThisMonth: 2,
      waitingTotal: 9,
      waitingByReason: [],
      lastDocument: null,
      recentErrors: [],
      storage: { usedBytes: 0, writable: true },
    });
    await useOverviewStore().load();
    expect(useAppStore().waitingCount).toBe(9);
  });
});
