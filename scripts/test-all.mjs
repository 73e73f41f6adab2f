// `npm test`: every check in order, stopping at the first failure with its exit code, then a line
// per step with its wall time (the figures CI and the notes quote).
import { spawnSync } from 'node:child_process';

const STEPS = ['build', 'check-types', 'lint', 'test:unit', 'test:integration', 'test:ui', 'test:package'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const timings = [];
let exitCode = 0;

for (const step of STEPS) {
  const started = Date.now();
  const result = spawnSync(npm, ['run', step], { stdio: 'inherit' });
  const seconds = (Date.now() - started) / 1000;
  timings.push(`${step.padEnd(18)}${seconds.toFixed(1).padStart(7)} s${result.status === 0 ? '' : '  FAILED'}`);
  if (result.status !== 0) {
    exitCode = result.status ?? 1;
    break;
  }
}

console.log(`\n[test] ${exitCode === 0 ? 'all steps passed' : `stopped at a failure (exit ${exitCode})`}`);
for (const line of timings) {
  console.log(`[test]   ${line}`);
}
process.exit(exitCode);
