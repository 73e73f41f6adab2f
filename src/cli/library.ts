/**
 * `attest library …`: the answer library from the command line (issue 12).
 *
 *   attest library new [--library DIR] [--owner NAME] TOPIC QUESTION…
 *   attest library check [--library DIR] [--profile P] [--today YYYY-MM-DD]
 *   attest library match [--library DIR] [--json] QUESTION…
 *   attest library import [--library DIR] [--topic T] FILE   (.md, .csv, .txt)
 *
 * `check` prints FILE:LINE:COL  RULE  MESSAGE for every parse error and finding and exits 1 when
 * there is any error or warning (for CI). All I/O goes through the CLI's injected `CliIo`.
 */
import { parseArgs } from 'node:util';
import { readTextQuestionnaire } from '../domain/engine';
import type { AnswerSource } from '../domain/engine/source';
import { buildLibraryIndex, checkLibrary, librarySource, draftText, importAnswers, libraryAnswer, loadLibrary, matchLibrary, newEntryTemplate, resolveEvidence, type LibraryFile, type LoadedLibrary } from '../domain/library';
import { scaffoldText } from '../domain/library/answer';
import { answeredQuestions } from '../domain/library/importPlan';
import { formatFromFileName } from '../domain/questionnaire';
import { parseProfile } from '../domain/profile/parse';
import type { Profile } from '../domain/profile/schema';
import { SafeWriteError } from '../io/safeWrite';
import type { CliIo } from './run';
import { todayProblem } from './today';

export const DEFAULT_LIBRARY = '.attest/library';

export const LIBRARY_USAGE = `  library new [--library DIR] [--owner NAME] TOPIC QUESTION…
                              Scaffold DIR/TOPIC/<slug>.md (DIR: ${DEFAULT_LIBRARY}); never replaces a file
  library check [--library DIR | DIR] [--profile P] [--today YYYY-MM-DD]
                              FILE:LINE:COL  RULE  MESSAGE for each problem in the library; exit 1 when any
  library match [--library DIR] [--json] QUESTION…
                              The library entry that answers QUESTION: tier, score, matched words, answer
  library import [--library DIR] [--topic T] FILE
                              Draft entries (internal until reviewed) from an answered .md, .csv or .txt
                              questionnaire: duplicates merged as variants, conflicts reported, nothing overwritten`;

class LibraryUsageError extends Error {}
class LibraryInputError extends Error {}

function options(args: string[], config: Record<string, { type: 'string' | 'boolean' }>): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options: config, allowPositionals: true, strict: true });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (error) {
    throw new LibraryUsageError(error instanceof Error ? error.message : String(error));
  }
}

function text(values: Record<string, string | boolean | undefined>, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

function today(values: Record<string, string | boolean | undefined>, io: CliIo): string {
  const value = text(values, 'today') ?? io.today();
  const problem = todayProblem(value);
  if (problem !== undefined) {
    throw new LibraryUsageError(problem);
  }
  return value;
}

function join(dir: string, path: string): string {
  return `${dir.replace(/[\\/]+$/, '')}/${path}`;
}

/** Every `.md` file under the library folder, read as UTF-8. */
export async function readLibrary(io: CliIo, dir: string): Promise<LoadedLibrary> {
  if (io.listFiles === undefined) {
    throw new LibraryInputError('this build of attest cannot list folders.');
  }
  let paths: string[];
  try {
    paths = await io.listFiles(dir);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new LibraryInputError(code === 'ENOENT' ? `${dir}: no such folder (create an entry with "attest library new", or pass --library DIR).` : `${dir}: cannot be read (${code ?? String(error)}).`);
  }
  const files: LibraryFile[] = [];
  for (const path of paths.filter((p) => /\.md$/i.test(p)).sort()) {
    const bytes = await io.readFile(path);
    let decoded: string;
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new LibraryInputError(`${path}: is not UTF-8 text.`);
    }
    files.push({ path, text: decoded });
  }
  return loadLibrary(dir, files);
}

