// Test pages for the content script: each a realistic case that must not break.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Converter } from 'opencc-js';
import { renderSamplePage } from '../../demo/sample-page.ts';
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts';
import { loadSampleSource } from '../../scripts/lib/sources.ts';

const HEAD = '<meta charset="utf-8"><link rel="icon" href="data:,">';

export function traditionalSamplePage(): string {
  return Converter({ from: 'cn', to: 'tw' })(renderSamplePage(loadSampleSource())).replace('lang="zh-CN"', 'lang="zh-TW"');
}

/** Forms and an editor full of terms beside one ordinary paragraph. */
export const FORMS_PAGE = `<!doctype html><html lang="zh-CN"><head>${HEAD}<title>表单</title></head><body>
<p id="prose">本报讯 市委书记杜小刚主持召开座谈会，听取前期工作情况汇报，研究部署下阶段工作举措，推动高质量发展。</p>
<form><input id="field" value="市委书记杜小刚"><textarea id="notes">副市长高亚光参加会议，推动共同富裕。</textarea>
<select id="choice"><option>市委书记</option></select></form>
<div id="editor" contenteditable="true"><p>代市长赵建军来到市社会矛盾纠纷调处服务中心接待来访群众。</p></div>
<pre id="code">市委书记 = "市长"</pre>
</body></html>`;

/** A stylesheet that restyles span, ruby, rt and everything else, as some sites do. */
export const HOSTILE_CSS_PAGE = `<!doctype html><html lang="zh-CN"><head>${HEAD}<title>样式</title><style>
  * { display: block !important; color: #333 !important; border: 1px solid #ccc !important; }
  span, ruby, rt, b { display: flex !important; font-size: 30px !important; visibility: hidden !important; }
  html, body, p { display: block !important; }
  [data-guanhua-kind] { background: yellow; }
</style></head><body>
<p id="prose">本报讯 市委书记杜小刚主持召开座谈会，听取前期工作情况汇报，研究部署下阶段工作举措，推动高质量发展。</p>
</body></html>`;

/**
 * A React page that re-renders the text Guanhua annotated: a counter in the same paragraph as
 * the terms, and a button that swaps the paragraph's text.
 */
export const REACT_PAGE = `<!doctype html><html lang="zh-CN"><head>${HEAD}<title>React</title>
<script src="/react.js"></script><script src="/react-dom.js"></script></head><body><div id="root"></div>
<script>
  const e = React.createElement;
  const texts = ['本报讯 市委书记杜小刚主持召开座谈会，研究部署下阶段工作举措，推动高质量发展。', '代市长赵建军来到市社会矛盾纠纷调处服务中心，解决群众急难愁盼，推动共同富裕。'];
  function App() {
    const [count, setCount] = React.useState(0);
    const [which, setWhich] = React.useState(0);
    return e('main', null,
      e('p', { id: 'story' }, texts[which], ' 点击次数：', count),
      e('button', { id: 'count', onClick: () => setCount(count + 1) }, '加一'),
      e('button', { id: 'swap', onClick: () => setWhich(1 - which) }, '换一篇'),
      which === 0 ? e('p', { id: 'extra' }, '副市长高亚光参加会议。') : null);
  }
  ReactDOM.createRoot(document.getElementById('root')).render(e(App));
  window.addEventListener('error', (event) => { document.title = 'ERROR ' + event.message; });
</script></body></html>`;

/** 10,000 paragraphs of Chinese news text, about 1 MB. */
export function bigPage(): string {
  const text = loadSampleSource().text.replace(/\s+/g, '');
  const paragraphs: string[] = [];
  for (let index = 0; index < 10_000; index += 1) {
    const start = (index * 37) % (text.length - 40);
    paragraphs.push(`<p id="p${index}">${text.slice(start, start + 34)}。副市长</p>`);
  }
  return `<!doctype html><html lang="zh-CN"><head>${HEAD}<title>长文</title></head><body><article>${paragraphs.join('')}</article></body></html>`;
}

export function reactScripts(): Record<string, { body: string; type: string }> {
  const read = (file: string) => readFileSync(path.join(PROJECT_ROOT, 'node_modules', file), 'utf8');
  return {
    '/react.js': { body: read('react/umd/react.production.min.js'), type: 'text/javascript' },
    '/react-dom.js': { body: read('react-dom/umd/react-dom.production.min.js'), type: 'text/javascript' },
  };
}

/**
 * A single-page app: English while it "loads", then, two seconds after load, its Chinese article
 * (the sample article's body) replaces the placeholder.
 */
export function lateChinesePage(): string {
  const article = loadSampleSource().text.split(/\n\s*\n/).slice(0, 6);
  return `<!doctype html><html lang="zh-CN"><head>${HEAD}<title>App</title></head><body>
<div id="app"><p>Loading the article, please wait.</p></div>
<script>
  const paragraphs = ${JSON.stringify(article)};
  setTimeout(() => {
    const app = document.getElementById('app');
    app.replaceChildren(...paragraphs.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
    app.dataset.rendered = 'yes';
  }, 2000);
</script></body></html>`;
}
