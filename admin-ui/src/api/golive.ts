/** Go-live actions of the Connector view (admin AJAX, docs/ARCHITECTURE.md). */
import { http } from './http';
import type { HealthCheck, KeyActivityReport, TestDocumentResult } from '../types/golive';

export function getHealth(): Promise<{ checks: HealthCheck[] }> {
  return http().call<{ checks: HealthCheck[] }>('getHealth');
}

export function getKeyActivity(): Promise<KeyActivityReport> {
  return http().call<KeyActivityReport>('getKeyActivity');
}

export function sendTestDocument(webserviceKeyId: number | null): Promise<TestDocumentResult> {
  return http().call<TestDocumentResult>('sendTestDocument', webserviceKeyId === null ? {} : { webserviceKeyId });
}
