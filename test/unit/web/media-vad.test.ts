import { describe, expect, it } from 'vitest';
import { EnergyVad, levelDb } from '../../../web/src/features/media/vad.ts';

/** Feeds `ms` of readings at `db`, every 50 ms from `t`; returns the events and the next time. */
function feed(vad: EnergyVad, t: number, ms: number, db: number) {
  const events: Array<[string, number]> = [];
  for (let x = t; x < t + ms; x += 50) {
    const e = vad.push(db, x);
    if (e) events.push([e, x]);
  }
  return { events, t: t + ms };
}

describe('energy VAD (hands-free turn ending)', () => {
  it('measures levels in dBFS, silence as -Infinity', () => {
    expect(levelDb(new Float32Array(256))).toBe(-Infinity);
    expect(levelDb(new Float32Array(256).fill(0.5))).toBeCloseTo(-6.02, 1);
  });

  it('starts on speech and ends the turn after the hangover of quiet', () => {
    const vad = new EnergyVad({ hangoverMs: 1200 });
    let r = feed(vad, 0, 1000, -Infinity);
    expect(r.events).toEqual([]);
    r = feed(vad, r.t, 2000, -20);
    expect(r.events.map((e) => e[0])).toEqual(['speech-start']);
    expect(vad.state).toBe('speech');
    // 1.1 s of quiet is not enough.
    r = feed(vad, r.t, 1100, -Infinity);
    expect(r.events).toEqual([]);
    expect(vad.state).toBe('trailing');
    r = feed(vad, r.t, 200, -Infinity);
    expect(r.events.map((e) => e[0])).toEqual(['end']);
    expect(r.events[0]![1] - 3000).toBeGreaterThanOrEqual(1200);
    expect(vad.state).toBe('ended');
  });

  it('keeps the turn open across short pauses between words', () => {
    const vad = new EnergyVad({ hangoverMs: 1200, calibrateMs: 0 });
    let r = feed(vad, 0, 800, -25);
    for (let i = 0; i < 5; i++) {
      r = feed(vad, r.t, 700, -70);
      expect(r.events).toEqual([]);
      r = feed(vad, r.t, 500, -25);
    }
    expect(vad.state).toBe('speech');
  });

  it('ignores clicks shorter than the minimum speech length', () => {
    const vad = new EnergyVad({ minSpeechMs: 150, calibrateMs: 0 });
    let r = feed(vad, 0, 100, -15);
    r = feed(vad, r.t, 1000, -70);
    expect(r.events).toEqual([]);
    expect(vad.state).toBe('waiting');
  });

  it('follows the room: steady noise below the margin is not speech', () => {
    const vad = new EnergyVad({ marginDb: 12, minThresholdDb: -50 });
    let r = feed(vad, 0, 3000, -40); // a noisy room
    expect(r.events).toEqual([]);
    expect(vad.thresholdDb).toBeGreaterThan(-40);
    r = feed(vad, r.t, 1000, -35); // noise rising a little
    expect(r.events).toEqual([]);
    r = feed(vad, r.t, 500, -18); // speech over it
    expect(r.events.map((e) => e[0])).toEqual(['speech-start']);
  });

  it('uses a configurable hangover and a maximum turn length', () => {
    const quick = new EnergyVad({ hangoverMs: 500 });
    let r = feed(quick, 0, 500, -80);
    r = feed(quick, r.t, 500, -20);
    expect(r.events.map((e) => e[0])).toEqual(['speech-start']);
    r = feed(quick, r.t, 600, -80);
    expect(r.events.map((e) => e[0])).toEqual(['end']);

    const capped = new EnergyVad({ maxTurnMs: 2000, calibrateMs: 0 });
    r = feed(capped, 0, 3000, -20);
    expect(r.events.map((e) => e[0])).toEqual(['speech-start', 'max-length']);
  });

  it('waits for speech again after reset', () => {
    const vad = new EnergyVad({ hangoverMs: 300, calibrateMs: 0 });
    let r = feed(vad, 0, 500, -20);
    r = feed(vad, r.t, 400, -80);
    expect(vad.state).toBe('ended');
    vad.reset();
    r = feed(vad, r.t, 1000, -80);
    expect(r.events).toEqual([]);
    r = feed(vad, r.t, 400, -20);
    expect(r.events.map((e) => e[0])).toEqual(['speech-start']);
  });
});
