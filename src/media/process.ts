/**
 * Runs ffmpeg, ffprobe and espeak-ng safely: an argument array (no shell interpolation), a fixed
 * `sh -c 'ulimit -v …; exec "$@"'` wrapper for the memory cap, a wall-clock timeout that kills the
 * process, bounded output, and stderr kept for the error. Inputs must be absolute paths the media
 * layer generated itself, so no user-supplied name or protocol ever reaches the tool.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { MediaError } from './errors.ts';
import { DEFAULT_PROCESS_LIMITS, type ProcessLimits } from './limits.ts';

export type ToolName = 'ffmpeg' | 'ffprobe' | 'espeak-ng';

export interface RunOptions {
  limits?: Partial<ProcessLimits>;
  /** Largest stdout kept, in bytes (raw frames need more); beyond it the run fails. */
  maxStdoutBytes?: number;
  /** Text written to stdin (espeak-ng reads its text there, so it never appears in argv). */
  stdin?: string;
}

export interface RunResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** A tool that ran and failed: the exit code and the tail of its stderr. */
export class ToolError extends Error {
  readonly tool: ToolName;
  readonly code: number | null;
  readonly stderr: string;
  readonly reason: 'exit' | 'timeout' | 'output-too-large' | 'missing';

  constructor(tool: ToolName, reason: ToolError['reason'], code: number | null, stderr: string) {
    super(`${tool} failed (${reason}${code !== null ? `, exit ${code}` : ''}): ${stderr.slice(-500).trim()}`);
    this.name = 'ToolError';
    this.tool = tool;
    this.reason = reason;
    this.code = code;
    this.stderr = stderr;
  }
}

const STDERR_KEEP = 16 * 1024;
// "$1" is the limit in KiB; the remaining arguments are the tool and its arguments, passed through untouched.
const ULIMIT_SCRIPT = 'ulimit -v "$1" || exit 125; shift; exec "$@"';

/** Throws unless `p` is an absolute, normalised file path (never a URL or a protocol such as `concat:`). */
export function assertSafeToolPath(p: string): void {
  if (!path.isAbsolute(p) || path.normalize(p) !== p || /[\n\r\0]/.test(p)) {
    throw new Error(
      `refusing to pass a non-absolute or unnormalised path to a media tool: ${JSON.stringify(p)}`,
    );
  }
}

export function runTool(
  tool: ToolName,
  args: readonly string[],
  options: RunOptions = {},
): Promise<RunResult> {
  const limits = { ...DEFAULT_PROCESS_LIMITS, ...options.limits };
  const maxStdout = options.maxStdoutBytes ?? 1024 * 1024;
  const kib = String(Math.max(1, Math.floor(limits.memoryBytes / 1024)));
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', ULIMIT_SCRIPT, 'sh', kib, tool, ...args], {
      stdio: [options.stdin !== undefined ? 'pipe' : 'ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C.UTF-8' },
    });
    const out: Buffer[] = [];
    let outBytes = 0;
    let stderr = '';
    let failure: ToolError['reason'] | null = null;
    const timer = setTimeout(() => {
      failure = 'timeout';
      child.kill('SIGKILL');
    }, limits.timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > maxStdout) {
        failure ??= 'output-too-large';
        child.kill('SIGKILL');
        return;
      }
      out.push(chunk);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEEP);
    });
    if (options.stdin !== undefined && child.stdin) {
      child.stdin.on('error', () => undefined); // the tool may exit before reading everything
      child.stdin.end(options.stdin, 'utf8');
    }
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failure) return reject(new ToolError(tool, failure, code, stderr));
      // 127 from sh: the tool itself is not installed.
      if (code === 127) return reject(new ToolError(tool, 'missing', code, stderr));
      if (code !== 0) return reject(new ToolError(tool, 'exit', code, stderr));
      resolve({ code: 0, stdout: Buffer.concat(out), stderr });
    });
  });
}

/** Maps a tool failure on user media to a client error; anything else is rethrown unchanged. */
export function toMediaError(err: unknown, onExit: 'MEDIA_CORRUPT' | 'MEDIA_PROCESSING_FAILED'): unknown {
  if (!(err instanceof ToolError)) return err;
  if (err.reason === 'missing') return new MediaError('MEDIA_TOOLS_MISSING', { tool: err.tool });
  if (err.reason === 'timeout') return new MediaError('MEDIA_PROCESSING_FAILED', { reason: 'timeout' });
  if (err.reason === 'output-too-large')
    return new MediaError('MEDIA_PROCESSING_FAILED', { reason: 'output' });
  if (/Cannot allocate memory|out of memory|std::bad_alloc/i.test(err.stderr)) {
    return new MediaError('MEDIA_PROCESSING_FAILED', { reason: 'memory' });
  }
  return new MediaError(onExit);
}

/** Whether a tool is installed (cached per process). */
const available = new Map<ToolName, Promise<boolean>>();
export function toolAvailable(tool: ToolName): Promise<boolean> {
  let p = available.get(tool);
  if (!p) {
    p = runTool(tool, tool === 'espeak-ng' ? ['--version'] : ['-version'], {
      limits: { timeoutMs: 10_000 },
    }).then(
      () => true,
      () => false,
    );
    available.set(tool, p);
  }
  return p;
}
