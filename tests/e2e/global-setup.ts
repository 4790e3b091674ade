import { buildExtension } from '../../scripts/lib/build-extension.ts';
import { findBrowser, findFirefox } from '../../scripts/lib/find-browser.ts';

// Fails the whole e2e run at once, with install instructions, when a browser is missing; then
// builds the extension for Chromium and for Firefox.
export default function setup(): void {
  findBrowser();
  findFirefox();
  buildExtension();
  buildExtension({ browser: 'firefox' });
}
