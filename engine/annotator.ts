// The annotation engine: text in, annotations out. Pure TypeScript — no DOM, no browser API —
// so the content script, the command line and the tests all run the same code.
//
// One block of text arrives as segments (one per DOM text node, in document order). The engine
// reads them as one stream of canonical characters, whitespace skipped, and at each position takes
// the longest of: a dictionary form, a title composed from the title grammar, an unlisted numbered
// formula, or an ordinary word (which is consumed but not annotated). A title may be followed by
// a name. Matching is longest-leftmost over tries built once, so time is linear in the text.
import type { Annotation, ReadPinyin, TextPosition } from './annotation.ts';
import type { Dictionary, DictionaryEntry, DictionaryForm } from './dictionary-format.ts';
import { formulaAt, numberWord } from './formula-pattern.ts';
import { canonicalCode, canonicalKey, isHanChar, isHanCode, QUOTE, SEPARATOR, SKIP } from './normalize.ts';
import { nameLengthAt, romanizeName, surnameLengthOf } from './person-names.ts';
import { TitleComposer } from './title-composer.ts';
import { Trie } from './trie.ts';

type Lexeme = { type: 'entry'; entry: DictionaryEntry; form: DictionaryForm; readings: string[] } | { type: 'ordinary' };

/** The input as the matcher reads it: canonical code points, each tied back to where it came from. */
interface Stream {
  codes: Int32Array;
  segment: Int32Array;
  offset: Int32Array;
  /** UTF-16 length of the original character (1, or 2 for a surrogate pair). */
  width: Uint8Array;
  length: number;
}

function readStream(segments: readonly string[]): Stream {
  const capacity = segments.reduce((total, text) => total + text.length, 0);
  const stream: Stream = {
    codes: new Int32Array(capacity),
    segment: new Int32Array(capacity),
    offset: new Int32Array(capacity),
    width: new Uint8Array(capacity),
    length: 0,
  };
  for (let segment = 0; segment < segments.length; segment += 1) {
    const text = segments[segment] as string;
    for (let offset = 0; offset < text.length; ) {
      const code = text.codePointAt(offset) as number;
      const width = code > 0xffff ? 2 : 1;
      const canonical = canonicalCode(code);
      if (canonical !== SKIP) {
        const at = stream.length;
        stream.codes[at] = canonical;
        stream.segment[at] = segment;
        stream.offset[at] = offset;
        stream.width[at] = width;
        stream.length = at + 1;
      }
      offset += width;
    }
  }
  return stream;
}

function sliceSegments(segments: readonly string[], start: TextPosition, end: TextPosition): string {
  if (start.segment === end.segment) return (segments[start.segment] ?? '').slice(start.offset, end.offset);
  let text = (segments[start.segment] ?? '').slice(start.offset);
  for (let segment = start.segment + 1; segment < end.segment; segment += 1) text += segments[segment] ?? '';
  return text + (segments[end.segment] ?? '').slice(0, end.offset);
}

/** How many characters after a title the name check looks at (compound surname + two given). */
const NAME_WINDOW = 5;

export interface AnnotatorOptions {
  dictionary: Dictionary;
  /** Pinyin for text the dictionary does not hold: unlisted formulas and names. */
  readPinyin: ReadPinyin;
}

interface Span {
  start: number;
  length: number;
}

export class Annotator {
  private readonly lexicon = new Trie<Lexeme>();
  private readonly composer: TitleComposer;
  private readonly readPinyin: ReadPinyin;

  constructor({ dictionary, readPinyin }: AnnotatorOptions) {
    this.readPinyin = readPinyin;
    for (const entry of dictionary.entries) {
      for (const form of entry.forms) {
        const lexeme: Lexeme = { type: 'entry', entry, form, readings: form.pinyin.split(' ') };
        for (const spelling of [form.text, ...(form.traditional ?? [])]) this.lexicon.add(canonicalKey(spelling), lexeme);
      }
    }
    // Added after the entries: where an ordinary word and a form coincide, the entry stays.
    for (const word of dictionary.ordinaryWords) this.lexicon.add(canonicalKey(word), { type: 'ordinary' });
    this.composer = new TitleComposer(dictionary.grammar);
  }

