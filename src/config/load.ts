import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, SETTINGS, type Config, type Setting } from './schema.ts';

export interface LoadOptions {
  /** Environment to read; defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** Path of a JSON config file; defaults to $CARELLM_CONFIG, then ./carellm.config.json if present. */
  file?: string;
  /** Values that win over file and environment (used by CLI flags and tests). */
  overrides?: Record<string, unknown>;
}

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const parts = dotted.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1]!] = value;
}

function getPath(source: Record<string, unknown>, dotted: string): unknown {
  let node: unknown = source;
  for (const part of dotted.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function readFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`Cannot read config file ${file}: ${(err as Error).message}`);
  }
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('top level must be an object');
    return parsed as Record<string, unknown>;
  } catch (err) {
    throw new ConfigError(`Config file ${file} is not valid JSON: ${(err as Error).message}`);
  }
}

function parseOne(setting: Setting, raw: unknown, origin: string): unknown {
  const text =
    typeof raw === 'string' ? raw : typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : null;
  if (text === null) throw new ConfigError(`${origin} must be a string or number`);
  try {
    return setting.parse(text);
  } catch (err) {
    throw new ConfigError(
      `${origin} ${(err as Error).message} (got ${setting.secret ? '<hidden>' : JSON.stringify(text)})`,
    );
  }
}

/**
 * Reads defaults, then the config file, then CARELLM_* variables, then overrides; validates every value
 * once and returns a frozen object. Errors name the variable (or file key) at fault.
 */
export function loadConfig(options: LoadOptions = {}): Readonly<Config> {
  const env = options.env ?? process.env;
  const file =
    options.file ??
    env.CARELLM_CONFIG ??
    (fs.existsSync('carellm.config.json') ? 'carellm.config.json' : undefined);
  const fromFile = file ? readFile(file) : {};
  const known = new Set(SETTINGS.map((s) => s.env));
  const unknown = Object.keys(env).filter(
    (k) =>
      k.startsWith('CARELLM_') && !known.has(k) && k !== 'CARELLM_CONFIG' && !k.startsWith('CARELLM_TEST_'),
  );
  if (unknown.length > 0) {
    throw new ConfigError(`Unknown setting ${unknown.join(', ')}; known settings: ${[...known].join(', ')}`);
  }

  const out: Record<string, unknown> = {};
  for (const s of SETTINGS) {
    let value = s.default;
    const fileValue = getPath(fromFile, s.key);
    if (fileValue !== undefined) value = parseOne(s, fileValue, `Config file key "${s.key}"`);
    const envValue = env[s.env];
    if (envValue !== undefined) value = parseOne(s, envValue, s.env);
    const override = options.overrides?.[s.key];
    if (override !== undefined) value = parseOne(s, override, `Option ${s.key}`);
    setPath(out, s.key, value);
  }
  const config = out as unknown as Config;
  config.dataDir = path.resolve(config.dataDir);
  if (config.engine === 'openai') {
    if (!config.llm.baseUrl)
      throw new ConfigError('CARELLM_LLM_BASE_URL is required when CARELLM_ENGINE=openai');
    if (!config.llm.model) throw new ConfigError('CARELLM_LLM_MODEL is required when CARELLM_ENGINE=openai');
  }
  return deepFreeze(config);
}

/** The config with secrets masked, safe to print or return from an API. */
export function publicConfig(config: Config): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(config)) as Record<string, unknown>;
  for (const s of SETTINGS) if (s.secret && getPath(copy, s.key)) setPath(copy, s.key, '***');
  return copy;
}
