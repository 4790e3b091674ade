// npm run dict:build — builds dictionaries/generated/dictionary.json from dictionaries/, and
// dictionaries/generated/simplified-characters.json (Traditional characters for the pinyin reader) from OpenCC.
// Fails, listing every problem with its file and line, when the data has any.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDictionary } from '../dictionary-build/build.ts';
import { formatProblem } from '../dictionary-build/problems.ts';
import { simplifiedCharactersJson } from '../dictionary-build/traditional.ts';
import { readDictionaryInputs, serializeDictionary } from './lib/dictionary-inputs.ts';
import { GENERATED_DICTIONARY, GENERATED_SIMPLIFIED_CHARACTERS, PROJECT_ROOT } from './lib/paths.ts';

try {
  const { dictionary, problems } = buildDictionary(readDictionaryInputs());
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\nThe dictionary was not built: ${problems.length} problem(s).`);
    process.exitCode = 1;
  } else {
    const json = serializeDictionary(dictionary);
    mkdirSync(path.dirname(GENERATED_DICTIONARY), { recursive: true });
    writeFileSync(GENERATED_DICTIONARY, json);
    writeFileSync(GENERATED_SIMPLIFIED_CHARACTERS, simplifiedCharactersJson());
    const counts = new Map<string, number>();
    for (const entry of dictionary.entries) counts.set(entry.kind, (counts.get(entry.kind) ?? 0) + 1);
    console.log(
      `Wrote ${path.relative(PROJECT_ROOT, GENERATED_DICTIONARY)}: ${dictionary.entries.length} entries ` +
        `(${[...counts].map(([kind, count]) => `${count} ${kind}`).join(', ')}), ${(Buffer.byteLength(json) / 1024).toFixed(1)} KB`,
    );
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
