import { ref, type Ref } from 'vue';
import { errorMessage } from '../api/errors';

/**
 * Data loaded from the server where only the latest request counts: an answer that arrives after a newer request
 * was made is dropped (filters typed quickly would otherwise show an older page last).
 */
export function useLatestLoad<T>() {
  const data = ref(null) as Ref<T | null>;
  const loading = ref(false);
  const error = ref<string | null>(null);
  let sequence = 0;

  async function run(request: () => Promise<T>, onResult?: (result: T) => void): Promise<void> {
    const mine = ++sequence;
    loading.value = true;
    error.value = null;
    try {
      const result = await request();
      if (mine === sequence) {
        data.value = result;
        onResult?.(result);
      }
    } catch (cause) {
      if (mine === sequence) {
        error.value = errorMessage(cause);
      }
    } finally {
      if (mine === sequence) {
        loading.value = false;
      }
    }
  }

  return { data, loading, error, run };
}
