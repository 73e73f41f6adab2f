/**
 * Writes the Word questionnaire fixtures of test/fixtures/word/, with two producers:
 *  - the `docx` library (this script): a table questionnaire with ids, merged section rows, a
 *    comment column, a header, a footer, a comment and a tracked change; numbered questions under
 *    headings with empty answer lines, an "Answer:" line and one already answered; content-control
 *    checkboxes and ☐/☒ characters; a macro-enabled document (.docm);
 *  - LibreOffice's converter (`soffice --headless --convert-to docx`) from the sources in
 *    test/fixtures/word/sources/ (an HTML table questionnaire and a flat ODT with a numbered list,
 *    headings and boxes), and the docx library's checkbox document saved again by LibreOffice
 *    (its own way of writing content-control checkboxes), when `soffice` is installed (Debian:
 *    libreoffice-writer-nogui).
 *
 *   npx tsx scripts/make-word-fixtures.ts            # the fixtures
 *   npx tsx scripts/make-word-fixtures.ts --render   # fill them with the demo profile, render to artifacts/word/
 *
 * The produced files are committed, so the unit tests need neither producer. `--render` fills
 * each fixture through the engine (the Word driver, the demo profile) and has LibreOffice make a
 * PDF of each filled file and `pdftoppm` a PNG of its first page, to look at.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType,
  CheckBox,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  Footer,
  Header,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { createMacros } from 'docx/macros';

const DIR = join(__dirname, '..', 'test', 'fixtures', 'word');
const FIXED_DATE = '2026-10-01T09:00:00Z';

function cell(text: string, options: { width?: number; bold?: boolean; span?: number; shade?: string } = {}): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: text.length === 0 ? [] : [new TextRun({ text, bold: options.bold ?? false })] })],
    ...(options.width === undefined ? {} : { width: { size: options.width, type: WidthType.PERCENTAGE } }),
    ...(options.span === undefined ? {} : { columnSpan: options.span }),
    ...(options.shade === undefined ? {} : { shading: { type: ShadingType.CLEAR, fill: options.shade, color: 'auto' } }),
  });
}

function headerAndFooter(title: string): { headers: { default: Header }; footers: { default: Footer } } {
  return {
    headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: `${title} — CONFIDENTIAL`, italics: true })] })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('Acme University Procurement · Vendor Security Review')] })] }) },
  };
}

async function tableQuestionnaire(): Promise<Buffer> {
  const rows: TableRow[] = [
    new TableRow({ tableHeader: true, children: [cell('ID', { bold: true, width: 8 }), cell('Question', { bold: true, width: 52 }), cell('Response', { bold: true, width: 15 }), cell('Comments', { bold: true, width: 25 })] }),
    new TableRow({ children: [cell('A. Independent assurance', { bold: true, span: 4, shade: 'D9E2F3' })] }),
    new TableRow({ children: [cell('A.1'), cell('Do you have a current SOC 2 Type 2 report for the service in scope?'), cell(''), cell('')] }),
    new TableRow({ children: [cell('A.2'), cell('What period does your most recent SOC 2 report cover?'), cell(''), cell('')] }),
    new TableRow({ children: [cell('A.3'), cell('Which CPA firm performed your SOC 2 examination?'), cell('Example Audit LLP'), cell('Engaged since 2024.')] }),
    new TableRow({ children: [cell('B. Operations', { bold: true, span: 4, shade: 'D9E2F3' })] }),
    new TableRow({ children: [cell('B.1'), cell('Describe how you scan your systems for vulnerabilities.'), cell(''), cell('')] }),
    new TableRow({ children: [cell('B.2'), cell('Is the office kitchen stocked with coffee?'), cell(''), cell('')] }),
  ];
  const doc = new Document({
    creator: 'Acme University',
    title: 'Vendor security questionnaire',
    comments: {
      children: [{ id: 0, author: 'Procurement', date: new Date(FIXED_DATE), children: [new Paragraph('Return by 30 November.')] }],
    },
    sections: [
      {
        ...headerAndFooter('Vendor security questionnaire'),
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new CommentRangeStart(0), new TextRun('Vendor security questionnaire'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
          new Paragraph({
            children: [
              new TextRun('Answer every question in the Response column and explain in Comments. '),
              new InsertedTextRun({ text: 'Attach evidence where you can.', id: 1, author: 'Procurement', date: FIXED_DATE }),
            ],
          }),
          new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
          new Paragraph(''),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function numberedQuestionnaire(): Promise<Buffer> {
  const q = (text: string): Paragraph => new Paragraph({ numbering: { reference: 'questions', level: 0 }, children: [new TextRun(text)] });
  const empty = (): Paragraph => new Paragraph({ children: [] });
  const doc = new Document({
    creator: 'Northwind Health',
    numbering: {
      config: [{ reference: 'questions', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }] }],
    },
    sections: [
      {
        ...headerAndFooter('Northwind Health supplier assessment'),
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Supplier information security assessment')] }),
          new Paragraph('Please answer each question on the line below it.'),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Assurance reports')] }),
          q('Do you have a SOC 2 Type 2 report?'),
          empty(),
          q('When did the period of your latest SOC 2 report end?'),
          new Paragraph({ children: [new TextRun({ text: 'Answer:', bold: true })] }),
          q('Has a third party performed a penetration test in the last 12 months?'),
          new Paragraph('Yes, in March 2026.'),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Operations')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Do you have an incident response plan that is tested at least annually?')] }),
          new Paragraph({ children: [], style: 'Normal' }),
          q('Describe how laptops are centrally managed.'),
          new Paragraph({ children: [new TextRun({ text: '', italics: true, color: '1F3864' })] }),
          new Paragraph('Thank you for completing this assessment.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function checkboxQuestionnaire(): Promise<Buffer> {
  const boxes = (checkedYes = false): Paragraph =>
    new Paragraph({ children: [new CheckBox({ checked: checkedYes }), new TextRun(' Yes   '), new CheckBox({ checked: false }), new TextRun(' No')] });
  const doc = new Document({
    creator: 'Contoso Bank',
    sections: [
      {
        ...headerAndFooter('Contoso Bank third-party questionnaire'),
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Security controls')] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: [cell('Question', { bold: true, width: 60 }), cell('Answer', { bold: true, width: 20 }), cell('Comments', { bold: true, width: 20 })] }),
              new TableRow({ children: [cell('Do you have a SOC 2 Type 2 report?'), new TableCell({ children: [boxes()] }), cell('')] }),
              new TableRow({ children: [cell('Are vulnerability scans run at least monthly?'), new TableCell({ children: [boxes(true)] }), cell('')] }),
              new TableRow({ children: [cell('Is data encrypted at rest?'), cell('\u2610 Yes  \u2610 No  \u2610 N/A'), cell('')] }),
            ],
          }),
          new Paragraph(''),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Certifications')] }),
          new Paragraph({ children: [new TextRun('1. Are you ISO/IEC 27001 certified?  \u2612 Yes  \u2610 No')] }),
          new Paragraph({ children: [new TextRun('2. Do you have a SOC 1 report?')] }),
          new Paragraph({ children: [new TextRun('\u2610 Yes   \u2610 No')] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function macroQuestionnaire(): Promise<Buffer> {
  const macros = createMacros({ modules: [{ name: 'Helpers', code: 'Sub StampDate()\n    Selection.TypeText Text:=Format(Date, "yyyy-mm-dd")\nEnd Sub\n' }] });
  const doc = new Document({
    creator: 'Fabrikam',
    macros,
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Fabrikam vendor form')] }),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ children: [cell('Question', { bold: true }), cell('Vendor response', { bold: true })] }),
              new TableRow({ children: [cell('Do you have a SOC 2 report?'), cell('')] }),
              new TableRow({ children: [cell('Who is your cloud hosting provider?'), cell('')] }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function convertWithLibreOffice(): void {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
  } catch {
    console.log('soffice not found: the LibreOffice fixtures were not rebuilt (install libreoffice-writer-nogui).');
    return;
  }
  const sources = join(DIR, 'sources');
  const work = mkdtempSync(join(tmpdir(), 'attest-word-'));
  try {
    for (const file of readdirSync(sources)) {
      execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, join(sources, file)], { stdio: 'ignore', timeout: 120_000 });
      const base = file.replace(/\.[^.]+$/, '');
      copyFileSync(join(work, `${base}.docx`), join(DIR, `${base}.docx`));
      console.log(`wrote ${base}.docx (LibreOffice, from ${file})`);
    }
    // A round trip: the docx library's checkboxes as LibreOffice writes them back.
    copyFileSync(join(DIR, 'docx-checkboxes.docx'), join(work, 'lo-roundtrip-checkboxes.docx'));
    execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(work, 'out'), join(work, 'lo-roundtrip-checkboxes.docx')], { stdio: 'ignore', timeout: 120_000 });
    copyFileSync(join(work, 'out', 'lo-roundtrip-checkboxes.docx'), join(DIR, 'lo-roundtrip-checkboxes.docx'));
    console.log('wrote lo-roundtrip-checkboxes.docx (LibreOffice, from docx-checkboxes.docx)');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function render(): Promise<void> {
  const { readFileSync } = await import('node:fs');
  const { fillWord } = await import('../src/domain/engine/drivers/word');
  const { answererFor } = await import('../src/domain/engine/source');
  const { parseProfile } = await import('../src/domain/profile/parse');
  const parsed = parseProfile(readFileSync(join(__dirname, '..', 'demo', '.attest', 'profile.json'), 'utf8'));
  if (!parsed.profile) {
    throw new Error('the demo profile does not parse');
  }
  const answerer = answererFor(parsed.profile);
  const out = join(__dirname, '..', 'artifacts', 'word');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'attest-word-render-'));
  try {
    const filled: string[] = [];
    for (const name of readdirSync(DIR).filter((file) => /\.(docx|docm)$/.test(file))) {
      const result = await fillWord(new Uint8Array(readFileSync(join(DIR, name))), answerer, { today: '2026-11-15', defaultLength: 'sentence' });
      const file = join(work, name.replace(/\.(docx|docm)$/, `.attest${result.extension}`));
      writeFileSync(file, result.bytes);
      filled.push(file);
      const counts = result.report.sections.flatMap((section) => section.entries).reduce<Record<string, number>>((sum, entry) => ({ ...sum, [entry.status]: (sum[entry.status] ?? 0) + 1 }), {});
      console.log(`${name}: ${JSON.stringify(counts)}`);
    }
    execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...filled], { stdio: 'ignore', timeout: 300_000 });
    for (const file of filled) {
      const base = file.slice(work.length + 1).replace(/\.(docx|docm)$/, '');
      execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', join(out, `${base}.pdf`), join(out, base)]);
      console.log(`rendered artifacts/word/${base}.png`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--render')) {
    await render();
    return;
  }
  const fixtures: [string, Promise<Buffer>][] = [
    ['docx-table.docx', tableQuestionnaire()],
    ['docx-numbered.docx', numberedQuestionnaire()],
    ['docx-checkboxes.docx', checkboxQuestionnaire()],
    ['docx-macro.docm', macroQuestionnaire()],
  ];
  for (const [name, bytes] of fixtures) {
    writeFileSync(join(DIR, name), await bytes);
    console.log(`wrote ${name} (docx library)`);
  }
  convertWithLibreOffice();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
