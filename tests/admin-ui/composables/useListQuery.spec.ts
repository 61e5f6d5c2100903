import { flushPromises, mount } from '@vue/test-utils';
import { defineComponent, h } from 'vue';
import { positiveInt, useListQuery } from '@/composables/useListQuery';
import { BO_URL, setupApp } from '../support/setup';

function query(): URLSearchParams {
  return new URL(window.location.href).searchParams;
}

/** Mounts a component that reads `{search, page, kind}` from the URL, and hands back what the composable gives. */
function mountQuery(context: ReturnType<typeof setupApp>) {
  let api!: ReturnType<typeof useListQuery<{ search: string; page: number; kind: string }>>;
  const Host = defineComponent({
    setup() {
      api = useListQuery((q) => ({ search: q.search ?? '', page: positiveInt(q.page, 1), kind: q.kind ?? '' }));
      return () => h('div');
    },
  });
  mount(Host, { global: { plugins: [context.pinia] } });
  return api;
}

describe('positiveInt', () => {
  it('takes whole numbers above 0 and falls back otherwise', () => {
    expect(positiveInt('3', 1)).toBe(3);
    expect(positiveInt('0', 1)).toBe(1);
    expect(positiveInt('-2', 1)).toBe(1);
    expect(positiveInt('2.5', 1)).toBe(1);
    expect(positiveInt('abc', 7)).toBe(7);
    expect(positiveInt(undefined, 0)).toBe(0);
  });
});

describe('useListQuery', () => {
  it('reads the filters from the URL and keys them', () => {
    const context = setupApp({ url: `${BO_URL}&ebpView=activity&ebpSearch=FA1&ebpPage=4&ebpKind=x` });
    const { filters, key, searchText } = mountQuery(context);
    expect(filters.value).toEqual({ search: 'FA1', page: 4, kind: 'x' });
    expect(key.value).toBe(JSON.stringify({ search: 'FA1', page: 4, kind: 'x' }));
    expect(searchText.value).toBe('FA1');
  });

  it('goes back to page 1 on any change but the page, and keeps the BO parameters', () => {
    const context = setupApp({ url: `${BO_URL}&ebpView=activity&ebpPage=4` });
    const { filters, update } = mountQuery(context);
    update({ kind: 'y' });
    expect(query().get('ebpKind')).toBe('y');
    expect(query().has('ebpPage')).toBe(false);
    expect(query().get('token')).toBe('abc');
    update({ page: 3 });
    expect(filters.value).toEqual({ search: '', page: 3, kind: 'y' });
    update({ kind: null });
    expect(filters.value).toEqual({ search: '', page: 1, kind: '' });
  });

  it('writes typed search text to the URL after a pause, replacing the history entry', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const context = setupApp({ url: `${BO_URL}&ebpView=activity&ebpPage=2` });
      const { filters, searchText } = mountQuery(context);
      const historyLength = window.history.length;
      searchText.value = '  FA00';
      await flushPromises();
      vi.advanceTimersByTime(300);
      expect(query().has('ebpSearch')).toBe(false);
      searchText.value = '  FA0012 ';
      await flushPromises();
      vi.advanceTimersByTime(450);
      expect(filters.value).toEqual({ search: 'FA0012', page: 1, kind: '' });
      expect(query().get('ebpSearch')).toBe('FA0012');
      expect(window.history.length).toBe(historyLength);
    } finally {
      vi.useRealTimers();
    }
  });

  it('follows the URL when it changes (back button): the box shows the URL search', async () => {
    const context = setupApp({ url: `${BO_URL}&ebpView=activity&ebpSearch=old` });
    const { searchText } = mountQuery(context);
    const { useNavigationStore } = await import('@/stores/navigation');
    window.history.replaceState(null, '', `${BO_URL}&ebpView=activity&ebpSearch=new`);
    useNavigationStore().syncFromLocation();
    await flushPromises();
    expect(searchText.value).toBe('new');
  });
});
