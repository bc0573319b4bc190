/**
 * Output guard: holds the engine's text until a sentence boundary (Chinese or English), checks
 * each sentence against the guard rules, releases safe sentences and replaces unsafe ones with a
 * fixed supportive text. One regex pass per sentence keeps the cost small.
 */
import type { GuardOutput, OutputGuard, OutputGuardFactory } from '../core/stages.ts';
import type { Locale } from '../core/types.ts';
import { GUARD_RULES } from './data/output-guard-rules.ts';
import { normalise } from './normalize.ts';
import { guardReplacement, type GuardCategory } from './protocol.ts';

/** Longest text held without a sentence boundary before it is checked and released anyway. */
const MAX_HOLD = 400;

export interface GuardVerdict {
  category: GuardCategory;
  rule: string;
}

/** Checks one sentence; null when it may be shown. */
export function checkSentence(sentence: string): GuardVerdict | null {
  const t = normalise(sentence).text;
  for (const rule of GUARD_RULES) {
    if (rule.re.test(t) && !(rule.unless?.test(t) ?? false))
      return { category: rule.category, rule: rule.id };
  }
  return null;
}

/**
 * Index just after the last complete sentence in `buf`, or 0. A '.' counts only when followed by
 * whitespace (so "2.5" and "e.g" inside a word do not split), which means a trailing '.' waits for
 * the next chunk or for `end()`.
 */
function lastBoundary(buf: string): number {
  let cut = 0;
  for (let i = 0; i < buf.length; i++) {
    const ch = buf[i]!;
    if ('。！？!?；;\n…'.includes(ch)) {
      let j = i + 1;
      while (j < buf.length && '"”’）)」』'.includes(buf[j]!)) j++;
      cut = j;
    } else if (ch === '.' && i + 1 < buf.length && /\s/u.test(buf[i + 1]!)) {
      cut = i + 2;
    }
  }
  return cut;
}

function splitSentences(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  for (;;) {
    let idx = -1;
    for (let i = 0; i < rest.length; i++) {
      const ch = rest[i]!;
      if (
        '。！？!?；;\n…'.includes(ch) ||
        (ch === '.' && (i + 1 === rest.length || /\s/u.test(rest[i + 1]!)))
      ) {
        idx = i + 1;
        while (idx < rest.length && ('"”’）)」』'.includes(rest[idx]!) || /\s/u.test(rest[idx]!))) idx++;
        break;
      }
    }
    if (idx < 0 || idx >= rest.length) {
      if (rest) out.push(rest);
      return out;
    }
    out.push(rest.slice(0, idx));
    rest = rest.slice(idx);
  }
}

export class SentenceGuard implements OutputGuard {
  private buffer = '';
  private readonly blocked = new Set<GuardCategory>();

  constructor(private readonly locale: Locale) {}

  push(text: string): GuardOutput[] {
    this.buffer += text;
    let cut = lastBoundary(this.buffer);
    if (cut === 0 && this.buffer.length > MAX_HOLD) cut = this.buffer.length;
    if (cut === 0) return [];
    const ready = this.buffer.slice(0, cut);
    this.buffer = this.buffer.slice(cut);
    return this.check(ready);
  }

  end(): GuardOutput[] {
    const rest = this.buffer;
    this.buffer = '';
    return rest ? this.check(rest) : [];
  }

  private check(text: string): GuardOutput[] {
    const outputs: GuardOutput[] = [];
    let safe = '';
    for (const sentence of splitSentences(text)) {
      const verdict = checkSentence(sentence);
      if (!verdict) {
        safe += sentence;
        continue;
      }
      if (safe) outputs.push({ type: 'text', text: safe });
      safe = '';
      // One replacement per category per reply: repeated blocks stay silent.
      const first = !this.blocked.has(verdict.category);
      this.blocked.add(verdict.category);
      outputs.push({
        type: 'blocked',
        action: {
          kind: 'output-blocked',
          action: 'replaced',
          category: verdict.category,
          rule: verdict.rule,
        },
        replacement: first
          ? guardReplacement(this.locale, verdict.category) + (/\s$/u.test(sentence) ? ' ' : '')
          : '',
      });
    }
    if (safe) outputs.push({ type: 'text', text: safe });
    return outputs;
  }
}

export function createOutputGuard(): OutputGuardFactory {
  return {
    name: 'carellm-output-guard@1',
    create: (ctx) => new SentenceGuard(ctx.locale),
  };
}
