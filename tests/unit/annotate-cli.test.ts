import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { collectTextBlocks } from '../../page/text-blocks.ts';
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts';
import { ENTRY_KINDS } from '../../engine/dictionary-format.ts';

const SOURCE = 'dictionaries/sources/wuxi-daily-2022-02-25.txt';
const KINDS: readonly string[] = ENTRY_KINDS;

function annotate(args: string[], input?: string | Buffer) {
  const result = spawnSync('npx', ['tsx', 'scripts/annotate.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    ...(input !== undefined && { input }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, content: string | Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'guanhua-cli-')), name);
  writeFileSync(file, content);
  return file;
}

interface JsonResult {
  file: string;
  annotations: { start: number; end: number; text: string; id: string; kind: string; pinyin: string; gloss: string; composed: boolean }[];
}

describe('npm run annotate', () => {
  it('writes the documented JSON for a plain-text file, offsets into the file as read', () => {
    const { status, stdout } = annotate(['--format', 'json', SOURCE]);
    expect(status).toBe(0);
    const results = JSON.parse(stdout) as JsonResult[];
    expect(results).toHaveLength(1);
    const [{ file, annotations } = { file: '', annotations: [] }] = results;
    expect(file).toBe(SOURCE);
    const content = readFileSync(path.join(PROJECT_ROOT, SOURCE), 'utf8');
    expect(annotations.length).toBeGreaterThan(250);
    for (const annotation of annotations) {
      expect(Object.keys(annotation)).toEqual(['start', 'end', 'text', 'id', 'kind', 'pinyin', 'gloss', 'composed']);
      expect(content.slice(annotation.start, annotation.end)).toBe(annotation.text);
      expect(KINDS).toContain(annotation.kind);
      const han = [...annotation.text].filter((char) => /\p{Script=Han}/u.test(char)).length;
      expect(annotation.pinyin.split(' ')).toHaveLength(han);
    }
    expect(annotations.find((annotation) => annotation.id === '市委书记')).toMatchObject({
      text: '市委书\n记',
      kind: 'title',
      pinyin: 'shì wěi shū ji',
      composed: false,
    });
  }, 30_000);

  it("annotates an .html page block by block, offsets into the page's text content", () => {
    const html = '<!doctype html><html><head><title>市长</title><style>p{}</style></head><body><nav>首页</nav><p><b>市委</b>书记杜小刚</p><p>县委书记王某<br>强调</p><script>var s = "市长";</script></body></html>';
    const file = tempFile('page.html', html);
    const { status, stdout } = annotate([file]);
    expect(status).toBe(0);
    const [result] = JSON.parse(stdout) as JsonResult[];
    const window = new Window();
    const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const pageText = collectTextBlocks(document.body).flatMap((block) => block.nodes.map((node) => node.nodeValue)).join('');
    expect(result?.annotations.map(({ start, end, text, composed }) => [pageText.slice(start, end), text, composed])).toEqual([
      ['市委书记', '市委书记', false],
      ['杜小刚', '杜小刚', false],
      ['县委书记', '县委书记', true],
      ['王某', '王某', true],
    ]);
  }, 30_000);

  it('prints one line per annotation as text, and a page with ruby as html; reads standard input', () => {
    const text = annotate(['--format', 'text', '-'], '副市长、市公安局局长张镇参加。');
    expect(text.status).toBe(0);
    expect(text.stdout.trim().split('\n')).toEqual([
      '-:0-3\t副市长\ttitle\tfù shì zhǎng\tVice Mayor',
      '-:4-10\t市公安局局长\ttitle\tshì gōng ān jú jú zhǎng\tDirector of the Municipal Public Security Bureau',
      '-:10-12\t张镇\tperson\tzhāng zhèn\tZhang Zhen',
    ]);
    const html = annotate(['--format', 'html', '-'], '本报讯 <市委书记>');
    expect(html.status).toBe(0);
    expect(html.stdout).toContain('<ruby>市<rt>shì</rt></ruby><ruby>委<rt>wěi</rt></ruby>');
    expect(html.stdout).toContain('title="shì wěi shū ji — Secretary of the CPC Municipal Committee"');
    expect(html.stdout).toContain('&lt;');
    expect(html.stdout).not.toContain('<市');
  }, 30_000);

  it('rejects a missing file, binary input and an unknown format with exit code 2, writing nothing for them', () => {
    const binary = tempFile('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const latin1 = tempFile('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const good = tempFile('good.txt', '市委书记');
    const mixed = annotate(['--format', 'json', 'no/such/file.txt', binary, latin1, good]);
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toContain('no/such/file.txt: no such file');
    expect(mixed.stderr).toContain('image.txt: binary file');
    expect(mixed.stderr).toContain('latin1.txt: not valid UTF-8 text');
    expect((JSON.parse(mixed.stdout) as JsonResult[]).map((result) => result.file)).toEqual([good]);

    const format = annotate(['--format', 'yaml', good]);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('unknown format "yaml"');
    expect(format.stdout).toBe('');
  }, 30_000);
});
