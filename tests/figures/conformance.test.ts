import { describe, expect, it } from 'vitest';
import { MODELS, runModel } from '../../scripts/conformance-rule.js';

describe('Recognizers-Text conformance (all cases, also those marked NotSupported)', () => {
  it.each(MODELS.map((m) => [m.model, m] as const))('%s reaches its threshold', (_name, m) => {
    const result = runModel(m.kind, m.file);
    expect(result.rate, result.failures.map((f) => f.input).join('\n')).toBeGreaterThanOrEqual(m.threshold);
  });
});
