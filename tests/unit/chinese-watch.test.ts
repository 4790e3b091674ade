// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchForChinese } from '../../page/chinese-watch.ts';

function addParagraph(text: string): void {
  document.body.append(Object.assign(document.createElement('p'), { textContent: text }));
}

/** Lets the MutationObserver deliver, then runs the timers due within `ms`. */
async function after(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

describe('watching a page that has no Chinese yet', () => {
  let stop: () => void = () => undefined;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
    addParagraph('Loading the article…');
  });

  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('starts Guanhua once, soon after a single-page app renders Chinese', async () => {
    const found = vi.fn();
    stop = watchForChinese(document, found);
    addParagraph('市委常委会召开会议，研究部署全市安全生产工作，市委书记杜小刚主持会议并讲话。'.repeat(4));
    await after(600);
    expect(found).toHaveBeenCalledTimes(1);
    addParagraph('更多中文内容，市长助理出席会议。');
    await after(20_000);
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('looks at a page that keeps changing without Chinese less and less often', async () => {
    const looks: number[] = [];
    stop = watchForChinese(document, () => undefined, {
      looksChinese: () => {
        looks.push(Date.now());
        return false;
      },
      firstDelay: 500,
      maxDelay: 4_000,
    });
    const start = Date.now();
    // A ticker: a change every 100 ms for a minute.
    for (let elapsed = 0; elapsed < 60_000; elapsed += 100) {
      addParagraph(`tick ${elapsed}`);
      await after(100);
    }
    const gaps = looks.slice(1).map((at, index) => at - (looks[index] ?? start));
    // 500, 1000, 2000, 4000, 4000, …: about 17 looks in a minute, not 600.
    expect(looks.length).toBeLessThan(20);
    expect(Math.min(...gaps.slice(3))).toBeGreaterThanOrEqual(4_000);
  });

  it('looks at nothing while the page does not change, and stops when told', async () => {
    const looksChinese = vi.fn(() => false);
    stop = watchForChinese(document, () => undefined, { looksChinese });
    await after(60_000);
    expect(looksChinese).not.toHaveBeenCalled();
    stop();
    addParagraph('市委书记');
    await after(60_000);
    expect(looksChinese).not.toHaveBeenCalled();
  });
});
