// The word list as files: CSV (to keep, edit and import back) and an Anki-ready tab-separated
// file (front: term and pinyin; back: gloss, explanation, sentence). Pure text in, text out.
import { isSavedWord, WORD_FIELDS, type SavedWord } from './saved-word.ts';

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a formula: a
 * page title such as =HYPERLINK(…) must stay text. Such a cell is written with a leading
 * apostrophe, which spreadsheets read as "text follows"; so is a cell that starts with an
 * apostrophe, so that reading one back (`fromCell`) is exact.
 */
const FORMULA_START = /^[=+\-@\t\r']/u;

function toCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function fromCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

function csvField(value: string): string {
  const cell = toCell(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(words: readonly SavedWord[]): string {
  const lines = [WORD_FIELDS.join(','), ...words.map((word) => WORD_FIELDS.map((field) => csvField(word[field])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function html(value: string): string {
  return value.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char).replace(/[\t\r\n]+/g, ' ');
}

export function toAnkiTsv(words: readonly SavedWord[]): string {
  const header = ['#separator:tab', '#html:true', '#columns:Front\tBack'];
  const notes = words.map((word) => {
    const front = `${html(word.term)}<br>${html(word.pinyin)}`;
    const back = [word.gloss, word.explanation, word.sentence].filter(Boolean).map(html).join('<br><br>');
    return `${front}\t${back}`;
  });
  return `${[...header, ...notes].join('\n')}\n`;
}

export interface ImportError {
  /** 1-based row in the file (the header is row 1). */
  row: number;
  problem: string;
}

/** Splits CSV text into rows of fields (RFC 4180: quoted fields, doubled quotes, CRLF or LF). */
function parseCsvRows(text: string): { rows: string[][]; error?: ImportError } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let index = text.startsWith('\ufeff') ? 1 : 0;
  for (; index < text.length; index += 1) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (quoted) return { rows, error: { row: rows.length + 1, problem: 'a quoted field is never closed' } };
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { rows };
}

/**
 * Reads a CSV written by `toCsv` (columns in any order; kind and explanation may be missing, as
 * in files from before version 2). All or nothing: any bad row rejects the file, with every
 * row's problem, so that a half-read file never changes the list.
 */
export function parseCsv(text: string): { words: SavedWord[]; errors: ImportError[] } {
  const { rows, error } = parseCsvRows(text);
  if (error) return { words: [], errors: [error] };
  const [header, ...body] = rows;
  if (!header || header.every((cell) => cell.trim() === '')) return { words: [], errors: [{ row: 1, problem: 'the file is empty' }] };
  const columns = header.map((cell) => cell.trim());
  const optional = new Set(['kind', 'explanation']);
  const missing = WORD_FIELDS.filter((field) => !columns.includes(field) && !optional.has(field));
  if (missing.length > 0) return { words: [], errors: [{ row: 1, problem: `the header lacks ${missing.join(', ')}` }] };

  const words: SavedWord[] = [];
  const errors: ImportError[] = [];
  body.forEach((cells, index) => {
    const row = index + 2;
    if (cells.length === 1 && cells[0] === '') return;
    if (cells.length !== columns.length) {
      errors.push({ row, problem: `${cells.length} fields where the header has ${columns.length}` });
      return;
    }
    const record: Record<string, string> = { kind: '', explanation: '' };
    columns.forEach((column, at) => {
      if ((WORD_FIELDS as readonly string[]).includes(column)) record[column] = fromCell(cells[at] ?? '');
    });
    if (!record.term?.trim()) {
      errors.push({ row, problem: 'the term is empty' });
      return;
    }
    if (record.savedAt && Number.isNaN(Date.parse(record.savedAt))) {
      errors.push({ row, problem: `savedAt "${record.savedAt}" is not a date` });
      return;
    }
    if (!isSavedWord(record)) {
      errors.push({ row, problem: 'a field is missing' });
      return;
    }
    words.push(record);
  });
  return errors.length > 0 ? { words: [], errors } : { words, errors };
}
