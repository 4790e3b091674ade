// npm run dict:candidates -- FILE...
// Prints the title-, body- and slogan-like spans of any document that the dictionary does not
// cover yet. FILE is a source document (with a header) or plain text; "-" reads standard input.
import { readFileSync } from 'node:fs';
import { findCandidates, judgeCandidates } from '../dictionary-build/candidates.ts';
import { buildDictionary } from '../dictionary-build/build.ts';
import { sentencesOf } from '../dictionary-build/sentences.ts';
import { parseSourceDocument } from '../dictionary-build/source-document.ts';
import { readDictionaryInputs } from './lib/dictionary-inputs.ts';
import { parseIgnoredCandidates } from '../dictionary-build/ignored-candidates.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run dict:candidates -- FILE... ("-" for standard input)');
  process.exit(2);
}

const inputs = readDictionaryInputs();
const { dictionary } = buildDictionary(inputs);
const forms = dictionary.entries.flatMap((entry) => entry.forms.map((form) => form.text));
const ignored = new Map(
  parseIgnoredCandidates(inputs.ignoredCandidates.text, inputs.ignoredCandidates.file).ignored.map(({ text, reason }) => [text, reason]),
);

let total = 0;
for (const file of files) {
  let raw: string;
  try {
    raw = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read (${error instanceof Error ? error.message : String(error)})`);
    process.exitCode = 1;
    continue;
  }
  const text = raw.startsWith('---') ? parseSourceDocument(raw, file).text : raw;
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