  /** Annotations of one block of text given as segments (e.g. one per DOM text node). */
  annotate(segments: readonly string[]): Annotation[] {
    const stream = readStream(segments);
    const { codes, length } = stream;
    const annotations: Annotation[] = [];
    let expectName = false;

    const positionsOf = (span: Span) => {
      const last = span.start + span.length - 1;
      const start = { segment: stream.segment[span.start] as number, offset: stream.offset[span.start] as number };
      const end = { segment: stream.segment[last] as number, offset: (stream.offset[last] as number) + (stream.width[last] as number) };
      return { start, end };
    };
    /** The characters of a span without the whitespace between them. */
    const readText = (span: Span) => {
      const { start, end } = positionsOf(span);
      return sliceSegments(segments, start, end).replace(/\s+/gu, '');
    };
    const emit = (span: Span, fields: Omit<Annotation, 'start' | 'end' | 'text' | 'readings'>, readings: readonly string[]) => {
      const { start, end } = positionsOf(span);
      const annotationReadings = new Array<string>(span.length);
      for (let index = 0; index < span.length; index += 1) {
        annotationReadings[index] = isHanCode(codes[span.start + index]) ? (readings[index] ?? '') : '';
      }
      const annotation = fields as Annotation;
      annotation.start = start;
      annotation.end = end;
      annotation.text = sliceSegments(segments, start, end);
      annotation.readings = annotationReadings;
      annotations.push(annotation);
    };
    const nameAt = (at: number) => (at < length ? this.nameAt(codes, at, length) : 0);
    const cutsWord = this.cutsWord(codes, length);

    for (let i = 0; i < length; ) {
      const lexeme = this.lexicon.longestAt(codes, i, length);
      const composed = this.composer.composeAt(codes, i, length, cutsWord);
      const formula = formulaAt(codes, i, i > 0 && codes[i - 1] === QUOTE, length);

      const entryLength = lexeme?.value.type === 'entry' ? lexeme.length : 0;
      const ordinaryLength = lexeme?.value.type === 'ordinary' ? lexeme.length : 0;
      const composedLength = composed?.length ?? 0;
      const formulaLength = formula?.length ?? 0;
      const longest = Math.max(entryLength, ordinaryLength, composedLength, formulaLength);

      if (longest === 0) {
        const name = expectName ? nameAt(i) : 0;
        if (name > 0) {
          const raw = readText({ start: i, length: name });
          const readings = this.readPinyin(raw, { personName: true });
          emit(
            { start: i, length: name },
            { kind: 'person', id: '', gloss: romanizeName(readings, surnameLengthOf(raw)), source: 'name-after-title', composed: true },
            readings,
          );
          i += name;
          // A list of names after one title: 省领导王一、李二.
          expectName = codes[i] === SEPARATOR && nameAt(i + 1) > 0;
          if (expectName) i += 1;
          continue;
        }
        expectName = false;
        i += 1;
        continue;
      }

      // Ties go to the dictionary, then the grammar, then the formula pattern; ordinary words last.
      if (entryLength === longest && lexeme?.value.type === 'entry') {
        const { entry, readings } = lexeme.value;
        emit(
          { start: i, length: entryLength },
          { kind: entry.kind, id: entry.id, gloss: entry.gloss, source: 'entry', composed: false },
          readings,
        );
        i += entryLength;
        expectName = entry.kind === 'title';
        if (entry.kind === 'person' && codes[i] === SEPARATOR && nameAt(i + 1) > 0) {
          // A listed person followed by an unlisted one: 市领导蒋敏、王某.
          expectName = true;
          i += 1;
        }
      } else if (composedLength === longest && composed) {
        emit(
          { start: i, length: composedLength },
          {
            kind: 'title',
            id: '',
            gloss: composed.english,
            source: 'title-grammar',
            composed: true,
            parts: composed.parts.map(({ part, role }) => ({ text: part.part, english: part.english, role })),
          },
          composed.readings,
        );
        expectName = true;
        i += composedLength;
      } else if (formulaLength === longest && formula) {
        const raw = readText({ start: i, length: formulaLength });
        const readings = this.readPinyin(raw);
        const wordsOffset = formula.wordsStart - i;
        const chars = [...raw];
        const words = chars.slice(wordsOffset).join('');
        const wordsPinyin = readings.slice(wordsOffset).join(' ');
        const numeral = chars.slice(0, wordsOffset - 1).join('');
        const measure = chars[wordsOffset - 1] ?? '';
        emit(
          { start: i, length: formulaLength },
          {
            kind: 'formula',
            id: '',
            gloss: `the ${numberWord(formula.number)} “${words}” (${wordsPinyin}): a numbered formula not in Guanhua's dictionary`,
            source: 'formula-pattern',
            composed: true,
            literal: `${numeral} ${numberWord(formula.number)} · ${measure} (measure word) · ${words} ${wordsPinyin}`,
          },
          readings,
        );
        expectName = false;
        i += formulaLength;
      } else {
        expectName = false;
        i += ordinaryLength;
      }
    }
    return annotations;
  }

  /** Whether an ordinary word starting at `at` runs past `at + length` (书记员 past 书记). */
  private cutsWord(codes: ArrayLike<number>, end: number): (at: number, length: number) => boolean {
    return (at, length) => {
      const word = this.lexicon.longestAt(codes, at, end);
      return word?.value.type === 'ordinary' && word.length > length;
    };
  }

  /** Annotations of a whole plain-text document. */
  annotateText(text: string): Annotation[] {
    return this.annotate([text]);
  }

  /** Length of a name not in the dictionary at `start`, or 0; never one that a term starts inside. */
  private nameAt(codes: ArrayLike<number>, start: number, end: number): number {
    const window: string[] = [];
    for (let index = start; index < Math.min(end, start + NAME_WINDOW); index += 1) {
      window.push(String.fromCodePoint(codes[index] as number));
    }
    const length = nameLengthAt(window, 0, isHanChar);
    for (let inside = start + 1; inside < start + length; inside += 1) {
      const lexeme = this.lexicon.longestAt(codes, inside, end);
      if (lexeme?.value.type === 'entry' || this.composer.composeAt(codes, inside, end, this.cutsWord(codes, end))) return 0;
    }
    return length;
  }
}
