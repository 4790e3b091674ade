import { describe, expect, it } from 'vitest';
import { splitPrintedPage } from '../../dictionary-build/printed-page.ts';
import { escapeHtml, renderSamplePage } from '../../fixtures/sample-page.ts';
import { parseSourceDocument } from '../../dictionary-build/source-document.ts';
import { loadSampleSource } from '../../scripts/lib/sources.ts';

const hanOnly = (text: string) => [...text].filter((char) => /\p{Script=Han}/u.test(char)).sort().join('');

describe('splitPrintedPage on the Wuxi Daily front page', () => {
  const source = loadSampleSource();
  const articles = splitPrintedPage(source.text);

  it('finds the four stories with their headlines and bylines', () => {
    expect(articles).toHaveLength(4);
    expect(articles.map((article) => article.headlines.at(-1)?.join(' '))).toEqual([
      '以高水平合作开创互利共赢新局面',
      '解决群众“急难愁盼”',
      '突出高质量发展导向 把握高品质生活内涵 积极探索推进无锡共同富裕示范引领区建设',
      '我市收听收看省疫情联防联控指挥部视频会议并召开续会',
    ]);
    expect(articles.map((article) => article.byline)).toEqual(['高美梅、惠晓婧', '陈菁菁', '高美梅、惠晓婧', '陈菁菁']);
  });

  it('joins words split by column breaks and starts each story with its dateline', () => {
    for (const article of articles) expect(article.paragraphs[0]).toMatch(/^本报讯 2月25日/);
    expect(articles[0]?.paragraphs[0]).toContain('市委书记杜小刚');
    expect(articles[0]?.paragraphs.join('')).toContain('市属国企，与京东集团');
  });

  it('splits paragraphs where a sentence closes a short line', () => {
    expect(articles[0]?.paragraphs[0]?.endsWith('副市长高亚光参加会议。')).toBe(true);
    expect(articles[0]?.paragraphs[1]?.startsWith('当天下午')).toBe(true);
  });

  it('loses and adds no Chinese character', () => {
    const laidOut = articles
      .flatMap((article) => [...article.headlines.flat(), ...article.paragraphs, article.byline ?? ''])
      .join('');
    expect(hanOnly(laidOut)).toBe(hanOnly(source.text));
  });
});

describe('renderSamplePage', () => {
  it('lays out every story in a Chinese page with navigation and a sidebar', () => {
    const html = renderSamplePage(loadSampleSource());
    expect(html).toContain('<html lang="zh-CN">');
    expect(html.match(/<article /g)).toHaveLength(4);
    expect(html).toContain('<nav class="sections"');
    expect(html).toContain('<aside>');
  });

  it('escapes markup in the document text', () => {
    const doc = parseSourceDocument(
      '---\nid: x\npublication: p\ndate: 2022-01-01\n---\n本报讯 <script>alert(1)</script>开会了，“好”。\n',
      'x.txt',
    );
    const html = renderSamplePage(doc);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
