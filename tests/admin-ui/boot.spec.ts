import { BootError, parseBootPayload, readBootPayload } from '@/boot';
import { mountAdminApp } from '@/mount';
import { DOCUMENT_TYPES } from '../../admin-ui/dev/documentTypes';
import { bootPayload } from './support/setup';

describe('boot payload', () => {
  afterEach(() => {
    delete window.ebpdocumentsAdminApp;
    document.body.innerHTML = '';
  });

  it('reads a valid payload from the global', () => {
    window.ebpdocumentsAdminApp = bootPayload();
    const payload = readBootPayload();
    expect(payload.urls.ajax).toContain('controller=AdminEbpdocuments');
    expect(payload.permissions).toEqual({ view: true, edit: true, delete: true });
    expect(payload.initial).toEqual({ waitingCount: 3, waitingCapped: false });
    expect(payload.documentTypes.map(({ code }) => code)).toEqual(DOCUMENT_TYPES.map(({ code }) => code));
  });

  it('keeps the flag of a capped waiting count ("999+")', () => {
    expect(parseBootPayload({ ...bootPayload(), initial: { waitingCount: 999, waitingCapped: true } }).initial).toEqual({ waitingCount: 999, waitingCapped: true });
  });

  it('treats a missing shops list as none', () => {
    const raw: Record<string, unknown> = { ...bootPayload() };
    delete raw.shops;
    expect(parseBootPayload(raw).shops).toEqual([]);
  });

  it('refuses a missing global', () => {
    expect(() => readBootPayload()).toThrow(BootError);
    expect(() => readBootPayload()).toThrow(/ebpdocumentsAdminApp is missing/);
  });

  it.each([
    ['urls.ajax', { urls: { receive: '', api: '', openApi: '' } }, /urls\.ajax must be a string/],
    ['permissions', { permissions: { view: true, edit: 'yes', delete: false } }, /permissions\.edit must be a boolean/],
    ['waitingCount', { initial: { waitingCount: '3' } }, /initial\.waitingCount must be a number/],
    ['documentTypes', { documentTypes: [{ code: 'invoice' }] }, /documentTypes\[0\]\.label must be a string/],
    ['i18n', { i18n: null }, /i18n must be an object/],
  ])('names the problem with %s', (_name, override, message) => {
    expect(() => parseBootPayload({ ...bootPayload(), ...override })).toThrow(message as RegExp);
  });

  it('shows an error panel instead of the app when the payload is missing', () => {
    document.body.innerHTML = '<div id="ebpdocuments-admin-app"></div>';
    const element = document.getElementById('ebpdocuments-admin-app') as HTMLElement;
    expect(mountAdminApp(element)).toBeNull();
    const panel = element.querySelector('[role="alert"]');
    expect(panel?.textContent).toContain('could not start');
    expect(panel?.textContent).toContain('ebpdocumentsAdminApp is missing');
  });

  it('uses the payload wording for the error panel when it has one', () => {
    document.body.innerHTML = '<div id="ebpdocuments-admin-app"></div>';
    const element = document.getElementById('ebpdocuments-admin-app') as HTMLElement;
    mountAdminApp(element, { payload: { i18n: { 'boot.error': 'Écran indisponible.' } } });
    expect(element.textContent).toContain('Écran indisponible.');
  });

  it('mounts the app with a valid payload', () => {
    document.body.innerHTML = '<div id="ebpdocuments-admin-app"></div>';
    const element = document.getElementById('ebpdocuments-admin-app') as HTMLElement;
    const app = mountAdminApp(element, {
      payload: bootPayload(),
      adapter: () => new Promise(() => undefined),
    });
    expect(app).not.toBeNull();
    expect(element.querySelector('.nav-tabs')?.textContent).toContain('Overview');
    app?.unmount();
  });
});
