// Entry of dist/cli.js (`attest`): real files, stdin and stdout around runCli.
import { constants } from 'node:fs';
import { access, readFile, writeFile } from 'node:fs/promises';
import { runCli, type CliIo } from './run';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const io: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readStdin,
  readFile: (path) => readFile(path),
  writeFile: (path, data, options) => writeFile(path, data, { flag: options?.overwrite ? 'w' : 'wx' }),
  exists: (path) => access(path, constants.F_OK).then(() => true, () => false),
  today: () => new Date().toISOString().slice(0, 10),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`attest: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
