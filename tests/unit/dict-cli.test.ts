import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts';

function candidates(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/dict-candidates.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run dict:candidates', () => {
  it('prints the uncovered candidates of a plain-text document and exits 1', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'guanhua-doc-')), 'doc.txt');
    writeFileSync(file, '本报讯 县委书记王某主持召开会议，要求落实“五个管住”，坚持稳中求进、统筹兼顾。\n');
    const { status, stdout } = candidates(file);
    expect(status).toBe(1);
    expect(stdout).toContain('formula  五个管住  (in 五个管住)');
    expect(stdout).toContain('parallel 稳中求进、统筹兼顾');
    // Covered: 书记 and 本报讯 are entries.
    expect(stdout).not.toMatch(/title\s+书记/);
  }, 30_000);

  it('finds nothing uncovered in the bundled source, and says why it cannot read a file', () => {
    const { status, stdout, stderr } = candidates('dictionaries/sources/wuxi-daily-2022-02-25.txt', 'no/such/file.txt');
    expect(stdout).toMatch(/wuxi-daily-2022-02-25\.txt: 0 uncovered of \d+ candidates/);
    expect(stderr).toContain('no/such/file.txt: cannot read');
    expect(status).toBe(1);
  }, 30_000);

  it('mines the set phrases of documents, ranked, with an example each; a bad option exits 2', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'guanhua-phrases-'));
    const one = path.join(dir, 'one.txt');
    const two = path.join(dir, 'two.txt');
    // “小红花” is no term of the dictionary; “六稳” is one, so it is not listed.
    writeFileSync(one, '要落实“小红花”“六稳”任务，坚持底线思维。\n');
    writeFileSync(two, '落实“小红花”“六稳”，增强底线思维。\n');
    const { status, stdout } = candidates('--phrases', '--limit', '10', one, two);
    expect(status).toBe(0);
    expect(stdout).toContain('in 2 document(s)');
    expect(stdout).toMatch(/\s2\s+2\s+quoted\s+小红花\n\s+.*one\.txt: 要落实“小红花”/);
    expect(stdout).not.toMatch(/\s六稳\n/);
    expect(stdout).not.toMatch(/\s底线思维\n/);
    const bad = candidates('--phrases', '--limit', 'many');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--limit takes a whole number');
  }, 60_000);
});
