import { useBatchRun } from '@/composables/useBatchRun';
import { deferred } from '../support/fakeServer';

interface Answer {
  processed: number;
  remaining: number;
  cursor: number;
  done: boolean;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) {
    await Promise.resolve();
  }
}

describe('useBatchRun', () => {
  it('calls again with the cursor until done, counting "done / total" after each batch', async () => {
    const run = useBatchRun();
    const answers: Answer[] = [
      { processed: 50, remaining: 75, cursor: 50, done: false },
      { processed: 50, remaining: 25, cursor: 104, done: false },
      { processed: 25, remaining: 0, cursor: 130, done: true },
    ];
    const afters: Array<number | undefined> = [];
    const seen: string[] = [];
    const outcome = await run.run(
      async (after) => {
        afters.push(after);
        return answers[afters.length - 1] as Answer;
      },
      () => seen.push(`${run.processed.value}/${run.total.value} ${run.percent.value}%`),
      120,
    );
    expect(afters).toEqual([undefined, 50, 104]);
    expect(seen).toEqual(['50/125 40%', '100/125 80%', '125/125 100%']);
    expect(outcome).toEqual({ status: 'done', processed: 125 });
    expect(run.running.value).toBe(false);
  });

  it('shows the estimate before the first answer', () => {
    const run = useBatchRun();
    const pending = deferred<Answer>();
    void run.run(() => pending.promise, undefined, 850);
    expect([run.running.value, run.processed.value, run.total.value, run.percent.value]).toEqual([true, 0, 850, 0]);
    pending.resolve({ processed: 0, remaining: 0, cursor: 0, done: true });
  });

  it('stops after the batch under way when cancelled, never cutting it', async () => {
    const run = useBatchRun();
    const first = deferred<Answer>();
    const calls: Array<number | undefined> = [];
    const outcome = run.run((after) => {
      calls.push(after);
      return calls.length === 1 ? first.promise : Promise.resolve({ processed: 1, remaining: 0, cursor: 9, done: true });
    });
    run.cancel();
    expect(run.stopping.value).toBe(true);
    first.resolve({ processed: 120, remaining: 730, cursor: 300, done: false });
    expect(await outcome).toEqual({ status: 'cancelled', processed: 120, total: 850 });
    expect(calls).toEqual([undefined]);
    expect([run.running.value, run.stopping.value]).toEqual([false, false]);
  });

  it('stops at the first failed batch and says how much the batches before it did', async () => {
    const run = useBatchRun();
    const failure = new Error('Database down');
    let call = 0;
    const outcome = await run.run(async () => {
      call += 1;
      if (call === 3) {
        throw failure;
      }
      return { processed: 50, remaining: 100, cursor: call * 50, done: false };
    });
    expect(outcome).toEqual({ status: 'failed', processed: 100, error: failure });
    expect(call).toBe(3);
    expect(run.running.value).toBe(false);
  });

  it('refuses to loop on a cursor that does not move on', async () => {
    const run = useBatchRun();
    let call = 0;
    const outcome = await run.run(async () => {
      call += 1;
      return { processed: 0, remaining: 5, cursor: 7, done: false };
    });
    await settle();
    expect(outcome.status).toBe('failed');
    expect(call).toBe(2);
  });
});
