/**
 * The `attest` command line: the same engine as the editor, for batch work and CI.
 * All I/O goes through `CliIo`, so tests run the whole CLI in-process.
 *
 * Exit codes: 0 success; 1 `check` found something; 2 usage error, bad input or invalid profile.
 */
import { resolve as resolvePath } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { answerQuestion } from '../domain/answer/decide';
import type { AnswerOptions } from '../domain/answer/types';
import { check } from '../domain/claims';
import { classify } from '../domain/classify';
import { renderCoverageMarkdown, renderCoverageText, type CoverageReport } from '../domain/engine/coverage';
import { validateCriterionId } from '../domain/catalog/criteria';
import { answererFor, fillDocument, profileNotices, readTextQuestionnaire } from '../domain/engine';
import { ANSWER_LENGTHS, type AnswerLength } from '../domain/intents';
import { explainTopic, listEntries } from '../domain/catalog/knowledge';
import { parseProfile } from '../domain/profile/parse';
import type { Profile } from '../domain/profile/schema';
import { applyEdits, formatFromFileName } from '../domain/questionnaire';
import { SafeWriteError } from '../io/safeWrite';
import { resolvesInside } from '../io/workspacePath';
import { todayProblem } from './today';
import { version } from '../../package.json';
import { libraryForFill, LibraryFillError, runLibrary, type FillLibrary } from './library';
import { escapeControlCharacters } from './terminal';
import { columnChoices, columnsText, mappingText, MappingInputError, readWorkbookMapping } from './workbookColumns';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Writes through writeFileSafely (src/io/safeWrite.ts): never through a link, never onto an input,
   * an existing file only when `overwrite`. Refusals are SafeWriteError.
   */
  writeFile(path: string, data: Uint8Array | string, options: { inputs: readonly string[]; overwrite: boolean }): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** Today as YYYY-MM-DD (UTC). */
  today(): string;
  /** The files (not folders) under a folder, recursively, as paths starting with `dir` (`attest library`). */
  listFiles?(dir: string): Promise<string[]>;
  /** Creates a folder and its parents when missing (`attest library new`). */
  makeFolder?(dir: string): Promise<void>;
}

export const VERSION: string = version;

const USAGE = `Usage: attest <command> [options]

Commands:
  classify [FILE…]            Questions one per line (stdin when no FILE) → JSON lines {question, intent, confidence}
  answer [--profile P] [--length yesno|sentence|paragraph] [--today YYYY-MM-DD] [--json] "QUESTION"
                              The answer from the profile; warnings and missing facts on stderr
  check [--profile P] [--today YYYY-MM-DD] FILE…
                              FILE:LINE:COL  RULE  MESSAGE for each misleading claim; exit 1 when any
  explain TOPIC | --list      Type 1 vs Type 2, a glossary term or a criterion id (e.g. CC6.1), as Markdown
  library new|check|match|import …
                              The answer library (.attest/library): scaffold an entry, check it (exit 1 on
                              findings, FILE:LINE:COL), match a question, or import drafts from an answered
                              questionnaire; see "attest library --help"
  fill [--profile P] IN [--out OUT] [--force] [--overwrite-answers] [--length L] [--today YYYY-MM-DD]
       [--library DIR | --no-library] [--report REPORT.md]
                              Fill a .xlsx, .docx, .csv or .md questionnaire into a new file (IN.attest.EXT
                              unless --out); prints the coverage. P: .attest/profile.json when it exists.
                              Questions the profile's facts do not answer are matched in the answer library
                              (DIR, or .attest/library when it exists). An existing output is replaced only with --force;
                              the input, and any path that is a symbolic link, are never written.
                              Workbooks: the columns read are printed when the reader is unsure (always with
                              --show-columns); IN.attest.json beside it (or --mapping FILE) corrects them;
                              --save-mapping writes the columns read to that file, to edit.
                              --report writes the coverage report as Markdown: each answer with its source
                              (the profile's fields, or the library entry with its score, owner and review date)

Options:
  -h, --help                  This help
  -v, --version               The version

Exit codes: 0 success, 1 findings (check), 2 usage error or bad input.`;

class UsageError extends Error {}
class InputError extends Error {}

