/**
 * Formula injection: profile text (here the organization name) that starts with =, +, -, @, tab or
 * carriage return must never start a cell Attest writes, in a CSV or in a workbook; each such
 * answer is reported.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ExcelJS from 'exceljs';
import * as fc from 'fast-check';
import { parse as parseJsonc } from 'jsonc-parser';
import Papa from 'papaparse';
import { answererFor } from '../../../src/domain/engine/source';
import { planOne, readTextQuestionnaire } from '../../../src/domain/engine';
import type { CoverageEntry } from '../../../src/domain/engine/coverage';
import { renderCoverageMarkdown, renderCoverageText } from '../../../src/domain/engine/coverage';
import { fillText } from '../fill/textFill';
import { parseProfile } from '../../../src/domain/profile/parse';
import type { Profile } from '../../../src/domain/profile/schema';
import { applyEdits } from '../../../src/domain/questionnaire';
import { encodeCsvCell } from '../../../src/domain/questionnaire/csv';
import { FORMULA_NEUTRALIZED, neutralizeFormula, startsLikeFormula } from '../../../src/domain/questionnaire/formula';
import { fillWorkbook } from '../../../src/domain/workbook';

const DEMO = parseJsonc(readFileSync(join(__dirname, '..', '..', '..', 'demo', '.attest', 'profile.json'), 'utf8')) as { organization: { name: string } };
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];
const TODAY = '2026-11-26';

/** The demo profile under another organization name; undefined when the schema refuses that name. */
function profileNamed(name: string): Profile | undefined {
  return parseProfile(JSON.stringify({ ...DEMO, organization: { ...DEMO.organization, name } })).profile;
}

const CSV = [
  'ID,Question,Response,Comments',
  '1,Is your SOC 2 report a Type 1 or Type 2?,,',
  '2,Which trust services categories are covered by the report?,,',
  '3,List the complementary user entity controls (CUECs) we are responsible for.,,',
  '4,Do you have a documented incident response plan that is tested at least annually?,,',
  '5,Who performed your SOC 2 examination?,,',
  '',
].join('\r\n');

const hostileName = fc.tuple(fc.constantFrom(...TRIGGERS, ''), fc.string({ maxLength: 40 })).map(([first, rest]) => `${first}${rest}`);

function csvCells(text: string): string[] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  return parsed.data.flat();
}

suite('formula injection', () => {
  test('neutralizeFormula prefixes a single quote exactly when the text would start a formula', () => {
    for (const trigger of TRIGGERS) {
      assert.equal(neutralizeFormula(`${trigger}1+1`), `'${trigger}1+1`);
      assert.equal(startsLikeFormula(`${trigger}x`), true);
    }
    for (const safe of ['Yes', ' =not at start', "'=already text", '', 'A&A', '1+1']) {
      assert.equal(neutralizeFormula(safe), safe);
    }
  });

  test('encodeCsvCell quotes a neutralized cell and doubles its quotes', () => {
    assert.equal(encodeCsvCell('=HYPERLINK("http://x","y")', ',', false), `"'=HYPERLINK(""http://x"",""y"")"`);
    assert.equal(encodeCsvCell('@SUM(A1)', ';', false), `"'@SUM(A1)"`);
    assert.equal(encodeCsvCell('-2+3', ',', true), `"'-2+3"`);
    assert.equal(encodeCsvCell('Yes', ',', false), 'Yes');
  });

  test('=HYPERLINK( as the organization name: every CSV answer cell starts with a quote and is reported', async () => {
    const profile = profileNamed('=HYPERLINK("http://127.0.0.1/x","Click")') ?? assert.fail('the schema takes the name');
    const plan = await fillText(CSV, 'csv', profile, { today: TODAY, defaultLength: 'paragraph' }, 'q.csv');
    const out = applyEdits(CSV, plan.edits);
    const cells = csvCells(out);
    assert.ok(cells.some((cell) => cell.startsWith(`'=HYPERLINK(`)), 'the name leads some answer, neutralized');
    assert.equal(cells.filter((cell) => startsLikeFormula(cell)).length, 0);
    const warned = plan.report.sections.flatMap((s) => s.entries).filter((e) => e.warnings?.includes(FORMULA_NEUTRALIZED));
    assert.ok(warned.length > 0);
    assert.match(renderCoverageMarkdown(plan.report), /⚠ The answer started with a character a spreadsheet runs as a formula/);
    assert.match(renderCoverageText(plan.report), /warning: line \d+: The answer started with a character/);
  });

  test('Answer This Question (one answer into a CSV) gets the same warning; Markdown does not', () => {
    const profile = profileNamed('=HYPERLINK("http://127.0.0.1/x","Click")') ?? assert.fail('the schema takes the name');
    const settings = { today: TODAY, defaultLength: 'paragraph' as const };
    const answerer = answererFor(profile);
    const csv = readTextQuestionnaire(CSV, 'csv');
    const first = csv.items[0] ?? assert.fail('a question');
    assert.ok(planOne(csv, first, answerer, settings).warnings.includes(FORMULA_NEUTRALIZED));
    const markdown = readTextQuestionnaire('1. Is your SOC 2 report a Type 1 or Type 2?\n', 'markdown');
    const item = markdown.items[0] ?? assert.fail('a question');
    assert.equal(planOne(markdown, item, answerer, settings).warnings.includes(FORMULA_NEUTRALIZED), false);
  });

  test('property: with any organization name, no cell of the filled CSV starts a formula', async () => {
    await fc.assert(
      fc.asyncProperty(hostileName, async (name) => {
        const profile = profileNamed(name);
        fc.pre(profile !== undefined);
        const plan = await fillText(CSV, 'csv', profile as Profile, { today: TODAY, defaultLength: 'paragraph' }, 'q.csv');
        const cells = csvCells(applyEdits(CSV, plan.edits));
        const unsafe = cells.filter((cell) => startsLikeFormula(cell));
        assert.deepEqual(unsafe, [], `name ${JSON.stringify(name)}`);
      }),
      { numRuns: 150 },
    );
  });

  test('property: with any organization name, no text cell of the filled workbook starts a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Questions');
    sheet.columns = [{ width: 8 }, { width: 60 }, { width: 60 }, { width: 60 }];
    for (const row of CSV.split('\r\n').filter(Boolean)) {
      sheet.addRow(row.split(','));
    }
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    let warnedOnce = false;
    await fc.assert(
      fc.asyncProperty(hostileName, async (name) => {
        const profile = profileNamed(name);
        fc.pre(profile !== undefined);
        const result = await fillWorkbook(bytes, answererFor(profile as Profile), { today: TODAY, title: 'w' });
        const filled = new ExcelJS.Workbook();
        await filled.xlsx.load(Buffer.from(result.bytes) as unknown as ExcelJS.Buffer);
        const texts: string[] = [];
        filled.getWorksheet('Questions')?.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
        assert.deepEqual(texts.filter((text) => startsLikeFormula(text)), [], `name ${JSON.stringify(name)}`);
        const entries: CoverageEntry[] = result.report.sections.flatMap((s) => s.entries);
        warnedOnce ||= entries.some((e) => e.warnings?.includes(FORMULA_NEUTRALIZED));
      }),
      { numRuns: 25, examples: [['=HYPERLINK("http://127.0.0.1/x","Click")'], ['@SUM(1)'], ['+1'], ['-1']] },
    );
    assert.ok(warnedOnce, 'some fill reported a neutralized answer');
  });
});
