import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSourceDocument, type SourceDocument } from '../../dictionary-build/source-document.ts';
import { SOURCES_DIR } from './paths.ts';

/** Every source document in dictionaries/sources/, sorted by file name. */
export function loadSourceDocuments(dir = SOURCES_DIR): SourceDocument[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const file = path.join(dir, name);
      return parseSourceDocument(readFileSync(file, 'utf8'), path.relative(process.cwd(), file));
    });
}

/** The id of the source the demo page is made from: the Wuxi Daily front page. */
export const SAMPLE_SOURCE_ID = 'wuxi-daily-2022-02-25';

/** The source document the demo page is made from, the Wuxi Daily front page. */
export function loadSampleSource(): SourceDocument {
  const sample = loadSourceDocuments().find((document) => document.id === SAMPLE_SOURCE_ID);
  if (!sample) throw new Error(`No source document "${SAMPLE_SOURCE_ID}" in ${SOURCES_DIR}`);
  return sample;
}
