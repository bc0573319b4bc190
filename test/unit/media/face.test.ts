import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPRESSIONS, combineFrames, ingestUpload, type FaceCues } from '../../../src/media/index.ts';
import { MediaFixtures, tempDir } from '../../support/media-fixtures.ts';

const fx = new MediaFixtures();
const dataDir = tempDir();
afterAll(() => {
  fx.cleanup();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('facial-expression cues (face-api, WASM backend)', () => {
  const sample = fx.facePhoto();

  it.skipIf(!sample)(
    'finds the faces in the bundled sample photo with expressions, and none in a blank picture',
    async () => {
      const res = await ingestUpload({
        dataDir,
        sessionId: 'ses_face',
        kind: 'image',
        buffer: fs.readFileSync(sample!),
      });
      const face = res.cues.face as Extract<FaceCues, { available: true }>;
      expect(face.available).toBe(true);
      expect(face.faces.length).toBeGreaterThanOrEqual(2);
      const sum = EXPRESSIONS.reduce((s, e) => s + face.expressions![e], 0);
      expect(sum).toBeGreaterThan(0.97);
      expect(sum).toBeLessThan(1.03);
      expect(EXPRESSIONS).toContain(face.dominant);
      expect(face.confidence).toBeGreaterThan(0);
      expect(face.confidence).toBeLessThanOrEqual(0.6);

      const blank = await ingestUpload({
        dataDir,
        sessionId: 'ses_face',
        kind: 'image',
        buffer: fs.readFileSync(fx.blankJpeg()),
      });
      expect(blank.cues.face).toMatchObject({ available: true, faces: [], confidence: 0 });
      expect((blank.cues.face as { dominant?: string }).dominant).toBeUndefined();
    },
  );

  it('combines video frames: averages the main face and scales confidence by frames with a face', () => {
    const withFace = (happy: number): FaceCues => ({
      available: true,
      analyser: 'x',
      faces: [
        {
          score: 0.9,
          box: { x: 0, y: 0, width: 1, height: 1 },
          expressions: {
            neutral: 1 - happy,
            happy,
            sad: 0,
            angry: 0,
            fearful: 0,
            disgusted: 0,
            surprised: 0,
          },
          dominant: 'happy',
        },
      ],
      expressions: { neutral: 1 - happy, happy, sad: 0, angry: 0, fearful: 0, disgusted: 0, surprised: 0 },
      dominant: happy > 0.5 ? 'happy' : 'neutral',
      confidence: 0.5,
    });
    const none: FaceCues = { available: true, analyser: 'x', faces: [], confidence: 0 };
    const c = combineFrames([withFace(0.9), withFace(0.7), none, none]);
    expect(c).toMatchObject({
      available: true,
      dominant: 'happy',
      framesWithFace: 2,
      framesAnalysed: 4,
      confidence: 0.25,
    });
    expect((c as { expressions: { happy: number } }).expressions.happy).toBeCloseTo(0.8, 5);
  });
});
