/**
 * Streaming CSV/TSV parser. RFC 4180 quoting (fields in double quotes, `""` for a quote, newlines
 * allowed inside quotes) when `quote` is set; plain splitting on the delimiter when it is null
 * (OCEMOTION, whose text contains unbalanced quotes). CRLF and LF both end a row.
 */

export interface CsvOptions {
  delimiter: string;
  /** Quote character, or null for no quoting at all. */
  quote: string | null;
}

export interface CsvRow {
  fields: string[];
  /** 1-based line where the row starts. */
  line: number;
  /** Set on a final row whose quoted field never closed (truncated file). */
  unterminatedQuote?: boolean;
}

export async function* parseCsv(chunks: AsyncIterable<string>, options: CsvOptions): AsyncGenerator<CsvRow> {
  const delim = options.delimiter.charCodeAt(0);
  const quote = options.quote === null ? -1 : options.quote.charCodeAt(0);
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let quotePending = false; // saw a quote inside a quoted field; next char decides
  let atFieldStart = true;
  let line = 1;
  let rowLine = 1;
  let rowHasContent = false;

  const endRow = (): CsvRow | null => {
    fields.push(field);
    const row = { fields, line: rowLine };
    fields = [];
    field = '';
    atFieldStart = true;
    const empty = !rowHasContent && row.fields.length === 1 && row.fields[0] === '';
    rowHasContent = false;
    return empty ? null : row;
  };

  for await (const chunk of chunks) {
    const n = chunk.length;
    let segStart = 0; // start of a run of plain characters to append in one slice
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (inQuotes) {
        if (quotePending) {
          quotePending = false;
          if (c === quote) {
            field += '"';
            segStart = i + 1;
            continue;
          }
          inQuotes = false; // closing quote; fall through to handle c outside quotes
          segStart = i;
        } else if (c === quote) {
          field += chunk.slice(segStart, i);
          quotePending = true;
          segStart = i + 1;
          continue;
        } else {
          if (c === 0x0a) line++;
          continue;
        }
      }
      if (c === delim) {
        field += chunk.slice(segStart, i);
        fields.push(field);
        field = '';
        atFieldStart = true;
        rowHasContent = true;
        segStart = i + 1;
      } else if (c === 0x0a) {
        let end = i;
        if (end > segStart && chunk.charCodeAt(end - 1) === 13) end--;
        field += chunk.slice(segStart, end);
        if (field.endsWith('\r')) field = field.slice(0, -1); // CR at the end of the previous chunk
        const row = endRow();
        line++;
        rowLine = line;
        segStart = i + 1;
        if (row) yield row;
      } else if (c === quote && atFieldStart && field.length === 0 && i === segStart) {
        inQuotes = true;
        atFieldStart = false;
        rowHasContent = true;
        segStart = i + 1;
      } else {
        atFieldStart = false;
        rowHasContent = true;
      }
    }
    if (inQuotes) {
      if (!quotePending) field += chunk.slice(segStart);
    } else field += chunk.slice(segStart);
  }
  if (field.length > 0 || fields.length > 0 || inQuotes) {
    if (field.endsWith('\r')) field = field.slice(0, -1);
    const unterminated = inQuotes && !quotePending;
    const row = endRow();
    if (row) yield unterminated ? { ...row, unterminatedQuote: true } : row;
  }
}