async function loadProfile(io: CliIo, path: string | undefined): Promise<Profile | undefined> {
  if (path === undefined) {
    return undefined;
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch {
    throw new LibraryInputError(`${path}: the profile cannot be read (no such file?).`);
  }
  const result = parseProfile(bytes);
  if (!result.profile) {
    throw new LibraryInputError(`The profile is not valid:\n${result.errors.map((e) => `${path}:${e.line}:${e.column}  ${e.message}`).join('\n')}`);
  }
  return result.profile;
}

async function runNew(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = options(args, { library: { type: 'string' }, owner: { type: 'string' } });
  const [topic, ...words] = positionals;
  const question = words.join(' ').trim();
  if (topic === undefined || question === '') {
    throw new LibraryUsageError('Give a topic and the question: attest library new encryption "Is customer data encrypted at rest?"');
  }
  const dir = text(values, 'library') ?? DEFAULT_LIBRARY;
  // No review date: a scaffold has not been reviewed yet (check says so until someone does).
  const template = newEntryTemplate(topic, question, { owner: text(values, 'owner') });
  const path = join(dir, template.path);
  try {
    await io.makeFolder?.(path.slice(0, path.lastIndexOf('/')));
    await io.writeFile(path, template.text, { inputs: [], overwrite: false });
  } catch (error) {
    if (error instanceof SafeWriteError) {
      throw new LibraryInputError(error.problem === 'exists' ? `${path} already exists: edit it, or add the question to its variants.` : error.message);
    }
    throw new LibraryInputError(`${path}: cannot be written (${error instanceof Error ? error.message : String(error)}).`);
  }
  io.stdout(`${path}\n`);
  return 0;
}

async function runCheck(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = options(args, { library: { type: 'string' }, profile: { type: 'string' }, today: { type: 'string' } });
  // "attest library check .attest/library" names the library as --library does.
  if (positionals.length > 1 || (positionals.length === 1 && text(values, 'library') !== undefined)) {
    throw new LibraryUsageError(`attest library check takes one library folder (or --library DIR), not "${positionals.join(' ')}".`);
  }
  const dir = text(values, 'library') ?? positionals[0] ?? DEFAULT_LIBRARY;
  const day = today(values, io);
  const profile = await loadProfile(io, text(values, 'profile'));
  const library = await readLibrary(io, dir);
  // Evidence links are resolved against each entry's folder; their existence is asked up front.
  const existing = new Set<string>();
  for (const entry of library.entries) {
    for (const link of entry.evidence) {
      if (!/^[a-z][a-z0-9+.-]*:/i.test(link) && !link.startsWith('#')) {
        const resolved = resolveEvidence(entry.file, link);
        if (await io.exists(resolved)) {
          existing.add(resolved);
        }
      }
    }
  }
  const findings = checkLibrary(library.entries, { today: day, profile, exists: (path) => existing.has(path) });
  let blocking = library.errors.length;
  for (const error of library.errors) {
    io.stdout(`${error.file}:${error.line}:${error.column}  invalid-entry  ${error.path ? `${error.path}: ` : ''}${error.message}\n`);
  }
  for (const finding of findings) {
    blocking += finding.severity === 'info' ? 0 : 1;
    io.stdout(`${finding.file}:${finding.line}:${finding.column}  ${finding.rule}  ${finding.message}\n`);
  }
  const total = library.errors.length + findings.length;
  io.stderr(total === 0 ? `${library.entries.length} entries, no problems found.\n` : `${library.entries.length} entries, ${total} finding(s), ${blocking} to fix.\n`);
  return blocking === 0 ? 0 : 1;
}

async function runMatch(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = options(args, { library: { type: 'string' }, json: { type: 'boolean' } });
  const question = positionals.join(' ').trim();
  if (question === '') {
    throw new LibraryUsageError('Give the question, in quotes: attest library match "Do you support SSO?"');
  }
  const library = await readLibrary(io, text(values, 'library') ?? DEFAULT_LIBRARY);
  const { match, candidates } = matchLibrary(buildLibraryIndex(library.entries), question);
  if (values.json === true) {
    const summary = (m: (typeof candidates)[number]): Record<string, unknown> => ({
      entry: m.entry.id,
      file: m.entry.file,
      topic: m.entry.topic,
      tier: m.tier,
      score: m.score,
      matched: m.matched,
      matchedText: m.matchedText,
      yesno: m.yesno ?? null,
      yesnoReason: m.yesnoReason ?? null,
      fills: m.fills,
      owner: m.entry.owner ?? null,
      reviewed: m.entry.reviewed ?? null,
    });
    io.stdout(`${JSON.stringify({ question, match: match === undefined ? null : summary(match), candidates: candidates.map(summary) }, null, 2)}\n`);
    return 0;
  }
  if (match === undefined) {
    io.stderr('No library entry answers this question.\n');
    return 0;
  }
  io.stdout(`${match.entry.file}  ${match.tier}  ${match.score.toFixed(2)}  (${match.matched.join(', ')})\n`);
  if (match.fills) {
    const yesno = match.yesno === undefined ? '' : match.yesno === 'undetermined' ? `Yes/No left for a person: ${match.yesnoReason ?? ''}\n` : `${libraryAnswer(match.entry, 'yesno') ?? ''}\n`;
    io.stdout(`${yesno}${libraryAnswer(match.entry, 'paragraph') ?? ''}\n`);
  } else {
    const scaffold = scaffoldText(match.entry);
    io.stderr(
      match.writable
        ? `A suggestion only (weak match${match.unmetBound === undefined ? '' : `: ${match.unmetBound}`}): nothing is written.\n`
        : scaffold !== undefined
          ? `A draft ("${scaffold}"): write its answer; until then it is never written into a questionnaire.\n`
          : 'An internal entry: never written into a questionnaire.\n',
    );
  }
  return 0;
}

async function runImport(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = options(args, { library: { type: 'string' }, topic: { type: 'string' } });
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) {
    throw new LibraryUsageError('Give one answered questionnaire: attest library import answers.csv');
  }
  const format = formatFromFileName(file);
  if (format === undefined) {
    throw new LibraryInputError(`${file}: import reads .md, .csv and .txt questionnaires (save a workbook as CSV first).`);
  }
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(await io.readFile(file)).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new LibraryInputError((error as { code?: string }).code === 'ENOENT' ? `${file}: no such file.` : `${file}: cannot be read as UTF-8 text.`);
  }
  const dir = text(values, 'library') ?? DEFAULT_LIBRARY;
  const library = io.listFiles === undefined ? { entries: [], errors: [] } : await readLibrary(io, dir).catch(() => ({ entries: [], errors: [] }));
  // Read as a fill reads it (the answer column and its comments column), the same answers the editor's import takes.
  const items = answeredQuestions(readTextQuestionnaire(content, format).items, file);
  const result = importAnswers(items, library.entries, { topic: text(values, 'topic') });
  let written = 0;
  for (const draft of result.drafts) {
    let path = join(dir, `${draft.topic}/${draft.id}.md`);
    await io.makeFolder?.(path.slice(0, path.lastIndexOf('/')));
    for (let n = 2; await io.exists(path); n++) {
      path = join(dir, `${draft.topic}/${draft.id}-${n}.md`);
    }
    try {
      await io.writeFile(path, draftText(draft), { inputs: [file], overwrite: false });
    } catch (error) {
      throw new LibraryInputError(`${path}: cannot be written (${error instanceof Error ? error.message : String(error)}).`);
    }
    io.stdout(`${path}  ${draft.variants.length === 0 ? 'new draft' : `new draft with ${draft.variants.length} variant(s)`}\n`);
    written++;
  }
  for (const known of result.known) {
    io.stdout(`${known.at}  already in the library as "${known.entry}" (not imported)\n`);
  }
  for (const conflict of result.conflicts) {
    io.stdout(`conflict: ${conflict}\n`);
  }
  io.stderr(`${written} draft entr${written === 1 ? 'y' : 'ies'} written (internal until reviewed), ${result.known.length} already answered, ${result.conflicts.length} conflict(s), ${result.unanswered} question(s) without an answer.\n`);
  return 0;
}

