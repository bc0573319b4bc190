/**
 * Switches the learned crisis model off for the surrounding describe block (or file), so a test
 * checks what the rules alone read, and switches it back on afterwards. The risk cache is cleared
 * both ways: cached results carry the model's reading.
 */
import { afterAll, beforeAll } from 'vitest';
import { clearRiskCache } from '../../src/safety/index.ts';
import { resetCrisisModel } from '../../src/safety/learned/index.ts';

export function useRulesOnly(): void {
  beforeAll(() => {
    resetCrisisModel(null);
    clearRiskCache();
  });
  afterAll(() => {
    resetCrisisModel(undefined);
    clearRiskCache();
  });
}
