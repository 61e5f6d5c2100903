import { defineStore } from 'pinia';
import * as api from '../api/golive';
import { errorMessage } from '../api/errors';
import type { HealthCheck, KeyActivityReport, TestDocumentResult } from '../types/golive';

/** The Connector view's go-live parts: health checks, each key's activity, the test document. */
export const useConnectorStore = defineStore('connector', {
  state: () => ({
    checks: [] as HealthCheck[],
    checksLoading: false,
    checksError: null as string | null,
    activity: null as KeyActivityReport | null,
    activityLoading: false,
    activityError: null as string | null,
    testSending: false,
    testResult: null as TestDocumentResult | null,
    testError: null as string | null,
  }),
  actions: {
    async loadHealth(): Promise<void> {
      this.checksLoading = true;
      this.checksError = null;
      try {
        this.checks = (await api.getHealth()).checks;
      } catch (error) {
        this.checksError = errorMessage(error);
      } finally {
        this.checksLoading = false;
      }
    },
    async loadActivity(): Promise<void> {
      this.activityLoading = true;
      this.activityError = null;
      try {
        this.activity = await api.getKeyActivity();
      } catch (error) {
        this.activityError = errorMessage(error);
      } finally {
        this.activityLoading = false;
      }
    },
    /** Sends the test document; the key activity is read again afterwards (the test is the key's last call). */
    async sendTest(webserviceKeyId: number | null): Promise<void> {
      this.testSending = true;
      this.testError = null;
      this.testResult = null;
      try {
        this.testResult = await api.sendTestDocument(webserviceKeyId);
      } catch (error) {
        this.testError = errorMessage(error);
      } finally {
        this.testSending = false;
      }
      if (this.testResult) {
        void this.loadActivity();
      }
    },
  },
});
