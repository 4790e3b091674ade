import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from './paths.ts';

/**
 * Runs `wxt build` for Chrome (MV3) or Firefox (MV2); throws with wxt's output when it fails.
 * `timing` builds the bench's version, which leaves timing marks on the page (page/timing.ts).
 */
export function buildExtension(options: { timing?: boolean; browser?: 'chrome' | 'firefox' } = {}): void {
  const env = { ...process.env, WXT_GUANHUA_TIMING: options.timing ? '1' : '0' };
  const args = ['wxt', 'build', ...(options.browser === 'firefox' ? ['-b', 'firefox'] : [])];
  const result = spawnSync('npx', args, { cwd: PROJECT_ROOT, encoding: 'utf8', env });
  if (result.status !== 0) {
    throw new Error(`wxt build failed:\n${result.stdout}\n${result.stderr}`);
  }
}
