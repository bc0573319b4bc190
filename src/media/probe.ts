/** ffprobe on a stored file with its demuxer forced; the JSON is reduced to the few facts we use. */
import { runTool, assertSafeToolPath, toMediaError, type RunOptions } from './process.ts';

export interface ProbedStream {
  type: 'audio' | 'video' | 'other';
  codec: string;
  width?: number;
  height?: number;
  sampleRate?: number;
  channels?: number;
  durationSec?: number;
  /** Attached pictures (cover art) are not real video. */
  attachedPic?: boolean;
}

export interface MediaProbe {
  formatName: string;
  durationSec?: number;
  streams: ProbedStream[];
}

interface RawProbe {
  format?: { format_name?: string; duration?: string };
  streams?: Array<{
    codec_type?: string;
    codec_name?: string;
    width?: number;
    height?: number;
    sample_rate?: string;
    channels?: number;
    duration?: string;
    disposition?: { attached_pic?: number };
  }>;
}

const num = (v: string | number | undefined): number | undefined => {
  const n = typeof v === 'number' ? v : v !== undefined ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

export function parseProbe(json: string): MediaProbe {
  const raw = JSON.parse(json) as RawProbe;
  const streams: ProbedStream[] = (raw.streams ?? []).map((s) => {
    const type = s.codec_type === 'audio' || s.codec_type === 'video' ? s.codec_type : 'other';
    const out: ProbedStream = { type, codec: s.codec_name ?? 'unknown' };
    if (s.width) out.width = s.width;
    if (s.height) out.height = s.height;
    const sr = num(s.sample_rate);
    if (sr) out.sampleRate = sr;
    if (s.channels) out.channels = s.channels;
    const d = num(s.duration);
    if (d !== undefined) out.durationSec = d;
    if (s.disposition?.attached_pic) out.attachedPic = true;
    return out;
  });
  const probe: MediaProbe = { formatName: raw.format?.format_name ?? 'unknown', streams };
  const d = num(raw.format?.duration);
  if (d !== undefined) probe.durationSec = d;
  return probe;
}

/** Probes a file. Throws MEDIA_CORRUPT when ffprobe cannot read it with the expected demuxer. */
export async function probeFile(
  file: string,
  demuxer: string,
  options: RunOptions = {},
): Promise<MediaProbe> {
  assertSafeToolPath(file);
  try {
    const { stdout } = await runTool(
      'ffprobe',
      [
        '-v',
        'error',
        '-protocol_whitelist',
        'file',
        '-f',
        demuxer,
        '-print_format',
        'json',
        '-show_format',
        '-show_streams',
        file,
      ],
      options,
    );
    return parseProbe(stdout.toString('utf8'));
  } catch (err) {
    throw toMediaError(err, 'MEDIA_CORRUPT');
  }
}

/** Best duration estimate: the container's, else the longest stream's. */
export function durationOf(probe: MediaProbe): number | undefined {
  if (probe.durationSec !== undefined) return probe.durationSec;
  const ds = probe.streams.map((s) => s.durationSec).filter((d): d is number => d !== undefined);
  return ds.length ? Math.max(...ds) : undefined;
}

export function firstStream(probe: MediaProbe, type: 'audio' | 'video'): ProbedStream | undefined {
  return probe.streams.find((s) => s.type === type && !s.attachedPic);
}
