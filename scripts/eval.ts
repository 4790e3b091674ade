// npm run eval -- [--json FILE] [--update-floor [--allow-lower]] [--corpus DIR] [ID...]
// npm run eval:check -- [--corpus DIR] [ID...]
// Scores the engine, as the extension builds it, against the evaluation corpus
// (dictionaries/eval/): recall, precision, must-not hits and pinyin agreement, then every miss and
// wrong mark grouped by cause. --check only validates the corpus files (it never runs the engine,
// so editors can check answers without seeing Guanhua's output).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../dictionary-build/problems.ts';
import { belowFloor, floorOf, isFloor, type Floor } from '../evaluation/floor.ts';
import { MARK_VERDICTS, MISS_CAUSES, scoreCorpus, type EvalReport, type Ratio } from '../evaluation/score.ts';
import { engineLineAnnotator, EVAL_DIR, floorFileOf, readEvalCorpus } from './lib/eval-corpus.ts';

const USAGE = 'Usage: npm run eval -- [--json FILE] [--update-floor [--allow-lower]] [--corpus DIR] [ID...]\n       npm run eval:check -- [--corpus DIR] [ID...]';

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        check: { type: 'boolean', default: false },
        json: { type: 'string' },
        'update-floor': { type: 'boolean', default: false },
        'allow-lower': { type: 'boolean', default: false },
        corpus: { type: 'string', default: EVAL_DIR },
      },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
}

const { values: options, positionals: ids } = parseCommandLine();
if (!existsSync(path.join(options.corpus, 'excerpts'))) {
  console.error(`${options.corpus} holds no excerpts/ folder: not an evaluation corpus.\n${USAGE}`);
  process.exit(2);
}

const { items, problems } = readEvalCorpus(options.corpus, ids);
const floorFile = floorFileOf(options.corpus);
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`${problems.length} problem(s) in the evaluation corpus.`);
  process.exit(2);
}

if (options.check) {
  const drafts = items.filter((item) => item.answers.status === 'draft').map((item) => item.excerpt.id);
  const terms = items.reduce((total, item) => total + item.answers.terms.length, 0);
  console.log(`${items.length} excerpt(s), ${terms} listed terms: no problems.`);
  if (drafts.length > 0) console.log(`Still draft: ${drafts.join(', ')}`);
  process.exit(0);
}

const drafts = items.filter((item) => item.answers.status === 'draft');
if (drafts.length > 0) console.warn(`Note: ${drafts.length} answer file(s) are still draft: ${drafts.map((item) => item.excerpt.id).join(', ')}\n`);

const started = performance.now();
const report = scoreCorpus(items, engineLineAnnotator(items));
const seconds = (performance.now() - started) / 1000;

const percent = ({ hits, total }: Ratio) => (total === 0 ? '     —' : `${((hits / total) * 100).toFixed(1).padStart(5)}%`);
const cell = (value: Ratio) => `${percent(value)} ${`(${value.hits}/${value.total})`.padEnd(11)}`;

