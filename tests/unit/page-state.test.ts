// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { readTextSample } from '../../page/read-sample.ts';
import { applyPageState, decidePageState } from '../../page/start.ts';
import { clearPageState, PAGE_STATE_ATTRIBUTE } from '../../page/page-state.ts';

const CHINESE_ARTICLE =
  '<article><h1>解决群众“急难愁盼”</h1><p>本报讯 2月25日，代市长赵建军来到市社会矛盾纠纷调处服务中心接待来访群众。</p></article>';

function setBody(html: string): void {
  // Test fixtures only: the extension itself never parses markup.
  document.body.replaceChildren(document.createRange().createContextualFragment(html));
}

describe('readTextSample', () => {
  beforeEach(() => setBody(''));

  it('reads text in document order, skipping scripts, styles and textareas', () => {
    setBody('<p>市委</p><script>var 书记 = 1;</script><style>p{}</style><textarea>草稿</textarea><p>书记</p>');
    expect(readTextSample(document.body)).toBe('市委书记');
  });

  it('stops at the character limit', () => {
    setBody(`<p>${'官'.repeat(50)}</p><p>${'话'.repeat(50)}</p>`);
    expect(readTextSample(document.body, 60)).toBe('官'.repeat(50) + '话'.repeat(10));
  });
});

describe('the page state marker', () => {
  beforeEach(() => {
    setBody('');
    clearPageState(document.documentElement);
  });

  it('marks a Chinese article "zh"', () => {
    setBody(CHINESE_ARTICLE);
    expect(applyPageState({ document, enabled: true })).toBe('zh');
    expect(document.documentElement.getAttribute(PAGE_STATE_ATTRIBUTE)).toBe('zh');
  });

  it('marks an English page "not-chinese"', () => {
    setBody('<p>Weather today: sunny spells, showers later in the afternoon.</p>');
    expect(decidePageState({ document, enabled: true })).toBe('not-chinese');
  });

  it('marks any page "off" when Guanhua is switched off, and changes the body not at all', () => {
    setBody(CHINESE_ARTICLE);
    const before = document.body.innerHTML; // eslint-disable-line no-restricted-syntax -- reading, to compare
    applyPageState({ document, enabled: false });
    expect(document.documentElement.getAttribute(PAGE_STATE_ATTRIBUTE)).toBe('off');
    expect(document.body.innerHTML).toBe(before); // eslint-disable-line no-restricted-syntax -- reading, to compare
  });

  it('removes its marker when cleared', () => {
    setBody(CHINESE_ARTICLE);
    applyPageState({ document, enabled: true });
    clearPageState(document.documentElement);
    expect(document.documentElement.hasAttribute(PAGE_STATE_ATTRIBUTE)).toBe(false);
  });
});
