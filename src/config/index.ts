export { loadConfig, publicConfig, type LoadOptions } from './load.ts';
export { ConfigError, SETTINGS, type Config, type Setting } from './schema.ts';
