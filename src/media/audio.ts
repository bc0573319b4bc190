/** Audio conversion (anything we accept → 16 kHz mono 16-bit WAV) and a small WAV reader. */
import fs from 'node:fs/promises';
import { MediaError } from './errors.ts';
import { assertSafeToolPath, runTool, toMediaError, type RunOptions } from './process.ts';

export const ASR_SAMPLE_RATE = 16_000;

/** ffmpeg stderr lines (at `-v error`) that mean the input is damaged, even when ffmpeg exits 0. */
const DAMAGE_RE =
  /File ended prematurely|corrupt|Invalid data found|truncat|moov atom not found|error while decoding|Error submitting packet|Invalid NAL|Packet mismatch|invalid frame size/i;

export function looksDamaged(stderr: string): boolean {
  return DAMAGE_RE.test(stderr);
}

export interface ConvertAudioOptions extends RunOptions {
  /** Keep at most this many seconds (the rest is cut off). */
  maxSec?: number;
  /** Input seek/format flags: the demuxer is always forced. */
  demuxer: string;
}

/**
 * Converts the first audio track of `input` to 16 kHz mono PCM WAV at `output`.
 * Throws MEDIA_CORRUPT when decoding reports damage and MEDIA_NO_AUDIO when there is no audio.
 */
export async function convertToWav16k(
  input: string,
  output: string,
  options: ConvertAudioOptions,
): Promise<void> {
  assertSafeToolPath(input);
  assertSafeToolPath(output);
  const args = [
    '-hide_banner',
    '-nostdin',
    '-v',
    'error',
    '-protocol_whitelist',
    'file',
    '-threads',
    String(options.limits?.threads ?? 2),
    '-f',
    options.demuxer,
    '-i',
    input,
    '-map',
    '0:a:0',
    '-vn',
    '-sn',
    '-dn',
    '-map_metadata',
    '-1',
    '-ac',
    '1',
    '-ar',
    String(ASR_SAMPLE_RATE),
    '-c:a',
    'pcm_s16le',
    ...(options.maxSec !== undefined ? ['-t', String(options.maxSec)] : []),
    '-f',
    'wav',
    '-y',
    output,
  ];
  let stderr: string;
  try {
    stderr = (await runTool('ffmpeg', args, options)).stderr;
  } catch (err) {
    const e = err as { stderr?: string };
    if (e.stderr && /matches no streams|does not contain any stream/i.test(e.stderr)) {
      throw new MediaError('MEDIA_NO_AUDIO');
    }
    throw toMediaError(err, 'MEDIA_CORRUPT');
  }
  if (looksDamaged(stderr)) throw new MediaError('MEDIA_CORRUPT', { reason: 'decode' });
}

export interface PcmAudio {
  sampleRate: number;
  channels: number;
  /** Samples of the first channel, in [-1, 1]. */
  samples: Float32Array;
}

interface WavChunks {
  fmt: { format: number; channels: number; sampleRate: number; bits: number };
  data: Buffer;
}

// Streaming writers (ffmpeg to a pipe, some recorders) leave a placeholder size; the data then runs to the end.
const isPlaceholderSize = (size: number) => size === 0 || size >= 0x7ffff000;

function parseWavChunks(buf: Buffer): WavChunks {
  if (
    buf.length < 12 ||
    buf.toString('latin1', 0, 4) !== 'RIFF' ||
    buf.toString('latin1', 8, 12) !== 'WAVE'
  ) {
    throw new MediaError('MEDIA_CORRUPT', { reason: 'wav-header' });
  }
  let pos = 12;
  let fmt: WavChunks['fmt'] | null = null;
  let data: Buffer | null = null;
  while (pos + 8 <= buf.length) {
    const id = buf.toString('latin1', pos, pos + 4);
    const size = buf.readUInt32LE(pos + 4);
    const body = buf.subarray(pos + 8, Math.min(buf.length, pos + 8 + size));
    if (id === 'fmt ' && body.length >= 16) {
      let format = body.readUInt16LE(0);
      if (format === 0xfffe && body.length >= 26) format = body.readUInt16LE(24); // WAVE_FORMAT_EXTENSIBLE
      fmt = {
        format,
        channels: body.readUInt16LE(2),
        sampleRate: body.readUInt32LE(4),
        bits: body.readUInt16LE(14),
      };
    } else if (id === 'data') {
      if (pos + 8 + size > buf.length && !isPlaceholderSize(size)) {
        throw new MediaError('MEDIA_CORRUPT', { reason: 'wav-truncated' });
      }
      data = isPlaceholderSize(size) ? buf.subarray(pos + 8) : body;
      break;
    }
    pos += 8 + size + (size & 1);
  }
  if (!fmt || !data || fmt.channels < 1) throw new MediaError('MEDIA_CORRUPT', { reason: 'wav-structure' });
  return { fmt, data };
}

/** Parses a PCM WAV (8/16/24/32-bit integer or 32-bit float). Only the first channel is returned. */
export function parseWav(buf: Buffer): PcmAudio {
  const { fmt, data } = parseWavChunks(buf);
  const bytes = fmt.bits / 8;
  const frame = bytes * fmt.channels;
  if (!Number.isInteger(bytes) || frame === 0)
    throw new MediaError('MEDIA_CORRUPT', { reason: 'wav-format' });
  const n = Math.floor(data.length / frame);
  const samples = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const o = i * frame;
    if (fmt.format === 3 && fmt.bits === 32) samples[i] = data.readFloatLE(o);
    else if (fmt.bits === 16) samples[i] = data.readInt16LE(o) / 32768;
    else if (fmt.bits === 8) samples[i] = (data[o]! - 128) / 128;
    else if (fmt.bits === 24) samples[i] = data.readIntLE(o, 3) / 8388608;
    else if (fmt.bits === 32) samples[i] = data.readInt32LE(o) / 2147483648;
    else throw new MediaError('MEDIA_CORRUPT', { reason: 'wav-format' });
  }
  return { sampleRate: fmt.sampleRate, channels: fmt.channels, samples };
}

/** Throws MEDIA_CORRUPT when a WAV's chunks claim more bytes than the file has (a cut-off upload). */
export function checkWavStructure(buf: Buffer): void {
  parseWavChunks(buf);
}

export async function readWav(file: string): Promise<PcmAudio> {
  return parseWav(await fs.readFile(file));
}

/** Writes mono 16-bit PCM WAV. */
export function encodeWav(samples: Float32Array, sampleRate: number): Buffer {
  const data = Buffer.alloc(samples.length * 2);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]!));
    data.writeInt16LE(Math.round(s * 32767), i * 2);
  }
  const h = Buffer.alloc(44);
  h.write('RIFF', 0, 'latin1');
  h.writeUInt32LE(36 + data.length, 4);
  h.write('WAVE', 8, 'latin1');
  h.write('fmt ', 12, 'latin1');
  h.writeUInt32LE(16, 16);
  h.writeUInt16LE(1, 20);
  h.writeUInt16LE(1, 22);
  h.writeUInt32LE(sampleRate, 24);
  h.writeUInt32LE(sampleRate * 2, 28);
  h.writeUInt16LE(2, 32);
  h.writeUInt16LE(16, 34);
  h.write('data', 36, 'latin1');
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}
