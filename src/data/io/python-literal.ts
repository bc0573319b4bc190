/**
 * Parses a Python list literal of strings, as `repr(list_of_str)` writes it: items in '…' or "…",
 * backslash escapes (\\ \' \" \n \t \r \xhh \uXXXX \UXXXXXXXX). Used for EmpatheticDialogues (MoEL
 * `Context`) and Reddit C-SSRS (`Post`). Throws on anything else.
 */
export function parsePythonStringList(text: string): string[] {
  const s = text.trim();
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not a Python list of strings (${why} at ${i})`);
  };
  const skipWs = () => {
    while (i < s.length && /\s/.test(s[i] as string)) i++;
  };
  if (s[i] !== '[') fail('expected [');
  i++;
  const out: string[] = [];
  skipWs();
  if (s[i] === ']') return out;
  for (;;) {
    skipWs();
    const q = s[i];
    if (q !== "'" && q !== '"') fail('expected a quoted string');
    i++;
    let value = '';
    for (;;) {
      if (i >= s.length) fail('unterminated string');
      const c = s[i] as string;
      if (c === q) {
        i++;
        break;
      }
      if (c === '\\') {
        const e = s[i + 1];
        i += 2;
        switch (e) {
          case 'n':
            value += '\n';
            break;
          case 't':
            value += '\t';
            break;
          case 'r':
            value += '\r';
            break;
          case '\\':
          case "'":
          case '"':
            value += e;
            break;
          case 'x':
          case 'u':
          case 'U': {
            const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
            const hex = s.slice(i, i + len);
            if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== len) fail('bad escape');
            value += String.fromCodePoint(parseInt(hex, 16));
            i += len;
            break;
          }
          case undefined:
            fail('unterminated escape');
            break;
          default:
            value += '\\' + e; // Python keeps unknown escapes literally
        }
        continue;
      }
      value += c;
      i++;
    }
    out.push(value);
    skipWs();
    if (s[i] === ',') {
      i++;
      skipWs();
      if (s[i] === ']') break; // trailing comma
      continue;
    }
    if (s[i] === ']') break;
    fail('expected , or ]');
  }
  i++;
  skipWs();
  if (i !== s.length) fail('trailing text');
  return out;
}

/**
 * Tolerant fallback for malformed list literals (unescaped quotes inside items, as in 28 rows of
 * Reddit C-SSRS): strips the brackets and splits on the item separators `', '` / `", "` and mixes.
 */
export function splitPythonStringListLoosely(text: string): string[] {
  let s = text.trim();
  if (s.startsWith('[')) s = s.slice(1);
  if (s.endsWith(']')) s = s.slice(0, -1);
  s = s.trim();
  if (s.startsWith("'") || s.startsWith('"')) s = s.slice(1);
  if (s.endsWith("'") || s.endsWith('"')) s = s.slice(0, -1);
  return s
    .split(/['"],\s+['"]/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}
