/**
 * Round 23: personal data in tables pasted as CSV, tab or "|" rows. A header row with a name column (姓名, name,
 * full_name…) or a date-of-birth column (出生日期, dob, date_of_birth…) makes that column's cells in the rows below it
 * a NAME or a DOB ("编号,姓名,性别\nA01,韩立新,男" → 韩立新; "id,name,dob\n7,Ana Ruiz,2001-05-09" → Ana Ruiz,
 * 2001-05-09). A cell must look like a name (two to four Chinese characters, or capitalised words, "Last, First" in
 * quotes too) or a full date. A "|" record row without a header gives a "Last, First" cell next to an e-mail or a
 * phone. The words are data (../data/pii-patterns.ts); pii.ts ranks these spans with the pattern matches.
 */
import {
  ROW_CONTACT,
  ROW_LAST_FIRST,
  ROW_PLACE_SECOND,
  TABLE_CUE,
  TABLE_DATE,
  TABLE_DELIMS,
  TABLE_DOB_HEADER,
  TABLE_EN_NAME,
  TABLE_EN_NOT_NAME,
  TABLE_NAME_HEADER,
  TABLE_ZH_NAME,
  TABLE_ZH_NOT_NAME,
} from './data/pii-patterns.ts';
import type { PiiSpan } from './pii.ts';

/** Cells of one row with their offsets in the line (a "quoted, cell" stays one cell for commas). */
function tableCells(line: string, delim: string): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= line.length; i++) {
    const c = line[i];
    if (c === '"' && (delim === ',' || delim === '，')) quoted = !quoted;
    else if (i === line.length || (c === delim && !quoted)) {
      let s = start;
      let e = i;
      while (s < e && /[\s"]/u.test(line[s]!)) s++;
      while (e > s && /[\s"]/u.test(line[e - 1]!)) e--;
      cells.push([s, e]);
      start = i + 1;
    }
  }
  return cells;
}

/** NAME and DOB spans found in tables in `text` (offsets into `text`). */
export function tableSpans(text: string): PiiSpan[] {
  if (!/[|｜,，\t]/u.test(text)) return [];
  const out: PiiSpan[] = [];
  let cols: { delim: string; name: number; dob: number; width: number } | null = null;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (cols) {
      const cells = tableCells(line, cols.delim);
      if (cells.length >= 2 && Math.abs(cells.length - cols.width) <= 1) {
        const take = (i: number, type: 'NAME' | 'DOB') => {
          const cell = cells[i];
          if (!cell) return;
          const value = line.slice(cell[0], cell[1]);
          const ok =
            type === 'DOB'
              ? TABLE_DATE.test(value)
              : (TABLE_ZH_NAME.test(value) && !TABLE_ZH_NOT_NAME.test(value)) ||
                (TABLE_EN_NAME.test(value) && !TABLE_EN_NOT_NAME.test(value));
          if (ok) out.push({ type, start: lineStart + cell[0], end: lineStart + cell[1], text: value });
        };
        if (cols.name >= 0) take(cols.name, 'NAME');
        if (cols.dob >= 0) take(cols.dob, 'DOB');
        continue;
      }
      cols = null;
    }
    if (line.length > 400) continue;
    if (line.includes('|') && line.includes(', ') && ROW_CONTACT.test(line)) {
      const cells = tableCells(line, '|');
      for (const [s, e] of cells.length >= 3 ? cells : []) {
        const value = line.slice(s, e);
        if (ROW_LAST_FIRST.test(value) && !ROW_PLACE_SECOND.test(value))
          out.push({ type: 'NAME', start: lineStart + s, end: lineStart + e, text: value });
      }
    }
    if (!TABLE_CUE.test(line)) continue;
    for (const delim of TABLE_DELIMS) {
      if (!line.includes(delim)) continue;
      const cells = tableCells(line, delim);
      if (cells.length < 2) continue;
      const heads = cells.map(([s, e]) => line.slice(s, e));
      const name = heads.findIndex((h) => TABLE_NAME_HEADER.test(h));
      const dob = heads.findIndex((h) => TABLE_DOB_HEADER.test(h));
      if (name >= 0 || dob >= 0) {
        cols = { delim, name, dob, width: cells.length };
        break;
      }
    }
  }
  return out;
}