function parse(args: string[], options: ParseArgsConfig['options']): ReturnType<typeof parseArgs> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function stringOption(values: Record<string, unknown>, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

function todayOption(values: Record<string, unknown>, io: CliIo): string {
  const today = stringOption(values, 'today') ?? io.today();
  const problem = todayProblem(today);
  if (problem !== undefined) {
    throw new UsageError(problem);
  }
  return today;
}

function lengthOption(values: Record<string, unknown>, fallback: AnswerLength): AnswerLength {
  const length = stringOption(values, 'length') ?? fallback;
  if (!(ANSWER_LENGTHS as readonly string[]).includes(length)) {
    throw new UsageError(`--length must be one of ${ANSWER_LENGTHS.join(', ')}, not "${length}".`);
  }
  return length as AnswerLength;
}

async function readText(io: CliIo, path: string): Promise<string> {
  return (await readTextKeepingBom(io, path)).text;
}

/** The text without its byte-order mark, and whether it had one (a filled copy keeps it). */
async function readTextKeepingBom(io: CliIo, path: string): Promise<{ text: string; bom: boolean }> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file.` : code === 'EISDIR' ? `${path}: is a folder, not a file.` : `${path}: cannot be read (${code ?? String(error)}).`);
  }
  let decoded: string;
  try {
    // ignoreBOM: keep the mark in the decoded text, so whether there was one is known.
    decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${path}: is not UTF-8 text.`);
  }
  const bom = decoded.startsWith('\uFEFF');
  return { text: bom ? decoded.slice(1) : decoded, bom };
}

/** Where `fill` and `answer` look for the profile without --profile, as the editor's attest.profilePath does. */
const DEFAULT_PROFILE = '.attest/profile.json';

async function loadProfile(io: CliIo, given: string | undefined, required: boolean): Promise<Profile | undefined> {
  let path = given;
  if (path === undefined) {
    if (!required) {
      return undefined;
    }
    if (!(await io.exists(DEFAULT_PROFILE))) {
      throw new UsageError(
        `--profile is required here: there is no ${DEFAULT_PROFILE} in this folder (for example --profile path/to/profile.json). Create one with Attest: Create Profile in the editor; the smallest one is {"organization": {"name": "Your Company"}}, and its SOC 2 and control facts can follow.`,
      );
    }
    // As the editor does with attest.profilePath: the profile found by default is this folder's own, not a link out of it.
    if (!(await resolvesInside(process.cwd(), resolvePath(DEFAULT_PROFILE)))) {
      throw new UsageError(`${DEFAULT_PROFILE} leads outside this folder (a symbolic link): pass --profile with the file you mean.`);
    }
    path = DEFAULT_PROFILE;
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch {
    throw new InputError(`${path}: the profile cannot be read (no such file?).`);
  }
  const result = parseProfile(bytes);
  if (!result.profile) {
    const lines = result.errors.map((e) => `${path}:${e.line}:${e.column}  ${e.path ? `${e.path}: ` : ''}${e.message}`);
    throw new InputError(`The profile is not valid:\n${lines.join('\n')}`);
  }
  return result.profile;
}

async function runClassify(args: string[], io: CliIo): Promise<number> {
  const { positionals } = parse(args, {});
  const texts = positionals.length === 0 ? [await io.readStdin()] : await Promise.all(positionals.map((p) => readText(io, p)));
  const lines: string[] = [];
  for (const text of texts) {
    for (const raw of text.split(/\r\n|\n|\r/)) {
      const question = raw.trim();
      if (question === '') {
        continue;
      }
      const { intent, confidence } = classify(question);
      lines.push(JSON.stringify({ question, intent, confidence: Math.round(confidence * 1000) / 1000 }));
    }
  }
  io.stdout(lines.length > 0 ? `${lines.join('\n')}\n` : '');
  return 0;
}

async function runAnswer(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { profile: { type: 'string' }, length: { type: 'string' }, today: { type: 'string' }, json: { type: 'boolean' } });
  const question = positionals.join(' ').trim();
  if (question === '') {
    throw new UsageError('Give the question to answer, in quotes: attest answer --profile P "Do you have a SOC 2 report?"');
  }
  const options: AnswerOptions = { length: lengthOption(values, 'paragraph'), today: todayOption(values, io) };
  const profile = await loadProfile(io, stringOption(values, 'profile'), true);
  const decision = answerQuestion(profile as Profile, question, options);
  if (values.json === true) {
    // One object: what was read, what was decided, and the profile paths it rests on.
    const json = {
      question: decision.question,
      intent: decision.intent,
      confidence: Math.round(decision.confidence * 1000) / 1000,
      shape: decision.shape ?? null,
      verdict: decision.verdict ?? null,
      outcome: decision.outcome,
      text: decision.text ?? null,
      facts: decision.facts ?? [],
      notUnderstood: decision.notUnderstood ?? [],
      reasons: decision.reasons ?? [],
      warnings: decision.warnings,
      missing: decision.missing,
    };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  if (decision.outcome === 'undetermined') {
    io.stderr(`Left for a person (intent: ${decision.intent}): ${(decision.reasons ?? []).join(' ')}\n`);
    return 0;
  }
  if (decision.outcome === 'not_recognized') {
    io.stderr(`Not a question Attest answers (intent: none); nothing to write.\n`);
    return 0;
  }
  io.stdout(`${decision.text ?? ''}\n`);
  for (const warning of decision.warnings) {
    io.stderr(`warning: ${warning}\n`);
  }
  if (decision.missing.length > 0) {
    io.stderr(`missing from the profile: ${decision.missing.join(', ')}\n`);
  }
  return 0;
}

async function runCheck(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, { profile: { type: 'string' }, today: { type: 'string' } });
  if (positionals.length === 0) {
    throw new UsageError('Give at least one file to check: attest check answers.md');
  }
  const today = todayOption(values, io);
  const profile = await loadProfile(io, stringOption(values, 'profile'), false);
  let total = 0;
  let blocking = 0;
  for (const path of positionals) {
    const text = await readText(io, path);
    // As Check Document: a document about to be sent also gets its unfilled placeholders reported.
    for (const finding of check(text, { profile, today, beforeSending: true })) {
      total++;
      // Info findings (e.g. a group heading such as P6.0) are printed but do not fail CI.
      blocking += finding.severity === 'info' ? 0 : 1;
      io.stdout(`${path}:${finding.line}:${finding.column}  ${finding.rule}  ${finding.message}\n`);
    }
  }
  io.stderr(total === 0 ? `No misleading claims found in ${positionals.length} file(s).\n` : `${total} finding(s), ${blocking} to fix.\n`);
  return blocking === 0 ? 0 : 1;
}

