// `npm run bench`: every benchmark, each in its own process so that peak RSS belongs to that
// bench alone. Each prints its own table, with a baseline measured in the same run.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

const BENCHES = ['classify', 'compose-check', 'questionnaire', 'workbook', 'workbook-layout', 'word', 'hostile', 'library'];
const only = process.argv.slice(2);

console.log(`Attest benchmarks — Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), load ${loadavg()[0]?.toFixed(2)}`);
let failed = 0;
for (const name of BENCHES.filter((b) => only.length === 0 || only.includes(b))) {
  console.log(`\n## ${name}\n`);
  const started = Date.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, `${name}.bench.ts`)], { stdio: 'inherit' });
  console.log(`(${name}: ${((Date.now() - started) / 1000).toFixed(1)} s${result.status === 0 ? '' : `, exit ${String(result.status)}`})`);
  failed += result.status === 0 ? 0 : 1;
}
process.exit(failed === 0 ? 0 : 1);
