// The floor: the evaluation figures CI holds the engine to (dictionaries/eval/floor.json).
// Figures are fractions rounded down to 0.1 %, so a re-run on the same code never falls below.
import { rate, type EvalReport } from './score.ts';

export interface Floor {
  recall: Record<string, number>;
  precision: Record<string, number>;
  /** The most must-not hits allowed. */
  mustNotHits: number;
  pinyin: number;
}

const roundDown = (value: number) => Math.floor(value * 1000 + 1e-9) / 1000;

/** The report's figures in the floor's shape. */
export function floorOf(report: EvalReport): Floor {
  const recall: Record<string, number> = { overall: roundDown(rate(report.overall.recall)) };
  const precision: Record<string, number> = { overall: roundDown(rate(report.overall.precision)) };
  for (const [kind, figures] of Object.entries(report.byKind)) {
    if (figures.recall.total > 0) recall[kind] = roundDown(rate(figures.recall));
    if (figures.precision.total > 0) precision[kind] = roundDown(rate(figures.precision));
  }
  return { recall, precision, mustNotHits: report.mustNotHits, pinyin: roundDown(rate(report.pinyin)) };
}

/** Where the current figures fall below the floor, one sentence each; empty when none does. */
export function belowFloor(current: Floor, floor: Floor): string[] {
  const drops: string[] = [];
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  for (const measure of ['recall', 'precision'] as const) {
    for (const [key, minimum] of Object.entries(floor[measure])) {
      const value = current[measure][key];
      if (value === undefined) drops.push(`${measure} of ${key}: nothing to measure any more (floor ${percent(minimum)})`);
      else if (value < minimum) drops.push(`${measure} of ${key}: ${percent(value)}, below the floor of ${percent(minimum)}`);
    }
  }
  if (current.mustNotHits > floor.mustNotHits) drops.push(`must-not hits: ${current.mustNotHits}, above the ceiling of ${floor.mustNotHits}`);
  if (current.pinyin < floor.pinyin) drops.push(`pinyin agreement: ${percent(current.pinyin)}, below the floor of ${percent(floor.pinyin)}`);
  return drops;
}

export function isFloor(value: unknown): value is Floor {
  const candidate = value as Partial<Floor> | null;
  const isFigures = (figures: unknown) =>
    typeof figures === 'object' && figures !== null && Object.values(figures).every((number) => typeof number === 'number' && number >= 0 && number <= 1);
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    isFigures(candidate.recall) &&
    isFigures(candidate.precision) &&
    typeof candidate.mustNotHits === 'number' &&
    typeof candidate.pinyin === 'number'
  );
}
