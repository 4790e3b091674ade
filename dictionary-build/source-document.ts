// Source documents: the real texts the dictionary is built from (dictionaries/sources/*.txt).
// Each is a metadata header between two `---` lines, then the document's text, verbatim.

export interface SourceDocument {
  /** Stable identifier, used in every entry's provenance. */
  id: string;
  /** Publication and place, e.g. "无锡日报 (Wuxi Daily), Wuxi, Jiangsu". */
  publication: string;
  /** ISO date (YYYY-MM-DD) of the events reported; YYYY-MM where only the month is known and allowed. */
  date: string;
  /** Every header field, including the required ones above. */
  meta: Readonly<Record<string, string>>;
  /** The document's text exactly as it follows the header. */
  text: string;
  /** The file's line number on which `text` begins, for locating problems in the file. */
  textLine: number;
}

export class SourceDocumentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'SourceDocumentError';
  }
}

const REQUIRED_FIELDS = ['id', 'publication', 'date'] as const;
const FIELD = /^([a-z][a-z-]*):\s*(.*)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ParseOptions {
  /** Accept YYYY-MM for a document that states only its month (a monthly chronicle). */
  allowMonth?: boolean;
}

/** Parses one source document; `file` names it in error messages. */
export function parseSourceDocument(raw: string, file: string, { allowMonth = false }: ParseOptions = {}): SourceDocument {
  const lines = raw.split('\n');
  if (lines[0]?.trimEnd() !== '---') {
    throw new SourceDocumentError(file, 1, 'expected a metadata header opening with "---"');
  }
  const closing = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (closing < 0) {
    throw new SourceDocumentError(file, 1, 'metadata header opened here is never closed with "---"');
  }
  const meta: Record<string, string> = {};
  for (let i = 1; i < closing; i += 1) {
    const line = (lines[i] ?? '').trimEnd();
    const match = FIELD.exec(line);
    if (!match) {
      throw new SourceDocumentError(file, i + 1, `expected "field: value", found "${line}"`);
    }
    const [, key = '', value = ''] = match;
    if (key in meta) throw new SourceDocumentError(file, i + 1, `field "${key}" given twice`);
    meta[key] = value.trim();
  }
  for (const field of REQUIRED_FIELDS) {
    if (!meta[field]) throw new SourceDocumentError(file, 1, `header lacks "${field}"`);
  }
  const { id = '', publication = '', date = '' } = meta;
  if (!ID.test(id)) {
    throw new SourceDocumentError(file, 1, `id "${id}" must be lower-case words joined by "-"`);
  }
  const validDate = (ISO_DATE.test(date) || (allowMonth && ISO_MONTH.test(date))) && !Number.isNaN(Date.parse(date));
  if (!validDate) {
    throw new SourceDocumentError(file, 1, `date "${date}" is not a YYYY-MM-DD${allowMonth ? ' or YYYY-MM' : ''} date`);
  }
  const text = lines.slice(closing + 1).join('\n');
  if (text.trim() === '') throw new SourceDocumentError(file, closing + 2, 'document has no text');
  return { id, publication, date, meta, text, textLine: closing + 2 };
}
