import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readQuestionnaire } from '../../../src/domain/questionnaire';
import { CommandId } from '../../../src/shared/ids';
import { activateExtension, waitFor, workspaceFile } from './helpers';
import { revertAll, undoIn } from './editorHelpers';

const TODAY = '2026-11-26';

interface FillResult {
  outcome: string;
  counts?: { total: number; answered: number; needs_person: number; not_recognized: number; already_answered: number };
  edits?: number;
  report?: vscode.Uri;
}

async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

async function fill(request?: Record<string, unknown>): Promise<FillResult> {
  return (await vscode.commands.executeCommand<FillResult>(CommandId.fillQuestionnaire, request)) ?? assert.fail('the command returns its result');
}

/** A token that asks to cancel on its n-th look, i.e. part-way through the fill. */
function cancelOnLook(n: number): vscode.CancellationToken {
  let looks = 0;
  return {
    get isCancellationRequested() {
      looks++;
      return looks >= n;
    },
    onCancellationRequested: new vscode.EventEmitter<void>().event,
  };
}

/** Splits one CSV record line (no line breaks inside cells) into its raw cells, quotes kept. */
/** A CSV cell's text without its quotes. */
function unquote(cell: string): string {
  return cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

function rawCells(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let end: number;
    if (line[i] === '"') {
      end = i + 1;
      while (end < line.length && !(line[end] === '"' && line[end + 1] !== '"')) {
        end += line[end] === '"' ? 2 : 1;
      }
      end++;
    } else {
      const comma = line.indexOf(',', i);
      end = comma < 0 ? line.length : comma;
    }
    cells.push(line.slice(i, end));
    if (end >= line.length) {
      return cells;
    }
    i = end + 1;
    if (i === line.length) {
      cells.push('');
      return cells;
    }
  }
}

