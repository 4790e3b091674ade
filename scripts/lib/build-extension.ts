import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from './paths.ts';

/** Runs `wxt build` for Chrome (MV3); throws with wxt's output when it fails. */
export function buildExtension(): void {
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`wxt build failed:\n${result.stdout}\n${result.stderr}`);
  }
}
