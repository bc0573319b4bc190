/**
 * Media pipeline timings (prints figures; not a test): ingest of a browser voice note, a photo with
 * EXIF, the face-api sample photo (cold and warm), a 3 s and a 30 s video, voice cues over 60 s of
 * speech, and espeak-ng speech output. All inputs are generated on the spot.
 *
 *   node --import tsx bench/media.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { analyseVoice, ingestUpload, parseWav, synthesizeSpeech } from '../src/media/index.ts';
import { MediaFixtures, tempDir } from '../test/support/media-fixtures.ts';

const fx = new MediaFixtures();
const dataDir = tempDir('carellm-bench-media-');
const rows: [string, string][] = [];

async function time<T>(label: string, fn: () => Promise<T>, note = (_: T) => ''): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  const ms = performance.now() - t0;
  rows.push([label, `${ms.toFixed(0)} ms ${note(out)}`.trim()]);
  return out;
}

const ingest = (kind: string, file: string, face = false) =>
  ingestUpload({ dataDir, sessionId: 'ses_bench', kind, buffer: fs.readFileSync(file), analyse: { face } });

try {
  await time('audio: 3.9 s WebM/Opus voice note → 16 kHz WAV + voice cues', () =>
    ingest('audio', fx.speechWebm()),
  );
  await time('image: 320×240 JPEG with EXIF/GPS → stripped (no face)', () =>
    ingest('image', fx.jpegWithGps()),
  );
  const sample = fx.facePhoto();
  if (sample) {
    await time(
      'image: face-api sample 1920×1280, cold (loads tfjs-wasm + 4 nets)',
      () => ingest('image', sample, true),
      (r) =>
        r.cues.face?.available
          ? `(${r.cues.face.faces.length} faces, ${r.cues.face.dominant})`
          : '(unavailable)',
    );
    await time('image: face-api sample, warm', () => ingest('image', sample, true));
  }
  await time('video: 3 s 1280×720 H.264 → 640 px copy, WAV, 4 frames (no face)', () =>
    ingest('video', fx.videoMp4()),
  );
  await time('video: 3 s, with face analysis on 4 frames', () => ingest('video', fx.videoMp4(), true));
  const long = path.join(fx.dir, 'long30.webm');
  execFileSync('ffmpeg', [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'testsrc=size=640x480:rate=15',
    '-f',
    'lavfi',
    '-i',
    'sine=frequency=300',
    '-t',
    '30',
    '-c:v',
    'libvpx',
    '-deadline',
    'realtime',
    '-c:a',
    'libopus',
    long,
  ]);
  await time('video: 30 s 640×480 VP8 WebM, full ingest (no face)', () => ingest('video', long));

  const speech = parseWav(
    execFileSync('ffmpeg', [
      '-v',
      'error',
      '-i',
      fx.speechWav(),
      '-ar',
      '16000',
      '-ac',
      '1',
      '-f',
      'wav',
      '-',
    ]),
  );
  const sixty = new Float32Array(16000 * 60);
  for (let o = 0; o < sixty.length; o += speech.samples.length + 8000)
    sixty.set(speech.samples.subarray(0, Math.min(speech.samples.length, sixty.length - o)), o);
  await time(
    'voice cues: 60 s of 16 kHz speech',
    async () => analyseVoice(sixty),
    (c) => `(pitch ${c.features.pitchMedianHz} Hz, ${c.features.pauseCount} pauses)`,
  );
  await time(
    'tts: espeak-ng, 40 Chinese characters',
    () =>
      synthesizeSpeech({
        text: '深呼吸，慢慢地吸气，再慢慢地呼气。你现在很安全，我们可以一起慢慢来，好吗？',
        locale: 'zh-CN',
      }),
    (a) => `(${a.durationSec.toFixed(1)} s audio)`,
  );
} finally {
  fx.cleanup();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
const width = Math.max(...rows.map(([l]) => l.length));
console.log(`media pipeline on ${process.platform}/${process.arch}, node ${process.version}`);
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
