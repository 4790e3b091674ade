// The extension's own scripts that a content script imports on demand (the annotator bundle,
// pinyin-pro): each hands over its entry point through a global of the isolated world it runs in.
import { browser, type PublicPath } from 'wxt/browser';

/**
 * Imports the extension's script at `path` unless its global is already set, and returns the
 * function it sets under `name`; a clear error when the script sets none.
 */
export async function importScriptGlobal<T extends (...args: never[]) => unknown>(path: Extract<PublicPath, `${string}.js`>, name: string): Promise<T> {
  const global = globalThis as Record<string, unknown>;
  if (typeof global[name] !== 'function') await import(/* @vite-ignore */ browser.runtime.getURL(path));
  const value = global[name];
  if (typeof value !== 'function') throw new Error(`Guanhua: ${path} did not load`);
  return value as T;
}
