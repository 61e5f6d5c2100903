/**
 * Dev page entry (admin-ui/index.html, `npm run dev`). Never part of the build: Vite builds src/main.ts only.
 *
 * - VITE_EBPDOCS_AJAX_URL set: the app talks to that AJAX URL (e.g. the PHP test harness, same origin or proxied).
 * - unset: an in-memory fake server (dev/fakeServer.ts) answers every action, so the screens can be seen alone.
 * - `?lang=fr` in the page URL: French wordings from the module's XLF catalogue.
 */
import 'bootstrap/dist/css/bootstrap.min.css';
import wordingsPhp from '../../module/src/BackOffice/Translation/AdminWordings.php?raw';
import frenchXlf from '../../module/translations/fr-FR/ModulesEbpdocumentsAdmin.fr-FR.xlf?raw';
import { MOUNT_ID } from '../src/boot';
import { mountAdminApp } from '../src/mount';
import type { BootPayload } from '../src/types/boot';
import { DOCUMENT_TYPES } from './documentTypes';
import { createFakeAdapter } from './fakeServer';
import { devWordings } from './wordings';

const french = new URLSearchParams(window.location.search).get('lang') === 'fr';
const i18n = devWordings(wordingsPhp, french ? frenchXlf : null);
const ajaxUrl = (import.meta.env.VITE_EBPDOCS_AJAX_URL as string | undefined) ?? '';
const origin = window.location.origin;

const payload: BootPayload = {
  moduleVersion: 'dev',
  psVersion: '8.1.2',
  locale: french ? 'fr-FR' : 'en-US',
  currencyIsoCode: 'EUR',
  urls: {
    ajax: ajaxUrl || `${origin}/fake-ajax`,
    receive: `${origin}/index.php?fc=module&module=ebpdocuments&controller=receive`,
    api: `${origin}/index.php?fc=module&module=ebpdocuments&controller=api`,
    openApi: `${origin}/index.php?fc=module&module=ebpdocuments&controller=api&route=v1/openapi`,
    exportDocuments: `${origin}/fake-ajax?action=exportDocuments`,
    downloadZip: `${origin}/fake-ajax?action=downloadDocumentsZip`,
  },
  permissions: { view: true, edit: true, delete: true },
  i18n,
  documentTypes: DOCUMENT_TYPES.map(({ code }) => ({ code, label: i18n[`documentType.${code}`] ?? code })),
  waitingReasons: ['NO_ACCOUNT', 'GUEST_ONLY', 'AMBIGUOUS', 'INVALID_EMAIL'].map((code) => ({
    code,
    label: i18n[`waitingReason.${code}.label`] ?? code,
    message: i18n[`waitingReason.${code}.message`] ?? '',
  })),
  initial: { waitingCount: 4, waitingCapped: false },
  shops: [],
};

const element = document.getElementById(MOUNT_ID);
if (element) {
  mountAdminApp(element, ajaxUrl ? { payload } : { payload, adapter: createFakeAdapter() });
}
