// Entry of dist/cli.js (`attest`): real files, stdin and stdout around runCli.
import { nodeIo } from './nodeIo';
import { runCli } from './run';
import { escapeControlCharacters } from './terminal';

runCli(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(escapeControlCharacters(`attest: ${error instanceof Error ? error.message : String(error)}\n`));
    process.exitCode = 2;
  },
);
