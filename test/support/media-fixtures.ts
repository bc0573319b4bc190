/**
 * Media fixtures generated at test time with ffmpeg, espeak-ng and small hand-written byte
 * builders (EXIF with GPS, XMP, PNG text chunks, WebP EXIF chunks). Nothing binary is committed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function tempDir(prefix = 'carellm-media-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

function ffmpeg(args: string[]): void {
  execFileSync('ffmpeg', ['-hide_banner', '-v', 'error', '-y', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

/** Lazily generated fixture files in one temp folder. */
export class MediaFixtures {
  readonly dir: string;
  private cache = new Map<string, string>();

  constructor(dir = tempDir('carellm-fixtures-')) {
    this.dir = dir;
  }

  private make(name: string, build: (out: string) => void): string {
    let p = this.cache.get(name);
    if (!p) {
      p = path.join(this.dir, name);
      build(p);
      this.cache.set(name, p);
    }
    return p;
  }

  buf(name: keyof MediaFixtures & string): Buffer {
    const fn = this[name] as unknown as () => string;
    return fs.readFileSync(fn.call(this));
  }

  /** espeak-ng English speech, 22.05 kHz mono WAV. */
  speechWav(): string {
    return this.make('speech-en.wav', (out) =>
      execFileSync('espeak-ng', [
        '-v',
        'en',
        '-w',
        out,
        'Hello, I have trouble sleeping lately, and I feel tired every single day.',
      ]),
    );
  }

  speechZhWav(): string {
    return this.make('speech-zh.wav', (out) =>
      execFileSync('espeak-ng', ['-v', 'cmn', '-w', out, '我最近总是失眠，感觉很焦虑。']),
    );
  }

  silenceWav(): string {
    return this.make('silence.wav', (out) =>
      ffmpeg(['-f', 'lavfi', '-i', 'anullsrc=r=16000:cl=mono', '-t', '2', '-c:a', 'pcm_s16le', out]),
    );
  }

  toneWav(hz = 220): string {
    return this.make(`tone-${hz}.wav`, (out) =>
      ffmpeg([
        '-f',
        'lavfi',
        '-i',
        `sine=frequency=${hz}:sample_rate=16000`,
        '-t',
        '2',
        '-ac',
        '1',
        '-c:a',
        'pcm_s16le',
        out,
      ]),
    );
  }

  /** Browser-style voice note: Opus in WebM, 48 kHz. */
  speechWebm(): string {
    return this.make('speech.webm', (out) =>
      ffmpeg(['-i', this.speechWav(), '-c:a', 'libopus', '-b:a', '32k', '-f', 'webm', out]),
    );
  }

  speechMp3(): string {
    return this.make('speech.mp3', (out) =>
      ffmpeg(['-i', this.speechWav(), '-c:a', 'libmp3lame', '-b:a', '64k', out]),
    );
  }

  speechOgg(): string {
    return this.make('speech.ogg', (out) =>
      ffmpeg(['-i', this.speechWav(), '-c:a', 'libopus', '-b:a', '32k', '-f', 'ogg', out]),
    );
  }

  speechM4a(): string {
    return this.make('speech.m4a', (out) =>
      ffmpeg(['-i', this.speechWav(), '-c:a', 'aac', '-b:a', '64k', '-f', 'mp4', out]),
    );
  }

  /** Long audio (tone) for duration limits. */
  longAudioWav(sec = 8): string {
    return this.make(`long-${sec}.wav`, (out) =>
      ffmpeg([
        '-f',
        'lavfi',
        '-i',
        `sine=frequency=300:sample_rate=8000`,
        '-t',
        String(sec),
        '-c:a',
        'pcm_s16le',
        out,
      ]),
    );
  }

  /** 3 s test pattern with a sine tone, VP8 + Opus in WebM, 320×240. */
  videoWebm(): string {
    return this.make('clip.webm', (out) =>
      ffmpeg([
        '-f',
        'lavfi',
        '-i',
        'testsrc=size=320x240:rate=10',
        '-f',
        'lavfi',
        '-i',
        'sine=frequency=440:sample_rate=48000',
        '-t',
        '3',
        '-c:v',
        'libvpx',
        '-b:v',
        '200k',
        '-c:a',
        'libopus',
        '-f',
        'webm',
        out,
      ]),
    );
  }

