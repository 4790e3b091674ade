// Tone numbers from tone marks, for readers who prefer zhang3 to zhǎng.

const TONE_MARKS: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };

/** The tone of a tone-marked syllable: 1–4, or 5 for the neutral tone. */
export function toneOf(syllable: string): number {
  for (const char of syllable.normalize('NFD')) {
    const tone = TONE_MARKS[char];
    if (tone !== undefined) return tone;
  }
  return 5;
}

/** "zhǎng" → "zhang3", "lǚ" → "lü3", "zhe" → "zhe5". */
export function withToneNumber(syllable: string): string {
  const plain = syllable
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0304\u030c]/g, '')
    .normalize('NFC');
  return `${plain}${toneOf(syllable)}`;
}
