// Traditional spellings of dictionary forms, generated at build time with OpenCC so that the
// extension can match pages in Traditional script without shipping OpenCC's tables.
import { Converter } from 'opencc-js';

const toTaiwan = Converter({ from: 'cn', to: 'tw' });
const fromTraditional = Converter({ from: 'tw', to: 'cn' });
const toHongKong = Converter({ from: 'cn', to: 'hk' });

/**
 * The distinct Traditional spellings (Taiwan, then Hong Kong standard, then character by character) of a Simplified form that
 * differ from it and keep its length, so that the form's pinyin still aligns character by character.
 */
export function traditionalSpellings(simplified: string): string[] {
  const length = [...simplified].length;
  // Character by character as well: OpenCC's phrase table turns 一个 into 一箇 (一箇中國原則), while
  // pages write 一個中國原則.
  const byCharacter = [...simplified].map((char) => toTaiwan(char)).join('');
  // 台 is also how Hong Kong, and much of Taiwan, write 臺 (中央廣播電視總台, 台灣), and OpenCC reads
  // 总台 as 總檯 "front desk".
  const withCommonTai = byCharacter.replace(/[臺檯枱]/gu, '台');
  const spellings = [toTaiwan(simplified), toHongKong(simplified), byCharacter, withCommonTai].filter(
    (spelling) => spelling !== simplified && [...spelling].length === length,
  );
  return [...new Set(spellings)];
}

/**
 * A Traditional text in Simplified characters, character for character, so that positions in one
 * are positions in the other; undefined when the conversion would change the length.
 */
export function simplifiedAligned(traditional: string): string | undefined {
  const simplified = fromTraditional(traditional);
  return simplified.length === traditional.length ? simplified : undefined;
}
