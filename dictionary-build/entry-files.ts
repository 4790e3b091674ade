// The human-edited entry files (dictionaries/entries/<kind>.yaml): parsed and checked field by
// field, with every problem located by file and line.
import type { Node } from 'yaml';
import type { EntryKind } from '../engine/dictionary-format.ts';
import type { Problem } from './problems.ts';
import { isMap, isScalar, isSeq, pairsOf, readYamlFile, stringOf, stringsOf } from './yaml-file.ts';

/** The kind of every entry comes from the name of the file it is in. */
export const ENTRY_FILES: Readonly<Record<string, EntryKind>> = {
  'titles.yaml': 'title',
  'bodies.yaml': 'body',
  'slogans.yaml': 'slogan',
  'formulas.yaml': 'formula',
  'people.yaml': 'person',
  'places.yaml': 'place',
  'idioms.yaml': 'idiom',
  'vocabulary.yaml': 'other',
};

export interface EntrySource {
  term: string;
  kind: EntryKind;
  forms: string[];
  gloss: string;
  glossBy?: string;
  literal?: string;
  explanation: string;
  related: string[];
  role?: string;
  why?: string;
  /** Bodies only: its numbered sessions or plenary sessions are formulas (十三届全国人大四次会议). */
  sessions?: boolean;
  /** Where the entry is written. */
  file: string;
  line: number;
}

const FIELDS = ['term', 'forms', 'gloss', 'gloss-by', 'literal', 'explanation', 'related', 'role', 'why'] as const;
type Field = (typeof FIELDS)[number];
const STRING_FIELDS: readonly Field[] = ['term', 'gloss', 'gloss-by', 'literal', 'explanation', 'role', 'why'];
const LIST_FIELDS: readonly Field[] = ['forms', 'related'];
/** Every field an entry may have: the string and list fields, and the flag `sessions: true` (bodies only). */
const ALL_FIELDS: readonly string[] = [...FIELDS, 'sessions'];
/** A term or form is Chinese text without spaces: at least one Han character, no whitespace. */
const TERM_TEXT = /^(?=.*\p{Script=Han})\S+$/u;

export function parseEntryFile(text: string, file: string, kind: EntryKind): { entries: EntrySource[]; problems: Problem[] } {
  const yaml = readYamlFile(text, file);
  const problems = [...yaml.problems];
  const entries: EntrySource[] = [];
  // An empty file is a kind with no entries yet.
  if (yaml.root === null) return { entries, problems };
  if (!isSeq(yaml.root)) {
    problems.push({ file, line: yaml.lineOf(yaml.root), problem: 'expected a list of entries ("- term: …")' });
    return { entries, problems };
  }

  for (const item of yaml.root.items as Node[]) {
    const line = yaml.lineOf(item);
    const report = (problem: string, at = line) => problems.push({ file, line: at, problem });
    if (!isMap(item)) {
      report('expected an entry (a map with term, gloss, explanation …)');
      continue;
    }
    const values: Partial<Record<Field, string | string[]>> = {};
    let sessions = false;
    let bad = false;
    for (const pair of pairsOf(item)) {
      const key = stringOf(pair.key);
      const at = yaml.lineOf(pair);
      if (!key || !ALL_FIELDS.includes(key)) {
        report(`unknown field "${String(key ?? pair.key)}" (fields: ${ALL_FIELDS.join(', ')})`, at);
        bad = true;
        continue;
      }
      if (key === 'sessions') {
        if (isScalar(pair.value) && pair.value.value === true && kind === 'body') sessions = true;
        else report('"sessions: true" is for bodies only', at);
        continue;
      }
      const field = key as Field;
      const value = LIST_FIELDS.includes(field) ? stringsOf(pair.value) : stringOf(pair.value);
      if (value === undefined) {
        report(
          LIST_FIELDS.includes(field)
            ? `"${field}" must be a list of non-empty strings`
            : `"${field}" must be a non-empty string`,
          at,
        );
        bad = true;
        continue;
      }
      values[field] = value;
    }

    const term = values.term as string | undefined;
    const label = term ? `entry "${term}"` : 'entry';
    for (const required of ['term', 'gloss', 'explanation'] as const) {
      if (values[required] === undefined && !bad) report(`${label} has no "${required}"`);
    }
    if (!term || values.gloss === undefined || values.explanation === undefined) continue;

    const forms = (values.forms as string[] | undefined) ?? [];
    for (const text of [term, ...forms]) {
      if (!TERM_TEXT.test(text)) report(`${label}: "${text}" must contain Chinese and no spaces`);
    }
    if ((kind === 'slogan' || kind === 'formula' || kind === 'idiom') && values.literal === undefined) {
      report(`${label}: a ${kind} needs a "literal" breakdown`);
    }
    if (kind === 'person' && values.role === undefined) {
      report(`${label}: a person needs a "role" as the sources state it`);
    }
    if (kind !== 'person' && values.role !== undefined) {
      report(`${label}: only people have a "role"`);
    }
    const glossBy = values['gloss-by'];
    if (typeof glossBy === 'string' && !/https?:\/\/\S+/u.test(glossBy)) {
      report(`${label}: "gloss-by" needs the URL where that rendering was seen ("Xinhua (https://…)")`);
    }
    for (const string of STRING_FIELDS) {
      const value = values[string];
      if (typeof value === 'string' && /\n/.test(value) && string !== 'explanation' && string !== 'why') {
        report(`${label}: "${string}" must be one line`);
      }
    }

    entries.push({
      term,
      kind,
      forms: forms.filter((form) => form !== term),
      gloss: values.gloss as string,
      explanation: values.explanation as string,
      related: (values.related as string[] | undefined) ?? [],
      ...(values['gloss-by'] !== undefined && { glossBy: values['gloss-by'] as string }),
      ...(values.literal !== undefined && { literal: values.literal as string }),
      ...(values.role !== undefined && { role: values.role as string }),
      ...(values.why !== undefined && { why: values.why as string }),
      ...(sessions && { sessions }),
      file,
      line,
    });
  }
  return { entries, problems };
}