function runExplain(args: string[], io: CliIo): number {
  const { values, positionals } = parse(args, { list: { type: 'boolean' } });
  const entries = listEntries();
  if (values.list === true) {
    const lines = entries.map((e) => `${e.key.padEnd(28)} ${e.title}`);
    io.stdout(`${lines.join('\n')}\nCC1.1 … P8.1                 Any of the 61 Trust Services Criteria, by id\n`);
    return 0;
  }
  const topic = positionals.join(' ').trim();
  if (topic === '') {
    throw new UsageError('Give a topic (attest explain type1-vs-type2) or --list.');
  }
  const found = explainTopic(topic);
  if (found) {
    io.stdout(found.markdown.endsWith('\n') ? found.markdown : `${found.markdown}\n`);
    return 0;
  }
  const idShaped = /^\s*(CC|PI|A|C|P)\s*\d+(\.\d+)?\s*$/i.test(topic);
  if (idShaped) {
    const validation = validateCriterionId(topic);
    io.stderr(`${validation.ok ? `No explanation for ${topic}.` : validation.message}\n`);
    return 2;
  }
  io.stderr(`Unknown topic "${topic}". Topics: ${entries.map((e) => e.key).join(', ')}, or a criterion id such as CC6.1.\n`);
  return 2;
}

/** Word packages Attest fills; the filled copy keeps the input's kind (macros stay in a .docm). */
const WORD_EXTENSIONS = ['.docx', '.docm', '.dotx', '.dotm'] as const;

function defaultOutPath(input: string, extension: string): string {
  const dot = input.lastIndexOf('.');
  const slash = Math.max(input.lastIndexOf('/'), input.lastIndexOf('\\'));
  const stem = dot > slash ? input.slice(0, dot) : input;
  return `${stem}.attest${extension}`;
}

