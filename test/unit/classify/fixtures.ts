/**
 * Readers for the real questionnaires in ../shared/fixtures/questionnaires (read in place,
 * never copied into the project).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const QUESTIONNAIRE_FIXTURES = path.resolve(__dirname, '../../../../shared/fixtures/questionnaires');

export interface FixtureQuestion {
  /** The VSAQ item or choice id, or the Markdown question number. */
  readonly id: string;
  readonly text: string;
}

/**
 * Parses a VSAQ template, which is not strict JSON: a `//` licence header and, in two files,
 * JavaScript string concatenation (`"…" + "…"`). Comment lines are dropped and adjacent
 * concatenated literals joined, then the result is parsed as JSON.
 */
export function parseVsaqTemplate(source: string): unknown {
  const withoutComments = source
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n');
  const joined = withoutComments.replace(/"\s*\+\s*"/g, '');
  return JSON.parse(joined) as unknown;
}

const QUESTION_TYPES = new Set(['radiogroup', 'checkgroup', 'line', 'box']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Visible text of an HTML fragment (tags dropped, the few entities VSAQ uses decoded). */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/p>\s*<p>/g, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&mdash;/g, '-')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ([,.;:?!])/g, '$1')
    .trim();
}

/**
 * The questions of a VSAQ template: the `text` of every answerable item (radiogroup, checkgroup,
 * line, box), plus each checkgroup choice, which is itself a yes/no question ("Third-party audits
 * of the security and privacy program").
 */
export function vsaqQuestions(template: unknown): FixtureQuestion[] {
  const questions: FixtureQuestion[] = [];
  const visit = (node: unknown, index: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => visit(child, `${index}.${i}`));
      return;
    }
    if (!isRecord(node)) {
      return;
    }
    const type = node['type'];
    const id = typeof node['id'] === 'string' ? node['id'] : `(no id ${index})`;
    if (typeof type === 'string' && QUESTION_TYPES.has(type) && typeof node['text'] === 'string') {
      questions.push({ id, text: htmlToText(node['text']) });
    }
    if (type === 'checkgroup' && Array.isArray(node['choices'])) {
      for (const choice of node['choices']) {
        if (isRecord(choice)) {
          for (const [choiceId, choiceText] of Object.entries(choice)) {
            if (typeof choiceText === 'string') {
              questions.push({ id: choiceId, text: htmlToText(choiceText) });
            }
          }
        }
      }
    }
    visit(node['items'], index);
    visit(node['questionnaire'], index);
  };
  visit(template, 'root');
  return questions;
}

/**
 * Questions of the grc-lab Markdown questionnaire: a numbered bold title line followed by the
 * question sentence on the next line. The title and the sentence form one question cell.
 */
export function markdownNumberedQuestions(markdown: string): FixtureQuestion[] {
  const lines = markdown.split(/\r?\n/);
  const questions: FixtureQuestion[] = [];
  lines.forEach((line, i) => {
    const heading = /^\s*(\d+)\.\s+\*\*(.+?)\*\*\s*$/.exec(line);
    const next = lines[i + 1]?.trim() ?? '';
    if (heading !== null && next.length > 0) {
      questions.push({ id: heading[1] ?? '', text: `${heading[2] ?? ''}: ${next}` });
    }
  });
  return questions;
}

export function readFixture(...parts: string[]): string | undefined {
  const file = path.join(QUESTIONNAIRE_FIXTURES, ...parts);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}
