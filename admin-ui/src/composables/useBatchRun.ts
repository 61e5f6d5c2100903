import { computed, ref } from 'vue';
import type { BatchAnswer } from '../types/api';

export type BatchOutcome =
  | { status: 'done'; processed: number }
  | { status: 'cancelled'; processed: number; total: number }
  | { status: 'failed'; processed: number; error: unknown };

/**
 * Drives a long operation that the server does in bounded batches (retry all, purge; PHP BackOffice\BatchLimits): calls
 * `batch(after)` again with the answered cursor until `done`, keeping the count for a progress bar ("120 / 850").
 * cancel() stops after the batch under way (a batch is never cut, so what it did stays done); the first failed
 * batch stops the loop and is answered with how many items the batches before it processed.
 */
export function useBatchRun() {
  const running = ref(false);
  const stopping = ref(false);
  const processed = ref(0);
  /** Known after the first answer (processed + remaining); before it, the caller's estimate or 0. */
  const total = ref(0);
  const percent = computed(() => (total.value > 0 ? Math.min(100, Math.floor((processed.value / total.value) * 100)) : 0));

  async function run<A extends BatchAnswer>(batch: (after: number | undefined) => Promise<A>, onBatch: (answer: A) => void = () => undefined, estimate = 0): Promise<BatchOutcome> {
    running.value = true;
    stopping.value = false;
    processed.value = 0;
    total.value = estimate;
    let after: number | undefined;
    try {
      for (;;) {
        const answer = await batch(after);
        processed.value += Number(answer.processed) || 0;
        total.value = processed.value + (Number(answer.remaining) || 0);
        onBatch(answer);
        if (answer.done) {
          return { status: 'done', processed: processed.value };
        }
        if (typeof answer.cursor !== 'number' || (after !== undefined && answer.cursor <= after)) {
          // A cursor that does not move on would make the loop endless.
          throw new Error('The batch made no progress');
        }
        after = answer.cursor;
        if (stopping.value) {
          return { status: 'cancelled', processed: processed.value, total: total.value };
        }
      }
    } catch (error) {
      return { status: 'failed', processed: processed.value, error };
    } finally {
      running.value = false;
      stopping.value = false;
    }
  }

  /** Stops after the batch under way. */
  function cancel(): void {
    if (running.value) {
      stopping.value = true;
    }
  }

  return { running, stopping, processed, total, percent, run, cancel };
}

export type BatchRun = ReturnType<typeof useBatchRun>;
