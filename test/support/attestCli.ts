/** Runs `attest …` in-process on the real file system (nodeIo, as dist/cli.js does), in `cwd`. */
import { nodeIo } from '../../src/cli/nodeIo';
import { runCli } from '../../src/cli/run';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function attest(args: string[], cwd: string, today = '2026-11-26'): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io = nodeIo({ stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: () => today });
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    return { code: await runCli(args, io), stdout, stderr };
  } finally {
    process.chdir(previous);
  }
}
