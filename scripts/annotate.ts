// npm run annotate -- [--format json|html|text] FILE...
// Annotates documents with the engine: .html/.htm files as pages (offsets into the page's text
// content), anything else as plain text; "-" reads standard input as plain text.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Window } from 'happy-dom';
import type { Annotation } from '../engine/annotation.ts';
import { Annotator, NameMemory } from '../engine/annotator.ts';
import { asDictionary } from '../engine/load-dictionary.ts';
import { readPinyinWithPinyinPro } from '../engine/pinyin-pro-reader.ts';
import { escapeHtml } from '../fixtures/sample-page.ts';
import { collectTextBlocks } from '../page/text-blocks.ts';
import { GENERATED_DICTIONARY } from './lib/paths.ts';

const FORMATS = ['json', 'html', 'text'] as const;
type Format = (typeof FORMATS)[number];

export interface FileAnnotation {
  start: number;
  end: number;
  text: string;
  id: string;
  kind: Annotation['kind'];
  pinyin: string;
  gloss: string;
  composed: boolean;
}

class InputError extends Error {}

function readInput(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot read (${code ?? String(error)})`);
  }
  if (bytes.includes(0)) throw new InputError('binary file (contains NUL bytes); expected UTF-8 text or HTML');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('not valid UTF-8 text');
  }
}

function toFileAnnotation(annotation: Annotation, offsets: readonly number[]): FileAnnotation {
  const start = (offsets[annotation.start.segment] ?? 0) + annotation.start.offset;
  const end = (offsets[annotation.end.segment] ?? 0) + annotation.end.offset;
  return {
    start,
    end,
    text: annotation.text,
    id: annotation.id,
    kind: annotation.kind,
    pinyin: annotation.readings.filter(Boolean).join(' '),
    gloss: annotation.gloss,
    composed: annotation.composed,
  };
}

/** The text and annotations of one input: plain text whole, a page block by block. */
function annotateInput(annotator: Annotator, content: string, asPage: boolean): { text: string; annotations: FileAnnotation[] } {
  if (!asPage) {
    return { text: content, annotations: annotator.annotateText(content).map((annotation) => toFileAnnotation(annotation, [0])) };
  }
  const window = new Window();
  try {
    const document = new window.DOMParser().parseFromString(content, 'text/html') as unknown as Document;
    const blocks = collectTextBlocks(document.body);
    const names = new NameMemory();
    let text = '';
    const annotations: FileAnnotation[] = [];
    for (const block of blocks) {
      const segments = block.nodes.map((node) => node.nodeValue ?? '');
      const offsets: number[] = [];
      for (const segment of segments) {
        offsets.push(text.length);
        text += segment;
      }
      annotations.push(...annotator.annotate(segments, names).map((annotation) => toFileAnnotation(annotation, offsets)));
    }
    return { text, annotations };
  } finally {
    // Nothing was loaded, so there is nothing to wait for; a failure to close changes no result.
    window.happyDOM.close().catch(() => undefined);
  }
}

function renderText(file: string, annotations: FileAnnotation[]): string {
  return annotations
    .map((a) => `${file}:${a.start}-${a.end}\t${a.text.replace(/\s+/g, '')}\t${a.kind}${a.composed ? '*' : ''}\t${a.pinyin}\t${a.gloss}`)
    .join('\n');
}

function renderHtml(results: { file: string; text: string; annotations: FileAnnotation[] }[]): string {
  const documents = results.map(({ file, text, annotations }) => {
    let html = '';
    let at = 0;
    for (const annotation of annotations) {
      html += escapeHtml(text.slice(at, annotation.start));
      const syllables = annotation.pinyin.split(' ');
      let syllable = 0;
      const ruby = [...annotation.text]
        .filter((char) => !/\s/.test(char))
        .map((char) => {
          const reading = /\p{Script=Han}/u.test(char) ? (syllables[syllable++] ?? '') : '';
          return `<ruby>${escapeHtml(char)}<rt>${escapeHtml(reading)}</rt></ruby>`;
        })
        .join('');
      html += `<span class="term term--${annotation.kind}" title="${escapeHtml(`${annotation.pinyin} — ${annotation.gloss}`)}">${ruby}</span>`;
      at = annotation.end;
    }
    html += escapeHtml(text.slice(at));
    return `<section><h1>${escapeHtml(file)}</h1><div class="text">${html}</div></section>`;
  });
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>Guanhua annotations</title>
<style>
  body { font-family: "Noto Serif CJK SC", "Songti SC", serif; max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 2.6; color: #222; }
  h1 { font: 600 14px/1.4 system-ui, sans-serif; color: #666; }
  .text { white-space: pre-wrap; font-size: 18px; }
  rt { font: 11px/1 system-ui, sans-serif; color: #555; }
  .term { border-bottom: 2px solid; cursor: help; }
  .term--title { border-color: #b42318; } .term--body { border-color: #1f6feb; } .term--slogan { border-color: #8250df; }
  .term--formula { border-color: #bf8700; } .term--person { border-color: #1a7f37; } .term--place { border-color: #0f7b8a; }
  .term--other { border-color: #8c959f; }
  @media print { .term { border-bottom-width: 1px; } }
</style>
</head>
<body>
${documents.join('\n')}
</body>
</html>
`;
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ options: { format: { type: 'string', default: 'json' } }, allowPositionals: true });
  } catch (error) {
    console.error(`annotate: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const format = parsed.values.format as Format;
  if (!FORMATS.includes(format)) {
    console.error(`annotate: unknown format "${String(format)}"; use one of ${FORMATS.join(', ')}`);
    return 2;
  }
  if (parsed.positionals.length === 0) {
    console.error('Usage: npm run annotate -- [--format json|html|text] FILE... ("-" reads standard input)');
    return 2;
  }
  const annotator = new Annotator({
    dictionary: asDictionary(JSON.parse(readFileSync(GENERATED_DICTIONARY, 'utf8'))),
    readPinyin: readPinyinWithPinyinPro,
  });

  let status = 0;
  const results: { file: string; text: string; annotations: FileAnnotation[] }[] = [];
  for (const file of parsed.positionals) {
    try {
      const content = readInput(file);
      results.push({ file, ...annotateInput(annotator, content, /\.html?$/i.test(file)) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      console.error(`annotate: ${file}: ${error.message}`);
      status = 2;
    }
  }

  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(results.map(({ file, annotations }) => ({ file, annotations })), null, 2)}\n`);
  } else if (format === 'text') {
    const lines = results.map(({ file, annotations }) => renderText(file, annotations)).filter(Boolean);
    if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  } else if (results.length > 0) {
    process.stdout.write(renderHtml(results));
  }
  return status;
}

process.exitCode = main();
