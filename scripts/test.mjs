#!/usr/bin/env node
// Every test: the type check, then all Vitest projects (node, browser, storybook).
// Ends with one plain line, "Tests: N passed, N failed", that CI reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env }).status ?? 1;

console.log('Type check (tsc, strict) ...');
const typecheck = run(bin('tsc'), ['-p', '.']);
if (typecheck !== 0) {
  console.error('Type check failed.');
  process.exit(typecheck);
}

const scratch = mkdtempSync(join(tmpdir(), 'slt-test-'));
const report = join(scratch, 'vitest.json');
const status = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)]);
try {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`Tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
} catch {
  console.log('Tests: no report (the run stopped before the reporter wrote one)');
}
rmSync(scratch, { recursive: true, force: true });
process.exit(status);
