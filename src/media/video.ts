/**
 * Container and video operations: metadata-free remux of originals, the downscaled/trimmed copy
 * sent to Omni back ends, and sampled still frames for facial-expression cues.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { looksDamaged } from './audio.ts';
import { MediaError } from './errors.ts';
import { assertSafeToolPath, runTool, toMediaError, type RunOptions } from './process.ts';

async function ffmpeg(args: string[], run: RunOptions, onExit: 'MEDIA_CORRUPT' | 'MEDIA_PROCESSING_FAILED') {
  for (const a of args) if (a.startsWith('/')) assertSafeToolPath(a);
  try {
    const res = await runTool(
      'ffmpeg',
      [
        '-hide_banner',
        '-nostdin',
        '-v',
        'error',
        '-protocol_whitelist',
        'file',
        '-threads',
        String(run.limits?.threads ?? 2),
        ...args,
      ],
      run,
    );
    if (looksDamaged(res.stderr)) throw new MediaError('MEDIA_CORRUPT', { reason: 'decode' });
    return res;
  } catch (err) {
    throw toMediaError(err, onExit);
  }
}

const MUXER: Record<string, string> = { matroska: 'webm', mov: 'mp4', wav: 'wav', mp3: 'mp3', ogg: 'ogg' };

/**
 * Copies the streams of `input` into `output` without container metadata (GPS/location atoms,
 * titles, encoder tags, ID3). No re-encoding, so the audio and picture are bit-identical.
 */
export async function remuxWithoutMetadata(
  input: string,
  demuxer: string,
  output: string,
  run: RunOptions = {},
) {
  const muxer = MUXER[demuxer];
  if (!muxer) throw new Error(`no muxer for ${demuxer}`);
  await ffmpeg(
    [
      '-f',
      demuxer,
      '-i',
      input,
      '-map',
      '0:v?',
      '-map',
      '0:a?',
      '-c',
      'copy',
      '-map_metadata',
      '-1',
      '-map_chapters',
      '-1',
      '-fflags',
      '+bitexact',
      '-flags:v',
      '+bitexact',
      '-flags:a',
      '+bitexact',
      ...(muxer === 'mp4' ? ['-movflags', '+faststart'] : []),
      ...(muxer === 'mp3' ? ['-write_id3v2', '0', '-write_xing', '0'] : []),
      '-f',
      muxer,
      '-y',
      output,
    ],
    run,
    'MEDIA_CORRUPT',
  );
}

export interface VideoCopyOptions {
  maxSec: number;
  maxSide: number;
  fps: number;
  hasAudio: boolean;
}

/** Even dimensions with the long side at most `maxSide` (never upscaled). */
export function scaledSize(
  width: number,
  height: number,
  maxSide: number,
): { width: number; height: number } {
  const s = Math.min(1, maxSide / Math.max(width, height));
  return {
    width: Math.max(2, Math.round((width * s) / 2) * 2),
    height: Math.max(2, Math.round((height * s) / 2) * 2),
  };
}

/** H.264/AAC MP4, downscaled, frame rate reduced, trimmed to `maxSec`, without metadata. */
export async function makeVideoCopy(
  input: string,
  demuxer: string,
  output: string,
  size: { width: number; height: number },
  opts: VideoCopyOptions,
  run: RunOptions = {},
): Promise<{ width: number; height: number }> {
  const out = scaledSize(size.width, size.height, opts.maxSide);
  await ffmpeg(
    [
      '-f',
      demuxer,
      '-i',
      input,
      '-t',
      String(opts.maxSec),
      '-map',
      '0:v:0',
      ...(opts.hasAudio ? ['-map', '0:a:0'] : []),
      '-vf',
      `fps=${opts.fps},scale=${out.width}:${out.height}`,
      '-c:v',
      'libx264',
      '-preset',
      'veryfast',
      '-crf',
      '28',
      '-pix_fmt',
      'yuv420p',
      ...(opts.hasAudio ? ['-c:a', 'aac', '-b:a', '64k', '-ac', '1', '-ar', '16000'] : []),
      '-map_metadata',
      '-1',
      '-movflags',
      '+faststart',
      '-f',
      'mp4',
      '-y',
      output,
    ],
    run,
    'MEDIA_PROCESSING_FAILED',
  );
  return out;
}

/**
 * Samples `count` frames spread evenly over `durationSec` as JPEGs named frame-01.jpg, … in `dir`.
 * Returns their paths in time order.
 */
export async function sampleFrames(
  input: string,
  demuxer: string,
  dir: string,
  durationSec: number,
  count: number,
  maxSide: number,
  run: RunOptions = {},
): Promise<string[]> {
  assertSafeToolPath(dir);
  if (count <= 0) return [];
  await fs.mkdir(dir, { recursive: true });
  const rate = Math.max(count / Math.max(durationSec, 0.1), 0.01).toFixed(6);
  await ffmpeg(
    [
      '-f',
      demuxer,
      '-i',
      input,
      '-vf',
      `fps=${rate},scale='min(${maxSide},iw)':'min(${maxSide},ih)':force_original_aspect_ratio=decrease`,
      '-frames:v',
      String(count),
      '-q:v',
      '3',
      '-map_metadata',
      '-1',
      '-f',
      'image2',
      '-y',
      path.join(dir, 'frame-%02d.jpg'),
    ],
    run,
    'MEDIA_PROCESSING_FAILED',
  );
  const names = (await fs.readdir(dir)).filter((n) => /^frame-\d+\.jpg$/.test(n)).sort();
  return names.map((n) => path.join(dir, n));
}
