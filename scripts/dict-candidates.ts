// npm run dict:candidates -- FILE...
//   Prints the title-, body- and slogan-like spans of any document that the dictionary does not
//   cover yet. FILE is a source document (with a header) or plain text; "-" reads standard input.
// npm run dict:candidates -- --phrases [--limit N] [--min-documents N] [--json] [FILE...]
//   Mines the set phrases of the sources (or of the FILEs) that no entry covers: quoted phrases,
//   numbered formulas, enumerations, four-character units, X思维/X意识…, -化 compounds, ranked by
//   the number of documents they occur in and their shape, each with its first sentence.
// npm run dict:candidates -- --extensions [--limit N] [--min-documents N] [--json]
//   Longer set phrases around entries' forms (以人民为中心 → 以人民为中心的发展思想): whole words
//   added on either side, in enough documents and in a good share of those of the form itself.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { findCandidates, judgeCandidates } from '../dictionary-build/candidates.ts';
import { buildDictionary } from '../dictionary-build/build.ts';
import { sentencesOf } from '../dictionary-build/sentences.ts';
import { parseSourceDocument } from '../dictionary-build/source-document.ts';
import { mineExtensions, mineSetPhrases } from '../dictionary-build/set-phrases.ts';
import { readDictionaryInputs } from './lib/dictionary-inputs.ts';
import { parseIgnoredCandidates } from '../dictionary-build/ignored-candidates.ts';

const USAGE =
  'Usage: npm run dict:candidates -- FILE... ("-" for standard input)\n       npm run dict:candidates -- --phrases [--limit N] [--min-documents N] [--json] [FILE...]\n       npm run dict:candidates -- --extensions [--limit N] [--min-documents N] [--json]';

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: { phrases: { type: 'boolean' }, extensions: { type: 'boolean' }, limit: { type: 'string' }, 'min-documents': { type: 'string' }, json: { type: 'boolean' } },
  });
}
try {
  parsed = parse();
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals: files } = parsed;

function positiveInteger(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} takes a whole number of 1 or more, not "${text}"\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

/** A file's text: a source document's text below its header, or the whole of a plain file. */
function readDocument(file: string): string | undefined {
  try {
    const raw = readFileSync(file === '-' ? 0 : file, 'utf8');
    return raw.startsWith('---') ? parseSourceDocument(raw, file).text : raw;
  } catch (error) {
    console.error(`${file}: cannot read (${error instanceof Error ? error.message : String(error)})`);
    process.exitCode = 1;
    return undefined;
  }
}

if (!values.phrases && !values.extensions && files.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

const limit = positiveInteger('limit', values.limit, 200);
const minDocuments = positiveInteger('min-documents', values['min-documents'], 2);

const inputs = readDictionaryInputs();
const { dictionary } = buildDictionary(inputs);
const forms = dictionary.entries.flatMap((entry) => entry.forms.map((form) => form.text));

if (values.extensions) {
  const sources = inputs.sources.map(({ document }) => ({ id: document.id, sentences: sentencesOf(document.text) }));
  const known = new Set([...forms, ...dictionary.ordinaryWords]);
  const found = mineExtensions(sources, inputs.frequentWords.model, forms, { known, minDocuments: Math.max(minDocuments, 3) }).slice(0, limit);
  if (values.json) {
    console.log(JSON.stringify(found, null, 1));
  } else {
    console.log(`Longer phrases around entries' forms, in ${sources.length} documents: the first ${found.length} (documents, of the form's documents)`);
    for (const { text, base, documents, baseDocuments, example } of found) {
      console.log(`  ${String(documents).padStart(3)}/${String(baseDocuments).padEnd(3)} ${text}  (${base})\n        ${example.source}: ${example.sentence.slice(0, 120)}`);
    }
  }
} else if (values.phrases) {
  const sources =
    files.length > 0
      ? files.flatMap((file) => {
          const text = readDocument(file);
          return text === undefined ? [] : [{ id: file, sentences: sentencesOf(text) }];
        })
      : inputs.sources.map(({ document }) => ({ id: document.id, sentences: sentencesOf(document.text) }));
  const { model } = inputs.frequentWords;
  const known = new Set([...forms, ...dictionary.ordinaryWords]);
  // The forms of entries are taken out of the text first: their pieces are not new phrases.
  const mask = forms.filter((form) => [...form].length >= 4);
  const mined = mineSetPhrases(sources, model, { known, mask, minDocuments: Math.min(minDocuments, sources.length) }).slice(0, limit);
  if (values.json) {
    console.log(JSON.stringify(mined, null, 1));
  } else {
    console.log(`Set phrases no entry covers, in ${sources.length} document(s): the first ${mined.length} (documents, count, shapes)`);
    for (const { text, documents, count, shapes, example } of mined) {
      console.log(`  ${String(documents).padStart(3)} ${String(count).padStart(4)}  ${shapes.join(',').padEnd(24)} ${text}\n        ${example.source}: ${example.sentence.slice(0, 120)}`);
    }
  }
} else {
  const ignored = new Map(
    parseIgnoredCandidates(inputs.ignoredCandidates.text, inputs.ignoredCandidates.file).ignored.map(({ text, reason }) => [text, reason]),
  );
  let total = 0;
  for (const file of files) {
    const text = readDocument(file);
    if (text === undefined) continue;
    const verdicts = judgeCandidates(sentencesOf(text).flatMap(findCandidates), { forms, ignored });
    const uncovered = verdicts.filter((verdict) => !verdict.coveredBy);
    const seen = new Set<string>();
    console.log(`${file}: ${uncovered.length} uncovered of ${verdicts.length} candidates`);
    for (const { candidate } of uncovered) {
      const key = candidate.sentence.slice(candidate.keyStart, candidate.keyEnd);
      const line = `  ${candidate.kind.padEnd(8)} ${key}  (in ${candidate.context})`;
      if (seen.has(line)) continue;
      seen.add(line);
      console.log(line);
    }
    total += uncovered.length;
  }
  if (total > 0 && process.exitCode === undefined) process.exitCode = 1;
}
