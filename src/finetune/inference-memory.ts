/**
 * Inference memory per model version, precision and workload, anchored on the published
 * Qwen2.5-Omni table (15/30/60 s video) and the seed's text/audio figures; linear between anchors,
 * linear extrapolation past 60 s. `requiredGB` applies the README's 1.2× headroom.
 */
import {
  HEADROOM,
  INFERENCE_PROFILES,
  type InferenceProfile,
  type ModelId,
  type Precision,
  type Source,
} from './models.ts';

export type Workload = { kind: 'text' } | { kind: 'audio' } | { kind: 'video'; seconds: number };

export interface InferenceEstimate {
  model: ModelId;
  precision: Precision;
  hfId: string;
  workload: Workload;
  /** Minimum as in the published table (or interpolated). */
  minimumGB: number;
  /** minimum × 1.2 headroom. */
  requiredGB: number;
  source: Source | 'interpolated';
  notRecommended: boolean;
  note?: string;
}

export function findProfile(model: ModelId, precision: Precision): InferenceProfile {
  const p = INFERENCE_PROFILES.find((x) => x.model === model && x.precision === precision);
  if (!p) throw new Error(`no published figures for ${model} in ${precision} (3B has no GPTQ/AWQ release)`);
  return p;
}

export function parseWorkload(s: string): Workload {
  const v = s.trim().toLowerCase();
  if (v === 'text') return { kind: 'text' };
  if (v === 'audio') return { kind: 'audio' };
  const m = /^video(?::|=)?(\d+(?:\.\d+)?)s?$/.exec(v);
  if (m) return { kind: 'video', seconds: Number(m[1]) };
  throw new Error(`workload must be text, audio or video:<seconds> (got "${s}")`);
}

export function workloadLabel(w: Workload): string {
  return w.kind === 'video' ? `video ${w.seconds} s` : w.kind;
}

export function estimateInference(
  model: ModelId,
  precision: Precision,
  workload: Workload,
): InferenceEstimate {
  const p = findProfile(model, precision);
  const base = { model, precision, hfId: p.hfId, workload };
  const done = (
    gb: number,
    source: InferenceEstimate['source'],
    notRecommended = false,
    note?: string,
  ): InferenceEstimate => ({
    ...base,
    minimumGB: Math.round(gb * 100) / 100,
    requiredGB: Math.round(gb * HEADROOM * 100) / 100,
    source,
    notRecommended,
    ...(note ? { note } : {}),
  });
  if (workload.kind === 'text') return done(p.text.gb, p.text.source, false, p.text.note);
  if (workload.kind === 'audio') return done(p.audio.gb, p.audio.source, false, p.audio.note);
  const s = workload.seconds;
  if (!(s >= 0)) throw new Error('video seconds must be >= 0');
  const v15 = p.video[15];
  if (!v15) throw new Error('profile without a 15 s figure');
  const exact = s === 15 || s === 30 || s === 60 ? p.video[s as 15 | 30 | 60] : undefined;
  if (exact) return done(exact.gb, exact.source);
  const v30 = p.video[30];
  const v60 = p.video[60];
  if (!v30 || !v60) {
    // FP32: only 15 s is published; longer clips are "Not Recommend"
    if (s <= 15) return done(p.text.gb + ((v15.gb - p.text.gb) * s) / 15, 'interpolated');
    return done(v15.gb, 'published', true, 'the published table marks longer videos in FP32 "Not Recommend"');
  }
  const pts: Array<[number, number]> = [
    [0, p.text.gb],
    [15, v15.gb],
    [30, v30.gb],
    [60, v60.gb],
  ];
  for (let i = 1; i < pts.length; i++) {
    const [x0, y0] = pts[i - 1] as [number, number];
    const [x1, y1] = pts[i] as [number, number];
    if (s <= x1) return done(y0 + ((y1 - y0) * (s - x0)) / (x1 - x0), 'interpolated');
  }
  return done(
    v60.gb + ((v60.gb - v30.gb) * (s - 60)) / 30,
    'interpolated',
    false,
    'extrapolated beyond the published 60 s figure',
  );
}

/** All profiles for one workload (the `carellm hardware` table). */
export function inferenceTable(workload: Workload): InferenceEstimate[] {
  return INFERENCE_PROFILES.map((p) => estimateInference(p.model, p.precision, workload));
}
