import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as api from '../api/endpoints';
import { failureText } from '../api/errors';
import { useBatchRun } from '../composables/useBatchRun';
import { formatNumber } from '../format';
import { t } from '../i18n';
import type { RetryResult } from '../types/api';
import { useAppStore } from './app';
import { useDocumentList } from '../composables/useDocumentList';
import { useFlashStore } from './flash';

/** The To attach view: waiting documents (pending, or dismissed when asked), with retry and dismiss. */
export const useWaitingStore = defineStore('waiting', () => {
  const list = useDocumentList();
  const batch = useBatchRun();
  const lastRetry = ref<RetryResult | null>(null);

  /**
   * Re-runs the matching rules for some waiting documents or all of them, one bounded batch per call (progress in
   * retryProcessed / retryTotal, cancelRetry stops after the batch under way), and reports how many got attached.
   */
  async function retry(target: { ids: number[] } | { all: true }): Promise<RetryResult | null> {
    if (batch.running.value) {
      return null;
    }
    const flash = useFlashStore();
    const app = useAppStore();
    const what = 'all' in target ? t('waiting.allWhat') : list.describe(target.ids);
    const totals: RetryResult = { attached: 0, stillWaiting: 0 };
    const estimate = 'all' in target ? app.waitingCount : target.ids.length;
    const outcome = await batch.run(
      (after) => api.retryMatching(target, after),
      (answer) => {
        totals.attached += answer.attached;
        totals.stillWaiting += answer.stillWaiting;
      },
      estimate,
    );
    const counts = { attached: formatNumber(totals.attached), waiting: formatNumber(totals.stillWaiting) };
    if (outcome.status === 'done') {
      flash.push(totals.attached > 0 ? 'success' : 'info', t('waiting.retryResult', counts));
    } else if (outcome.status === 'cancelled') {
      flash.push('warning', t('waiting.retryCancelled', { done: formatNumber(outcome.processed), total: formatNumber(outcome.total), ...counts }));
    } else {
      const done = outcome.processed > 0 ? ` ${t('waiting.retryPartial', { done: formatNumber(outcome.processed), ...counts })}` : '';
      flash.error(failureText(t('waiting.retryWhat', { what }), outcome.error) + done);
    }
    // The summary line under the toolbar says "Matching done": only for a run that went to the end.
    lastRetry.value = outcome.status === 'done' ? { ...totals } : null;
    await Promise.all([list.reload(), app.refreshWaitingCount()]);
    return outcome.status === 'failed' ? null : totals;
  }

  /**
   * Dismisses (hides) or restores waiting documents. The rows leave the list at once (the list shows one status);
   * on failure they come back where they were and the message names them.
   */
  async function dismiss(ids: number[], dismissed: boolean, what: string = list.describe(ids)): Promise<boolean> {
    const flash = useFlashStore();
    const page = list.page.value;
    const before = page ? { items: [...page.items], total: page.total } : null;
    if (page) {
      page.items = page.items.filter((row) => !ids.includes(row.id));
      page.total = Math.max(0, page.total - (before ? before.items.length - page.items.length : 0));
    }
    list.selected.value = list.selected.value.filter((id) => !ids.includes(id));
    const app = useAppStore();
    const countBefore = app.waitingCount;
    if (!app.waitingCapped) {
      // A capped count ("999+") is not exact: it waits for the re-read below.
      app.waitingCount = Math.max(0, app.waitingCount + (dismissed ? -ids.length : ids.length));
    }
    try {
      await api.dismissWaiting(ids, dismissed);
      flash.push('success', dismissed ? t('waiting.dismissed', { what }) : t('waiting.restored', { what }), {
        label: t('waiting.undo'),
        run: async () => {
          if (await dismiss(ids, !dismissed, what)) {
            await list.reload();
          }
        },
      });
      await app.refreshWaitingCount();
      return true;
    } catch (cause) {
      if (page && before) {
        page.items = before.items;
        page.total = before.total;
      }
      app.waitingCount = countBefore;
      flash.error(failureText(dismissed ? t('waiting.dismissWhat', { what }) : t('waiting.restoreWhat', { what }), cause));
      return false;
    }
  }

  return {
    ...list,
    retrying: batch.running,
    retryStopping: batch.stopping,
    retryProcessed: batch.processed,
    retryTotal: batch.total,
    retryPercent: batch.percent,
    cancelRetry: batch.cancel,
    lastRetry,
    retry,
    dismiss,
  };
});
