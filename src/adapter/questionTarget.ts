/**
 * What a deferred insert aims at (the wizard's Insert, a CodeLens or light-bulb command, a button
 * the writer clicks later), and finding it again in the document as it is now. A stored line goes
 * stale as soon as the writer adds a paragraph above; these targets are found by content (see
 * domain/questionnaire/anchor.ts), and a target that cannot be found, or found only ambiguously,
 * is refused with a message instead of written somewhere else.
 */
import * as vscode from 'vscode';
import { itemAtLine, type QuestionItem } from '../domain/questionnaire';
import { anchorFor, anchorForLine, relocateLine, relocateQuestion, type LineAnchor, type QuestionAnchor, type Relocation } from '../domain/questionnaire/anchor';
import { displayName, readOpenQuestionnaire, type OpenQuestionnaire } from './questionnaireDocument';

export type QuestionTarget =
  /** A question the reader recognized: found again by its text and section. */
  | { kind: 'question'; anchor: QuestionAnchor }
  /** Any other line with text: found again by that text. */
  | { kind: 'line'; anchor: LineAnchor }
  /** A blank line (or an empty document): only valid while the document is unchanged. */
  | { kind: 'blank'; line: number; version: number };

export type ResolvedTarget =
  | { kind: 'question'; open: OpenQuestionnaire; item: QuestionItem; moved: boolean }
  | { kind: 'line'; line: number; moved: boolean }
  /** `problem` completes "Not inserted: …" (no trailing full stop). */
  | { kind: 'refused'; problem: string };

/** The anchor of the question whose block holds `line`, when the line belongs to a recognized question. */
export function questionAnchorAt(document: vscode.TextDocument, line: number): QuestionAnchor | undefined {
  const open = readOpenQuestionnaire(document);
  const item = open === undefined ? undefined : itemAtLine(open.read.items, line);
  return open === undefined || item === undefined ? undefined : anchorFor(open.read.items, item);
}

/** The target for `line` of the document as it is now. */
export function targetAt(document: vscode.TextDocument, line: number): QuestionTarget {
  const question = questionAnchorAt(document, line);
  if (question !== undefined) {
    return { kind: 'question', anchor: question };
  }
  const text = document.getText();
  const anchor = anchorForLine(text, line);
  return anchor === undefined ? { kind: 'blank', line, version: document.version } : { kind: 'line', anchor };
}

function quote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

function linesList(lines: readonly number[]): string {
  const shown = lines.slice(0, 5).map((line) => String(line + 1));
  const listed = shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1] ?? ''}`;
  return lines.length > shown.length ? `${listed}, …` : listed;
}

function refusal<T>(relocation: Exclude<Relocation<T>, { kind: 'found' }>, what: string, file: string, occurrences: number): ResolvedTarget {
  if (relocation.kind === 'missing') {
    return { kind: 'refused', problem: `${file} no longer has ${what}; it was edited or deleted` };
  }
  const count = relocation.lines.length;
  const before = occurrences === 1 ? 'once' : `${occurrences} times`;
  return {
    kind: 'refused',
    problem: `${what} now appears ${count === 1 ? 'once' : `${count} times`} in ${file} (lines ${linesList(relocation.lines)}; it appeared ${before}), so Attest cannot tell which one was meant`,
  };
}

/** Finds the target in the document as it is now. Synchronous: write right after it, with no await between. */
export function resolveTarget(document: vscode.TextDocument, target: QuestionTarget): ResolvedTarget {
  const file = displayName(document);
  switch (target.kind) {
    case 'question': {
      const open = readOpenQuestionnaire(document);
      const { anchor } = target;
      const what = `the question ${quote(anchor.question)}${anchor.section === undefined ? '' : ` (under ${quote(anchor.section, 60)})`}`;
      const relocation: Relocation<QuestionItem> = open === undefined ? { kind: 'missing' } : relocateQuestion(open.read.items, anchor);
      if (relocation.kind !== 'found' || open === undefined) {
        return refusal(relocation.kind === 'found' ? { kind: 'missing' } : relocation, what, file, anchor.occurrences);
      }
      return { kind: 'question', open, item: relocation.target, moved: relocation.moved };
    }
    case 'line': {
      const relocation = relocateLine(document.getText(), target.anchor);
      if (relocation.kind !== 'found') {
        return refusal(relocation, `the line ${quote(target.anchor.text)}`, file, target.anchor.occurrences);
      }
      return { kind: 'line', line: relocation.target, moved: relocation.moved };
    }
    case 'blank':
      if (document.version !== target.version || target.line >= document.lineCount) {
        return { kind: 'refused', problem: `${file} changed since, and the blank line ${target.line + 1} it was aimed at cannot be found again` };
      }
      return { kind: 'line', line: target.line, moved: false };
  }
}

/** A fresh target for what was just found, so the next find compares with the document as it is now. */
export function reanchored(document: vscode.TextDocument, resolved: Exclude<ResolvedTarget, { kind: 'refused' }>, previous: QuestionTarget): QuestionTarget {
  if (resolved.kind === 'question') {
    return { kind: 'question', anchor: anchorFor(resolved.open.read.items, resolved.item) };
  }
  if (previous.kind === 'line') {
    const anchor = anchorForLine(document.getText(), resolved.line);
    return anchor === undefined ? previous : { kind: 'line', anchor };
  }
  return previous;
}

/** The 0-based line a resolved target is on. */
export function resolvedLine(resolved: Exclude<ResolvedTarget, { kind: 'refused' }>): number {
  return resolved.kind === 'question' ? resolved.item.line : resolved.line;
}
