import type { Command } from 'commander';
import { loadConfig } from '../../config/index.ts';
import { isLocale, type Locale } from '../../core/index.ts';
import { openAIOptionsFromConfig } from '../../engines/openai/index.ts';
import { formatReport, runDoctor } from '../../engines/openai/doctor.ts';

export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description(
      'Check the configured model back end: reachable, model listed, each capability, time to first token',
    )
    .option('--config <file>', 'JSON config file (CARELLM_CONFIG)')
    .option('--video <file>', 'a short .mp4 to probe video input with')
    .option('--locale <locale>', 'zh-CN or en (default: CARELLM_UI_LOCALE)')
    .option('--json', 'print the report as JSON')
    .action(async (opts: { config?: string; video?: string; locale?: string; json?: boolean }) => {
      const config = loadConfig({ file: opts.config });
      if (opts.locale !== undefined && !isLocale(opts.locale))
        throw new Error('--locale must be zh-CN or en');
      const locale: Locale = (opts.locale as Locale | undefined) ?? config.uiLocale;
      if (config.engine !== 'openai') {
        process.stdout.write(
          locale === 'en'
            ? 'The built-in offline engine is selected (CARELLM_ENGINE=builtin); there is no model server to check. Set CARELLM_ENGINE=openai to use one (docs/backends.md).\n'
            : '当前使用内置离线引擎（CARELLM_ENGINE=builtin），没有需要检查的模型服务器。要使用模型服务器请设置 CARELLM_ENGINE=openai（见 docs/backends.md）。\n',
        );
        return;
      }
      const report = await runDoctor({
        ...openAIOptionsFromConfig(config),
        locale,
        ...(opts.video ? { videoFile: opts.video } : {}),
      });
      process.stdout.write(
        opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, locale)}\n`,
      );
      if (report.verdict === 'fail') process.exitCode = 1;
    });
}
