import { buildExtension } from '../../scripts/lib/build-extension.ts';
import { findBrowser } from '../../scripts/lib/find-browser.ts';

// Fails the whole e2e run at once, with install instructions, when there is no browser;
// then builds the extension that the tests load.
export default function setup(): void {
  findBrowser();
  buildExtension();
}
