/** Whether this server can transcribe voice (GET /api/voice), fetched once per page. */
import { useEffect, useState } from 'react';
import type { VoiceInfo } from './types.ts';

let cached: Promise<VoiceInfo> | null = null;

const UNREACHABLE: VoiceInfo = {
  transcription: {
    available: false,
    code: 'VOICE_INFO_UNAVAILABLE',
    reason: {
      en: 'Voice input is off: the server did not say whether it can transcribe speech.',
      'zh-CN': '语音输入已关闭：服务器没有说明能否转写语音。',
    },
  },
  tts: { voices: [] },
};

export function loadVoiceInfo(): Promise<VoiceInfo> {
  cached ??= fetch('/api/voice', { headers: { accept: 'application/json' } })
    .then((r) => (r.ok ? (r.json() as Promise<VoiceInfo>) : UNREACHABLE))
    .catch(() => {
      cached = null; // try again next time
      return UNREACHABLE;
    });
  return cached;
}

/** null while loading. */
export function useVoiceInfo(): VoiceInfo | null {
  const [info, setInfo] = useState<VoiceInfo | null>(null);
  useEffect(() => {
    let live = true;
    void loadVoiceInfo().then((i) => live && setInfo(i));
    return () => {
      live = false;
    };
  }, []);
  return info;
}
