import { describe, expect, it } from 'vitest';
import { siteName } from '../../components/site-name.ts';
import { siteKey } from '../../settings/schema.ts';

describe('siteName', () => {
  it('shows an internationalised domain name as it is written', () => {
    expect(siteName('xn--fsqu00a.xn--fiqs8s')).toBe('例子.中国');
    expect(siteName('news.xn--fiqs8s')).toBe('news.中国');
    expect(siteName('xn--mnchen-3ya.de')).toBe('münchen.de');
  });

  it('reads back what the browser writes, for names in several scripts', () => {
    for (const name of ['中国政府网.政务', '北京.中国', 'bücher.example', 'пример.рф', '香港特別行政區.香港']) {
      expect(siteName(siteKey(name) ?? '')).toBe(name);
    }
  });

  it('leaves ASCII names, IP addresses and broken labels as they are', () => {
    expect(siteName('www.gov.cn')).toBe('www.gov.cn');
    expect(siteName('[::1]')).toBe('[::1]');
    expect(siteName('xn--!!.cn')).toBe('xn--!!.cn');
  });
});
