/**
 * Thin, late-bound bridge to the project's safety layer (src/safety). It is imported lazily so the
 * data toolkit builds and runs without it, and fails with a clear message only when a step that needs
 * it is asked for.
 */
import type { RiskLevel } from '../../core/types.ts';

export class SafetyUnavailableError extends Error {
  constructor(what: 'pii' | 'crisis', detail: string) {
    super(
      what === 'pii'
        ? `PII scrub unavailable: ${detail} (needs src/safety/index.ts to export redact(text) → {redacted, spans})`
        : `crisis audit unavailable: ${detail} (needs src/safety/index.ts to export assessRisk(text) → {level})`,
    );
    this.name = 'SafetyUnavailableError';
  }
}

export interface RedactResult {
  redacted: string;
  spans: Array<{ start: number; end: number; kind?: string; type?: string }>;
}
export type Redactor = (text: string) => RedactResult | Promise<RedactResult>;
export type RiskAssessor = (text: string) => { level: RiskLevel } | Promise<{ level: RiskLevel }>;

async function loadSafety(what: 'pii' | 'crisis'): Promise<Record<string, unknown>> {
  try {
    const specifier = '../../safety/index.ts';
    return (await import(specifier)) as Record<string, unknown>;
  } catch (err) {
    throw new SafetyUnavailableError(what, `cannot load src/safety (${(err as Error).message})`);
  }
}

export async function loadRedactor(): Promise<Redactor> {
  const mod = await loadSafety('pii');
  const fn = mod.redact ?? mod.redactPii ?? mod.redactText;
  if (typeof fn !== 'function') throw new SafetyUnavailableError('pii', 'src/safety has no redact export');
  return (text) => (fn as Redactor)(text);
}

export async function loadRiskAssessor(): Promise<RiskAssessor> {
  const mod = await loadSafety('crisis');
  const fn = mod.assessRisk ?? mod.assessCrisis;
  if (typeof fn !== 'function') throw new SafetyUnavailableError('crisis', 'src/safety has no assessRisk export');
  return (text) => (fn as RiskAssessor)(text);
}
