// The fuzz runner's worker thread: builds input `index` from the seed and runs it. Run in a
// worker so that the runner can stop an input that hangs and go on with the next.
import { parentPort, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import { fuzzInputs, type FuzzSize } from './inputs';
import { runInput } from './pipeline';

const { size } = workerData as { size: FuzzSize };
const arbitrary = fuzzInputs(size);

parentPort!.on('message', ({ seed, index }: { seed: number; index: number }) => {
  const [input] = fc.sample(arbitrary, { seed: seed + index, numRuns: 1 });
  parentPort!.postMessage({ index, label: input.label, ...runInput(input) });
});

// loaded: the runner starts its clock only now (booting the loader under load took seconds)
parentPort!.postMessage({ ready: true });
