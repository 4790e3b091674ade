// The detector (page/detector.ts), the content script every page runs, built as one plain
// minified script: no WXT entry wrapper, no framework runtime. wxt.config.ts writes it into the
// extension as detector.js at each build, and its manifest declares it.
import { build } from 'esbuild';
import { PROJECT_ROOT } from './paths.ts';

export const DETECTOR_FILE = 'detector.js';

export async function buildDetector(): Promise<string> {
  const result = await build({
    stdin: { contents: "import { startDetector } from './page/detector.ts';\nstartDetector();\n", resolveDir: PROJECT_ROOT, loader: 'ts', sourcefile: 'detector-entry.ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    target: 'es2022',
    legalComments: 'none',
    // The only build-time value it reads: timing marks for `npm run bench` (page/timing.ts).
    define: { 'import.meta.env.WXT_GUANHUA_TIMING': JSON.stringify(process.env.WXT_GUANHUA_TIMING ?? '') },
  });
  const [file] = result.outputFiles;
  if (!file) throw new Error('esbuild wrote no detector');
  return file.text;
}
