/**
 * Facial-expression cues in Node with @vladmandic/face-api on the tfjs WASM backend (the model
 * weights ship inside the npm package). Loaded lazily on first use, because it is heavy, and
 * optional: when the packages are absent the result says "unavailable" instead of failing.
 *
 * face-api's Node build requires `@tensorflow/tfjs` (the 300 MB umbrella package), but it only uses
 * tfjs-core ops. We install tfjs-core + tfjs-backend-wasm only, point that one `require` at
 * tfjs-core, and add the tensor methods (`t.as3D()`, …) that the umbrella package would register.
 * When `@tensorflow/tfjs` is installed anyway, it is used as is.
 */
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import type { Locale } from '../core/types.ts';
import type { RgbImage } from './image.ts';

export const EXPRESSIONS = ['neutral', 'happy', 'sad', 'angry', 'fearful', 'disgusted', 'surprised'] as const;
export type Expression = (typeof EXPRESSIONS)[number];

export interface DetectedFace {
  /** Detector score, 0 … 1. */
  score: number;
  /** Box relative to the picture, 0 … 1. */
  box: { x: number; y: number; width: number; height: number };
  expressions: Record<Expression, number>;
  dominant: Expression;
}

export interface FaceCuesAvailable {
  available: true;
  analyser: string;
  faces: DetectedFace[];
  /** Expression probabilities of the main (largest) face, or averaged over frames for video. */
  expressions?: Record<Expression, number>;
  dominant?: Expression;
  /** 0 when no face was found; otherwise detector score × expression certainty, capped at 0.6. */
  confidence: number;
  /** For video: how many sampled frames showed a face. */
  framesWithFace?: number;
  framesAnalysed?: number;
}

export interface FaceCuesUnavailable {
  available: false;
  reason: Record<Locale, string>;
}

export type FaceCues = FaceCuesAvailable | FaceCuesUnavailable;

export const FACE_UNAVAILABLE: Record<Locale, string> = {
  en: 'Facial-expression analysis is not installed on this server (@vladmandic/face-api and @tensorflow/tfjs-backend-wasm).',
  'zh-CN': '此服务器未安装面部表情分析组件（@vladmandic/face-api 与 @tensorflow/tfjs-backend-wasm）。',
};

const ANALYSER = 'face-api/1.7.15+tfjs-wasm';
// Expression nets are trained on posed photos; even a clear face is only a hint about feeling.
const MAX_CONFIDENCE = 0.6;

/* Minimal structural types for the parts of face-api we call. */
interface TfTensor {
  dispose(): void;
}
interface TfLike {
  Tensor: { prototype: Record<string, unknown> } & (new (...a: never[]) => unknown);
  tensor3d(data: Uint8Array, shape: [number, number, number], dtype: 'int32'): TfTensor;
  setBackend(name: string): Promise<boolean>;
  ready(): Promise<void>;
  setWasmPaths?(prefix: string): void;
  [op: string]: unknown;
}
interface FaceApiResult {
  detection: { score: number; relativeBox: { x: number; y: number; width: number; height: number } };
  expressions: Record<string, number>;
}
interface FaceApiLike {
  tf: TfLike;
  nets: Record<string, { loadFromDisk(dir: string): Promise<void> }>;
  SsdMobilenetv1Options: new (o: { minConfidence: number }) => unknown;
  TinyFaceDetectorOptions: new (o: { inputSize: number; scoreThreshold: number }) => unknown;
  detectAllFaces(
    input: TfTensor,
    options: unknown,
  ): { withFaceLandmarks(): { withFaceExpressions(): Promise<FaceApiResult[]> } };
}

const require = createRequire(import.meta.url);
let loading: Promise<FaceApiLike | null> | null = null;

