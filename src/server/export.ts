import type { AnalysisRecord, Message, Session } from '../core/index.ts';

const LABELS = {
  'zh-CN': {
    user: '我',
    assistant: 'CareLLM',
    system: '系统',
    exported: '导出时间',
    created: '创建时间',
    untitled: '未命名会话',
    interrupted: '（回复被中断）',
    error: '（回复出错）',
    disclaimer:
      '> CareLLM 是研究工具，不能替代专业的心理咨询或医疗帮助。如果你有危险，请立即拨打当地急救电话或心理援助热线（如 12356）。',
  },
  en: {
    user: 'You',
    assistant: 'CareLLM',
    system: 'System',
    exported: 'Exported',
    created: 'Created',
    untitled: 'Untitled conversation',
    interrupted: '(reply interrupted)',
    error: '(reply failed)',
    disclaimer:
      '> CareLLM is a research tool, not a substitute for professional help. If you are in danger, call your local emergency number or a crisis line now.',
  },
} as const;

export interface SessionExport {
  format: 'carellm-session';
  version: 1;
  exportedAt: string;
  session: Session;
  messages: Message[];
  analyses: AnalysisRecord[];
}

export function exportJson(session: Session, messages: Message[], analyses: AnalysisRecord[]): SessionExport {
  return {
    format: 'carellm-session',
    version: 1,
    exportedAt: new Date().toISOString(),
    session,
    messages,
    analyses,
  };
}

/** Markdown transcript. Message text is quoted line by line so it cannot inject headings or HTML blocks. */
export function exportMarkdown(session: Session, messages: Message[]): string {
  const l = LABELS[session.locale];
  const lines = [
    `# ${escapeInline(session.title || l.untitled)}`,
    '',
    `- ${l.created}: ${session.createdAt}`,
    `- ${l.exported}: ${new Date().toISOString()}`,
    '',
    l.disclaimer,
    '',
  ];
  for (const m of messages) {
    const who = l[m.role];
    const note = m.status === 'interrupted' ? ` ${l.interrupted}` : m.status === 'error' ? ` ${l.error}` : '';
    lines.push(`### ${who} · ${m.createdAt}${note}`, '');
    lines.push(...m.content.split('\n').map((line) => `> ${escapeInline(line)}`), '');
  }
  return lines.join('\n');
}

function escapeInline(text: string): string {
  return text.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c);
}
