import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, publicConfig } from '../../../src/config/index.ts';

describe('loadConfig', () => {
  it('has safe embedded defaults', () => {
    const c = loadConfig({ env: {} });
    expect(c.host).toBe('127.0.0.1');
    expect(c.port).toBe(7860);
    expect(c.dataDir).toBe(path.resolve('./data'));
    expect(c.engine).toBe('builtin');
    expect(c.uiLocale).toBe('zh-CN');
  });

  it('reads CARELLM_* variables', () => {
    const c = loadConfig({
      env: {
        CARELLM_HOST: '0.0.0.0',
        CARELLM_PORT: '9000',
        CARELLM_DATA_DIR: '/tmp/x',
        CARELLM_UI_LOCALE: 'en',
      },
    });
    expect([c.host, c.port, c.dataDir, c.uiLocale]).toEqual(['0.0.0.0', 9000, '/tmp/x', 'en']);
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ env: { CARELLM_PORT: 'eighty' } })).toThrow(/CARELLM_PORT/);
    expect(() => loadConfig({ env: { CARELLM_PORT: '70000' } })).toThrow(/CARELLM_PORT must be between/);
    expect(() => loadConfig({ env: { CARELLM_ENGINE: 'gpt' } })).toThrow(/CARELLM_ENGINE must be one of/);
    expect(() => loadConfig({ env: { CARELLM_PROT: '1' } })).toThrow(/Unknown setting CARELLM_PROT/);
    expect(() => loadConfig({ env: { CARELLM_ENGINE: 'openai' } })).toThrow(
      /CARELLM_LLM_BASE_URL is required/,
    );
    expect(() => loadConfig({ env: { CARELLM_LLM_BASE_URL: 'ftp://x' } })).toThrow(ConfigError);
  });

  it('layers defaults < file < environment < overrides', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carellm-cfg-'));
    const file = path.join(dir, 'c.json');
    fs.writeFileSync(file, JSON.stringify({ port: 8000, uiLocale: 'en', llm: { model: 'qwen' } }));
    const c = loadConfig({ env: { CARELLM_PORT: '8001' }, file, overrides: { host: '::1' } });
    expect([c.port, c.uiLocale, c.llm.model, c.host]).toEqual([8001, 'en', 'qwen', '::1']);
    fs.writeFileSync(file, '{ nope');
    expect(() => loadConfig({ env: {}, file })).toThrow(/not valid JSON/);
    fs.writeFileSync(file, JSON.stringify({ port: 'x' }));
    expect(() => loadConfig({ env: {}, file })).toThrow(/Config file key "port"/);
    fs.rmSync(dir, { recursive: true });
  });

  it('freezes the result and hides secrets', () => {
    const c = loadConfig({ env: { CARELLM_LLM_API_KEY: 'sk-secret' } });
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.llm)).toBe(true);
    expect(() => {
      (c as { port: number }).port = 1;
    }).toThrow(TypeError);
    expect(JSON.stringify(publicConfig(c))).not.toContain('sk-secret');
  });

  it('never echoes a secret in an error', () => {
    try {
      loadConfig({ env: { CARELLM_LLM_API_KEY: 'sk-secret', CARELLM_PORT: 'bad' } });
    } catch (err) {
      expect((err as Error).message).not.toContain('sk-secret');
    }
  });
});