  /** 3 s H.264 + AAC MP4, 1280×720, with a location tag in its metadata. */
  videoMp4(): string {
    return this.make('clip.mp4', (out) =>
      ffmpeg([
        '-f',
        'lavfi',
        '-i',
        'testsrc=size=1280x720:rate=10',
        '-f',
        'lavfi',
        '-i',
        'sine=frequency=440:sample_rate=48000',
        '-t',
        '3',
        '-c:v',
        'libx264',
        '-preset',
        'ultrafast',
        '-pix_fmt',
        'yuv420p',
        '-c:a',
        'aac',
        '-metadata',
        'location=+48.8584+002.2945/',
        '-metadata',
        'title=SecretTitle',
        '-f',
        'mp4',
        out,
      ]),
    );
  }

  /** Video without sound. */
  videoSilentMp4(): string {
    return this.make('silent.mp4', (out) =>
      ffmpeg([
        '-f',
        'lavfi',
        '-i',
        'testsrc=size=320x240:rate=10',
        '-t',
        '2',
        '-c:v',
        'libx264',
        '-preset',
        'ultrafast',
        '-pix_fmt',
        'yuv420p',
        '-f',
        'mp4',
        out,
      ]),
    );
  }

  /** A tiny, cheap video of `sec` seconds (1 fps, 64×48) for duration limits. */
  longVideoMp4(sec = 8): string {
    return this.make(`long-${sec}.mp4`, (out) =>
      ffmpeg([
        '-f',
        'lavfi',
        '-i',
        'color=c=blue:size=64x48:rate=1',
        '-t',
        String(sec),
        '-c:v',
        'libx264',
        '-preset',
        'ultrafast',
        '-pix_fmt',
        'yuv420p',
        '-f',
        'mp4',
        out,
      ]),
    );
  }

  /** The bundled face-api sample photo (three faces), if the package is installed. */
  facePhoto(): string | null {
    const p = path.resolve('node_modules/@vladmandic/face-api/demo/sample1.jpg');
    return fs.existsSync(p) ? p : null;
  }

  jpeg(): string {
    return this.make('plain.jpg', (out) =>
      ffmpeg(['-f', 'lavfi', '-i', 'testsrc=size=320x240', '-frames:v', '1', '-f', 'mjpeg', out]),
    );
  }

  blankJpeg(): string {
    return this.make('blank.jpg', (out) =>
      ffmpeg(['-f', 'lavfi', '-i', 'color=c=gray:size=320x240', '-frames:v', '1', '-f', 'mjpeg', out]),
    );
  }

  png(): string {
    return this.make('plain.png', (out) =>
      ffmpeg([
        '-f',
        'lavfi',
        '-i',
        'testsrc=size=200x100',
        '-frames:v',
        '1',
        '-f',
        'image2',
        '-c:v',
        'png',
        out,
      ]),
    );
  }

  webp(): string {
    return this.make('plain.webp', (out) =>
      ffmpeg([
        '-f',
        'lavfi',
        '-i',
        'testsrc=size=200x100',
        '-frames:v',
        '1',
        '-c:v',
        'libwebp',
        '-f',
        'webp',
        out,
      ]),
    );
  }

  /** A JPEG carrying EXIF (camera make, GPS position, orientation), XMP with GPS, and a comment. */
  jpegWithGps(orientation = 1): string {
    return this.make(`gps-${orientation}.jpg`, (out) => {
      const jpeg = fs.readFileSync(this.jpeg());
      const segments = Buffer.concat([
        jpegSegment(0xe1, exifWithGps(orientation)),
        jpegSegment(
          0xe1,
          Buffer.concat([
            Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'),
            Buffer.from(XMP_GPS, 'utf8'),
          ]),
        ),
        jpegSegment(0xfe, Buffer.from('SecretComment', 'latin1')),
      ]);
      fs.writeFileSync(out, Buffer.concat([jpeg.subarray(0, 2), segments, jpeg.subarray(2)]));
    });
  }

  /** A PNG with eXIf (GPS) and tEXt chunks. */
  pngWithMetadata(): string {
    return this.make('meta.png', (out) => {
      const png = fs.readFileSync(this.png());
      const ihdrEnd = 8 + 12 + png.readUInt32BE(8);
      const extra = Buffer.concat([
        pngChunk('tEXt', Buffer.from('Comment\0SecretComment', 'latin1')),
        pngChunk('eXIf', exifWithGps(1).subarray(6)),
      ]);
      fs.writeFileSync(out, Buffer.concat([png.subarray(0, ihdrEnd), extra, png.subarray(ihdrEnd)]));
    });
  }