/** `attest library <new|check|match|import> …`; exit codes as the rest of the CLI (0, 1 findings, 2 usage/input). */
export async function runLibrary(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  // "attest library new --help": the usage, not a parse error about an unknown option.
  const helpAsked = rest.includes('--help') || rest.includes('-h');
  try {
    switch (helpAsked ? '--help' : sub) {
      case '-h':
      case '--help':
      case 'help':
        io.stdout(`attest library: the answer library (${DEFAULT_LIBRARY} unless --library DIR)\n\n${LIBRARY_USAGE}\n`);
        return 0;
      case 'new':
        return await runNew(rest, io);
      case 'check':
        return await runCheck(rest, io);
      case 'match':
        return await runMatch(rest, io);
      case 'import':
        return await runImport(rest, io);
      default:
        throw new LibraryUsageError(sub === undefined ? `Give a library command:\n${LIBRARY_USAGE}` : `Unknown library command "${sub}". Commands:\n${LIBRARY_USAGE}`);
    }
  } catch (error) {
    if (error instanceof LibraryUsageError) {
      io.stderr(`attest: ${error.message}\nRun "attest --help" for usage.\n`);
      return 2;
    }
    if (error instanceof LibraryInputError) {
      io.stderr(`attest: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

export interface FillLibrary {
  /** The library as the fill's second answer source; undefined without a library. */
  source?: AnswerSource;
  /** A line for the top of the coverage report. */
  notes: string[];
}

/**
 * The answer library `attest fill` answers from after the profile: --library DIR, or
 * .attest/library when it exists (none is fine; --no-library turns it off). Entries with errors
 * are left out and listed on stderr as FILE:LINE:COL, as `attest library check` lists them.
 */
export async function libraryForFill(io: CliIo, dir: string | undefined, disabled: boolean): Promise<FillLibrary> {
  if (disabled) {
    return { notes: [] };
  }
  const folder = dir ?? DEFAULT_LIBRARY;
  if (dir === undefined && !(await io.exists(folder))) {
    return { notes: [] };
  }
  let library: LoadedLibrary;
  try {
    library = await readLibrary(io, folder);
  } catch (error) {
    if (error instanceof LibraryInputError) {
      throw new LibraryFillError(error.message);
    }
    throw error;
  }
  for (const error of library.errors) {
    io.stderr(`${error.file}:${error.line}:${error.column}  invalid-entry  ${error.path ? `${error.path}: ` : ''}${error.message}\n`);
  }
  const left = library.errors.length > 0 ? `; ${library.errors.length} with errors left out (attest library check)` : '';
  if (library.entries.length === 0) {
    return { notes: library.errors.length > 0 ? [`The answer library ${folder} has no valid entry${left}.`] : [] };
  }
  return {
    source: librarySource(buildLibraryIndex(library.entries)),
    notes: [`Answers not decided by the profile's facts come from the answer library ${folder} (${library.entries.length} entries${left}).`],
  };
}

/** The library named for a fill cannot be read (bad input, exit 2). */
export class LibraryFillError extends Error {}
