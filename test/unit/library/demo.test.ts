/** The demo workspace: its library answers what its questionnaires ask beyond the SOC 2 facts. */
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { classify, contextAt, type ContextSource } from '../../../src/domain/classify';
import { buildLibraryIndex, loadLibrary, matchAnswer, matchLibrary } from '../../../src/domain/library';
import { readQuestionnaire } from '../../../src/domain/questionnaire';
import { readWorkbookQuestions } from '../../../src/domain/workbook';

const ROOT = join(__dirname, '..', '..', '..');

function demoIndex(): ReturnType<typeof buildLibraryIndex> {
  const root = join(ROOT, 'demo', '.attest', 'library');
  const files: { path: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        walk(path);
      } else {
        files.push({ path: relative(root, path), text: readFileSync(path, 'utf8') });
      }
    }
  };
  walk(root);
  return buildLibraryIndex(loadLibrary('', files).entries);
}

suite('library: the demo questionnaires', () => {
  test('every question the SOC 2 facts do not cover is filled from the demo library, none from an internal entry', async () => {
    // Each questionnaire's questions, classified in their context as a fill does ("Is an NDA
    // required?" after SOC 2 questions is about the report).
    const documents: ContextSource[][] = [];
    for (const [file, format] of [
      ['vendor-questionnaire.md', 'markdown'],
      ['vendor-assessment.csv', 'csv'],
    ] as const) {
      documents.push(readQuestionnaire(readFileSync(join(ROOT, 'demo', file), 'utf8'), format).items);
    }
    for (const sheet of (await readWorkbookQuestions(readFileSync(join(ROOT, 'demo', 'vendor-security-workbook.xlsx')))).sheets) {
      documents.push(sheet.questions);
    }
    const index = demoIndex();
    const notSoc2 = documents.flatMap((items) => items.filter((item, i) => classify(item.question, { context: contextAt(items, i) }).intent === 'none').map((item) => item.question));
    assert.ok(notSoc2.length >= 13, `${notSoc2.length} questions outside the profile`);
    const unanswered = notSoc2.filter((q) => {
      const match = matchLibrary(index, q).match;
      return match === undefined || !match.fills || matchAnswer(match, 'paragraph') === undefined;
    });
    assert.deepEqual(unanswered, []);
  });
});
