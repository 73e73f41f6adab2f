// "Attest: Fill Workbook…" in the real VS Code: workbooks are built in code with exceljs, written
// into the scratch workspace, and filled through the command with its automation options; the
// tests read the filled copy back with exceljs and hash the original to prove it was not touched.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as ExcelJS from 'exceljs';
import * as vscode from 'vscode';
import type { FillWorkbookResult } from '../../../src/adapter/commands/fillWorkbook';
import { CommandId } from '../../../src/shared/ids';
import { activateExtension, closeAllEditors, waitFor, workspaceFile } from './helpers';

const TODAY = '2026-11-26';
const FOLDER = 'workbook-it';

const YES_NO_NA: ExcelJS.DataValidation = { type: 'list', allowBlank: true, formulae: ['"Yes,No,N/A"'] };

/** A customer's form: title block above a header on row 5, an instructions sheet, two questionnaire sheets. */
async function vendorWorkbook(options: { preAnswered: boolean }): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const instructions = workbook.addWorksheet('Instructions');
  instructions.getCell('A1').value = 'Vendor security review';
  instructions.getCell('A3').value = 'Answer every question on the Questionnaire tab; use the Comments column to explain.';

  const sheet = workbook.addWorksheet('Questionnaire');
  sheet.columns = [{ width: 7 }, { width: 60 }, { width: 12 }, { width: 60 }];
  sheet.mergeCells('A1:D1');
  sheet.getCell('A1').value = 'Security questionnaire';
  sheet.getCell('A1').font = { bold: true, size: 16 };
  sheet.getCell('A2').value = 'Vendor name:';
  sheet.getRow(5).values = ['Ref', 'Question', 'Response', 'Comments'];
  sheet.getRow(5).font = { bold: true };
  sheet.mergeCells('A6:D6');
  sheet.getCell('A6').value = '1. Assurance';
  sheet.getCell('A6').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
  const rows: [string, string, string?, string?][] = [
    ['1.1', 'Do you have a current SOC 2 report?'],
    ['1.2', 'Is your most recent SOC 2 report a Type 2 report?'],
    options.preAnswered ? ['1.3', 'Can you share your SOC 2 report under NDA?', 'No', 'Only after a site visit.'] : ['1.3', 'Can you share your SOC 2 report under NDA?'],
    ['1.4', 'Is customer data encrypted at rest using AES-256?'],
    ['1.5', 'Do you carry cyber liability insurance?'],
  ];
  rows.forEach(([id, question, answer, comment], i) => {
    const r = 7 + i;
    sheet.getRow(r).values = [id, question, answer ?? null, comment ?? null];
    sheet.getCell(`C${r}`).dataValidation = YES_NO_NA;
    sheet.getCell(`C${r}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  });

  const details = workbook.addWorksheet('Details');
  details.columns = [{ width: 8 }, { width: 60 }, { width: 80 }];
  details.getRow(1).values = ['ID', 'Question', 'Vendor Response'];
  details.getRow(2).values = ['D-1', 'Which CPA firm performed your most recent SOC 2 examination?'];
  details.getRow(3).values = ['D-2', 'Describe your employee onboarding process.'];
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

async function noQuestionsWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Budget');
  sheet.getRow(1).values = ['Item', 'Cost'];
  sheet.getRow(2).values = ['Laptops', 1200];
  sheet.getRow(3).values = ['Licenses', 300];
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The start of an OLE compound file: what an old binary .xls begins with. */
const OLE_HEADER = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);

function file(name: string): vscode.Uri {
  return workspaceFile(FOLDER, name);
}

async function write(name: string, bytes: Uint8Array): Promise<vscode.Uri> {
  const uri = file(name);
  await vscode.workspace.fs.writeFile(uri, bytes);
  return uri;
}

async function sha256(uri: vscode.Uri): Promise<string> {
  return createHash('sha256').update(await vscode.workspace.fs.readFile(uri)).digest('hex');
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function folderListing(): Promise<string[]> {
  return (await vscode.workspace.fs.readDirectory(workspaceFile(FOLDER))).map(([name]) => name).sort();
}

async function load(uri: vscode.Uri): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await vscode.workspace.fs.readFile(uri)) as unknown as ExcelJS.Buffer);
  return workbook;
}

function text(workbook: ExcelJS.Workbook, sheet: string, address: string): string {
  const cell = workbook.getWorksheet(sheet)?.getCell(address) ?? assert.fail(`no sheet ${sheet}`);
  return cell.text;
}

async function fillWorkbook(target?: unknown, options?: unknown): Promise<FillWorkbookResult> {
  return (await vscode.commands.executeCommand<FillWorkbookResult>(CommandId.fillWorkbook, target, options)) ?? assert.fail('the command returns its result');
}

/** A token that asks to cancel on its n-th look, i.e. part-way through the fill. */
function cancelOnLook(n: number): vscode.CancellationToken & { looks(): number } {
  let looks = 0;
  return {
    get isCancellationRequested() {
      looks++;
      return looks >= n;
    },
    onCancellationRequested: new vscode.EventEmitter<void>().event,
    looks: () => looks,
  };
}

/** A clear message is one line, names the file, and carries no stack trace. */
function assertClearMessage(message: string, name: string): void {
  assert.ok(!message.includes('\n'), `one line: ${message}`);
  assert.ok(!/\bat .+:\d+:\d+/.test(message) && !/Error:/.test(message), `no stack trace: ${message}`);
  assert.ok(message.includes(name), `names ${name}: ${message}`);
}

suite('Fill Workbook', () => {
  suiteSetup(async () => {
    const api = await activateExtension();
    api.setToday(TODAY);
    await api.services.profiles.ready;
    await vscode.workspace.fs.createDirectory(workspaceFile(FOLDER));
  });
  teardown(closeAllEditors);
  suiteTeardown(async () => {
    (await activateExtension()).setToday(undefined);
    await vscode.workspace.fs.delete(workspaceFile(FOLDER), { recursive: true, useTrash: false });
  });

  test('is contributed to the palette and to the explorer menu for .xlsx, .xlsm and .xls', async () => {
    assert.ok((await vscode.commands.getCommands(true)).includes(CommandId.fillWorkbook));
    const manifest = vscode.extensions.getExtension('attest.attest')?.packageJSON as {
      contributes: { commands: { command: string; title: string; category: string }[]; menus: Record<string, { command: string; when?: string }[]> };
    };
    const command = manifest.contributes.commands.find((c) => c.command === CommandId.fillWorkbook) ?? assert.fail('contributed');
    assert.equal(`${command.category}: ${command.title}`, 'Attest: Fill Workbook…');
    const menu = manifest.contributes.menus['explorer/context']?.find((m) => m.command === CommandId.fillWorkbook) ?? assert.fail('in the explorer menu');
    const pattern = /resourceExtname =~ \/(.+)\/(i?)/.exec(menu.when ?? '') ?? assert.fail(`a resourceExtname test: ${menu.when}`);
    const extname = new RegExp(pattern[1] as string, pattern[2]);
    for (const name of ['.xlsx', '.xlsm', '.xls', '.XLSX']) {
      assert.ok(extname.test(name), `shown for ${name}`);
    }
    for (const name of ['.csv', '.md', '.xlsb', '.txt']) {
      assert.ok(!extname.test(name), `not shown for ${name}`);
    }
  });

  test('the workbook engine (exceljs) is not in the host bundle; it loads from dist/workbook.js on first use', async () => {
    const extension = vscode.extensions.getExtension('attest.attest') ?? assert.fail('installed');
    const host = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'dist', 'extension.js')));
    assert.doesNotMatch(host, /exceljs/i, 'activation never pays for the workbook library');
    assert.match(host, /require\("\.\/workbook\.js"\)/);
    const source = await write('workbook-lazy.xlsx', await vendorWorkbook({ preAnswered: false }));
    assert.equal((await fillWorkbook(source, { quiet: true })).status, 'filled');
    const engine = vscode.Uri.joinPath(extension.extensionUri, 'dist', 'workbook.js').fsPath;
    assert.ok(Object.keys(require.cache).includes(engine), 'the fill loaded dist/workbook.js');
  });

  test('fills the empty answers into <name>.attest.xlsx beside the original, which stays byte-identical; the report opens beside', async () => {
    const source = await write('workbook-vendor.xlsx', await vendorWorkbook({ preAnswered: true }));
    const before = await sha256(source);
    const result = await fillWorkbook(source, { quiet: true });
    assert.equal(result.status, 'filled', result.message);
    const output = result.outputUri ?? assert.fail('an output file');
    assert.equal(output.toString(), file('workbook-vendor.attest.xlsx').toString());
    assert.equal(await sha256(source), before, 'the original is not modified');
    assert.deepEqual(
      (await folderListing()).filter((name) => name.includes('workbook-vendor')),
      ['workbook-vendor.attest.xlsx', 'workbook-vendor.xlsx'],
      'no temporary file is left',
    );

    assert.deepEqual(result.counts, { total: 7, answered: 3, needs_person: 0, not_recognized: 3, already_answered: 1 });
    const filled = await load(output);
    assert.equal(text(filled, 'Questionnaire', 'C7'), 'Yes', 'SOC 2 question: a dropdown value');
    assert.match(text(filled, 'Questionnaire', 'D7'), /SOC 2 Type 2/, 'the explanation goes to the comment column');
    assert.match(text(filled, 'Questionnaire', 'D7'), /Ashgrove & Pell CPAs LLP/);
    assert.equal(text(filled, 'Questionnaire', 'C8'), 'Yes');
    assert.equal(text(filled, 'Questionnaire', 'C9'), 'No', 'the pre-answered row is left as it was');
    assert.equal(text(filled, 'Questionnaire', 'D9'), 'Only after a site visit.');
    for (const address of ['C10', 'D10', 'C11', 'D11']) {
      assert.equal(text(filled, 'Questionnaire', address), '', `${address}: not a SOC 2 question, left empty`);
    }
    assert.match(text(filled, 'Details', 'C2'), /Ashgrove & Pell CPAs LLP/, 'free-text answer on the second sheet');
    assert.equal(text(filled, 'Details', 'C3'), '');
    // Everything else is as it was: the title block, the section row and the header.
    const original = await load(source);
    for (const [sheet, address] of [['Questionnaire', 'A1'], ['Questionnaire', 'A6'], ['Questionnaire', 'B5'], ['Instructions', 'A3'], ['Questionnaire', 'B11']] as const) {
      assert.equal(text(filled, sheet, address), text(original, sheet, address), `${sheet}!${address}`);
    }
    assert.deepEqual(filled.getWorksheet('Questionnaire')?.getCell('C7').dataValidation, original.getWorksheet('Questionnaire')?.getCell('C7').dataValidation, 'the dropdown stays');

    const reportUri = result.reportUri ?? assert.fail('a report');
    const report = vscode.workspace.textDocuments.find((d) => d.uri.toString() === reportUri.toString()) ?? assert.fail('the report is open');
    assert.equal(report.languageId, 'markdown');
    const markdown = report.getText();
    assert.match(markdown, /^# Coverage of workbook-vendor\.xlsx/);
    assert.match(markdown, /7 questions: 3 answered, 0 need a person, 3 not recognized, 1 already answered\./);
    assert.match(markdown, /## Questionnaire[\s\S]*### Not recognized \(2\)[\s\S]*\*\*Questionnaire!C10\*\* (?:1\.4 )?Is customer data encrypted at rest/);
    assert.match(markdown, /### Already answered \(1\)\n\nLeft as they were\.\n\n- \*\*Questionnaire!C9\*\*/);
    assert.match(markdown, /workbook-vendor\.attest\.xlsx; workbook-vendor\.xlsx itself was not changed/);
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === report), 'the report is visible');
    assert.match(result.message, /^Attest filled workbook-vendor\.xlsx into workbook-vendor\.attest\.xlsx: 3 answered/);
  });

  test('overwrite: true replaces the pre-answered row; an existing output is replaced in quiet mode', async () => {
    const source = await write('workbook-overwrite.xlsx', await vendorWorkbook({ preAnswered: true }));
    const stale = await write('workbook-overwrite.attest.xlsx', new TextEncoder().encode('an older fill'));
    const before = await sha256(source);
    const result = await fillWorkbook(source, { quiet: true, overwrite: true });
    assert.equal(result.status, 'filled', result.message);
    assert.equal(result.outputUri?.toString(), stale.toString());
    assert.equal(result.counts?.already_answered, 0);
    const filled = await load(stale);
    assert.equal(text(filled, 'Questionnaire', 'C9'), 'Yes', 'the NDA question now carries the profile\'s answer');
    assert.doesNotMatch(text(filled, 'Questionnaire', 'D9'), /site visit/);
    assert.equal(await sha256(source), before);
  });

  test('options.output writes where asked; the explorer\'s (uri, selection) call shape works', async () => {
    const source = await write('workbook-explorer.xlsx', await vendorWorkbook({ preAnswered: false }));
    const target = file('workbook-explorer-for-customer.xlsx');
    const result = await fillWorkbook(source, { quiet: true, output: target });
    assert.equal(result.status, 'filled', result.message);
    assert.ok(await exists(target));
    assert.ok(!(await exists(file('workbook-explorer.attest.xlsx'))));

    // The explorer passes the clicked file and the selected files; nothing here is answered and
    // no output exists yet, so nothing is asked.
    const fromExplorer = await fillWorkbook(source, [source]);
    assert.equal(fromExplorer.status, 'filled', fromExplorer.message);
    assert.equal(fromExplorer.outputUri?.toString(), file('workbook-explorer.attest.xlsx').toString());
    assert.equal(fromExplorer.counts?.answered, 4, 'the NDA question is empty in this copy, so it is answered too');
  });

  test('a corrupt workbook: one clear line, nothing written', async () => {
    const valid = await vendorWorkbook({ preAnswered: false });
    const source = await write('workbook-corrupt.xlsx', valid.slice(0, Math.floor(valid.length / 2)));
    const listing = await folderListing();
    const result = await fillWorkbook(source, { quiet: true });
    assert.equal(result.status, 'invalid_workbook');
    assert.equal(result.code, 'corrupt');
    assertClearMessage(result.message, 'workbook-corrupt.xlsx');
    assert.match(result.message, /not a readable Excel workbook/);
    assert.deepEqual(await folderListing(), listing, 'no output, no partial file');
  });

  test('an old .xls: the "save it as .xlsx" message, nothing written', async () => {
    const source = await write('workbook-legacy.xls', OLE_HEADER);
    const listing = await folderListing();
    const result = await fillWorkbook(source, { quiet: true });
    assert.equal(result.status, 'invalid_workbook');
    assert.equal(result.code, 'legacy_xls');
    assertClearMessage(result.message, 'workbook-legacy.xls');
    assert.match(result.message, /\.xls\b.*save it as \.xlsx/);
    assert.deepEqual(await folderListing(), listing);

    // The same bytes under an .xlsx name: the engine recognizes the old format by its content.
    const renamed = await write('workbook-legacy-renamed.xlsx', OLE_HEADER);
    const byContent = await fillWorkbook(renamed, { quiet: true });
    assert.equal(byContent.code, 'legacy_xls');
    assertClearMessage(byContent.message, 'workbook-legacy-renamed.xlsx');
  });

  test('a workbook with no questions, and a file that is not a workbook', async () => {
    const source = await write('workbook-budget.xlsx', await noQuestionsWorkbook());
    const listing = await folderListing();
    const result = await fillWorkbook(source, { quiet: true });
    assert.equal(result.status, 'invalid_workbook');
    assert.equal(result.code, 'no_questions');
    assertClearMessage(result.message, 'workbook-budget.xlsx');
    assert.deepEqual(await folderListing(), listing);

    const csv = await write('workbook-not.csv', new TextEncoder().encode('Question,Answer\nDo you have SOC 2?,\n'));
    const notWorkbook = await fillWorkbook(csv, { quiet: true });
    assert.equal(notWorkbook.status, 'unsupported');
    assert.match(notWorkbook.message, /Fill Questionnaire/);
  });

  test('cancelling part-way leaves no file', async () => {
    const source = await write('workbook-cancel.xlsx', await vendorWorkbook({ preAnswered: false }));
    const before = await sha256(source);
    const listing = await folderListing();
    const token = cancelOnLook(5);
    const result = await fillWorkbook(source, { quiet: true, token });
    assert.equal(result.status, 'cancelled');
    assert.match(result.message, /nothing was written/);
    assert.ok(token.looks() >= 5, 'the fill looked at the token while answering');
    assert.deepEqual(await folderListing(), listing, 'no output, no partial file');
    assert.equal(await sha256(source), before);
  });

  test('without a profile: says so and writes nothing', async () => {
    const api = await activateExtension();
    const source = await write('workbook-no-profile.xlsx', await vendorWorkbook({ preAnswered: false }));
    const listing = await folderListing();
    const configuration = vscode.workspace.getConfiguration('attest');
    await configuration.update('profilePath', '.attest/missing-for-workbook.json', vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor('the profile to be gone', () => (api.services.profiles.get(source)?.profile ? undefined : true));
      const result = await fillWorkbook(source, { quiet: true });
      assert.equal(result.status, 'no_profile');
      assert.match(result.message, /assurance profile \(\.attest\/missing-for-workbook\.json\)/);
      assert.deepEqual(await folderListing(), listing);
    } finally {
      await configuration.update('profilePath', undefined, vscode.ConfigurationTarget.Workspace);
      await waitFor('the profile to be back', () => api.services.profiles.get(source)?.profile);
    }
  });
});
