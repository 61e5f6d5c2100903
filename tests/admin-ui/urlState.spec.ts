import { buildHref, readQueryState } from '@/urlState';
import { useNavigationStore } from '@/stores/navigation';
import { BO_URL, setupApp } from './support/setup';

describe('URL state', () => {
  const bo = 'https://shop.test/admin-dev/index.php?controller=AdminEbpdocuments&token=0123abcd#top';

  it('adds the app parameters and keeps controller, token and the hash', () => {
    const href = buildHref(bo, { view: 'documents', search: 'FA 001', page: '2' });
    const url = new URL(href);
    expect(url.searchParams.get('controller')).toBe('AdminEbpdocuments');
    expect(url.searchParams.get('token')).toBe('0123abcd');
    expect(url.searchParams.get('ebpView')).toBe('documents');
    expect(url.searchParams.get('ebpSearch')).toBe('FA 001');
    expect(url.searchParams.get('ebpPage')).toBe('2');
    expect(url.hash).toBe('#top');
  });

  it('replaces old app parameters and drops empty ones', () => {
    const first = buildHref(bo, { view: 'documents', search: 'x', type: 'invoice' });
    const second = buildHref(first, { view: 'waiting', search: '' });
    const url = new URL(second);
    expect(url.searchParams.get('ebpView')).toBe('waiting');
    expect(url.searchParams.has('ebpSearch')).toBe(false);
    expect(url.searchParams.has('ebpType')).toBe(false);
    expect(url.searchParams.get('token')).toBe('0123abcd');
  });

  it('reads back only its own parameters', () => {
    const href = 'https://shop.test/admin/index.php?controller=AdminEbpdocuments&token=t&ebpView=activity&ebpEvent=rejected&ebay=1&ebp=2';
    expect(readQueryState(href)).toEqual({ view: 'activity', event: 'rejected' });
  });

  it('round-trips values with special characters', () => {
    const href = buildHref(bo, { search: 'a&b=c %_?' });
    expect(readQueryState(href).search).toBe('a&b=c %_?');
  });
});

describe('navigation store', () => {
  it('starts on the view named in the URL, with its filters', () => {
    setupApp({ url: `${BO_URL}&ebpView=waiting&ebpReason=GUEST_ONLY` });
    const nav = useNavigationStore();
    expect(nav.view).toBe('waiting');
    expect(nav.query).toEqual({ reason: 'GUEST_ONLY' });
  });

  it('falls back to the overview for an unknown view', () => {
    setupApp({ url: `${BO_URL}&ebpView=../../evil` });
    expect(useNavigationStore().view).toBe('overview');
  });

  it('pushes a history entry per view and filter change, keeping the token', () => {
    setupApp();
    const nav = useNavigationStore();
    const before = window.history.length;
    nav.go('documents', { status: 'pending' });
    nav.setQuery({ page: 3 });
    expect(window.history.length).toBe(before + 2);
    const url = new URL(window.location.href);
    expect(url.searchParams.get('token')).toBe('abc');
    expect(url.searchParams.get('controller')).toBe('AdminEbpdocuments');
    expect(url.searchParams.get('ebpView')).toBe('documents');
    expect(url.searchParams.get('ebpStatus')).toBe('pending');
    expect(url.searchParams.get('ebpPage')).toBe('3');
  });

  it('replaces the entry when asked (typing in a search box) and removes emptied filters', () => {
    setupApp();
    const nav = useNavigationStore();
    nav.go('documents', { search: 'FA' });
    const length = window.history.length;
    nav.setQuery({ search: 'FA00' }, 'replace');
    nav.setQuery({ search: null }, 'replace');
    expect(window.history.length).toBe(length);
    expect(new URL(window.location.href).searchParams.has('ebpSearch')).toBe(false);
    expect(nav.query).toEqual({});
  });

  it('follows the address bar on back/forward', () => {
    setupApp();
    const nav = useNavigationStore();
    nav.go('documents', { page: '2' });
    window.history.replaceState(null, '', `${BO_URL}&ebpView=activity&ebpEvent=assigned`);
    nav.syncFromLocation();
    expect(nav.view).toBe('activity');
    expect(nav.query).toEqual({ event: 'assigned' });
  });
});
