/** Language identification for zh/en corpora by script: Han characters vs Latin letters. */
export type LanguageTag = 'zh' | 'en' | 'mixed' | 'other';

const HAN = /\p{Script=Han}/u;

/**
 * `zh` when Han characters make up at least 60% of letters, `en` when Latin letters do (and there are
 * at least 2), `mixed` when both are substantial, `other` otherwise (empty, digits, other scripts).
 * Each Han character counts as one letter, each Latin word roughly as its letters / 4, because
 * one Chinese character carries about as much as a short English word.
 */
export function detectLanguage(text: string): LanguageTag {
  let han = 0;
  let latin = 0;
  let other = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else if (c >= 0x3400 && HAN.test(ch)) han++;
    else if (c > 0x7f && /\p{L}/u.test(ch) && !HAN.test(ch)) other++;
  }
  const latinUnits = latin / 4;
  const total = han + latinUnits + other / 2;
  if (total === 0) return 'other';
  if (han / total >= 0.6) return 'zh';
  if (latinUnits / total >= 0.6 && latin >= 2) return 'en';
  if (han > 0 && latin > 0) return 'mixed';
  return 'other';
}
