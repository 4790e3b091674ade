import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findBrowser, findFirefox } from '../../scripts/lib/find-browser.ts';

function fakeExecutable(dir: string, name: string, mode = 0o755): string {
  const file = path.join(dir, name);
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, mode);
  return file;
}

describe('findBrowser', () => {
  it('prefers CHROME_PATH', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'guanhua-bin-'));
    const chrome = fakeExecutable(dir, 'my-chrome');
    fakeExecutable(dir, 'chromium');
    expect(findBrowser({ env: { CHROME_PATH: chrome, PATH: dir } })).toBe(chrome);
  });

  it('rejects a CHROME_PATH that is not executable, saying so', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'guanhua-bin-'));
    const notExecutable = fakeExecutable(dir, 'chrome', 0o644);
    expect(() => findBrowser({ env: { CHROME_PATH: notExecutable, PATH: '' } })).toThrowError(
      /CHROME_PATH is set to ".*chrome", which is not an executable file/,
    );
  });

  it('searches PATH for chromium before google-chrome', () => {
    const first = mkdtempSync(path.join(tmpdir(), 'guanhua-bin-'));
    const second = mkdtempSync(path.join(tmpdir(), 'guanhua-bin-'));
    fakeExecutable(first, 'google-chrome');
    const chromium = fakeExecutable(second, 'chromium');
    expect(findBrowser({ env: { PATH: [first, second].join(path.delimiter) } })).toBe(chromium);
  });

  it('fails with the exact install command when no browser exists', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'guanhua-bin-'));
    expect(() => findBrowser({ env: { PATH: empty } })).toThrowError(BrowserNotFoundError);
    expect(() => findBrowser({ env: { PATH: empty } })).toThrowError('apt-get install chromium fonts-noto-cjk');
  });
});

describe('findFirefox', () => {
  it('prefers FIREFOX_PATH, then firefox-esr before firefox on PATH', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'guanhua-bin-'));
    const mine = fakeExecutable(dir, 'my-firefox');
    fakeExecutable(dir, 'firefox');
    const esr = fakeExecutable(dir, 'firefox-esr');
    expect(findFirefox({ env: { FIREFOX_PATH: mine, PATH: dir } })).toBe(mine);
    expect(findFirefox({ env: { PATH: dir } })).toBe(esr);
  });

  it('says what is wrong: a FIREFOX_PATH that is not executable, or no Firefox at all', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'guanhua-bin-'));
    const notExecutable = fakeExecutable(dir, 'firefox', 0o644);
    expect(() => findFirefox({ env: { FIREFOX_PATH: notExecutable, PATH: '' } })).toThrowError(/FIREFOX_PATH is set to ".*firefox", which is not an executable file/);
    expect(() => findFirefox({ env: { PATH: dir } })).toThrowError('apt-get install firefox-esr');
  });
});
