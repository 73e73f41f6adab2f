/**
 * The editor's side of `importAnswers` (Attest: Import Answers from a Questionnaire…), kept pure:
 * the answered questions of any document the engine reads (text, workbook, Word), the file each
 * draft goes to without taking a name already used, which conflicts belong to which draft, and the
 * words of the preview, the summary and the report.
 */
import type { EngineItem } from '../engine/driver';
import type { AnsweredQuestion, DraftEntry, ImportResult } from './import';

const BARE_CHOICE = /^(yes|no|n\/a|na|not applicable)\.?$/i;

/**
 * Every question of a read document with the answer it holds. A bare Yes/No/N/A with an
 * explanation in the row's comment cell (a workbook's Comments column) is imported as both:
 * "Yes. <explanation>".
 */
export function answeredQuestions(items: readonly EngineItem[], file: string): AnsweredQuestion[] {
  return items
    .filter((item) => item.slot.keep !== true)
    .map((item) => {
      const answer = item.slot.existing.trim();
      const comment = item.slot.comment?.existing.trim() ?? '';
      const combined = comment === '' ? answer : answer === '' ? comment : BARE_CHOICE.test(answer) ? `${answer.replace(/\.$/, '')}. ${comment}` : answer;
      return {
        question: item.question,
        answer: combined,
        at: item.line !== undefined ? `${file}:${item.line + 1}` : `${file} ${item.location}`,
        ...(item.section !== undefined && { section: item.section }),
      };
    });
}

/** A topic as a folder name: lower-case words joined by hyphens, never empty, never `..`. */
export function topicFolder(topic: string): string {
  const folder = topic
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return folder === '' ? 'imported' : folder;
}

/**
 * The draft under a name nobody uses: `taken` holds the file names already in its folder (lower
 * case, without `.md`) and every id of the library and of the other drafts. A clash gets `-2`,
 * `-3`…, and the id follows the file name so the two never disagree.
 */
export function withFreeName(draft: DraftEntry, taken: ReadonlySet<string>): DraftEntry {
  if (!taken.has(draft.id.toLowerCase())) {
    return draft;
  }
  for (let n = 2; ; n++) {
    const id = `${draft.id}-${n}`;
    if (!taken.has(id.toLowerCase())) {
      return { ...draft, id };
    }
  }
}

/** The conflicts found while merging into this draft (they start with one of its questions' places). */
export function conflictsOfDraft(draft: DraftEntry, conflicts: readonly string[]): string[] {
  return conflicts.filter((conflict) => draft.from.some((at) => conflict.startsWith(`${at}: `)));
}

