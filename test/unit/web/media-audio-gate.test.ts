import { describe, expect, it } from 'vitest';
import { SpokenAudioGate } from '../../../web/src/features/media/audio-gate.ts';

function gate() {
  const played: string[] = [];
  return { g: new SpokenAudioGate<string>((c) => played.push(c)), played };
}

describe('spoken reply audio waits for guarded text', () => {
  it('releases each chunk only once its sentence text has passed the output guard', () => {
    const { g, played } = gate();
    g.audio('a1', 'I hear you. ');
    g.audio('a2', 'That sounds');
    expect(played).toEqual([]); // no text yet: nothing is spoken
    g.text('I hear you. ');
    expect(played).toEqual(['a1']);
    g.audio('a3', ' really hard.');
    expect(played).toEqual(['a1']);
    g.text('That sounds really hard.');
    expect(played).toEqual(['a1', 'a2', 'a3']);
    g.end(true);
    expect(played).toEqual(['a1', 'a2', 'a3']);
  });

  it('ignores spacing, punctuation and case when matching (Chinese too)', () => {
    const { g, played } = gate();
    g.audio('z1', '我在这里，');
    g.audio('z2', '陪着你。');
    g.text('我在这里');
    expect(played).toEqual(['z1']);
    g.text('陪着你！');
    expect(played).toEqual(['z1', 'z2']);
  });

  it('withholds audio for a sentence the guard blocks, and everything after it', () => {
    const { g, played } = gate();
    g.audio('ok', 'You deserve support. ');
    g.text('You deserve support. ');
    g.audio('bad', 'Here is how to hurt yourself. ');
    g.audio('later', 'And more. ');
    // The guard replaced the sentence: the client gets `output-blocked` and a replacement text.
    g.block();
    g.text('I can’t help with that, but I’m here with you. ');
    g.audio('after', 'Anything else.');
    g.text('Here is how to hurt yourself. And more. Anything else.'); // even if it turned up later
    g.end(true);
    expect(played).toEqual(['ok']);
    expect(g.blocked).toBe(true);
  });

  it('never plays audio whose text did not arrive by the end of the turn', () => {
    const { g, played } = gate();
    g.audio('a1', 'Something the guard still held');
    g.end(true);
    expect(played).toEqual([]);
    g.text('Something the guard still held');
    expect(played).toEqual([]);
  });

  it('plays untranscribed audio only after a complete, unblocked reply', () => {
    const a = gate();
    a.g.audio('x1');
    a.g.text('Hello there.');
    expect(a.played).toEqual([]);
    a.g.end(true);
    expect(a.played).toEqual(['x1']);

    const b = gate();
    b.g.audio('x1');
    b.g.text('Hello there.');
    b.g.end(false); // stopped or failed
    expect(b.played).toEqual([]);

    const c = gate();
    c.g.audio('x1');
    c.g.block();
    c.g.end(true);
    expect(c.played).toEqual([]);
  });

  it('allows text that came before the speech (a preface the audio does not say)', () => {
    const { g, played } = gate();
    g.text('Before we go on: ');
    g.audio('a1', 'thank you for telling me.');
    g.text('thank you for telling me.');
    expect(played).toEqual(['a1']);
  });
});
