import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../scripts/lib/paths.ts';

const eslint = new ESLint({ cwd: PROJECT_ROOT });

/** Lints `code` as the text of `file`, an existing file (type-aware rules need one the project knows). */
async function ruleIdsFor(code: string, file = 'page/timing.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${PROJECT_ROOT}/${file}` });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the lint bans on markup and code sinks', () => {
  // The type-aware rules start TypeScript's project service on the first lint: seconds on a busy
  // machine, more than a test's default time. Start it once here.
  beforeAll(async () => {
    await ruleIdsFor('export {};');
  }, 60_000);

  it.each([
    ['innerHTML', 'export function f(el: Element, s: string) { el.innerHTML = s; }', 'no-restricted-syntax'],
    ['outerHTML', 'export function f(el: Element) { return el.outerHTML; }', 'no-restricted-syntax'],
    ['insertAdjacentHTML', "export function f(el: Element) { el.insertAdjacentHTML('beforeend', '<b>'); }", 'no-restricted-syntax'],
    ['a computed innerHTML', "export function f(el: Element) { el['innerHTML'] = ''; }", 'no-restricted-syntax'],
    ['document.write', "export function f() { document.write('<p>'); }", 'no-restricted-properties'],
    ['eval', "export function f() { return eval('1'); }", 'no-eval'],
    ['new Function', "export function f() { return new Function('return 1'); }", 'no-new-func'],
  ])('reject %s', async (_name, code, rule) => {
    expect(await ruleIdsFor(code)).toContain(rule);
  });

  it('reject dangerouslySetInnerHTML in components', async () => {
    const code = 'export const A = () => <div dangerouslySetInnerHTML={{ __html: "<b>" }} />;';
    expect(await ruleIdsFor(code, 'components/Tooltip.tsx')).toContain('no-restricted-syntax');
  });

  it('reject a promise left to reject unhandled, even behind void', async () => {
    const code = 'export function f(p: Promise<void>) { void p.then(() => 1); }';
    expect(await ruleIdsFor(code)).toContain('@typescript-eslint/no-floating-promises');
    expect(await ruleIdsFor('export function f(p: Promise<void>) { p.catch(() => undefined); }')).toEqual([]);
  });

  it('accept building DOM nodes and text', async () => {
    const code = "export function f(el: Element) { const b = document.createElement('b'); b.textContent = '官'; el.append(b); }";
    expect(await ruleIdsFor(code)).toEqual([]);
  });
});