/** The conflicts with entries already in the library (they belong to no draft). */
export function libraryConflicts(result: ImportResult): string[] {
  return result.conflicts.filter((conflict) => !result.drafts.some((draft) => conflictsOfDraft(draft, [conflict]).length > 0));
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** One line under a draft in the preview: its conflicts and merged variants first (the line is cut at the width), then its Yes/No and answer. */
export function draftDetail(draft: DraftEntry, conflicts: readonly string[]): string {
  const parts: string[] = [];
  const own = conflictsOfDraft(draft, conflicts);
  if (own.length > 0) {
    parts.push(`⚠ ${own.length} conflict${own.length === 1 ? '' : 's'}: Yes/No left out (see the report)`);
  }
  if (draft.variants.length > 0) {
    parts.push(`merged ${draft.variants.length} variant${draft.variants.length === 1 ? '' : 's'}: ${draft.variants.map((v) => `"${clip(v, 50)}"`).join(', ')}`);
  }
  const yesno = draft.yesno === undefined ? '' : `${draft.yesno === 'na' ? 'N/A' : draft.yesno === 'yes' ? 'Yes' : 'No'} · `;
  parts.push(`${yesno}${clip(draft.paragraph === '' ? '(no text, only the Yes/No)' : draft.paragraph, 90)}`);
  return parts.join('  ·  ');
}

export interface WrittenDraft {
  draft: DraftEntry;
  /** Workspace-relative path of the new file. */
  path: string;
}

export interface ImportOutcome {
  written: WrittenDraft[];
  /** Drafts that were chosen but not written, and why. */
  refused: { draft: DraftEntry; path: string; problem: string }[];
  /** Drafts the writer unticked in the preview. */
  notChosen: number;
  /** The writer cancelled while the drafts were written (those written are complete files). */
  cancelled: boolean;
}

export interface ImportCounts {
  created: number;
  /** Questions merged into a created draft as its variants. */
  merged: number;
  /** Already answered by the library, unticked, or refused. */
  skipped: number;
  conflicts: number;
}

export function importCounts(result: ImportResult, outcome: ImportOutcome): ImportCounts {
  return {
    created: outcome.written.length,
    merged: outcome.written.reduce((sum, { draft }) => sum + draft.from.length - 1, 0),
    // Every draft not written (unticked, refused, left by a cancel) and every question the library already answers.
    skipped: result.known.length + result.drafts.length - outcome.written.length,
    conflicts: result.conflicts.length,
  };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "Created 3 draft entries (2 questions merged as variants); skipped 4; 1 conflict." */
export function importSummary(result: ImportResult, outcome: ImportOutcome): string {
  const counts = importCounts(result, outcome);
  const merged = counts.merged === 0 ? '' : ` (${plural(counts.merged, 'question', 'questions')} merged as variants)`;
  const skippedWhy = [
    result.known.length > 0 ? `${result.known.length} already in the library` : '',
    outcome.notChosen > 0 ? `${outcome.notChosen} not chosen` : '',
    outcome.refused.length > 0 ? `${outcome.refused.length} refused` : '',
    outcome.cancelled ? `${result.drafts.length - outcome.written.length - outcome.notChosen - outcome.refused.length} not written after Cancel` : '',
  ].filter((s) => s !== '');
  const skipped = counts.skipped === 0 ? '' : `; skipped ${counts.skipped} (${skippedWhy.join(', ')})`;
  const conflicts = counts.conflicts === 0 ? '' : `; ${plural(counts.conflicts, 'conflict', 'conflicts')} to decide`;
  return `Created ${plural(counts.created, 'draft entry', 'draft entries')}${merged}${skipped}${conflicts}.`;
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function quoted(text: string): string {
  return `"${clip(text, 120).replace(/([*_[\]<>])/g, '\\$1')}"`;
}

/** The Markdown report opened beside the questionnaire: what was created, merged, skipped, and every conflict. */
export function importReportMarkdown(source: string, library: string, result: ImportResult, outcome: ImportOutcome): string {
  const lines = [`# Import into the answer library from ${source}`, ''];
  lines.push(`${importSummary(result, outcome)} Drafts are \`visibility: internal\` with no owner and no review date: nothing imported is written into a questionnaire until a person reviews it, sets an owner, a date and a visibility.`, '');
  if (outcome.cancelled) {
    lines.push('**Cancelled:** the drafts listed under Created are complete files; the others were not written.', '');
  }
  if (result.conflicts.length > 0) {
    lines.push('## Conflicts', '', 'Answers that disagree. A merged draft keeps no Yes/No until someone decides.', '');
    lines.push(...result.conflicts.map((conflict) => `- ${conflict}`), '');
  }
  lines.push('## Created', '');
  if (outcome.written.length === 0) {
    lines.push('Nothing.', '');
  } else {
    for (const { draft, path } of outcome.written) {
      const variants = draft.variants.length === 0 ? '' : ` (${plural(draft.variants.length, 'variant', 'variants')} merged: ${draft.variants.map(quoted).join(', ')})`;
      lines.push(`- ${code(path)}: ${quoted(draft.question)}${variants}, from ${draft.from.join(', ')}`);
    }
    lines.push('');
  }
  if (outcome.refused.length > 0) {
    lines.push('## Not written', '');
    lines.push(...outcome.refused.map(({ path, problem }) => `- ${code(path)}: ${problem}`), '');
  }
  if (result.known.length > 0) {
    lines.push(`## Already in the library (${library})`, '', 'Not imported: the library already answers them, and nothing in it is overwritten.', '');
    lines.push(...result.known.map((known) => `- ${known.at}: ${quoted(known.question)} → ${code(known.entry)}`), '');
  }
  if (result.unanswered > 0) {
    lines.push(`${plural(result.unanswered, 'question has', 'questions have')} no answer to import.`, '');
  }
  return lines.join('\n');
}
