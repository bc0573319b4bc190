/** Unicode, width and whitespace normalisation. Chinese full-width punctuation is kept by default. */

export type WidthMode = 'none' | 'ascii' | 'nfkc';

export interface NormalizeOptions {
  /** `ascii` (default): full-width ASCII letters, digits and space → half-width; `nfkc`: full NFKC. */
  width?: WidthMode;
}

// Zero-width and bidi controls, BOM, and C0/C1 controls other than TAB and LF.
// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  const width = options.width ?? 'ascii';
  let t = width === 'nfkc' ? text.normalize('NFKC') : text.normalize('NFC');
  if (width === 'ascii') {
    // U+FF10–FF19 digits, U+FF21–FF3A / FF41–FF5A letters, U+3000 ideographic space.
    t = t.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
    t = t.replace(/\u3000/g, ' ');
  }
  t = t.replace(/\r\n?/g, '\n').replace(INVISIBLE, '');
  // Collapse runs of spaces/tabs, trim each line, keep at most one blank line.
  t = t
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  return t.trim();
}
