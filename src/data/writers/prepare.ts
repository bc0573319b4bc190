import templates from '../templates.json' with { type: 'json' };
import { detectLanguage } from '../clean/language.ts';
import type { Conversation, Turn } from '../types.ts';

export interface TrainingExample {
  system?: string;
  /** Strictly alternating user/assistant turns, starting with user and ending with assistant. */
  turns: Turn[];
}

/**
 * What every trainer format needs: alternating user/assistant pairs. Consecutive turns of one role are
 * merged, leading assistant turns and a trailing user turn are dropped. Classification records become
 * an instruction (template from templates.json) answered by their labels. Returns a reason when nothing
 * trainable is left. The returned turns may be the conversation's own objects: read, don't mutate.
 */
export function toTrainingExample(conv: Conversation): TrainingExample | string {
  let turns: Turn[];
  if (conv.task === 'classification') {
    const text = conv.turns.map((t) => t.content).join('\n\n');
    if (!conv.labels || conv.labels.length === 0) return 'classification record without labels';
    const kindName = (templates.sources as Record<string, string>)[conv.provenance.source] ?? templates.defaultKind;
    const kind = (templates.kinds as Record<string, Record<string, string>>)[kindName] as Record<string, string>;
    const locale = detectLanguage(text) === 'zh' ? 'zh-CN' : 'en';
    const prompt = (kind[locale] as string).replace('{text}', text);
    const media = conv.turns.flatMap((t) => t.media ?? []);
    const user: Turn = { role: 'user', content: prompt };
    if (media.length > 0) user.media = media;
    turns = [user, { role: 'assistant', content: conv.labels.join(', ') }];
  } else if (alreadyAlternating(conv.turns)) {
    // Nothing to merge or drop: use the turns as they are (formats only read them).
    turns = conv.turns;
  } else {
    turns = [];
    for (const t of conv.turns) {
      if (t.role === 'system') continue;
      const last = turns[turns.length - 1];
      if (last && last.role === t.role) {
        last.content = last.content && t.content ? `${last.content}\n${t.content}` : last.content || t.content;
        if (t.media) last.media = [...(last.media ?? []), ...t.media];
      } else turns.push({ ...t, ...(t.media ? { media: [...t.media] } : {}) });
    }
    while (turns[0] && turns[0].role !== 'user') turns.shift();
    if (turns.length > 0 && turns[turns.length - 1]?.role !== 'assistant') turns.pop();
  }
  if (turns.length < 2) return 'no user→assistant exchange to train on';
  return conv.system !== undefined && conv.system !== '' ? { system: conv.system, turns } : { turns };
}

/** True when turns already go user, assistant, user, … assistant with no system turns. */
function alreadyAlternating(turns: Turn[]): boolean {
  const n = turns.length;
  if (n < 2 || n % 2 !== 0) return false;
  for (let i = 0; i < n; i++) if ((turns[i] as Turn).role !== (i % 2 === 0 ? 'user' : 'assistant')) return false;
  return true;
}
