import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSourceDocument, SourceDocumentError } from '../../dictionary-build/source-document.ts';
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts';
import { loadSampleSource, loadSourceDocuments } from '../../scripts/lib/sources.ts';

const header = ['---', 'id: test-doc', 'publication: 测试报', 'date: 2022-02-25', '---'];

describe('the bundled source documents', () => {
  it('include the Wuxi Daily front page with its metadata', () => {
    const doc = loadSampleSource();
    expect(doc).toMatchObject({ id: 'wuxi-daily-2022-02-25', date: '2022-02-25' });
    expect(doc.publication).toContain('无锡日报');
  });

  it('keep the printed text verbatim, column breaks inside words included', () => {
    const { text } = loadSampleSource();
    expect(text.startsWith(' 本报讯 2月25日下午，市委书\n记杜小刚')).toBe(true);
    const seed = path.resolve(PROJECT_ROOT, '../shared/seeds/000_3af030e9bda65c46.txt');
    // The seed sits beside the project on team machines; compare byte for byte when it is there.
    if (existsSync(seed)) expect(text).toBe(readFileSync(seed, 'utf8'));
  });

  it('all parse, with unique ids', () => {
    const ids = loadSourceDocuments().map((doc) => doc.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('parseSourceDocument', () => {
  it('returns the header fields and the text after the header unchanged', () => {
    const doc = parseSourceDocument([...header, ' 第一行\n第二行', ''].join('\n'), 'a.txt');
    expect(doc.meta).toEqual({ id: 'test-doc', publication: '测试报', date: '2022-02-25' });
    expect(doc.textLine).toBe(6);
    expect(doc.text).toBe(' 第一行\n第二行\n');
  });

  it.each([
    ['no header', '本报讯', 'a.txt:1: expected a metadata header'],
    ['an unclosed header', '---\nid: x\n本报讯', 'a.txt:1: metadata header opened here is never closed'],
    ['a line that is not a field', '---\nid x\n---\n文', 'a.txt:2: expected "field: value"'],
    ['a field given twice', '---\nid: a\nid: b\n---\n文', 'a.txt:3: field "id" given twice'],
    ['a missing date', '---\nid: a\npublication: p\n---\n文', 'a.txt:1: header lacks "date"'],
    ['a date that is not a date', '---\nid: a\npublication: p\ndate: 2022-13-45\n---\n文', 'is not a YYYY-MM-DD date'],
    ['an id with spaces', '---\nid: A b\npublication: p\ndate: 2022-01-01\n---\n文', 'must be lower-case words'],
    ['no text', [...header, '  ', ''].join('\n'), 'a.txt:6: document has no text'],
  ])('rejects %s with the file, line and problem', (_case, raw, message) => {
    expect(() => parseSourceDocument(raw, 'a.txt')).toThrowError(SourceDocumentError);
    expect(() => parseSourceDocument(raw, 'a.txt')).toThrowError(message);
  });

  it('takes a month for a date only where a month is allowed', () => {
    const raw = '---\nid: a\npublication: p\ndate: 2019-06\n---\n文';
    expect(() => parseSourceDocument(raw, 'a.txt')).toThrowError('date "2019-06" is not a YYYY-MM-DD date');
    expect(parseSourceDocument(raw, 'a.txt', { allowMonth: true }).date).toBe('2019-06');
    expect(() => parseSourceDocument(raw.replace('2019-06', '2019-13'), 'a.txt', { allowMonth: true })).toThrowError('YYYY-MM-DD or YYYY-MM');
  });

  it('reports a malformed file among the sources by name', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'guanhua-sources-'));
    writeFileSync(path.join(dir, 'good.txt'), [...header, '正文'].join('\n'));
    writeFileSync(path.join(dir, 'bad.txt'), '正文');
    expect(() => loadSourceDocuments(dir)).toThrowError(/bad\.txt:1:/);
  });
});
