import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as api from '../api/endpoints';
import { failureText } from '../api/errors';
import { t } from '../i18n';
import type { RetryResult } from '../types/api';
import { useAppStore } from './app';
import { useDocumentList } from '../composables/useDocumentList';
import { useFlashStore } from './flash';

/** The Notices view: kept-aside documents (pending, or dismissed when asked), with retry and dismiss. */
export const useNoticesStore = defineStore('notices', () => {
  const list = useDocumentList();
  const retrying = ref(false);
  const lastRetry = ref<RetryResult | null>(null);

  /** Re-runs the matching rules for some notices or all of them, and reports how many got attached. */
  async function retry(target: { ids: number[] } | { all: true }): Promise<RetryResult | null> {
    const flash = useFlashStore();
    const what = 'all' in target ? t('notices.allWhat') : list.describe(target.ids);
    retrying.value = true;
    try {
      const result = await api.retryMatching(target);
      lastRetry.value = result;
      flash.push(result.attached > 0 ? 'success' : 'info', t('notices.retryResult', { attached: result.attached, waiting: result.stillWaiting }));
      await Promise.all([list.reload(), useAppStore().refreshNoticeCount()]);
      return result;
    } catch (cause) {
      flash.error(failureText(t('notices.retryWhat', { what }), cause));
      return null;
    } finally {
      retrying.value = false;
    }
  }

  /**
   * Dismisses (hides) or restores notices. The rows leave the list at once (the list shows one status);
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
    const countBefore = app.noticeCount;
    app.noticeCount = Math.max(0, app.noticeCount + (dismissed ? -ids.length : ids.length));
    try {
      await api.dismissNotices(ids, dismissed);
      flash.push('success', dismissed ? t('notices.dismissed', { what }) : t('notices.restored', { what }), {
        label: t('notices.undo'),
        run: async () => {
          if (await dismiss(ids, !dismissed, what)) {
            await list.reload();
          }
        },
      });
      await app.refreshNoticeCount();
      return true;
    } catch (cause) {
      if (page && before) {
        page.items = before.items;
        page.total = before.total;
      }
      app.noticeCount = countBefore;
      flash.error(failureText(dismissed ? t('notices.dismissWhat', { what }) : t('notices.restoreWhat', { what }), cause));
      return false;
    }
  }

  return { ...list, retrying, lastRetry, retry, dismiss };
});
