import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { lintFile } from './lint-file';
import type { LintOutcome, LintTask } from './results';

const WORKER_MARK = 'meldcode-lint-worker';
/** Files handed to a worker at a time: small enough to share the work evenly, large enough to keep messages few. */
const MAX_BATCH = 24;

interface LintRequest {
  batch: number;
  tasks: LintTask[];
}
interface LintResponse {
  batch: number;
  outcomes: LintOutcome[];
}

/**
 * Checks the files on this thread and `extraThreads` worker threads. Each worker loads this
 * same file (the bundle in `dist/`, or the compiled module) and answers batches of tasks;
 * this thread, whose engine is loaded already, takes batches too while the workers start.
 * The outcomes come back in the order of the tasks, whatever order the threads finish in.
 * A batch whose worker dies is checked again on this thread.
 */
export async function lintInWorkers(tasks: readonly LintTask[], extraThreads: number, onProgress: (done: number) => void): Promise<LintOutcome[]> {
  const outcomes: Array<LintOutcome | undefined> = new Array(tasks.length);
  const batchSize = Math.max(1, Math.min(MAX_BATCH, Math.ceil(tasks.length / ((extraThreads + 1) * 8))));
  const queue: number[][] = [];
  for (let start = 0; start < tasks.length; start += batchSize) {
    queue.push(Array.from({ length: Math.min(batchSize, tasks.length - start) }, (_, i) => start + i));
  }
  let done = 0;
  const record = (indices: readonly number[], results: readonly LintOutcome[]): void => {
    indices.forEach((index, i) => (outcomes[index] = results[i]));
    done += indices.length;
    onProgress(done);
  };

  const runWorker = (): Promise<void> =>
    new Promise<void>((resolve) => {
      const worker = new Worker(__filename, { workerData: { mark: WORKER_MARK } });
      const inFlight = new Map<number, number[]>();
      let nextBatch = 0;
      let finished = false;
      const finish = (): void => {
        if (finished) return;
        finished = true;
        // Whatever a dead worker still held goes back to the queue, for this thread.
        for (const indices of inFlight.values()) queue.push(indices);
        inFlight.clear();
        void worker.terminate();
        resolve();
      };
      // Two batches in flight, so the worker never waits for this thread to answer.
      const fill = (): void => {
        while (inFlight.size < 2 && queue.length > 0) {
          const indices = queue.shift()!;
          const batch = nextBatch++;
          inFlight.set(batch, indices);
          const request: LintRequest = { batch, tasks: indices.map((index) => tasks[index]) };
          worker.postMessage(request);
        }
        if (inFlight.size === 0) finish();
      };
      worker.on('message', (response: LintResponse) => {
        const indices = inFlight.get(response.batch);
        if (!indices) return;
        inFlight.delete(response.batch);
        record(indices, response.outcomes);
        fill();
      });
      worker.on('error', finish);
      worker.on('exit', finish);
      fill();
    });

  const runHere = async (): Promise<void> => {
    while (queue.length > 0) {
      const indices = queue.pop()!; // from the end, so the workers keep the front of the queue
      record(indices, indices.map((index) => lintSafely(tasks[index])));
      // Let the workers' answers in between batches.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };

  await Promise.all([...Array.from({ length: extraThreads }, runWorker), runHere()]);
  // Batches a worker gave back after this thread ran out of work.
  await runHere();
  return outcomes.map((outcome, index) => outcome ?? lintSafely(tasks[index]));
}

/** `lintFile` reports I/O trouble as an outcome; this also turns an unexpected exception into one. */
export function lintSafely(task: LintTask): LintOutcome {
  try {
    return lintFile(task);
  } catch (error) {
    return {
      kind: 'failure',
      failure: {
        filePath: task.filePath,
        kind: 'crashed',
        code: 'EINTERNAL',
        error: { message: error instanceof Error ? error.message : String(error) },
      },
    };
  }
}

function serveAsWorker(): void {
  parentPort!.on('message', (request: LintRequest) => {
    const response: LintResponse = { batch: request.batch, outcomes: request.tasks.map(lintSafely) };
    parentPort!.postMessage(response);
  });
}

if (!isMainThread && (workerData as { mark?: string } | null)?.mark === WORKER_MARK) serveAsWorker();
