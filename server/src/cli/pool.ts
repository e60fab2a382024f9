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
 * Checks the files on several threads. Each worker loads this same file (the bundle in
 * `dist/`, or the compiled module) and answers batches of tasks; the outcomes come back
 * in the order of the tasks, whatever order the workers finish in. A batch whose worker
 * dies is checked again on this thread, file by file.
 */
export async function lintInWorkers(tasks: readonly LintTask[], workerCount: number, onProgress: (done: number) => void): Promise<LintOutcome[]> {
  const outcomes: Array<LintOutcome | undefined> = new Array(tasks.length);
  const batchSize = Math.max(1, Math.min(MAX_BATCH, Math.ceil(tasks.length / (workerCount * 8))));
  const queue: number[][] = [];
  for (let start = 0; start < tasks.length; start += batchSize) {
    queue.push(Array.from({ length: Math.min(batchSize, tasks.length - start) }, (_, i) => start + i));
  }
  const batches = new Map<number, number[]>();
  const orphaned: number[] = [];
  let done = 0;
  let nextBatch = 0;

  await Promise.all(
    Array.from({ length: workerCount }, () =>
      new Promise<void>((resolve) => {
        const worker = new Worker(__filename, { workerData: { mark: WORKER_MARK } });
        let current: number | undefined;
        let finished = false;
        const finish = (): void => {
          if (finished) return;
          finished = true;
          if (current !== undefined) orphaned.push(...batches.get(current)!);
          current = undefined;
          void worker.terminate();
          resolve();
        };
        const sendNext = (): void => {
          const indices = queue.shift();
          if (!indices) {
            finish();
            return;
          }
          current = nextBatch++;
          batches.set(current, indices);
          const request: LintRequest = { batch: current, tasks: indices.map((index) => tasks[index]) };
          worker.postMessage(request);
        };
        worker.on('message', (response: LintResponse) => {
          const indices = batches.get(response.batch)!;
          response.outcomes.forEach((outcome, i) => (outcomes[indices[i]] = outcome));
          current = undefined;
          done += indices.length;
          onProgress(done);
          sendNext();
        });
        worker.on('error', finish);
        worker.on('exit', finish);
        sendNext();
      }),
    ),
  );

  // Whatever a dead worker left behind (and, if every worker died at start, everything left).
  for (const indices of queue) orphaned.push(...indices);
  for (const index of orphaned) {
    outcomes[index] = lintSafely(tasks[index]);
    onProgress(++done);
  }
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
