import type { Command } from 'commander';
import { loadConfig } from '../../config/index.ts';
import { startServer } from '../../server/index.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the web UI and the API (defaults: http://127.0.0.1:7860, SQLite in ./data)')
    .option('--host <host>', 'address to bind (CARELLM_HOST)')
    .option('--port <port>', 'port (CARELLM_PORT)')
    .option('--data-dir <dir>', 'data folder (CARELLM_DATA_DIR)')
    .option('--config <file>', 'JSON config file (CARELLM_CONFIG)')
    .action(async (opts: { host?: string; port?: string; dataDir?: string; config?: string }) => {
      const config = loadConfig({
        file: opts.config,
        overrides: { host: opts.host, port: opts.port, dataDir: opts.dataDir },
      });
      const server = await startServer(config);
      process.stdout.write(
        `CareLLM is listening on ${server.url} (engine: ${config.engine}, data: ${config.dataDir})\n`,
      );
      const stop = async () => {
        await server.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      await new Promise(() => {});
    });
}