/** Tensor methods that `@tensorflow/tfjs` registers on top of tfjs-core (its "chained ops"). */
function registerChainedOps(tf: TfLike): void {
  const proto = tf.Tensor.prototype as Record<string, unknown>;
  const def = (name: string, fn: (this: unknown, ...a: unknown[]) => unknown) => {
    if (!(name in proto)) proto[name] = fn;
  };
  const op = (name: string) => tf[name] as (...a: unknown[]) => unknown;
  const same =
    'abs acos acosh add all any argMax argMin asin asinh atan atan2 atanh batchToSpaceND batchNorm broadcastTo cast ceil clipByValue conv1d conv2d cos cosh cumprod cumsum depthToSpace div divNoNan dot elu equal erf euclideanNorm exp expandDims expm1 fft floor floorDiv gather greater greaterEqual ifft irfft isFinite isInf isNaN leakyRelu less lessEqual log log1p logSigmoid logSoftmax logSumExp logicalAnd logicalNot logicalOr logicalXor matMul max maximum mean min minimum mirrorPad mod mul neg norm notEqual oneHot onesLike pad pool pow prelu prod reciprocal relu relu6 reshape reverse rfft round rsqrt selu sigmoid sign sin sinh slice softmax softplus spaceToBatchND split sqrt square squaredDifference squeeze step stridedSlice sub sum tan tanh tile topk transpose unique unstack zerosLike';
  for (const name of same.split(' ')) {
    if (typeof tf[name] === 'function')
      def(name, function (...a) {
        return op(name)(this, ...a);
      });
  }
  const reshape = op('reshape');
  const cast = op('cast');
  type Shaped = { shape: number[]; size: number };
  def('flatten', function () {
    return reshape(this, [(this as Shaped).size]);
  });
  def('as1D', function () {
    return reshape(this, [(this as Shaped).size]);
  });
  def('as2D', function (r, c) {
    return reshape(this, [r, c]);
  });
  def('as3D', function (r, c, d) {
    return reshape(this, [r, c, d]);
  });
  def('as4D', function (r, c, d, e) {
    return reshape(this, [r, c, d, e]);
  });
  def('as5D', function (r, c, d, e, f) {
    return reshape(this, [r, c, d, e, f]);
  });
  def('asScalar', function () {
    return reshape(this, []);
  });
  def('asType', function (t) {
    return cast(this, t);
  });
  def('toFloat', function () {
    return cast(this, 'float32');
  });
  def('toInt', function () {
    return cast(this, 'int32');
  });
  def('toBool', function () {
    return cast(this, 'bool');
  });
  def('reshapeAs', function (x) {
    return reshape(this, (x as Shaped).shape);
  });
  const list = (x: unknown) =>
    x instanceof (tf.Tensor as unknown as new () => unknown) ? [x] : (x as unknown[]);
  def('concat', function (x, axis) {
    return op('concat')([this, ...list(x)], axis);
  });
  def('stack', function (x, axis) {
    return op('stack')([this, ...list(x)], axis);
  });
  def('where', function (c, x) {
    return op('where')(c, this, x);
  });
}

function requireFaceApi(): FaceApiLike {
  let hasUmbrella = true;
  try {
    require.resolve('@tensorflow/tfjs');
  } catch {
    hasUmbrella = false;
  }
  if (hasUmbrella) return require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApiLike;
  registerChainedOps(require('@tensorflow/tfjs-core') as TfLike);
  const mod = Module as unknown as { _resolveFilename: (req: string, ...rest: unknown[]) => string };
  const original = mod._resolveFilename;
  mod._resolveFilename = function (request: string, ...rest: unknown[]) {
    return original.call(this, request === '@tensorflow/tfjs' ? '@tensorflow/tfjs-core' : request, ...rest);
  };
  try {
    return require('@vladmandic/face-api/dist/face-api.node-wasm.js') as FaceApiLike;
  } finally {
    mod._resolveFilename = original;
  }
}

async function load(): Promise<FaceApiLike | null> {
  let api: FaceApiLike;
  try {
    api = requireFaceApi();
  } catch {
    return null;
  }
  const wasmDir = path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm')) + path.sep;
  api.tf.setWasmPaths?.(wasmDir);
  if (!(await api.tf.setBackend('wasm'))) return null;
  await api.tf.ready();
  const modelDir = path.join(path.dirname(require.resolve('@vladmandic/face-api/package.json')), 'model');
  for (const net of ['ssdMobilenetv1', 'tinyFaceDetector', 'faceLandmark68Net', 'faceExpressionNet']) {
    await api.nets[net]!.loadFromDisk(modelDir);
  }
  return api;
}