  /** A WebP (extended format, VP8X) with an EXIF chunk carrying GPS and an XMP chunk. */
  webpWithMetadata(): string {
    return this.make('meta.webp', (out) => {
      const webp = fs.readFileSync(this.webp());
      const body = webp.subarray(12); // the VP8 chunk
      const vp8x = Buffer.alloc(10);
      vp8x[0] = 0x08 | 0x04; // EXIF + XMP present
      vp8x.writeUIntLE(200 - 1, 4, 3);
      vp8x.writeUIntLE(100 - 1, 7, 3);
      const chunks = Buffer.concat([
        riffChunk('VP8X', vp8x),
        body,
        riffChunk('EXIF', exifWithGps(1).subarray(6)),
        riffChunk('XMP ', Buffer.from(XMP_GPS, 'utf8')),
      ]);
      const header = Buffer.alloc(12);
      header.write('RIFF', 0, 'latin1');
      header.writeUInt32LE(4 + chunks.length, 4);
      header.write('WEBP', 8, 'latin1');
      fs.writeFileSync(out, Buffer.concat([header, chunks]));
    });
  }

  /** The first `fraction` of a file's bytes. */
  truncated(file: string, fraction = 0.6): Buffer {
    const b = fs.readFileSync(file);
    return b.subarray(0, Math.floor(b.length * fraction));
  }

  /** A valid container header followed by random bytes (deterministic). */
  corruptContainer(file: string, keep = 300): Buffer {
    const b = fs.readFileSync(file);
    const noise = Buffer.alloc(Math.max(2000, b.length - keep));
    let seed = 42;
    for (let i = 0; i < noise.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      noise[i] = seed & 0xff;
    }
    return Buffer.concat([b.subarray(0, keep), noise]);
  }

  cleanup(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

export const XMP_GPS =
  '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="48,51.5N" exif:GPSLongitude="2,17.7E"/></rdf:RDF></x:xmpmeta>';

function jpegSegment(marker: number, payload: Buffer): Buffer {
  const h = Buffer.alloc(4);
  h[0] = 0xff;
  h[1] = marker;
  h.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([h, payload]);
}

/**
 * `Exif\0\0` + a little-endian TIFF block: IFD0 with Make ("SpyCam"), Orientation and a GPS IFD
 * pointer; the GPS IFD holds latitude 48°51'30" N and longitude 2°17'42" E.
 */
export function exifWithGps(orientation: number): Buffer {
  const t = Buffer.alloc(200);
  t.write('II', 0, 'latin1');
  t.writeUInt16LE(42, 2);
  t.writeUInt32LE(8, 4);
  // IFD0 at 8: 3 entries.
  let o = 8;
  t.writeUInt16LE(3, o);
  o += 2;
  const entry = (tag: number, type: number, count: number, value: number) => {
    t.writeUInt16LE(tag, o);
    t.writeUInt16LE(type, o + 2);
    t.writeUInt32LE(count, o + 4);
    t.writeUInt32LE(value, o + 8);
    o += 12;
  };
  const makeAt = 160;
  const gpsAt = 50;
  entry(0x010f, 2, 7, makeAt); // Make, ASCII
  entry(0x0112, 3, 1, orientation); // Orientation, SHORT (inline)
  entry(0x8825, 4, 1, gpsAt); // GPS IFD pointer
  t.writeUInt32LE(0, o); // no next IFD
  t.write('SpyCam\0', makeAt, 'latin1');
  // GPS IFD at 50: 4 entries.
  o = gpsAt;
  t.writeUInt16LE(4, o);
  o += 2;
  const latAt = 112;
  const lonAt = 136;
  entry(0x0001, 2, 2, 0x4e); // 'N'
  entry(0x0002, 5, 3, latAt);
  entry(0x0003, 2, 2, 0x45); // 'E'
  entry(0x0004, 5, 3, lonAt);
  t.writeUInt32LE(0, o);
  const rationals = (at: number, vals: number[]) =>
    vals.forEach((v, i) => (t.writeUInt32LE(v, at + i * 8), t.writeUInt32LE(1, at + i * 8 + 4)));
  rationals(latAt, [48, 51, 30]);
  rationals(lonAt, [2, 17, 42]);
  return Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), t]);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function riffChunk(type: string, data: Buffer): Buffer {
  const h = Buffer.alloc(8);
  h.write(type, 0, 'latin1');
  h.writeUInt32LE(data.length, 4);
  return Buffer.concat([h, data, data.length & 1 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}