function printReport(report: EvalReport): void {
  const required = report.terms.filter((term) => !term.optional).length;
  console.log(
    `Guanhua evaluation: ${report.excerpts} excerpts, ${required} required terms (${report.terms.length - required} optional), ${report.marks.length} marks (${seconds.toFixed(1)} s)\n`,
  );
  console.log(`${''.padEnd(20)}${'recall'.padEnd(19)}precision`);
  console.log(`${'overall'.padEnd(20)}${cell(report.overall.recall)} ${cell(report.overall.precision)}`);
  for (const [kind, figures] of Object.entries(report.byKind)) console.log(`  ${kind.padEnd(18)}${cell(figures.recall)} ${cell(figures.precision)}`);
  console.log('by category');
  for (const [category, figures] of Object.entries(report.byCategory)) console.log(`  ${category.padEnd(18)}${cell(figures.recall)} ${cell(figures.precision)}`);
  console.log(`\nmust-not hits: ${report.mustNotHits}`);
  console.log(`pinyin agreement: ${percent(report.pinyin)} (${report.pinyin.hits}/${report.pinyin.total}) of the terms marked with the right span`);
  console.log(`gloss agreement (information only, exact wording): ${percent(report.gloss)} (${report.gloss.hits}/${report.gloss.total})`);

  const misses = report.terms.filter((term) => !term.optional && !term.found);
  console.log(`\nMisses (${misses.length}), by cause`);
  for (const cause of MISS_CAUSES) {
    const group = misses.filter((term) => term.cause === cause);
    if (group.length === 0) continue;
    console.log(`  ${cause} (${group.length})`);
    for (const term of group) {
      const marked = term.marked.length > 0 ? `  — marked: ${term.marked.join(', ')}` : '';
      console.log(`    ${`${term.excerpt}:${term.line}`.padEnd(44)} ${term.text} [${term.kind}] ${term.english}${marked}`);
    }
  }
  const wrong = report.marks.filter((mark) => mark.verdict !== 'right' && mark.verdict !== 'unjudged');
  console.log(`\nWrong marks (${wrong.length}), by cause`);
  for (const verdict of MARK_VERDICTS.filter((verdict) => verdict !== 'right' && verdict !== 'unjudged')) {
    const group = wrong.filter((mark) => mark.verdict === verdict);
    if (group.length === 0) continue;
    console.log(`  ${verdict} (${group.length})`);
    for (const mark of group) {
      const about = mark.mustNot
        ? `  — must not: ${mark.mustNot.why}`
        : mark.term
          ? `  — answer: ${mark.term.text} [${mark.term.kind}]`
          : '';
      console.log(`    ${`${mark.excerpt}:${mark.line}`.padEnd(44)} ${mark.text} [${mark.kind}] "${mark.gloss}"${about}`);
    }
  }
  const unjudged = report.marks.filter((mark) => mark.verdict === 'unjudged');
  if (unjudged.length > 0) {
    const counts = new Map<string, number>();
    for (const mark of unjudged) {
      const key = `${mark.text} "${mark.gloss}"`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    console.log(`\nNot judged (${unjudged.length}): vocabulary marked where the answers list nothing`);
    for (const [text, count] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`    ${count}× ${text}`);
  }
  if (report.pinyinDisagreements.length > 0) {
    console.log(`\nPinyin disagreements (${report.pinyinDisagreements.length})`);
    for (const item of report.pinyinDisagreements) {
      console.log(`    ${item.excerpt.padEnd(44)} ${item.text}: answer ${item.expected}; Guanhua ${item.marked}`);
    }
  }
}

printReport(report);

if (options.json) {
  try {
    writeFileSync(options.json, `${JSON.stringify({ ...report, floor: floorOf(report) }, null, 2)}\n`);
    console.log(`\nWrote ${options.json}`);
  } catch (error) {
    console.error(`Cannot write ${options.json}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    process.exit(2);
  }
}

if (options['update-floor']) {
  if (ids.length > 0) {
    console.error('The floor covers the whole corpus: run --update-floor without excerpt ids.');
    process.exit(2);
  }
  const current = floorOf(report);
  let previous: Floor | undefined;
  if (existsSync(floorFile)) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(floorFile, 'utf8'));
      if (isFloor(parsed)) previous = parsed;
    } catch {
      previous = undefined;
    }
    if (!previous) console.warn(`${floorFile} is not a floor file (unreadable or malformed): writing a new one.`);
  }
  const drops = previous ? belowFloor(current, previous) : [];
  if (drops.length > 0 && !options['allow-lower']) {
    console.error(`Not updating the floor: it would go down.\n  ${drops.join('\n  ')}\nSay why in the commit and pass --allow-lower.`);
    process.exit(1);
  }
  writeFileSync(floorFile, `${JSON.stringify(current, null, 2)}\n`);
  console.log(`\nUpdated ${floorFile}: recall ${percent(report.overall.recall)}, precision ${percent(report.overall.precision)}.`);
}
