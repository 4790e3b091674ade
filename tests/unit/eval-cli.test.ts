import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts';

function runEval(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/eval.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const TEXT = `${'市委书记张三主持会议，强调要坚持稳中求进，推动高质量发展。'.repeat(4)}\n${'会议听取了有关情况汇报，研究部署下一步工作。'.repeat(6)}`;
const HEADER = [
  '---',
  'id: city-sample-2024-05-06',
  'category: municipal',
  'script: simplified',
  'title: 市委召开会议',
  'url: https://www.example.gov.cn/news/1.html',
  'publication: 示例市人民政府',
  'date: 2024-05-06',
  'licence: PRC Copyright Law art. 5',
  '---',
].join('\n');

const ANSWERS = `status: checked
terms:
  - text: 市委书记
    kind: title
    english: Secretary of the CPC Municipal Committee
    pinyin: shì wěi shū ji
  - text: 张三
    kind: person
    english: Zhang San
    pinyin: zhāng sān
`;

function corpus(answers: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'guanhua-eval-'));
  mkdirSync(path.join(dir, 'excerpts'));
  mkdirSync(path.join(dir, 'answers'));
  writeFileSync(path.join(dir, 'excerpts', 'city-sample-2024-05-06.txt'), `${HEADER}\n${TEXT}\n`);
  writeFileSync(path.join(dir, 'answers', 'city-sample-2024-05-06.yaml'), answers);
  return dir;
}

describe('npm run eval', () => {
  it('checks a corpus without running the engine', () => {
    const { status, stdout } = runEval('--check', '--corpus', corpus(ANSWERS));
    expect(status).toBe(0);
    expect(stdout).toContain('1 excerpt(s), 2 listed terms: no problems.');
    expect(stdout).not.toContain('recall');
  }, 30_000);

  it('prints the figures and the misses, and writes them as JSON', () => {
    const dir = corpus(ANSWERS);
    const json = path.join(dir, 'report.json');
    const { status, stdout } = runEval('--corpus', dir, '--json', json);
    expect(status).toBe(0);
    expect(stdout).toMatch(/overall\s+\d+\.\d%/);
    const report = JSON.parse(readFileSync(json, 'utf8')) as { overall: { recall: { total: number } }; terms: { text: string }[]; floor: unknown };
    // 市委书记 four times, 张三 four times.
    expect(report.overall.recall.total).toBe(8);
    expect(report.terms.filter((term) => term.text === '张三')).toHaveLength(4);
    expect(report.floor).toBeTypeOf('object');
  }, 30_000);

  it('names the file and line of a broken answer and exits 2', () => {
    const { status, stderr } = runEval('--check', '--corpus', corpus(ANSWERS.replace('zhāng sān', 'zhāng')));
    expect(status).toBe(2);
    expect(stderr).toMatch(/answers\/city-sample-2024-05-06\.yaml:7: "张三": pinyin has 1 syllables for 2 Han characters/);
  }, 30_000);

  it('raises the floor, and lowers it only when told to', () => {
    const dir = corpus(ANSWERS);
    expect(runEval('--corpus', dir, '--update-floor').status).toBe(0);
    const floor = JSON.parse(readFileSync(path.join(dir, 'floor.json'), 'utf8')) as { recall: { overall: number } };
    expect(floor.recall.overall).toBeGreaterThan(0);
    // A harder answer sheet: a slogan nobody marks brings recall down.
    writeFileSync(
      path.join(dir, 'answers', 'city-sample-2024-05-06.yaml'),
      `${ANSWERS}  - text: 研究部署下一步工作\n    kind: slogan\n    english: study and plan the next steps\n    pinyin: yán jiū bù shǔ xià yī bù gōng zuò\n`,
    );
    const refused = runEval('--corpus', dir, '--update-floor');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('Not updating the floor: it would go down.');
    expect(runEval('--corpus', dir, '--update-floor', '--allow-lower').status).toBe(0);
  }, 60_000);

  it('says how to call it when the arguments are wrong', () => {
    const unknown = runEval('--colour');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Usage: npm run eval');
    const missing = runEval('--corpus', tmpdir());
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('not an evaluation corpus');
  }, 30_000);
});
