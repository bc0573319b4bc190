import { createHash } from 'node:crypto';
import type { Conversation } from './types.ts';
import { MinHashLsh } from './clean/minhash.ts';
import { getPath } from './readers/util.ts';

export interface SplitOptions {
  /** Named ratios, e.g. {train: 0.8, dev: 0.1, test: 0.1}; normalised to sum 1. */
  ratios: Record<string, number>;
  seed: string;
  /** Field path (e.g. `topic`, `labels.0`, `meta.split`) whose values are split separately. */
  stratifyBy?: string;
  /** Field path whose equal values always land in the same split (default: the record id). */
  groupBy?: string;
  /** Keep near-duplicates (MinHash ≥ threshold) in the split of their first occurrence. */
  nearDupThreshold?: number;
}

export function parseRatios(spec: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of spec.split(',')) {
    const [name, value] = part.split(/[:=]/).map((x) => x.trim());
    const v = Number(value);
    if (!name || !Number.isFinite(v) || v < 0) throw new Error(`--ratios: "${part}" is not name:number`);
    out[name] = v;
  }
  const total = Object.values(out).reduce((a, b) => a + b, 0);
  if (total <= 0) throw new Error('--ratios must sum to more than 0');
  for (const k of Object.keys(out)) out[k] = (out[k] as number) / total;
  return out;
}

/** Uniform number in [0,1) from seed and key (first 48 bits of SHA-256). */
export function hashUnit(seed: string, key: string): number {
  const d = createHash('sha256').update(seed).update('\u0000').update(key).digest();
  return (d.readUInt32BE(0) * 65536 + d.readUInt16BE(4)) / 2 ** 48;
}

/**
 * Deterministic split assignment. Unstratified: each group's hash picks the split by cumulative ratio,
 * so assignment never depends on order or on other records. Stratified: each stratum's groups are
 * sent to whichever split lags its target share most (ties broken by hash), which keeps every stratum
 * close to the ratios; this depends on input order, which is fixed for a given file.
 */
export class Splitter {
  private readonly names: string[];
  private readonly cumulative: number[];
  private readonly groupSplit = new Map<string, string>();
  private readonly strata = new Map<string, Record<string, number>>();
  private readonly lsh: MinHashLsh | undefined;
  private readonly lshSplit = new Map<string, string>();
  readonly counts: Record<string, number> = {};
  nearDupMoves = 0;

  constructor(private readonly options: SplitOptions) {
    this.names = Object.keys(options.ratios);
    let acc = 0;
    this.cumulative = this.names.map((n) => (acc += options.ratios[n] as number));
    for (const n of this.names) this.counts[n] = 0;
    if (options.nearDupThreshold !== undefined) this.lsh = new MinHashLsh({ threshold: options.nearDupThreshold });
  }

  private keyOf(conv: Conversation, pathSpec: string | undefined): string {
    if (!pathSpec) return conv.provenance.id;
    const v = getPath(conv, pathSpec);
    return v === undefined || v === null ? '' : String(v);
  }

  assign(conv: Conversation): string {
    const text = conv.turns.map((t) => t.content).join('\n');
    if (this.lsh) {
      const match = this.lsh.addOrMatch(conv.provenance.id, text);
      if (match) {
        const split = this.lshSplit.get(match.id) as string;
        this.nearDupMoves++;
        this.counts[split] = (this.counts[split] ?? 0) + 1;
        return split;
      }
    }
    const group = `g:${this.keyOf(conv, this.options.groupBy)}`;
    let split = this.groupSplit.get(group);
    if (!split) {
      const u = hashUnit(this.options.seed, group);
      if (this.options.stratifyBy === undefined) {
        split = this.names[this.cumulative.findIndex((c) => u < c)] ?? (this.names[this.names.length - 1] as string);
        // Only explicit groups need remembering; the id-hash is recomputed identically.
        if (this.options.groupBy) this.groupSplit.set(group, split);
      } else {
        const stratum = this.keyOf(conv, this.options.stratifyBy);
        const seen = this.strata.get(stratum) ?? Object.fromEntries(this.names.map((n) => [n, 0]));
        const total = Object.values(seen).reduce((a, b) => a + b, 0) + 1;
        let best = this.names[0] as string;
        let bestDeficit = -Infinity;
        for (const n of this.names) {
          const deficit = (this.options.ratios[n] as number) * total - (seen[n] as number);
          // The hash breaks near-ties so the choice is not always the first name.
          const score = deficit + u * 1e-6;
          if (score > bestDeficit) {
            bestDeficit = score;
            best = n;
          }
        }
        split = best;
        seen[split] = (seen[split] as number) + 1;
        this.strata.set(stratum, seen);
        this.groupSplit.set(group, split);
      }
    }
    if (this.lsh) this.lshSplit.set(conv.provenance.id, split);
    this.counts[split] = (this.counts[split] ?? 0) + 1;
    return split;
  }
}
