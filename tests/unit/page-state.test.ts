// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { pageLooksChinese, readTextSample } from '../../page/read-sample.ts';
import { clearPageState, PAGE_STATE_ATTRIBUTE, setPageState } from '../../page/page-state.ts';

const CHINESE_ARTICLE =
  '<article><h1>解决群众“急难愁盼”</h1><p>本报讯 2月25日，代市长赵建军来到市社会矛盾纠纷调处服务中心接待来访群众。</p></article>';

function setBody(html: string): void {
  // Test fixtures only: the extension itself never parses markup.
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
}

describe('readTextSample', () => {
  beforeEach(() => setBody(''));

  it('reads text in document order, skipping scripts, styles, textareas and code', () => {
    setBody('<p>市委</p><script>var 书记 = 1;</script><style>p{}</style><textarea>草稿</textarea><code>代码</code><p>书记</p>');
    expect(readTextSample(document.body)).toBe('市委书记');
  });

  it('stops at the character limit', () => {
    setBody(`<p>${'官'.repeat(50)}</p><p>${'话'.repeat(50)}</p>`);
    expect(readTextSample(document.body, 60)).toBe('官'.repeat(50) + '话'.repeat(10));
  });
});

describe('pageLooksChinese', () => {
  beforeEach(() => setBody(''));

  it('says yes for a Chinese article, and reads it without changing it', () => {
    setBody(CHINESE_ARTICLE);
    const before = document.body.innerHTML; // eslint-disable-line no-restricted-syntax -- reading, to compare
    expect(pageLooksChinese(document)).toBe(true);
    expect(document.body.innerHTML).toBe(before); // eslint-disable-line no-restricted-syntax -- reading, to compare
  });

  it('says no for an English page, and for Chinese only inside a script', () => {
    setBody('<p>Weather today: sunny spells, showers later in the afternoon.</p>');
    expect(pageLooksChinese(document)).toBe(false);
    setBody(`<p>Weather</p><script>var s = "${'市委书记'.repeat(20)}";</script>`);
    expect(pageLooksChinese(document)).toBe(false);
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
