import { defineStore } from 'pinia';
import { ref } from 'vue';
import * as api from '../api/golive';
import { errorMessage } from '../api/errors';
import type { HealthCheck, KeyActivityReport, TestDocumentResult } from '../types/golive';

/** The Connector view's go-live parts: health checks, each key's activity, the test document. */
export const useConnectorStore = defineStore('connector', () => {
  const checks = ref<HealthCheck[]>([]);
  const checksLoading = ref(false);
  const checksError = ref<string | null>(null);
  const activity = ref<KeyActivityReport | null>(null);
  const activityLoading = ref(false);
  const activityError = ref<string | null>(null);
  const testSending = ref(false);
  const testResult = ref<TestDocumentResult | null>(null);
  const testError = ref<string | null>(null);

  async function loadHealth(): Promise<void> {
    checksLoading.value = true;
    checksError.value = null;
    try {
      checks.value = (await api.getHealth()).checks;
    } catch (error) {
      checksError.value = errorMessage(error);
    } finally {
      checksLoading.value = false;
    }
  }

  async function loadActivity(): Promise<void> {
    activityLoading.value = true;
    activityError.value = null;
    try {
      activity.value = await api.getKeyActivity();
    } catch (error) {
      activityError.value = errorMessage(error);
    } finally {
      activityLoading.value = false;
    }
  }

  /** Sends the test document; the key activity is read again afterwards (the test is the key's last call). */
  async function sendTest(webserviceKeyId: number | null): Promise<void> {
    testSending.value = true;
    testError.value = null;
    testResult.value = null;
    try {
      testResult.value = await api.sendTestDocument(webserviceKeyId);
    } catch (error) {
      testError.value = errorMessage(error);
    } finally {
      testSending.value = false;
    }
    if (testResult.value) {
      void loadActivity();
    }
  }

  return {
    checks, checksLoading, checksError, activity, activityLoading, activityError, testSending, testResult, testError,
    loadHealth, loadActivity, sendTest,
  };
});
