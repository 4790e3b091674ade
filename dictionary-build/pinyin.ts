// Pinyin for dictionary forms: pinyin-pro with the whole term as context, citation tones
// (no tone sandhi: 一 yī, 不 bù), one token per character, corrected by the reviewed overrides
// in dictionaries/pinyin-overrides.yaml.
import { clearCustomDict, customPinyin } from 'pinyin-pro';
import { readPinyinWithPinyinPro } from '../engine/pinyin-pro-reader.ts';
import type { Problem } from './problems.ts';
import { readStringMap } from './yaml-file.ts';

export interface PinyinOverride {
  text: string;
  /** Space-separated tokens, one per character of `text`. */
  pinyin: string;
  line: number;
}

/** A tone-marked syllable (ü allowed), or the neutral tone without a mark. */
const SYLLABLE = /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜêḿńňǹ]+$/;
const HAN = /\p{Script=Han}/u;

export function characters(text: string): string[] {
  return [...text];
}

export function parsePinyinOverrides(text: string, file: string): { overrides: PinyinOverride[]; problems: Problem[] } {
  const { pairs, problems } = readStringMap(text, file, '"term: pin yin"');
  const overrides: PinyinOverride[] = [];
  for (const { key: term, value: reading, line } of pairs) {
    const tokens = reading.split(/\s+/);
    const chars = characters(term);
    if (tokens.length !== chars.length) {
      problems.push({
        file,
        line,
        problem: `override for "${term}" has ${tokens.length} syllable(s) for ${chars.length} character(s)`,
      });
      continue;
    }
    const bad = tokens.find((token, index) => (HAN.test(chars[index] ?? '') ? !SYLLABLE.test(token) : token !== chars[index]));
    if (bad !== undefined) {
      problems.push({ file, line, problem: `override for "${term}": "${bad}" is not a tone-marked syllable for its character` });
      continue;
    }
    overrides.push({ text: term, pinyin: tokens.join(' '), line });
  }
  return { overrides, problems };
}

export interface PinyinOptions {
  /** Read the first character with surname readings (单 Shàn, 曾 Zēng, 华 Huà). */
  personName?: boolean;
}


/** Takes the overrides out of pinyin-pro's module state: what the extension's runtime reads with. */
export function clearPinyinOverrides(): void {
  clearCustomDict('pinyin');
}

/**
 * Reads forms with the overrides in force. pinyin-pro keeps custom readings in module state,
 * so a reader installs its overrides on creation and every reading goes through it; whoever
 * creates one takes them out again (`clearPinyinOverrides`) when done.
 */
export class PinyinReader {
  /** One-character overrides apply to that character alone (长 as a post is zhǎng, not in 长江). */
  private readonly exact: Map<string, string>;

  constructor(readonly overrides: readonly PinyinOverride[]) {
    clearPinyinOverrides();
    const phrases = overrides.filter(({ text }) => characters(text).length > 1);
    if (phrases.length > 0) {
      customPinyin(Object.fromEntries(phrases.map(({ text, pinyin: reading }) => [text, reading])));
    }
    this.exact = new Map(overrides.filter(({ text }) => characters(text).length === 1).map(({ text, pinyin: reading }) => [text, reading]));
  }

  read(text: string, options: PinyinOptions = {}): string {
    const exact = this.exact.get(text);
    if (exact !== undefined) return exact;
    const tokens = readPinyinWithPinyinPro(text, options);
    const chars = characters(text);
    if (tokens.length !== chars.length) {
      throw new Error(`pinyin for "${text}" has ${tokens.length} tokens for ${chars.length} characters`);
    }
    return tokens.join(' ');
  }
}