suite('Answer in place: Fill Questionnaire', () => {
  suiteSetup(async () => {
    const api = await activateExtension();
    api.setToday(TODAY);
    await api.services.profiles.ready;
    // Suites before this one edit the profile; wait for the fixture profile to be valid again.
    await waitFor('the valid fixture profile', () => (api.services.profiles.get()?.profile?.organization.name === 'Northwind Ledger, Inc.' ? true : undefined));
  });
  teardown(revertAll);
  suiteTeardown(async () => {
    (await activateExtension()).setToday(undefined);
  });

  test('CSV with title rows above the header: only Response cells change, and one undo restores the file', async () => {
    const { document } = await open('vendor-assessment.csv');
    const original = document.getText();
    const { items } = readQuestionnaire(original, 'csv');
    const result = await fill();
    assert.equal(result.outcome, 'filled');
    assert.equal(result.counts?.total, items.length);
    assert.ok((result.counts?.answered ?? 0) >= 8, `most rows are answered (${JSON.stringify(result.counts)})`);
    assert.ok((result.counts?.not_recognized ?? 0) >= 2, 'background checks and encryption are not SOC 2 questions');
    assert.equal(result.counts?.already_answered, 0);

    const before = original.split('\n');
    const after = document.getText().split('\n');
    assert.equal(after.length, before.length, 'no row added or removed');
    for (let line = 0; line < before.length; line++) {
      const oldRow = before[line] ?? '';
      const newRow = after[line] ?? '';
      const item = items.find((i) => i.line === line);
      if (!item) {
        assert.equal(newRow, oldRow, `line ${line + 1} (title, header or blank) is byte-identical`);
        continue;
      }
      const oldCells = rawCells(oldRow);
      const newCells = rawCells(newRow);
      assert.equal(newCells.length, oldCells.length, `line ${line + 1} keeps its cells`);
      assert.deepEqual(newCells.slice(0, 2), oldCells.slice(0, 2), `line ${line + 1}: ID and Question are byte-identical (quotes included)`);
      assert.equal(oldCells[2], '');
      // A Yes/No question gets its verdict in Response and the explanation in Comments; the rest leave Comments alone.
      const response = unquote(newCells[2] ?? '');
      if (/^(?:Yes|No|N\/A)$/.test(response)) {
        assert.ok(unquote(newCells[3] ?? '').length > 40, `line ${line + 1}: the explanation of "${response}" is in Comments`);
      } else {
        assert.equal(newCells[3], oldCells[3], `line ${line + 1}: Comments untouched`);
        assert.ok(!/^(?:Yes|No)\b/.test(response), `line ${line + 1}: an open question is not answered Yes or No`);
      }
    }
    // "Carve out or include?" asks which: the answer names the method instead of saying Yes.
    const subservice = rawCells(after.find((row) => row.startsWith('STA-01.1,')) ?? '');
    assert.match(unquote(subservice[2] ?? ''), /carved out/);
    const filled = after.filter((row, n) => rawCells(row)[2] !== rawCells(before[n] ?? '')[2]);
    // Answered rows are written; a row that needs a person is written only when it has placeholders to show (an undecided Yes/No stays blank).
    assert.ok(filled.length >= (result.counts?.answered ?? 0) && filled.length <= (result.counts?.answered ?? 0) + (result.counts?.needs_person ?? 0), `${filled.length} rows written`);
    assert.ok(!/\bcertified\b|\bcertification\b|\bcompliant\b/i.test(filled.map((row) => rawCells(row)[2]).join('\n')), 'no answer calls SOC 2 a certification');
    const background = after.find((row) => row.startsWith('HRS-01.1,'));
    assert.equal(background, before.find((row) => row.startsWith('HRS-01.1,')), 'an unrecognized question is left empty');

    await undoIn(document);
    assert.equal(document.getText(), original, 'one Ctrl+Z restores the file exactly');
  });

  test('already-answered cells are left alone when filling empty ones only; CRLF line endings are kept', async () => {
    const { document } = await open('fill-partly-answered.csv');
    const original = document.getText();
    assert.ok(original.includes('\r\n'));
    const result = await fill({ overwrite: false });
    assert.equal(result.outcome, 'filled');
    assert.deepEqual(result.counts, { total: 5, answered: 2, needs_person: 1, not_recognized: 1, already_answered: 1 });
    const text = document.getText();
    assert.ok(text.includes('1,Do you have a SOC 2 Type 2 report?,"Yes, see our trust portal."\r\n'), 'the answered row is untouched');
    assert.ok(text.includes('4,Describe your password policy.,\r\n'), 'the unrecognized row is untouched');
    assert.ok(text.includes('\r\n5,Do you have a SOC 1 report?,TBD'), 'a Yes/No the profile cannot decide is left as it was, for a person');
    assert.ok(!/(^|[^\r])\n/.test(text), 'every line still ends in CRLF');
    await undoIn(document);
    assert.equal(document.getText(), original);
  });

  test('"Overwrite all" replaces existing answers too', async () => {
    const { document } = await open('fill-partly-answered.csv');
    const result = await fill({ overwrite: true });
    assert.equal(result.counts?.already_answered, 0);
    assert.ok(!document.getText().includes('Yes, see our trust portal.'));
  });

  test('the coverage report opens beside the questionnaire and each line links to its question', async () => {
    const { document } = await open('fill-partly-answered.csv');
    const result = await fill({ overwrite: false });
    const reportUri = result.report ?? assert.fail('a report');
    const report = vscode.workspace.textDocuments.find((d) => d.uri.toString() === reportUri.toString()) ?? assert.fail('the report is open');
    assert.equal(report.languageId, 'markdown');
    const text = report.getText();
    assert.match(text, /^# Coverage of fill-partly-answered\.csv/);
    assert.match(text, /5 questions: 2 answered, 1 needs a person, 1 not recognized, 1 already answered\./);
    assert.match(text, /## Needs a person \(1\)[\s\S]*Do you have a SOC 1 report\? — missing: The profile does not record a SOC 1\.[^\n]*verdict undetermined/);
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === report), 'the report is visible');
    assert.equal(vscode.window.activeTextEditor?.document, document, 'focus stays in the questionnaire');

    const links = (await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', report.uri)) ?? [];
    // Another provider (the Markdown extension) may link the same words: one per place is enough.
    const ours = [...new Map(links.filter((link) => /^line \d+$/.test(report.getText(link.range))).map((link) => [link.range.start.line, link])).values()];
    assert.equal(ours.length, 5, 'one link per question');
    for (const link of ours) {
      const target = link.target ?? assert.fail('a target');
      const line = Number(/^line (\d+)$/.exec(report.getText(link.range))?.[1]);
      assert.equal(target.fragment, `L${line}`);
      assert.equal(target.with({ fragment: '' }).toString(), document.uri.toString());
      assert.match(document.lineAt(line - 1).text, /^\d,/, `line ${line} is a question row`);
    }
  });

  test('Markdown: only answer blocks are inserted; every original line stays, in order', async () => {
    const { document } = await open('vendor-questionnaire.md');
    const original = document.getText();
    const result = await fill();
    assert.equal(result.outcome, 'filled');
    const before = original.split('\n');
    const after = document.getText().split('\n');
    // Table rows keep their place; only their last (Response) cell changes.
    const withoutResponse = (line: string): string => (line.startsWith('| ') ? line.replace(/\|[^|]*\|$/, '| |') : line);
    let next = 0;
    const added: string[] = [];
    for (const line of after) {
      if (next < before.length && withoutResponse(line) === withoutResponse(before[next] ?? '')) {
        next++;
      } else {
        added.push(line);
      }
    }
    assert.equal(next, before.length, 'all original lines are there, in order');
    for (const line of added) {
      assert.match(line, /^( {3,4}> \*\*Answer:\*\* .+|)$/, `only answers (indented under their item) and blank lines are added: ${line}`);
    }
    const tableRow = after.find((line) => line.startsWith('| 19 |')) ?? '';
    assert.match(tableRow, /^\| 19 \| Do you publish a SOC 3 report\? \| .+ \|$/);
    await undoIn(document);
    assert.equal(document.getText(), original);
  });

  test('cancel before anything is written: the document is unchanged', async () => {
    const { document } = await open('vendor-assessment.csv');
    const version = document.version;
    const source = new vscode.CancellationTokenSource();
    source.cancel();
    const result = await fill({ token: source.token });
    assert.equal(result.outcome, 'cancelled');
    assert.equal(document.version, version);
    assert.equal(document.isDirty, false);
  });

  test('cancel part-way: no partial edit at all', async () => {
    const { document } = await open('vendor-assessment.csv');
    const version = document.version;
    const result = await fill({ token: cancelOnLook(5) });
    assert.equal(result.outcome, 'cancelled');
    assert.equal(document.version, version);
    assert.equal(document.isDirty, false);
  });

  test('an Excel workbook is sent to Fill Workbook', async () => {
    const result = await fill({ uri: workspaceFile('answers.xlsx') });
    assert.equal(result.outcome, 'workbook');
  });
});
