import { DICTIONARY_FORMAT, type Dictionary } from './dictionary-format.ts';

/**
 * Checks that parsed JSON is a dictionary of the format this engine reads; a clear error
 * otherwise (a stale or damaged artefact must not crash the matcher half-way).
 */
export function asDictionary(value: unknown): Dictionary {
  const candidate = value as Partial<Dictionary> | null;
  if (!candidate || typeof candidate !== 'object') throw new Error('The dictionary is not a JSON object.');
  if (candidate.format !== DICTIONARY_FORMAT) {
    throw new Error(`The dictionary has format ${String(candidate.format)}; this engine reads format ${DICTIONARY_FORMAT}. Run npm run dict:build.`);
  }
  if (!Array.isArray(candidate.entries) || !Array.isArray(candidate.ordinaryWords) || !candidate.grammar || !Array.isArray(candidate.places?.units)) {
    throw new Error('The dictionary lacks entries, ordinary words, the title grammar or the places. Run npm run dict:build.');
  }
  for (const entry of candidate.entries) {
    if (!entry || typeof entry.id !== 'string' || !Array.isArray(entry.forms) || entry.forms.length === 0) {
      throw new Error(`The dictionary has a malformed entry: ${JSON.stringify(entry).slice(0, 80)}`);
    }
  }
  return candidate as Dictionary;
}