/** Loads face-api once; resolves to null when it is not installed or cannot start. */
export function loadFaceApi(): Promise<FaceApiLike | null> {
  loading ??= load().catch(() => null);
  return loading;
}

export async function faceAnalysisAvailable(): Promise<boolean> {
  return (await loadFaceApi()) !== null;
}

// One analysis at a time: the WASM backend is single-threaded and memory is shared.
let queue: Promise<unknown> = Promise.resolve();

export interface FaceOptions {
  detector?: 'ssd' | 'tiny';
  minScore?: number;
}

/** Detects faces and their expressions in an RGB picture. */
export async function analyseFaces(image: RgbImage, options: FaceOptions = {}): Promise<FaceCues> {
  const api = await loadFaceApi();
  if (!api) return { available: false, reason: FACE_UNAVAILABLE };
  const run = async (): Promise<FaceCues> => {
    const minScore = options.minScore ?? 0.5;
    const opts =
      options.detector === 'tiny'
        ? new api.TinyFaceDetectorOptions({ inputSize: 416, scoreThreshold: minScore })
        : new api.SsdMobilenetv1Options({ minConfidence: minScore });
    const tensor = api.tf.tensor3d(image.data, [image.height, image.width, 3], 'int32');
    let results: FaceApiResult[];
    try {
      results = await api.detectAllFaces(tensor, opts).withFaceLandmarks().withFaceExpressions();
    } finally {
      tensor.dispose();
    }
    const faces = results.map(toFace).sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height);
    const main = faces[0];
    const out: FaceCuesAvailable = { available: true, analyser: ANALYSER, faces, confidence: 0 };
    if (main) {
      out.expressions = main.expressions;
      out.dominant = main.dominant;
      out.confidence = round(Math.min(MAX_CONFIDENCE, main.score * main.expressions[main.dominant]));
    }
    return out;
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

function toFace(r: FaceApiResult): DetectedFace {
  const expressions = Object.fromEntries(EXPRESSIONS.map((e) => [e, round(r.expressions[e] ?? 0)])) as Record<
    Expression,
    number
  >;
  const box = r.detection.relativeBox;
  return {
    score: round(r.detection.score),
    box: { x: round(box.x), y: round(box.y), width: round(box.width), height: round(box.height) },
    expressions,
    dominant: dominantOf(expressions),
  };
}

function dominantOf(expressions: Record<Expression, number>): Expression {
  return EXPRESSIONS.reduce((best, e) => (expressions[e] > expressions[best] ? e : best), EXPRESSIONS[0]);
}

/** Combines per-frame results (video): the main face's expressions averaged over frames with a face. */
export function combineFrames(frames: FaceCues[]): FaceCues {
  const usable = frames.filter((f): f is FaceCuesAvailable => f.available);
  if (usable.length === 0) return frames[0] ?? { available: false, reason: FACE_UNAVAILABLE };
  const withFace = usable.filter((f) => f.expressions);
  const out: FaceCuesAvailable = {
    available: true,
    analyser: ANALYSER,
    faces: withFace.map((f) => f.faces[0]!),
    confidence: 0,
    framesWithFace: withFace.length,
    framesAnalysed: usable.length,
  };
  if (withFace.length) {
    const avg = Object.fromEntries(
      EXPRESSIONS.map((e) => [
        e,
        round(withFace.reduce((s, f) => s + f.expressions![e], 0) / withFace.length),
      ]),
    ) as Record<Expression, number>;
    out.expressions = avg;
    out.dominant = dominantOf(avg);
    const meanConf = withFace.reduce((s, f) => s + f.confidence, 0) / withFace.length;
    out.confidence = round(meanConf * (withFace.length / usable.length));
  }
  return out;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
