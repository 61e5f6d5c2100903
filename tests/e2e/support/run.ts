/**
 * What the journeys hand to each other within one run: the people, the connector's URLs and keys, the documents
 * pushed (their numbers and exact bytes). Journeys run in order in one spec file (tests/e2e/journeys.spec.ts).
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Person } from './shop';
import { settings } from './settings';

export interface Pushed {
  reference: string;
  type: string;
  email: string;
  bytes: Buffer;
}

export interface RunState {
  merchant: { context: BrowserContext; page: Page } | null;
  receiveUrl: string;
  apiUrl: string;
  moduleKey: string;
  webserviceKey: string;
  alice: Person;
  bob: Person;
  /** Only a guest row until journey 5, where she registers. */
  carol: Person;
  /** Nobody has an account with this e-mail. */
  unknownEmail: string;
  aliceOrderReference: string;
  pushed: Map<string, Pushed>;
  /** Alice's download links as her My documents page shows them (journey 3), tried by Bob (journey 4). */
  aliceDownloadLinks: Map<string, string>;
}

function person(firstname: string, lastname: string): Person {
  const runId = settings().runId;
  return {
    firstname,
    lastname,
    email: `${firstname.toLowerCase()}.${runId}@ebpdocs-e2e.test`,
    password: `E2e-${runId}-Pw!`,
  };
}

/** A document number unique to this run, in EBP's style (FA…, BL…), within the module's safe character set. */
export function reference(prefix: string, n: number): string {
  return `${prefix}E2E${settings().runId.toUpperCase()}-${String(n).padStart(2, '0')}`;
}

export const run: RunState = {
  merchant: null,
  receiveUrl: '',
  apiUrl: '',
  moduleKey: '',
  webserviceKey: '',
  alice: person('Alice', 'Martin'),
  bob: person('Bob', 'Durand'),
  carol: person('Carol', 'Petit'),
  unknownEmail: `nobody.${settings().runId}@ebpdocs-e2e.test`,
  aliceOrderReference: '',
  pushed: new Map(),
  aliceDownloadLinks: new Map(),
};
