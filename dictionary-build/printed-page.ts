// Turns the plain text of a printed newspaper page (as in dictionaries/sources/) into articles:
// headlines, paragraphs and bylines. Pure text processing; the demo page renders the result.
//
// The printed text breaks lines at column edges, separates columns and blocks with blank
// lines, and prints each story's headlines after its text. Paragraph indents are lost, so a
// paragraph end is recognised as a sentence that closes a short line or a column block.

export interface PrintedArticle {
  /** Headline blocks in print order; each block may have more than one line. */
  headlines: string[][];
  paragraphs: string[];
  /** Reporters' names, without the surrounding brackets. */
  byline?: string;
}

const SENTENCE_END = /[。！？”」）)]$/;
const BYLINE_BLOCK = /^（([^（）]+)）$/;
const TRAILING_BYLINE = /\s*（([^（）]+)）$/;
/** A paragraph-closing line falls at least this many characters short of a full column line. */
const SHORT_LINE_MARGIN = 3;

function isHeadlineBlock(lines: string[]): boolean {
  return lines.length <= 2 && lines.every((line) => !/[，。]/.test(line) && !BYLINE_BLOCK.test(line));
}

function length(line: string): number {
  return [...line].length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function toParagraphs(blocks: string[][]): string[] {
  const fullLine = median(blocks.flat().map(length));
  const paragraphs: string[] = [];
  let current = '';
  for (const block of blocks) {
    block.forEach((line, index) => {
      current += line;
      const closesBlock = index === block.length - 1;
      const isShort = length(line) <= fullLine - SHORT_LINE_MARGIN;
      if (SENTENCE_END.test(line) && (closesBlock || isShort)) {
        paragraphs.push(current);
        current = '';
      }
    });
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

function buildArticle(bodyBlocks: string[][], headlines: string[][], byline?: string): PrintedArticle {
  const paragraphs = toParagraphs(bodyBlocks);
  const last = paragraphs.at(-1);
  const trailing = last === undefined ? null : TRAILING_BYLINE.exec(last);
  if (trailing && last !== undefined && byline === undefined) {
    paragraphs[paragraphs.length - 1] = last.slice(0, trailing.index);
    byline = trailing[1];
  }
  return byline === undefined ? { headlines, paragraphs } : { headlines, paragraphs, byline };
}

export function splitPrintedPage(text: string): PrintedArticle[] {
  const blocks = text
    .split(/\n[ \t\u3000]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);

  const articles: PrintedArticle[] = [];
  let bodyBlocks: string[][] = [];
  let headlines: string[][] = [];
  let byline: string | undefined;
  const close = () => {
    if (bodyBlocks.length > 0 || headlines.length > 0) {
      articles.push(buildArticle(bodyBlocks, headlines, byline));
    }
    bodyBlocks = [];
    headlines = [];
    byline = undefined;
  };

  for (const lines of blocks) {
    const bylineMatch = lines.length === 1 ? BYLINE_BLOCK.exec(lines[0] ?? '') : null;
    if (bylineMatch) {
      byline = bylineMatch[1];
    } else if (isHeadlineBlock(lines)) {
      headlines.push(lines);
    } else {
      // Headlines follow their story, so body text after headlines starts the next story.
      if (headlines.length > 0) close();
      bodyBlocks.push(lines);
    }
  }
  close();
  return articles;
}
