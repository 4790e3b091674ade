// Prints one closing line, "N passed, N failed", over every test that `npm test` ran
// (unit, DOM and end-to-end), from the JSON reports vitest writes to .test-results/.
// Usage: tsx scripts/test-summary.ts [exit status of npm test]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './lib/paths.ts';

interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
  numTodoTests?: number;
}

const dir = path.join(PROJECT_ROOT, '.test-results');
const reports = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')).sort() : [];

let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of reports) {
  try {
    const report = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as VitestJsonReport;
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    console.log(`${path.basename(name, '.json')}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  } catch (error) {
    console.log(`${name}: unreadable report (${String(error)}), counted as one failure`);
    failed += 1;
  }
}

const status = Number(process.argv[2] ?? 0);
if (status !== 0 && failed === 0) {
  // Type check, lint or a test runner failed outside any single test: that is a failure too.
  console.log(`npm test exited with status ${status} outside any test (type check, lint or setup): one failure`);
  failed = 1;
}
const skippedPart = skipped > 0 ? `, ${skipped} skipped` : '';
console.log(`${passed} passed, ${failed} failed${skippedPart}`);