async function runFill(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, {
    profile: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    'overwrite-answers': { type: 'boolean' },
    mapping: { type: 'string' },
    'show-columns': { type: 'boolean' },
    'save-mapping': { type: 'boolean' },
    length: { type: 'string' },
    today: { type: 'string' },
    library: { type: 'string' },
    'no-library': { type: 'boolean' },
    report: { type: 'string' },
  });
  const input = positionals[0];
  if (input === undefined || positionals.length > 1) {
    throw new UsageError('Give exactly one questionnaire to fill: attest fill --profile P questionnaire.xlsx');
  }
  const today = todayOption(values, io);
  const length = lengthOption(values, 'paragraph');
  const overwrite = values['overwrite-answers'] === true;
  const force = values.force === true;
  const lower = input.toLowerCase();
  if (lower.endsWith('.xls')) {
    throw new InputError(`${input}: the old binary .xls format is not supported. Save it as .xlsx (Excel Workbook) and try again.`);
  }
  // Before the profile and the library are read (and their warnings printed): a missing input is the one thing to say.
  if (!(await io.exists(input))) {
    throw new InputError(`${input}: no such file.`);
  }
  const reportPath = stringOption(values, 'report');
  if (reportPath !== undefined && !force && (await io.exists(reportPath))) {
    // Refused before anything is written, so a refused report does not leave the output written without it.
    throw new InputError(`${reportPath}: already exists. Pass --force to replace it, or choose another file with --report.`);
  }
  const profile = (await loadProfile(io, stringOption(values, 'profile'), true)) as Profile;
  let library: FillLibrary;
  try {
    library = await libraryForFill(io, stringOption(values, 'library'), values['no-library'] === true);
  } catch (error) {
    throw error instanceof LibraryFillError ? new InputError(error.message) : error;
  }
  const answerer = answererFor(profile, ...(library.source ? [library.source] : []));
  const notes = [...profileNotices(profile), ...library.notes];
  if (lower.endsWith('.xlsx') || lower.endsWith('.xlsm')) {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(input);
    } catch {
      throw new InputError(`${input}: no such file.`);
    }
    const engine = await loadWorkbookEngine();
    let mapping: Awaited<ReturnType<typeof readWorkbookMapping>>;
    try {
      // The writer's corrected columns, beside the workbook (or --mapping FILE).
      mapping = await readWorkbookMapping(io, input, stringOption(values, 'mapping'));
    } catch (error) {
      throw error instanceof MappingInputError ? new InputError(error.message) : error;
    }
    let result: Awaited<ReturnType<typeof engine.fillScanned>>;
    let choices: ReturnType<typeof columnChoices>;
    try {
      const scanned = await engine.scanWorkbook(bytes, mapping.mapping ? { mapping: mapping.mapping } : {});
      choices = columnChoices(scanned);
      result = await engine.fillScanned(scanned, answerer, { today, overwrite, title: input, notes });
    } catch (error) {
      if (error instanceof engine.WorkbookError) {
        throw new InputError(`${input}: ${error.message}`);
      }
      throw error;
    }
    const explicitOut = stringOption(values, 'out');
    if (explicitOut !== undefined && !explicitOut.toLowerCase().endsWith(result.extension)) {
      // Excel judges the content by the name: macros under .xlsx (or none under .xlsm) do not open.
      throw new UsageError(
        `--out ${explicitOut}: the filled workbook is ${result.extension === '.xlsm' ? 'a macro-enabled workbook' : 'a workbook without macros'}, so its name must end in ${result.extension}.`,
      );
    }
    const out = explicitOut ?? defaultOutPath(input, result.extension);
    await writeOutput(io, input, out, result.bytes, force);
    let savedMapping = '';
    if (values['save-mapping'] === true) {
      await writeOutput(io, input, mapping.path, mappingText(choices, input), force);
      savedMapping = `Wrote ${mapping.path} (the columns read: correct them there, then fill again)\n`;
    }
    const wroteReport = await writeReport(io, input, out, reportPath, result.report, force);
    io.stdout(`${columnsText(choices, mapping, values['show-columns'] === true)}${renderCoverageText(result.report)}\nWrote ${out}\n${savedMapping}${wroteReport}`);
    return 0;
  }
  if (lower.endsWith('.doc')) {
    throw new InputError(`${input}: the old binary .doc format is not supported. Save it as .docx (Word Document) and try again.`);
  }
  if (WORD_EXTENSIONS.some((extension) => lower.endsWith(extension))) {
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(input);
    } catch {
      throw new InputError(`${input}: no such file.`);
    }
    const word = await import('../domain/engine/drivers/word');
    const { WordError } = await import('../domain/word/errors');
    let result: Awaited<ReturnType<typeof word.fillWord>>;
    try {
      result = await word.fillWord(bytes, answerer, { today, defaultLength: length, overwrite, title: input, notes });
    } catch (error) {
      if (error instanceof WordError) {
        throw new InputError(`${input}: ${error.message}`);
      }
      throw error;
    }
    const explicitOut = stringOption(values, 'out');
    if (explicitOut !== undefined && !explicitOut.toLowerCase().endsWith(result.extension)) {
      // Word judges the content by the name: a .docm's macros under .docx do not open.
      throw new UsageError(`--out ${explicitOut}: the filled document is a ${result.extension} file, so its name must end in ${result.extension}.`);
    }
    const out = explicitOut ?? defaultOutPath(input, result.extension);
    await writeOutput(io, input, out, result.bytes, force);
    const wroteReport = await writeReport(io, input, out, reportPath, result.report, force);
    io.stdout(`${renderCoverageText(result.report)}\nWrote ${out}\n${wroteReport}`);
    return 0;
  }
  const format = formatFromFileName(input);
  if (format === undefined) {
    throw new InputError(`${input}: not a questionnaire format Attest fills (use .xlsx, .docx, .csv, .md or .txt).`);
  }
  const { text, bom } = await readTextKeepingBom(io, input);
  const document = readTextQuestionnaire(text, format);
  if (document.items.length === 0) {
    throw new InputError(`${input}: no questions found${document.problem ? ` (${document.problem})` : ''}.`);
  }
  const filled = await fillDocument(document, answerer, { today, defaultLength: length, overwrite, title: input, notes });
  const out = stringOption(values, 'out') ?? defaultOutPath(input, input.slice(input.lastIndexOf('.')));
  await writeOutput(io, input, out, `${bom ? '\uFEFF' : ''}${applyEdits(text, filled.output)}`, force);
  const wroteReport = await writeReport(io, input, out, reportPath, filled.report, force);
  io.stdout(`${renderCoverageText(filled.report)}\nWrote ${out}\n${wroteReport}`);
  return 0;
}

