// The fuzz harness as the unit run runs it: a fixed seed, small inputs, a time budget (inputs
// not reached in the budget are skipped, never failed: the test cannot be flaky on a slow
// machine). `npm run fuzz` runs 10,000 inputs up to 1 MB.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CI_SIZE, fuzzInputs } from './inputs';
import { runInput } from './pipeline';

describe('fuzz: mutated pages, random HTML and hostile text', () => {
  it('every digest keeps its invariants and nothing throws', () => {
    let ran = 0;
    fc.assert(
      fc.property(fuzzInputs(CI_SIZE), (input) => {
        ran++;
        const out = runInput(input);
        expect(out.error, input.label).toBeUndefined();
        expect(out.violations, input.label).toEqual([]);
      }),
      { seed: 20261203, numRuns: 150, interruptAfterTimeLimit: 10_000, markInterruptAsFailure: false },
    );
    expect(ran).toBeGreaterThan(5);
  }, 60_000);
});
