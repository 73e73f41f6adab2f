import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readWordQuestionnaire, WordError, type WordErrorCode } from '../../../src/domain/word';
import { buildDocx, fixture, FIXTURES, para, run, table } from './helpers';

const QUESTIONS = table([
  ['Question', 'Answer'],
  ['Do you have a SOC 2 report?', ''],
]);

/** Refused with this code and a message of one line, and nothing else happens. */
function refuses(bytes: Uint8Array, code: WordErrorCode, message?: RegExp, options = {}): void {
  assert.throws(
    () => readWordQuestionnaire(bytes, options),
    (error: unknown) => {
      assert.ok(error instanceof WordError, `a WordError, not ${String(error)}`);
      assert.equal(error.code, code, error.message);
      assert.doesNotMatch(error.message, /[\n\r]/, 'one line');
      assert.ok(error.message.length < 300, error.message);
      if (message) {
        assert.match(error.message, message);
      }
      return true;
    },
  );
}

/** An OLE compound file header with the given directory entry name in UTF-16LE somewhere after it. */
function oleFile(streamName: string | undefined): Uint8Array {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(1024);
  if (streamName !== undefined) {
    Buffer.from(streamName, 'utf16le').copy(body, 512);
  }
  return new Uint8Array(Buffer.concat([header, body]));
}

async function repack(bytes: Uint8Array, change: (zip: JSZip) => void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  change(zip);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

suite('Word reader: bad input gets one line and no output', () => {
  test('an empty file', () => {
    refuses(new Uint8Array(0), 'empty', /empty/);
  });

  test('not a zip at all', () => {
    refuses(new TextEncoder().encode('Do you have SOC 2? Yes.'), 'corrupt', /not a readable Word document/);
  });

  test('a truncated .docx (cut in half, or only its end record cut off)', () => {
    const bytes = fixture('docx-table.docx');
    refuses(bytes.slice(0, Math.floor(bytes.length / 2)), 'corrupt', /damaged or incomplete/);
    refuses(bytes.slice(0, bytes.length - 10), 'corrupt');
    refuses(bytes.slice(0, 30), 'corrupt');
  });

  test('a password-protected document (an encrypted package in an OLE file)', () => {
    refuses(oleFile('EncryptedPackage'), 'password_protected', /password-protected; open it in Word, remove the password/);
  });

  test('an old binary .doc', () => {
    refuses(oleFile('WordDocument'), 'legacy_doc', /old-format Word file \(\.doc\)/);
  });

  test('Strict Open XML (the purl.oclc.org relationship types)', async () => {
    const bytes = await buildDocx(QUESTIONS, { rootRelType: 'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument' });
    refuses(bytes, 'strict_ooxml', /Strict Open XML/);
  });

  test('another kind of package: an Excel workbook, an OpenDocument text, a plain zip', async () => {
    refuses(new Uint8Array(readFileSync(join(FIXTURES, '..', '..', '..', 'demo', 'vendor-security-workbook.xlsx'))), 'not_docx', /Excel workbook/);
    const odt = new JSZip();
    odt.file('mimetype', 'application/vnd.oasis.opendocument.text');
    odt.file('content.xml', '<office:document-content/>');
    refuses(new Uint8Array(await odt.generateAsync({ type: 'uint8array' })), 'not_docx', /OpenDocument text \(\.odt\)/);
    const plain = new JSZip();
    plain.file('notes.txt', 'hello');
    refuses(new Uint8Array(await plain.generateAsync({ type: 'uint8array' })), 'not_docx');
  });

  test('a main part with a spreadsheet content type is not a Word document', async () => {
    const bytes = await buildDocx(QUESTIONS, { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml' });
    refuses(bytes, 'not_docx');
  });

  test('malformed XML in document.xml names the part, on one line', async () => {
    const bytes = await repack(await buildDocx(QUESTIONS), (zip) => {
      zip.file('word/document.xml', '<w:document xmlns:w="x"><w:body><w:p>\n<w:r></w:p></w:body></w:document>');
    });
    refuses(bytes, 'corrupt', /word\/document\.xml is not well-formed XML/);
  });

  test('entity expansion in a DOCTYPE is refused, not expanded', async () => {
    const lol = '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    const bytes = await repack(await buildDocx(QUESTIONS), (zip) => {
      zip.file('word/document.xml', `${lol}<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>`);
    });
    refuses(bytes, 'corrupt');
  });

  test('a part that unpacks past the limits (a zip bomb) is refused before it is inflated', async () => {
    const big = `<w:document xmlns:w="x"><w:body>${'<w:p/>'.repeat(400_000)}</w:body></w:document>`;
    const bytes = await repack(await buildDocx(QUESTIONS), (zip) => {
      zip.file('word/document.xml', big);
    });
    refuses(bytes, 'too_large', /This document is over a safety limit and was not read: the part word\/document\.xml unpacks to 2 MB \(the limit is 1 MB per part\)/, { limits: { maxPartBytes: 1024 * 1024 } });
  });

  test('more paragraphs or table cells than the limits', async () => {
    const bytes = await buildDocx(QUESTIONS + para('').repeat(50));
    refuses(bytes, 'too_large', /more than 20 paragraphs \(the limit is 20 paragraphs\)/, { documentLimits: { maxParagraphs: 20 } });
    refuses(bytes, 'too_large', /more than 3 table cells/, { documentLimits: { maxTableCells: 3 } });
  });

  test('the time budget', async () => {
    const bytes = await buildDocx(QUESTIONS + para(run('x')).repeat(5000));
    refuses(bytes, 'too_large', /took longer than/, { limits: { timeBudgetMs: -1 } });
  });

  test('a document with no questions at all', async () => {
    refuses(await buildDocx(para(run('Hello.'))), 'no_questions', /No questions found/);
  });

  test('malformed package relationships are named too', async () => {
    const bytes = await repack(await buildDocx(QUESTIONS), (zip) => {
      zip.file('_rels/.rels', '<Relationships><Relationship Id="r" Target="word/document.xml"</Relationships>');
    });
    refuses(bytes, 'corrupt', /_rels\/\.rels is not well-formed XML/);
  });
});
