import { ApiError } from '@/api/http';
import * as api from '@/api/endpoints';
import { useAppStore } from '@/stores/app';
import { NetworkFailure, Raw, fail } from '../support/fakeServer';
import { AJAX_URL, en, setupApp } from '../support/setup';

describe('http client', () => {
  it('posts {action, params} as JSON to the AJAX URL from the payload and returns data', async () => {
    const { server } = setupApp();
    server.on('listKeys', { keys: [] });
    await expect(api.listKeys()).resolves.toEqual({ keys: [] });
    expect(server.calls).toEqual([{ url: AJAX_URL, action: 'listKeys', params: {} }]);
  });

  it('sends the params of each action under their contract names', async () => {
    const { server } = setupApp();
    server.on('assignDocument', { document: {} });
    server.on('retryMatching', { attached: 0, stillWaiting: 0 });
    server.on('dismissWaiting', { updated: 1 });
    server.on('purgeAll', { deletedDocuments: 0 });
    await api.assignDocument(4, 7, true);
    await api.retryMatching({ all: true });
    await api.dismissWaiting([1, 2], true);
    await api.purgeAll('PURGE');
    expect(server.calls.map((call) => [call.action, call.params])).toEqual([
      ['assignDocument', { id: 4, customerId: 7, rememberCode: true }],
      ['retryMatching', { all: true }],
      ['dismissWaiting', { ids: [1, 2], dismissed: true }],
      ['purgeAll', { confirmation: 'PURGE' }],
    ]);
  });

  it('turns a 401 into an expired session and tells the app', async () => {
    const context = setupApp();
    context.server.on('getOverview', fail(401, 'unauthenticated', 'Log in'));
    const error = await api.getOverview().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('session_expired');
    expect((error as ApiError).message).toBe(en('error.sessionExpired'));
    expect(context.sessionExpiredCalls).toBe(1);
    expect(useAppStore().sessionExpired).toBe(true);
  });

  it('detects the login page served after a redirect instead of JSON', async () => {
    const context = setupApp();
    context.server.on(
      'getOverview',
      new Raw(200, '<!DOCTYPE html><html><body>Login</body></html>', { 'content-type': 'text/html; charset=utf-8' }, 'https://shop.test/admin-dev/index.php?controller=AdminLogin&redirect=AdminEbpdocuments'),
    );
    const error = (await api.getOverview().catch((e: unknown) => e)) as ApiError;
    expect(error.code).toBe('session_expired');
    expect(useAppStore().sessionExpired).toBe(true);
  });

  it('treats the HTML "invalid token" page as an expired session', async () => {
    const context = setupApp();
    context.server.on('listKeys', new Raw(200, '<html><body>Invalid token</body></html>', { 'content-type': 'text/html' }));
    await expect(api.listKeys()).rejects.toMatchObject({ code: 'session_expired' });
    expect(context.sessionExpiredCalls).toBe(1);
  });

  it('says "no permission" on 403 without ending the session', async () => {
    const context = setupApp();
    context.server.on('deleteDocuments', fail(403, 'forbidden', 'Access denied.'));
    const error = (await api.deleteDocuments([1]).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(403);
    expect(error.code).toBe('forbidden');
    expect(error.message).toBe(en('error.forbidden'));
    expect(context.sessionExpiredCalls).toBe(0);
    expect(useAppStore().sessionExpired).toBe(false);
  });

  it('keeps the server message and the field of a 422', async () => {
    const { server } = setupApp();
    server.on('saveSettings', fail(422, 'validation', 'Between 1 and 512 MB.', 'maxPdfMb'));
    const error = (await api.saveSettings({ maxPdfMb: 0 }).catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status: 422, code: 'validation', message: 'Between 1 and 512 MB.', field: 'maxPdfMb' });
  });

  it('keeps other error codes (404, 409) with their message', async () => {
    const { server } = setupApp();
    server.on('revokeKey', fail(404, 'not_found', 'No such key.'));
    server.on('assignDocument', fail(409, 'conflict', 'Changed meanwhile.'));
    await expect(api.revokeKey(9)).rejects.toMatchObject({ status: 404, code: 'not_found', message: 'No such key.', field: null });
    await expect(api.assignDocument(1, 2, false)).rejects.toMatchObject({ status: 409, code: 'conflict' });
  });

  it('reports a server crash page as a server error, not as a lost session', async () => {
    const context = setupApp();
    context.server.on('getOverview', new Raw(500, '<html>Fatal error</html>', { 'content-type': 'text/html' }));
    await expect(api.getOverview()).rejects.toMatchObject({ status: 500, code: 'invalid_response', message: en('error.server', { status: 500 }) });
    expect(context.sessionExpiredCalls).toBe(0);
  });

  it('reports an answer that is not the envelope', async () => {
    const { server } = setupApp();
    server.on('getOverview', new Raw(200, '', { 'content-type': 'application/json' }));
    await expect(api.getOverview()).rejects.toMatchObject({ code: 'invalid_response', message: en('error.invalidResponse') });
  });

  it('reports network failures', async () => {
    const { server } = setupApp();
    server.on('getOverview', new NetworkFailure());
    await expect(api.getOverview()).rejects.toMatchObject({ status: 0, code: 'network', message: en('error.network') });
  });
});

describe('assignDocument', () => {
  it('sends the version the admin saw, so a stale edit gets a 409', async () => {
    const { server } = setupApp();
    server.on('assignDocument', fail(409, 'conflict', 'The document changed meanwhile.'));
    await expect(api.assignDocument(4, 7, false, 3)).rejects.toMatchObject({ status: 409, code: 'conflict', message: 'The document changed meanwhile.' });
    expect(server.callsOf('assignDocument')).toEqual([{ id: 4, customerId: 7, rememberCode: false, expectedVersion: 3 }]);
  });
});
