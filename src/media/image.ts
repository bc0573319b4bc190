/** Image intake: metadata stripped, orientation applied, pixel limits enforced, decodability checked. */
import fs from 'node:fs/promises';
import { MediaError } from './errors.ts';
import { orientationFilter, stripImageMetadata } from './image-meta.ts';
import type { MediaLimits } from './limits.ts';
import { assertSafeToolPath, runTool, toMediaError, type RunOptions } from './process.ts';
import { firstStream, probeFile } from './probe.ts';
import type { SniffResult } from './sniff.ts';
import { looksDamaged } from './audio.ts';

export interface ProcessedImage {
  /** The stored picture: metadata-free, upright. */
  path: string;
  bytes: number;
  width: number;
  height: number;
  /** Metadata blocks that were removed (labels only). */
  removedMetadata: string[];
}

const ENCODER: Record<string, string[]> = {
  jpeg: ['-c:v', 'mjpeg', '-q:v', '2', '-f', 'mjpeg'],
  png: ['-c:v', 'png', '-f', 'image2'],
  webp: ['-c:v', 'libwebp', '-quality', '90', '-f', 'webp'],
};

/**
 * Writes a metadata-free copy of `buffer` to `outPath` (its extension is the sniffed one) and checks
 * it. The original bytes with their EXIF/GPS are never written to disk.
 */
export async function processImage(
  buffer: Buffer,
  sniff: SniffResult,
  outPath: string,
  scratchPath: string,
  limits: MediaLimits,
  run: RunOptions = {},
): Promise<ProcessedImage> {
  const stripped = stripImageMetadata(sniff.format, buffer);
  await fs.writeFile(outPath, stripped.buffer, { mode: 0o600 });
  const probe = await probeFile(outPath, sniff.demuxer, run);
  const video = firstStream(probe, 'video');
  if (!video?.width || !video.height) throw new MediaError('MEDIA_CORRUPT', { reason: 'no-picture' });
  if (video.width * video.height > limits.maxImagePixels) {
    throw new MediaError('MEDIA_PIXELS_TOO_MANY', { maxPixels: limits.maxImagePixels });
  }
  let { width, height } = video;
  const removed = [...stripped.removed];
  const filter = orientationFilter(stripped.orientation);
  if (filter) {
    // EXIF orientation is gone with EXIF, so bake it into the pixels instead.
    await runFfmpegImage(
      [
        '-f',
        sniff.demuxer,
        '-i',
        outPath,
        '-vf',
        filter,
        '-frames:v',
        '1',
        ...ENCODER[sniff.format]!,
        '-y',
        scratchPath,
      ],
      run,
    );
    const again = stripImageMetadata(sniff.format, await fs.readFile(scratchPath));
    await fs.writeFile(outPath, again.buffer, { mode: 0o600 });
    await fs.rm(scratchPath, { force: true });
    if (stripped.orientation >= 5) [width, height] = [height, width];
    removed.push(`orientation:${stripped.orientation}`);
  } else {
    // Decode the whole picture once: damage inside the compressed data shows up only here.
    const { stderr } = await runFfmpegImage(
      ['-f', sniff.demuxer, '-i', outPath, '-frames:v', '1', '-f', 'null', '-'],
      run,
    );
    if (looksDamaged(stderr)) throw new MediaError('MEDIA_CORRUPT', { reason: 'decode' });
  }
  const bytes = (await fs.stat(outPath)).size;
  return { path: outPath, bytes, width, height, removedMetadata: removed };
}

async function runFfmpegImage(args: string[], run: RunOptions) {
  for (const a of args) if (a.startsWith('/')) assertSafeToolPath(a);
  try {
    return await runTool(
      'ffmpeg',
      ['-hide_banner', '-nostdin', '-v', 'error', '-protocol_whitelist', 'file', ...args],
      run,
    );
  } catch (err) {
    throw toMediaError(err, 'MEDIA_CORRUPT');
  }
}

export interface RgbImage {
  width: number;
  height: number;
  /** Packed RGB, 3 bytes per pixel, row-major. */
  data: Uint8Array;
}

/** Decodes the first picture of a stored file to RGB, scaled so its long side is at most `maxSide`. */
export async function decodeRgb(
  file: string,
  demuxer: string,
  size: { width: number; height: number },
  maxSide: number,
  run: RunOptions = {},
): Promise<RgbImage> {
  assertSafeToolPath(file);
  const scale = Math.min(1, maxSide / Math.max(size.width, size.height));
  const width = Math.max(2, Math.round((size.width * scale) / 2) * 2);
  const height = Math.max(2, Math.round((size.height * scale) / 2) * 2);
  try {
    const { stdout } = await runTool(
      'ffmpeg',
      [
        '-hide_banner',
        '-nostdin',
        '-v',
        'error',
        '-protocol_whitelist',
        'file',
        '-f',
        demuxer,
        '-i',
        file,
        '-frames:v',
        '1',
        '-vf',
        `scale=${width}:${height}`,
        '-f',
        'rawvideo',
        '-pix_fmt',
        'rgb24',
        '-',
      ],
      { ...run, maxStdoutBytes: width * height * 3 + 1024 },
    );
    if (stdout.length !== width * height * 3) throw new MediaError('MEDIA_CORRUPT', { reason: 'decode' });
    return { width, height, data: new Uint8Array(stdout.buffer, stdout.byteOffset, stdout.length) };
  } catch (err) {
    throw toMediaError(err, 'MEDIA_CORRUPT');
  }
}
