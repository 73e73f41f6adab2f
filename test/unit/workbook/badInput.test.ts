/**
 * Issue 13 item 3 for workbooks: a password-protected, strict-OOXML or truncated workbook gets one
 * line and no output file; a macro-enabled workbook keeps its macros (the VBA part byte for byte,
 * the output named .xlsm) and is never written under a name Excel would refuse.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { nodeIo } from '../../../src/cli/nodeIo';
import { runCli } from '../../../src/cli/run';
import { fillWorkbook, WorkbookError } from '../../../src/domain/workbook';
import { scanWorkbook } from '../../../src/domain/workbook/scan';
import { ZipArchive } from '../../../src/domain/workbook/zip';
import { handMadeZip, standardAnswerer } from './helpers';

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'workbooks', 'yes-no-sections.xlsx');
const DEMO_PROFILE = join(__dirname, '..', '..', '..', 'demo', '.attest', 'profile.json');
const TODAY = '2026-11-26';

/** Every part of a package, by name (all exceljs parts are text). */
function parts(bytes: Uint8Array): Record<string, string | Uint8Array> {
  const zip = ZipArchive.open(bytes);
  const files: Record<string, string | Uint8Array> = {};
  for (const entry of zip.entries) {
    files[entry.name] = zip.readText(entry.name) ?? '';
  }
  return files;
}

const VBA = new Uint8Array(Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256));

function macroWorkbook(): Uint8Array {
  const files = parts(new Uint8Array(readFileSync(FIXTURE)));
  files['[Content_Types].xml'] = (files['[Content_Types].xml'] as string)
    .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
    .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
  files['xl/_rels/workbook.xml.rels'] = (files['xl/_rels/workbook.xml.rels'] as string).replace(
    '</Relationships>',
    '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
  );
  files['xl/vbaProject.bin'] = VBA;
  return handMadeZip(files);
}

/** The same workbook with the Strict Open XML namespaces and relationship types. */
function strictWorkbook(): Uint8Array {
  const files = parts(new Uint8Array(readFileSync(FIXTURE)));
  for (const [name, content] of Object.entries(files)) {
    if (typeof content === 'string') {
      files[name] = content
        .replaceAll('http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main')
        .replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships');
    }
  }
  return handMadeZip(files);
}

function encryptedWorkbook(): Uint8Array {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return new Uint8Array(Buffer.concat([header, Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(1024)]));
}

function truncatedWorkbook(): Uint8Array {
  const bytes = readFileSync(FIXTURE);
  return new Uint8Array(bytes.subarray(0, Math.floor(bytes.length * 0.6)));
}

suite('workbook bad input: one line, no output; macros kept', () => {
  let dir: string;
  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'attest-bad-input-'));
  });
  teardown(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const io = nodeIo({ stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), today: () => TODAY });
    const code = await runCli(args, io);
    return { code, stdout, stderr };
  }

  const cases: [string, () => Uint8Array, RegExp][] = [
    ['password-protected', encryptedWorkbook, /password-protected; open it in Excel, remove the password/],
    ['strict OOXML', strictWorkbook, /saved as Strict Open XML; open it in Excel, save it as "Excel Workbook \(\.xlsx\)"/],
    ['truncated', truncatedWorkbook, /not a readable Excel workbook: the \.xlsx data is damaged or incomplete/],
  ];
  for (const [name, build, message] of cases) {
    test(`${name}: exit 2, one line, no output file`, async () => {
      const bytes = build();
      await assert.rejects(scanWorkbook(bytes), (error: unknown) => error instanceof WorkbookError && message.test(error.message));
      const input = join(dir, 'q.xlsx');
      writeFileSync(input, bytes);
      const { code, stdout, stderr } = await cli(['fill', '--profile', DEMO_PROFILE, input]);
      assert.equal(code, 2, stderr);
      assert.equal(stdout, '');
      assert.equal(stderr.trim().split('\n').length, 1, stderr);
      assert.match(stderr, message);
      assert.deepEqual(readdirSync(dir), ['q.xlsx']);
    });
  }

  test('a macro-enabled workbook is filled into .xlsm with its VBA part byte for byte', async () => {
    const bytes = macroWorkbook();
    const result = await fillWorkbook(bytes, standardAnswerer(), { today: TODAY });
    assert.equal(result.extension, '.xlsm');
    const before = ZipArchive.open(bytes);
    const after = ZipArchive.open(result.bytes);
    assert.deepEqual(after.entries.map((entry) => entry.name), before.entries.map((entry) => entry.name));
    assert.deepEqual(readPart(result.bytes, 'xl/vbaProject.bin'), VBA);
    assert.equal(after.readText('[Content_Types].xml'), before.readText('[Content_Types].xml'));
    assert.ok(result.report.sections.some((section) => section.entries.some((entry) => entry.status === 'answered')));
  });

  test('attest fill names a macro workbook\'s output .xlsm, and refuses --out with .xlsx (nothing written)', async () => {
    const input = join(dir, 'q.xlsm');
    writeFileSync(input, macroWorkbook());
    const refused = await cli(['fill', '--profile', DEMO_PROFILE, input, '--out', join(dir, 'q.filled.xlsx')]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /macro-enabled workbook, so its name must end in \.xlsm/);
    assert.deepEqual(readdirSync(dir), ['q.xlsm']);
    const filled = await cli(['fill', '--profile', DEMO_PROFILE, input]);
    assert.equal(filled.code, 0, filled.stderr);
    assert.deepEqual(readdirSync(dir).sort(), ['q.attest.xlsm', 'q.xlsm']);
    assert.deepEqual(readPart(new Uint8Array(readFileSync(join(dir, 'q.attest.xlsm'))), 'xl/vbaProject.bin'), VBA);
  });
});

/** A stored part's bytes, inflated by Node's zlib (independent of the reader under test). */
function readPart(bytes: Uint8Array, name: string): Uint8Array {
  const zip = ZipArchive.open(bytes);
  const entry = zip.entries.find((candidate) => candidate.name === name);
  assert.ok(entry, name);
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  return new Uint8Array(entry.method === 0 ? data : inflateRawSync(data));
}
