// The evaluation corpus itself: complete, checked, kept apart from the dictionary's sources, and
// the engine held to the floor of its figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, canonicalString } from '../../evaluation/corpus.ts';
import { belowFloor, floorOf, isFloor } from '../../evaluation/floor.ts';
import { scoreCorpus } from '../../evaluation/score.ts';
import { engineLineAnnotator, FLOOR_FILE, readEvalCorpus } from '../../scripts/lib/eval-corpus.ts';
import { loadSourceDocuments } from '../../scripts/lib/sources.ts';

const { items, problems } = readEvalCorpus();

/**
 * Official prose repeats set sentences (坚持以习近平新时代中国特色社会主义思想为指导 is 21 characters),
 * so sharing a phrase with a source says nothing; an excerpt taken from a source shares far more:
 * a run longer than any set sentence, or most of its text in shorter runs that are not the genre's
 * common stock. Local plans quote the national plan's framing sentence whole (74 characters:
 * “十四五”时期是我国全面建成小康社会…的第一个五年), so a set sentence may run to 80 characters; and a
 * run found in three or more sources is the genre's, not one source's.
 */
const WINDOW = 20;
const LONGEST_SET_SENTENCE = 80;
const MOST_OF_THE_TEXT = 0.4;
const COMMON_STOCK = 3;

/** Each 20-character window of the sources, with the number of sources it occurs in. */
function sourceWindows(): Map<string, number> {
  const windows = new Map<string, number>();
  for (const source of loadSourceDocuments()) {
    const text = canonicalString(source.text);
    const own = new Set<string>();
    for (let at = 0; at + WINDOW <= text.length; at += 1) own.add(text.slice(at, at + WINDOW));
    for (const window of own) windows.set(window, (windows.get(window) ?? 0) + 1);
  }
  return windows;
}

function takenFromSources(text: string, windows: Map<string, number>): boolean {
  const covered = new Uint8Array(text.length);
  let run = 0;
  for (let at = 0; at + WINDOW <= text.length; at += 1) {
    const sources = windows.get(text.slice(at, at + WINDOW)) ?? 0;
    if (sources === 0) {
      run = 0;
      continue;
    }
    if (sources < COMMON_STOCK) covered.fill(1, at, at + WINDOW);
    run = run === 0 ? WINDOW : run + 1;
    if (run >= LONGEST_SET_SENTENCE) return true;
  }
  return covered.reduce((sum, value) => sum + value, 0) >= text.length * MOST_OF_THE_TEXT;
}

describe('the evaluation corpus', () => {
  it('reads without a problem', () => {
    expect(problems.map((problem) => `${problem.file}:${problem.line}: ${problem.problem}`)).toEqual([]);
  });

  it('has at least 40 excerpts over every category, 8 of them Traditional', () => {
    expect(items.length).toBeGreaterThanOrEqual(40);
    const categories = new Set(items.map((item) => item.excerpt.category));
    expect([...CATEGORIES].filter((category) => !categories.has(category))).toEqual([]);
    expect(items.filter((item) => item.excerpt.script === 'traditional').length).toBeGreaterThanOrEqual(8);
  });

  it('has answers a person has checked', () => {
    expect(items.filter((item) => item.answers.status !== 'checked').map((item) => item.excerpt.id)).toEqual([]);
  });

  it('is taken from none of the documents the dictionary is built from', () => {
    const windows = sourceWindows();
    const taken = items.filter((item) => takenFromSources(canonicalString(item.excerpt.document.text), windows));
    expect(taken.map((item) => item.excerpt.id)).toEqual([]);
    // The check itself: a source's own text counts as taken, a shared set sentence does not.
    const [source] = loadSourceDocuments();
    expect(takenFromSources(canonicalString(source?.text.slice(0, 400) ?? ''), windows)).toBe(true);
    expect(takenFromSources(canonicalString(`会议强调，坚持以习近平新时代中国特色社会主义思想为指导，${'推动县域经济发展。'.repeat(20)}`), windows)).toBe(false);
  });
});

describe('the engine on the evaluation corpus', () => {
  it('stays at or above the floor recorded in dictionaries/eval/floor.json', () => {
    const floor: unknown = JSON.parse(readFileSync(FLOOR_FILE, 'utf8'));
    expect(isFloor(floor)).toBe(true);
    const report = scoreCorpus(items, engineLineAnnotator(items));
    expect(belowFloor(floorOf(report), floor as never)).toEqual([]);
  });

  it('makes marks that never overlap, with the names and towns of the whole excerpt learnt first', () => {
    const annotate = engineLineAnnotator(items);
    const overlapping: string[] = [];
    for (const { excerpt } of items) {
      for (const line of excerpt.lines) {
        const marks = annotate(line, excerpt.id);
        for (const [index, mark] of marks.entries()) {
          const next = marks[index + 1];
          if (next && next.start.offset < mark.end.offset) overlapping.push(`${excerpt.id}: ${mark.text} / ${next.text}`);
        }
      }
    }
    expect(overlapping).toEqual([]);
  });
});
