// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/Popup.tsx';
import { enabledItem } from '../../settings/items.ts';

/** Storage reads and change events are asynchronous: let Preact re-render until `check` holds. */
async function eventually(check: () => void): Promise<void> {
  await vi.waitFor(async () => {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    check();
  });
}

function renderPopup(root: HTMLElement): Promise<void> {
  render(<Popup />, root);
  // Rendered and loaded once the switch is enabled.
  return eventually(() => expect(theSwitch().disabled).toBe(false));
}

function theSwitch(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>('input[role="switch"]');
  if (!input) throw new Error('no switch rendered');
  return input;
}

describe('Popup', () => {
  let root: HTMLElement;

  beforeEach(() => {
    fakeBrowser.reset();
    root = document.createElement('div');
    document.body.append(root);
  });

  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('shows Guanhua on by default, with a labelled switch', async () => {
    await renderPopup(root);
    expect(root.querySelector('h1')?.textContent).toContain('Guanhua');
    expect(theSwitch().checked).toBe(true);
    expect(theSwitch().closest('label')?.textContent).toContain('Annotate pages');
  });

  it('reflects a stored "off"', async () => {
    await enabledItem.setValue(false);
    await renderPopup(root);
    expect(theSwitch().checked).toBe(false);
    expect(root.textContent).toContain('leaves every page as it is');
  });

  it('stores the switch when the user flips it', async () => {
    await renderPopup(root);
    await act(async () => {
      theSwitch().click();
    });
    await eventually(() => expect(theSwitch().checked).toBe(false));
    expect(await enabledItem.getValue()).toBe(false);
  });

  it('follows a change made elsewhere while open', async () => {
    await renderPopup(root);
    await act(async () => {
      await enabledItem.setValue(false);
    });
    await eventually(() => expect(theSwitch().checked).toBe(false));
  });
});
