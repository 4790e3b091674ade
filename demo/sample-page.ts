// The demo's sample news page: a source document laid out the way Chinese news sites lay out
// an article page — a masthead, a navigation bar and a sidebar full of Chinese links around
// the article body — so that the extension meets the same clutter it meets on real sites.
import type { SourceDocument } from '../dictionary-build/source-document.ts';
import { splitPrintedPage, type PrintedArticle } from '../dictionary-build/printed-page.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Navigation categories: generic section names of a Chinese news site, page furniture only. */
const SECTIONS = ['首页', '要闻', '时政', '经济', '社会', '民生', '文化', '专题'];

function renderArticle(article: PrintedArticle, index: number): string {
  const [first, ...rest] = article.headlines;
  // With two headline blocks the first is the kicker (引题) and the second the main headline.
  const kicker = rest.length > 0 ? first : undefined;
  const main = rest.length > 0 ? rest.flat() : (first ?? []);
  return `
    <article id="article-${index + 1}" class="story">
      ${kicker ? `<p class="kicker">${escapeHtml(kicker.join(' '))}</p>` : ''}
      <h2>${main.map(escapeHtml).join('<br>')}</h2>
      ${article.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n      ')}
      ${article.byline ? `<p class="byline">（${escapeHtml(article.byline)}）</p>` : ''}
    </article>`;
}

function headlineOf(article: PrintedArticle): string {
  const blocks = article.headlines;
  return (blocks.length > 1 ? blocks[1] : blocks[0])?.join(' ') ?? '';
}

export function renderSamplePage(source: SourceDocument): string {
  const articles = splitPrintedPage(source.text);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeHtml(headlineOf(articles[0] ?? { headlines: [], paragraphs: [] }))} — Guanhua sample page</title>
<style>
  body { margin: 0; font-family: "Noto Serif CJK SC", "Songti SC", serif; color: #222; background: #f4f1ea; }
  .masthead { background: #9e1b1b; color: #fff; padding: 14px 32px; font-family: "Noto Sans CJK SC", sans-serif; }
  .masthead h1 { margin: 0; font-size: 22px; letter-spacing: 2px; }
  .masthead p { margin: 4px 0 0; font-size: 13px; opacity: .85; }
  nav.sections { background: #7d1414; padding: 0 32px; font-family: "Noto Sans CJK SC", sans-serif; }
  nav.sections a { display: inline-block; color: #fff; padding: 8px 12px; text-decoration: none; font-size: 15px; }
  .layout { display: flex; gap: 28px; max-width: 1100px; margin: 24px auto; padding: 0 24px; }
  main { flex: 1; min-width: 0; background: #fff; padding: 8px 36px 28px; box-shadow: 0 1px 3px rgba(0,0,0,.1); }
  .story { border-bottom: 1px solid #e4ddd0; padding: 18px 0; }
  .story:last-child { border-bottom: 0; }
  .kicker { color: #555; font-size: 15px; margin: 0 0 6px; font-family: "Noto Sans CJK SC", sans-serif; }
  h2 { font-size: 26px; line-height: 1.4; margin: 0 0 14px; color: #111; font-family: "Noto Sans CJK SC", sans-serif; }
  .story p { font-size: 18px; line-height: 2.1; text-indent: 2em; margin: 0 0 10px; }
  .story p.kicker, .story p.byline { text-indent: 0; }
  .byline { text-align: right; color: #666; }
  aside { width: 260px; flex: none; font-family: "Noto Sans CJK SC", sans-serif; }
  aside section { background: #fff; padding: 12px 16px; margin-bottom: 16px; box-shadow: 0 1px 3px rgba(0,0,0,.1); }
  aside h3 { font-size: 15px; margin: 0 0 8px; color: #9e1b1b; }
  aside ul { margin: 0; padding-left: 18px; }
  aside li { margin: 6px 0; font-size: 14px; line-height: 1.5; }
  aside a { color: #333; text-decoration: none; }
  footer { text-align: center; color: #777; font-size: 12px; padding: 16px; font-family: sans-serif; }
</style>
</head>
<body>
<header class="masthead">
  <h1>${escapeHtml(source.publication.split(' ')[0] ?? source.publication)} · ${escapeHtml(source.date)}</h1>
  <p lang="en">Guanhua sample page: the text of the ${escapeHtml(source.publication)} front page of ${escapeHtml(source.date)}, laid out as a news site. Navigation and sidebar are page furniture.</p>
</header>
<nav class="sections" aria-label="栏目">
  ${SECTIONS.map((section) => `<a href="#">${section}</a>`).join('')}
</nav>
<div class="layout">
  <main>
    ${articles.map(renderArticle).join('\n')}
  </main>
  <aside>
    <section>
      <h3>本版导读</h3>
      <ul>
        ${articles.map((article, index) => `<li><a href="#article-${index + 1}">${escapeHtml(headlineOf(article))}</a></li>`).join('\n        ')}
      </ul>
    </section>
  </aside>
</div>
<footer lang="en">Source document: ${escapeHtml(source.id)} (dictionaries/sources/). Sample page for the Guanhua demo.</footer>
</body>
</html>
`;
}
