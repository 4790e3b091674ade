// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { pageLooksChinese } from '../../page/read-sample.ts';
import { clearPageState, PAGE_STATE_ATTRIBUTE, setPageState } from '../../page/page-state.ts';

const CHINESE_ARTICLE =
  '<article><h1>解决群众“急难愁盼”</h1><p>本报讯 2月25日，代市长赵建军来到市社会矛盾纠纷调处服务中心接待来访群众。</p></article>';

function setBody(html: string): void {
  // Test fixtures only: the extension itself never parses markup.
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
}

describe('pageLooksChinese', () => {
  beforeEach(() => setBody(''));

  it('says yes for a Chinese article, and reads it without changing it', () => {
    setBody(CHINESE_ARTICLE);
    const before = document.body.innerHTML; // eslint-disable-line no-restricted-syntax -- reading, to compare
    expect(pageLooksChinese(document)).toBe(true);
    expect(document.body.innerHTML).toBe(before); // eslint-disable-line no-restricted-syntax -- reading, to compare
  });

  it('says no for an English page, and for Chinese only inside scripts, styles, fields and code', () => {
    setBody('<p>Weather today: sunny spells, showers later in the afternoon.</p>');
    expect(pageLooksChinese(document)).toBe(false);
    const chinese = '市委书记'.repeat(20);
    setBody(`<p>Weather</p><script>var s = "${chinese}";</script><style>/* ${chinese} */</style><textarea>${chinese}</textarea><code>${chinese}</code>`);
    expect(pageLooksChinese(document)).toBe(false);
  });

  it('reads no further than its limit, in document order', () => {
    setBody(`<p>${'Weather '.repeat(10)}</p><p>${'市委书记'.repeat(20)}</p>`);
    expect(pageLooksChinese(document, 60)).toBe(false);
    expect(pageLooksChinese(document, 200)).toBe(true);
  });

  it('does not spend its limit on a long script before the article', () => {
    setBody(`<script>${'var weather = 1; '.repeat(100)}</script><p>${'市委书记'.repeat(20)}</p>`);
    expect(pageLooksChinese(document, 200)).toBe(true);
  });

  it('counts text in elements nested inside a skipped one as skipped', () => {
    const chinese = '市委书记'.repeat(20);
    setBody(`<p>Weather</p><pre><span>${chinese}</span></pre><svg><text><tspan>${chinese}</tspan></text></svg>`);
    expect(pageLooksChinese(document)).toBe(false);
    setBody(`<p>Weather</p><pre><span>${chinese}</span></pre><p>${chinese}</p>`);
    expect(pageLooksChinese(document)).toBe(true);
  });
});

describe('the page state marker', () => {
  beforeEach(() => clearPageState(document.documentElement));

  it('marks the root element with the state, and removes it when cleared', () => {
    setPageState(document.documentElement, 'off');
    expect(document.documentElement.getAttribute(PAGE_STATE_ATTRIBUTE)).toBe('off');
    setPageState(document.documentElement, 'zh');
    expect(document.documentElement.getAttribute(PAGE_STATE_ATTRIBUTE)).toBe('zh');
    clearPageState(document.documentElement);
    expect(document.documentElement.hasAttribute(PAGE_STATE_ATTRIBUTE)).toBe(false);
  });
});
