/** Shapes of the go-live actions (getHealth, getKeyActivity, sendTestDocument); see docs/ARCHITECTURE.md. */

export type HealthState = 'ok' | 'warning' | 'error';

export interface HealthCheck {
  code: string;
  state: HealthState;
  /** Which sentence: the app words it from `health.<code>.<variant>`. */
  variant: string;
  params: Record<string, string | number>;
}

export interface KeyActivity {
  keyLabel: string;
  lastCallAt: string;
  lastSuccessAt: string | null;
  lastRefusal: { at: string; code: string; message: string } | null;
  lastTest: { at: string; ok: boolean } | null;
}

export interface KeyActivityReport {
  items: KeyActivity[];
  /** Active Webservice keys associated with the shop, labelled as the doors label them. */
  webserviceKeys: Array<{ id: number; label: string; hint: string }>;
}

export type TestProblem = 'unreachable' | 'redirect' | 'refused' | 'server_error' | 'not_module';

export interface TestDocumentResult {
  ok: boolean;
  status: number;
  /** The exact body the receiving address answered: what E-connecteur shows the EBP user. */
  answer: string;
  problem: TestProblem | null;
  location: string;
  error: string;
  url: string;
  reference: string;
  keyLabel: string;
  cleanedUp: boolean;
}
