// The table of names of the state (fixtures/names-of-the-state.tsv): titles and bodies as
// real government sources write them, with the marks and English Guanhua should give. Rows the
// engine does not get right yet are listed in names-of-the-state.known-failures.txt; a listed row
// that passes fails the test too, so that the list only ever shrinks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Annotator, NameMemory } from '../../engine/annotator.ts';
import { asDictionary } from '../../engine/load-dictionary.ts';
import { readPinyinWithPinyinPro } from '../../engine/pinyin-pro-reader.ts';
import { GENERATED_DICTIONARY, PROJECT_ROOT } from '../../scripts/lib/paths.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'fixtures');
const annotator = new Annotator({ dictionary: asDictionary(JSON.parse(readFileSync(GENERATED_DICTIONARY, 'utf8'))), readPinyin: readPinyinWithPinyinPro });

interface Row {
  text: string;
  marks: string;
  english: string;
  source: string;
  line: number;
}

function readTable(): Row[] {
  const lines = readFileSync(path.join(FIXTURES, 'names-of-the-state.tsv'), 'utf8').split('\n');
  const rows: Row[] = [];
  lines.forEach((line, index) => {
    if (line === '' || line.startsWith('#') || line.startsWith('text\t')) return;
    const [text = '', marks = '', english = '', source = ''] = line.split('\t');
    const expected = marks === 'title' || marks === 'body' ? `${text}[${marks}]` : marks === 'none' ? '' : marks;
    rows.push({ text, marks: expected, english, source, line: index + 1 });
  });
  return rows;
}

function readKnownFailures(): Set<string> {
  const text = readFileSync(path.join(FIXTURES, 'names-of-the-state.known-failures.txt'), 'utf8');
  return new Set(text.split('\n').map((line) => line.replace(/\s+#.*$/u, '').trim()).filter((line) => line !== '' && !line.startsWith('#')));
}

/** What the engine makes of a row: its marks as "span[kind] …" and their English as "a | b". */
function engineOn(text: string): { marks: string; english: string } {
  const annotations = annotator.annotate([text], new NameMemory());
  return {
    marks: annotations.map((annotation) => `${annotation.text}[${annotation.kind}]`).join(' '),
    english: annotations.map((annotation) => annotation.gloss).join(' | '),
  };
}

const rows = readTable();
const knownFailures = readKnownFailures();
const passes = (row: Row) => {
  const actual = engineOn(row.text);
  return actual.marks === row.marks && actual.english === row.english;
};

describe('the table of names of the state', () => {
  it('has at least 400 distinct rows, each with the URL where the string was found', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    expect(new Set(rows.map((row) => row.text)).size).toBe(rows.length);
    expect(rows.filter((row) => !/^https?:\/\/\S+$/u.test(row.source)).map((row) => row.line)).toEqual([]);
  });

  it('lists as known failures only rows of the table', () => {
    const texts = new Set(rows.map((row) => row.text));
    expect([...knownFailures].filter((text) => !texts.has(text))).toEqual([]);
  });

  it.each(rows.filter((row) => !knownFailures.has(row.text)).map((row) => [row.text, row] as const))('%s', (_text, row) => {
    expect(engineOn(row.text)).toEqual({ marks: row.marks, english: row.english });
  });

  it('still fails on every known failure (take a row off the list once it passes)', () => {
    expect(rows.filter((row) => knownFailures.has(row.text) && passes(row)).map((row) => row.text)).toEqual([]);
  });
});