/**
 * The workbook engine is bundled separately (dist/workbook.js) and loaded on first use: the build
 * (scripts/lazyParts.mjs) turns this import() into a require of that file. From source it loads the module.
 */
function loadWorkbookEngine(): Promise<typeof import('../domain/workbook')> {
  return import('../domain/workbook');
}

/** `--report FILE`: the coverage report as Markdown (the editor's report, each answer with its source); the line to print. */
async function writeReport(io: CliIo, input: string, out: string, path: string | undefined, report: CoverageReport, force: boolean): Promise<string> {
  if (path === undefined) {
    return '';
  }
  // Never over the filled output either (--report naming the --out file, by any path).
  await writeOutput(io, input, path, renderCoverageMarkdown(report), force, [out]);
  return `Wrote ${path} (the coverage report)\n`;
}

async function writeOutput(io: CliIo, input: string, out: string, data: Uint8Array | string, force: boolean, alsoRefused: readonly string[] = []): Promise<void> {
  try {
    await io.writeFile(out, data, { inputs: [input, ...alsoRefused], overwrite: force });
  } catch (error) {
    if (error instanceof SafeWriteError) {
      throw new InputError(error.problem === 'exists' ? `${error.message} Pass --force to replace it, or choose another file with --out.` : error.message);
    }
    throw new InputError(`${out}: cannot be written (${error instanceof Error ? error.message : String(error)}).`);
  }
}

export async function runCli(argv: string[], rawIo: CliIo): Promise<number> {
  // Names and text from input files reach the terminal: an ESC or BEL in them must not act on it.
  const io: CliIo = { ...rawIo, stdout: (text) => rawIo.stdout(escapeControlCharacters(text)), stderr: (text) => rawIo.stderr(escapeControlCharacters(text)) };
  const [command, ...rest] = argv;
  try {
    // "attest fill --help": the usage (which covers every command), not a parse error about an unknown option.
    if (command !== 'library' && command !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      case '-v':
      case '--version':
        io.stdout(`${VERSION}\n`);
        return 0;
      case 'classify':
        return await runClassify(rest, io);
      case 'answer':
        return await runAnswer(rest, io);
      case 'check':
        return await runCheck(rest, io);
      case 'explain':
        return runExplain(rest, io);
      case 'fill':
        return await runFill(rest, io);
      case 'library':
        return await runLibrary(rest, io);
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`attest: ${error.message}\nRun "attest --help" for usage.\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`attest: ${error.message}\n`);
      return 2;
    }
    io.stderr(`attest: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
