import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseCsv, toAnkiTsv, toCsv } from '../../settings/word-list-files.ts';
import type { SavedWord } from '../../settings/saved-word.ts';

const WORD: SavedWord = {
  term: '急难愁盼',
  pinyin: 'jí nán chóu pàn',
  gloss: "the people's most pressing difficulties and concerns",
  kind: 'slogan',
  explanation: 'Shorthand for the practical problems, "urgent" and "hard".',
  sentence: '有力解决了一批群众“急难愁盼”。',
  pageTitle: 'Wuxi, page 1',
  url: 'https://news.example.cn/a?x=1,2',
  savedAt: '2026-11-26T10:00:00.000Z',
};

describe('word list files', () => {
  it('round-trips through CSV, quotes, commas, line breaks and all', () => {
    const tricky = { ...WORD, term: '戴着口罩抓发展', sentence: 'line one\nline "two", three' };
    expect(parseCsv(toCsv([WORD, tricky]))).toEqual({ words: [WORD, tricky], errors: [] });
  });

  it('never writes a cell a spreadsheet would run as a formula, and reads such cells back exactly', () => {
    const starts = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', "'=already quoted", "'plain"];
    const hostile = starts.map((start, index) => ({ ...WORD, term: `词${index}`, pageTitle: start, sentence: start }));
    const csv = toCsv(hostile);
    const cells = csv.split('\r\n').slice(1, -1).flatMap((line) => line.split(','));
    // Every cell, once its CSV quotes are taken off, starts with something other than a formula character.
    for (const cell of cells) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);
    expect(parseCsv(csv)).toEqual({ words: hostile, errors: [] });
  });

  it('writes an Anki file: term and pinyin in front; gloss, explanation and sentence behind', () => {
    const lines = toAnkiTsv([WORD]).trim().split('\n');
    expect(lines.slice(0, 2)).toEqual(['#separator:tab', '#html:true']);
    const [front, back] = (lines.at(-1) ?? '').split('\t');
    expect(front).toBe('急难愁盼<br>jí nán chóu pàn');
    expect(back).toBe("the people's most pressing difficulties and concerns<br><br>Shorthand for the practical problems, &quot;urgent&quot; and &quot;hard&quot;.<br><br>有力解决了一批群众“急难愁盼”。");
  });

  it('rejects a malformed file whole, with every bad row', () => {
    const csv = toCsv([WORD]).trimEnd() + '\r\n,no term,x,x,x,x,x,x,2026-01-01\r\n短,x,x\r\n好,x,x,x,x,x,x,x,yesterday\r\n';
    expect(parseCsv(csv)).toEqual({
      words: [],
      errors: [
        { row: 3, problem: 'the term is empty' },
        { row: 4, problem: '3 fields where the header has 9' },
        { row: 5, problem: 'savedAt "yesterday" is not a date' },
      ],
    });
    expect(parseCsv('').errors).toEqual([{ row: 1, problem: 'the file is empty' }]);
    expect(parseCsv('term,gloss\n市长,Mayor\n').errors[0]?.problem).toContain('the header lacks pinyin');
    expect(parseCsv('term,pinyin\n"unclosed,x\n').errors[0]?.problem).toBe('a quoted field is never closed');
  });

  it('reads CSV from before kind and explanation existed', () => {
    const old = 'term,pinyin,gloss,sentence,pageTitle,url,savedAt\n市长,shì zhǎng,Mayor,向市长写信,t,https://x.cn,2026-01-01\n';
    expect(parseCsv(old).words).toEqual([{ term: '市长', pinyin: 'shì zhǎng', gloss: 'Mayor', kind: '', explanation: '', sentence: '向市长写信', pageTitle: 't', url: 'https://x.cn', savedAt: '2026-01-01' }]);
  });
});

describe('the stored word list', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('survives an extension update: version 1 words gain kind and explanation, nothing is lost', async () => {
    // As the first content script stored them (version 1: no kind, no explanation).
    const { kind: _kind, explanation: _explanation, ...version1 } = WORD;
    await fakeBrowser.storage.local.set({ wordList: [version1, { junk: true }], wordList$: { v: 1 } });
    const { vi } = await import('vitest');
    vi.resetModules();
    const { getWordList, wordListItem } = await import('../../settings/word-list.ts');
    await wordListItem.migrate();
    expect(await getWordList()).toEqual([{ ...WORD, kind: '', explanation: '' }]);
    const stored = (await fakeBrowser.storage.local.get('wordList')).wordList as unknown[];
    expect(stored).toHaveLength(2);
  });

  it('merges duplicates by term instead of doubling them, and removes by term', async () => {
    const { addWords, getWordList, removeWord } = await import('../../settings/word-list.ts');
    expect(await addWords([WORD, { ...WORD, gloss: 'other' }, { ...WORD, term: '市长' }])).toBe(2);
    expect(await addWords([WORD])).toBe(0);
    expect((await getWordList()).map((word) => [word.term, word.gloss])).toEqual([
      ['急难愁盼', WORD.gloss],
      ['市长', WORD.gloss],
    ]);
    await removeWord('急难愁盼');
    expect((await getWordList()).map((word) => word.term)).toEqual(['市长']);
  });

  it('keeps every word when saves and removals overlap', async () => {
    const { addWords, getWordList, removeWord } = await import('../../settings/word-list.ts');
    await addWords([{ ...WORD, term: '旧词' }]);
    await Promise.all([
      ...Array.from({ length: 15 }, (_, index) => addWords([{ ...WORD, term: `词${index}` }])),
      removeWord('旧词'),
    ]);
    const terms = (await getWordList()).map((word) => word.term);
    expect(terms).toHaveLength(15);
    expect(terms).not.toContain('旧词');
  });
});
