import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { analyseVoice, parseWav } from '../../../src/media/index.ts';
import { yinPitch } from '../../../src/media/voice-cues.ts';
import { MediaFixtures } from '../../support/media-fixtures.ts';

const fx = new MediaFixtures();
afterAll(() => fx.cleanup());

/** Resamples with ffmpeg to 16 kHz mono and returns the samples. */
function pcm16k(file: string): Float32Array {
  const wav = execFileSync('ffmpeg', [
    '-v',
    'error',
    '-i',
    file,
    '-ar',
    '16000',
    '-ac',
    '1',
    '-c:a',
    'pcm_s16le',
    '-f',
    'wav',
    '-',
  ]);
  return parseWav(wav).samples;
}

describe('voice cues', () => {
  it('YIN finds the pitch of a pure tone', () => {
    const sr = 16000;
    const s = new Float32Array(sr);
    for (let i = 0; i < s.length; i++) s[i] = 0.5 * Math.sin((2 * Math.PI * 220 * i) / sr);
    expect(yinPitch(s, 1000, sr)).toBeCloseTo(220, 0);
  });

  it('espeak speech: speech detected, plausible pitch and pace, low confidence', () => {
    const cues = analyseVoice(pcm16k(fx.speechWav()));
    expect(cues.speechDetected).toBe(true);
    expect(cues.features.speechSec).toBeGreaterThan(1.5);
    expect(cues.features.pitchMedianHz).toBeGreaterThan(70);
    expect(cues.features.pitchMedianHz).toBeLessThan(300);
    expect(cues.features.syllableRate).toBeGreaterThan(1);
    expect(cues.features.syllableRate).toBeLessThan(10);
    expect(cues.arousal.confidence).toBeGreaterThan(0);
    expect(cues.arousal.confidence).toBeLessThanOrEqual(0.3);
    expect(cues.tension.confidence).toBeLessThanOrEqual(0.2);
    expect(cues.note.en).toMatch(/weak signal/i);
    expect(cues.note['zh-CN']).toContain('弱信号');
  });

  it('Mandarin speech is analysed too', () => {
    expect(analyseVoice(pcm16k(fx.speechZhWav())).speechDetected).toBe(true);
  });

  it('silence: no speech, zero confidence', () => {
    const cues = analyseVoice(pcm16k(fx.silenceWav()));
    expect(cues.speechDetected).toBe(false);
    expect(cues.arousal.confidence).toBe(0);
    expect(cues.tension.confidence).toBe(0);
  });

  it('pauses between two utterances are counted', () => {
    const speech = pcm16k(fx.speechWav());
    const gap = new Float32Array(16000); // 1 s of silence
    const joined = new Float32Array(speech.length * 2 + gap.length);
    joined.set(speech, 0);
    joined.set(gap, speech.length);
    joined.set(speech, speech.length + gap.length);
    const one = analyseVoice(speech);
    const two = analyseVoice(joined);
    expect(two.features.pauseCount).toBeGreaterThan(one.features.pauseCount);
    expect(two.features.longestPauseSec).toBeGreaterThanOrEqual(0.9);
  });

  it('louder speech reads as higher arousal than the same speech much quieter', () => {
    const speech = pcm16k(fx.speechWav());
    const quiet = speech.map((x) => x * 0.05);
    expect(analyseVoice(speech).arousal.value).toBeGreaterThan(analyseVoice(quiet).arousal.value);
  });
});
