import * as assert from 'node:assert/strict';
import { readWordQuestionnaire, WordError, writeWordAnswers, type WordScan, type WordWrite } from '../../../src/domain/word';
import { buildDocx, documentXml, entries, fixture, para, paragraphSpans, run, storedEntries, table, withoutParagraphs } from './helpers';

const FIXTURES = ['docx-table.docx', 'docx-numbered.docx', 'docx-checkboxes.docx', 'docx-macro.docm', 'lo-html-table.docx', 'lo-fodt-numbered.docx', 'lo-roundtrip-checkboxes.docx'];

/** A write for every item: a marked answer, the last box checked, a marked comment. */
function writeAll(scan: WordScan): WordWrite[] {
  return scan.items.map((item) => ({
    index: item.index,
    ...(item.slot === 'checkbox' ? { check: [item.options?.[item.options.length - 1]?.label ?? ''] } : { answer: `ANSWER-${item.index} <&> "quoted"` }),
    ...(item.hasComment ? { comment: `COMMENT-${item.index}` } : {}),
  }));
}

const BOX = /[\u2610\u2611\u2612]|w14:checkbox|w:checkBox|w:sym/;

suite('Word writer: a fill changes only the answers', () => {
  for (const name of FIXTURES) {
    test(`${name}: every other zip entry is stored byte for byte, and inside document.xml only the answer paragraphs change`, () => {
      const bytes = fixture(name);
      const before = new Uint8Array(bytes);
      const scan = readWordQuestionnaire(bytes);
      const filled = writeWordAnswers(bytes, scan, writeAll(scan));
      assert.deepEqual(bytes, before, 'the input bytes are not modified');

      const original = storedEntries(bytes);
      const output = storedEntries(filled);
      assert.deepEqual([...output.keys()], [...original.keys()], 'same entries, same order');
      for (const [entry, data] of original) {
        if (entry !== 'word/document.xml') {
          assert.ok(Buffer.from(output.get(entry) as Uint8Array).equals(Buffer.from(data)), `${entry} is copied verbatim`);
        }
      }

      const xmlBefore = documentXml(bytes);
      const xmlAfter = documentXml(filled);
      const spansBefore = paragraphSpans(xmlBefore);
      const spansAfter = paragraphSpans(xmlAfter);
      assert.equal(spansAfter.length, spansBefore.length, 'no paragraph added or removed');
      // The paragraphs allowed to change: those now holding an answer or comment, and those with boxes.
      const changed = spansAfter
        .map((span, i) => ({ span, i }))
        .filter(({ span, i }) => /ANSWER-|COMMENT-/.test(span.text) || BOX.test(xmlAfter.slice(span.start, span.end)) || BOX.test(xmlBefore.slice((spansBefore[i] as { start: number }).start, (spansBefore[i] as { end: number }).end)))
        .filter(({ span }) => !spansAfter.some((outer) => outer !== span && outer.start < span.start && span.end <= outer.end));
      const indices = new Set(changed.map(({ i }) => i));
      assert.equal(
        withoutParagraphs(xmlAfter, changed.map(({ span }) => span)),
        withoutParagraphs(xmlBefore, [...indices].map((i) => spansBefore[i] as (typeof spansBefore)[number])),
        'outside the answer paragraphs, document.xml is byte-identical',
      );
      for (const i of indices) {
        assert.equal(spansAfter[i]?.pPr, spansBefore[i]?.pPr, `paragraph ${i} keeps its properties`);
      }

      const again = readWordQuestionnaire(filled);
      assert.equal(again.items.length, scan.items.length);
      for (const item of again.items) {
        if (item.slot === 'checkbox') {
          const last = item.options?.[item.options.length - 1];
          assert.deepEqual(item.options?.map((option) => option.checked), item.options?.map((option) => option === last), `${item.location}: only the last box is checked`);
        } else {
          assert.equal(item.existing, `ANSWER-${item.index} <&> "quoted"`, `${item.location}: the answer reads back`);
        }
        if (item.hasComment) {
          assert.equal(item.existingComment, `COMMENT-${item.index}`);
        }
      }
    });
  }

  test('a .docm keeps its VBA project and its macro-enabled content type', () => {
    const bytes = fixture('docx-macro.docm');
    const scan = readWordQuestionnaire(bytes);
    const filled = writeWordAnswers(bytes, scan, [{ index: 0, answer: 'Yes' }]);
    const parts = entries(filled);
    assert.ok(parts.has('word/vbaProject.bin'));
    assert.deepEqual(parts.get('word/vbaProject.bin'), entries(bytes).get('word/vbaProject.bin'));
    assert.match(new TextDecoder().decode(parts.get('[Content_Types].xml')), /macroEnabled/);
    assert.equal(readWordQuestionnaire(filled).extension, '.docm');
  });

  test('tracked changes and the comment of the rest of the document survive', () => {
    const bytes = fixture('docx-table.docx');
    const scan = readWordQuestionnaire(bytes);
    const xml = documentXml(writeWordAnswers(bytes, scan, writeAll(scan)));
    assert.match(xml, /<w:ins [^>]*w:author="Procurement"[^>]*>/);
    assert.match(xml, /<w:commentRangeStart w:id="0"\/>/);
    assert.ok(entries(bytes).has('word/comments.xml'));
  });

  test('nothing to write: the same entries, the document part unchanged', () => {
    const bytes = fixture('docx-numbered.docx');
    const filled = writeWordAnswers(bytes, readWordQuestionnaire(bytes), []);
    assert.equal(documentXml(filled), documentXml(bytes));
  });
});

suite('Word writer: where and how an answer is written', () => {
  test('an answer written into an empty cell takes the paragraph mark formatting, without its tracked-change marker', async () => {
    const emptyAnswer = '<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:ins w:id="9" w:author="x" w:date="2026-01-01T00:00:00Z"/><w:b/><w:color w:val="C00000"/></w:rPr></w:pPr></w:p>';
    const bytes = await buildDocx(table([['Question', 'Answer'], ['Do you have a SOC 2 report?', emptyAnswer]]));
    const scan = readWordQuestionnaire(bytes);
    const xml = documentXml(writeWordAnswers(bytes, scan, [{ index: 0, answer: 'Yes' }]));
    assert.ok(
      xml.includes('<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:ins w:id="9" w:author="x" w:date="2026-01-01T00:00:00Z"/><w:b/><w:color w:val="C00000"/></w:rPr></w:pPr><w:r><w:rPr><w:b/><w:color w:val="C00000"/></w:rPr><w:t xml:space="preserve">Yes</w:t></w:r></w:p>'),
      xml,
    );
  });

  test('a self-closing empty paragraph gets the run, its attributes kept', async () => {
    const bytes = await buildDocx(table([['Question', 'Answer'], ['Do you have a SOC 2 report?', '<w:p w:rsidR="00AB12CD"/>']]));
    const xml = documentXml(writeWordAnswers(bytes, readWordQuestionnaire(bytes), [{ index: 0, answer: 'No' }]));
    assert.ok(xml.includes('<w:p w:rsidR="00AB12CD"><w:r><w:t xml:space="preserve">No</w:t></w:r></w:p>'), xml);
  });

  test('an old answer is replaced, with its run formatting; text is escaped, control characters dropped, newlines and tabs kept as breaks and tabs', async () => {
    const old = para(run('Old ', '<w:rPr><w:i/></w:rPr>') + '<w:proofErr w:type="spellStart"/>' + run('answer') + '<w:bookmarkStart w:id="1" w:name="keep"/><w:bookmarkEnd w:id="1"/>') + para(run('second old paragraph'));
    const bytes = await buildDocx(table([['Question', 'Answer'], ['Do you have a SOC 2 report?', old]]));
    const xml = documentXml(writeWordAnswers(bytes, readWordQuestionnaire(bytes), [{ index: 0, answer: 'Yes <b>&</b>\u0001\u000b\ufffe\nsecond\tcolumn' }]));
    assert.ok(
      xml.includes('<w:tc><w:p><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Yes &lt;b&gt;&amp;&lt;/b&gt;</w:t><w:br/><w:t xml:space="preserve">second</w:t><w:tab/><w:t xml:space="preserve">column</w:t></w:r><w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="1" w:name="keep"/><w:bookmarkEnd w:id="1"/></w:p></w:tc>'),
      xml,
    );
  });

  test('an "Answer:" label is kept and the answer goes after it', async () => {
    const body = para(run('1. Who is your auditor?')) + para(run('Answer:', '<w:rPr><w:b/></w:rPr>')) + para(run('2. Do you have a SOC 2 report?')) + para(run('Response: TBD'));
    const bytes = await buildDocx(body);
    const scan = readWordQuestionnaire(bytes);
    assert.deepEqual(scan.items.map((item) => item.existing), ['', '']);
    const filled = writeWordAnswers(bytes, scan, [
      { index: 0, answer: 'Example LLP' },
      { index: 1, answer: 'Yes' },
    ]);
    const texts = paragraphSpans(documentXml(filled)).map((span) => span.text);
    assert.deepEqual(texts, ['1. Who is your auditor?', 'Answer: Example LLP', '2. Do you have a SOC 2 report?', 'Response: Yes']);
    assert.ok(documentXml(filled).includes('<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Answer:</w:t></w:r><w:r><w:t xml:space="preserve"> Example LLP</w:t></w:r>'));
  });

  test('a content control showing its placeholder prompt gives way to the answer', async () => {
    const prompt = para('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Click or tap here to enter text.</w:t></w:r></w:sdtContent></w:sdt>');
    const bytes = await buildDocx(table([['Question', 'Response'], ['Do you have a SOC 2 report?', prompt]]));
    const filled = writeWordAnswers(bytes, readWordQuestionnaire(bytes), [{ index: 0, answer: 'Yes' }]);
    const spans = paragraphSpans(documentXml(filled));
    assert.equal(spans[spans.length - 1]?.text, 'Yes');
    assert.doesNotMatch(documentXml(filled), /Click or tap/);
  });

  test('a content control around the paragraph or the whole cell, showing its prompt: the prompt goes, the control stays and stops showing a placeholder', async () => {
    const prompt = '<w:sdt><w:sdtPr><w:alias w:val="Answer"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' + para('<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>Click or tap here to enter text.</w:t></w:r>', '<w:pPr><w:jc w:val="left"/></w:pPr>') + '</w:sdtContent></w:sdt>';
    const aroundParagraph = `<w:tc>${prompt}</w:tc>`;
    const aroundCell = `<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:tc>${para('<w:r><w:t>Enter your response</w:t></w:r>')}</w:tc></w:sdtContent></w:sdt>`;
    const row = (question: string, answerCell: string): string => `<w:tr><w:tc>${para(run(question))}</w:tc>${answerCell}</w:tr>`;
    const body = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>${row('Question', `<w:tc>${para(run('Response'))}</w:tc>`)}${row('Do you have a SOC 2 report?', aroundParagraph)}${row('Who is your auditor?', aroundCell)}</w:tbl>`;
    const bytes = await buildDocx(body);
    const scan = readWordQuestionnaire(bytes);
    assert.deepEqual(scan.items.map((item) => [item.question, item.existing]), [
      ['Do you have a SOC 2 report?', ''],
      ['Who is your auditor?', ''],
    ]);
    const xml = documentXml(writeWordAnswers(bytes, scan, [
      { index: 0, answer: 'Yes' },
      { index: 1, answer: 'Example LLP' },
    ]));
    assert.ok(xml.includes('<w:sdt><w:sdtPr><w:alias w:val="Answer"/></w:sdtPr><w:sdtContent><w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:t xml:space="preserve">Yes</w:t></w:r></w:p></w:sdtContent></w:sdt>'), xml);
    assert.ok(xml.includes('<w:sdt><w:sdtPr></w:sdtPr><w:sdtContent><w:tc><w:p><w:r><w:t xml:space="preserve">Example LLP</w:t></w:r></w:p></w:tc></w:sdtContent></w:sdt>'), xml);
    assert.doesNotMatch(xml, /showingPlcHdr|Click or tap|Enter your response/);
  });

  test('a legacy text form field (FORMTEXT): the answer becomes the field result', async () => {
    const field =
      '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:enabled/><w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>\u2002\u2002\u2002\u2002\u2002</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const bytes = await buildDocx(table([['Question', 'Answer'], ['Do you have a SOC 2 report?', para(field)]]));
    const scan = readWordQuestionnaire(bytes);
    assert.equal(scan.items[0]?.existing, '');
    const xml = documentXml(writeWordAnswers(bytes, scan, [{ index: 0, answer: 'Yes' }]));
    assert.ok(xml.includes('<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">Yes</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'), xml);
  });

  test('checkboxes: content controls get w14:checked and their state character; ☐ characters flip; the other boxes are cleared', () => {
    const bytes = fixture('docx-checkboxes.docx');
    const scan = readWordQuestionnaire(bytes);
    const filled = writeWordAnswers(bytes, scan, [
      { index: 0, check: ['yes'] },
      { index: 1, check: ['No'] },
      { index: 2, check: ['N/A'] },
      { index: 3, check: [] },
    ]);
    const again = readWordQuestionnaire(filled);
    assert.deepEqual(again.items.map((item) => item.existing), ['Yes', 'No', 'N/A', '', '']);
    const xml = documentXml(filled);
    assert.ok(xml.includes('<w14:checked w14:val="1"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'));
    assert.ok(xml.includes('<w:sym w:font="MS Gothic" w:char="2612"/>'));
    assert.ok(xml.includes('\u2610 Yes  \u2610 No  \u2612 N/A'));
    assert.ok(xml.includes('1. Are you ISO/IEC 27001 certified?  \u2610 Yes  \u2610 No'));
  });

  test('form-field and Wingdings checkboxes are set', async () => {
    const formBox = `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:sizeAuto/><w:default w:val="0"/></w:checkBox></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const wingdings = '<w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r>';
    const body = para(run('1. Do you have a SOC 2 report?')) + para(formBox + run(' Yes ') + formBox + run(' No')) + para(run('2. Is MFA enforced?')) + para(wingdings + run(' Yes ') + wingdings + run(' No'));
    const bytes = await buildDocx(body);
    const filled = writeWordAnswers(bytes, readWordQuestionnaire(bytes), [
      { index: 0, check: ['Yes'] },
      { index: 1, check: ['No'] },
    ]);
    assert.deepEqual(readWordQuestionnaire(filled).items.map((item) => item.existing), ['Yes', 'No']);
    const xml = documentXml(filled);
    assert.ok(xml.includes('<w:default w:val="0"/><w:checked/></w:checkBox>'));
    assert.ok(xml.includes('<w:sym w:font="Wingdings" w:char="F0FE"/>'));
  });

  test('refused, with nothing written: a box that is not there, text on a checkbox item, a comment with no comment cell, an old answer inside a tracked change, a scan of another file', async () => {
    const checkboxes = fixture('docx-checkboxes.docx');
    const scan = readWordQuestionnaire(checkboxes);
    assert.throws(() => writeWordAnswers(checkboxes, scan, [{ index: 0, check: ['Maybe'] }]), { code: 'cannot_write', message: /table 1, row 2: it has no box labelled "maybe" \(boxes: Yes, No\)/ });
    assert.throws(() => writeWordAnswers(checkboxes, scan, [{ index: 0, answer: 'Yes, since 2024' }]), { code: 'cannot_write' });
    assert.throws(() => writeWordAnswers(checkboxes, scan, [{ index: 3, comment: 'x' }]), { code: 'cannot_write', message: /no comment cell/ });
    assert.throws(() => writeWordAnswers(checkboxes, scan, [{ index: 99, answer: 'x' }]), { code: 'cannot_write' });
    assert.throws(() => writeWordAnswers(checkboxes, scan, [{ index: 0, check: ['Yes'] }, { index: 0, check: ['No'] }]), { code: 'cannot_write' });
    const tracked = await buildDocx(table([['Question', 'Answer'], ['Do you have a SOC 2 report?', para(`<w:ins w:id="3" w:author="a">${run('Yes')}</w:ins>`)]]));
    assert.throws(() => writeWordAnswers(tracked, readWordQuestionnaire(tracked), [{ index: 0, answer: 'No' }]), { code: 'cannot_write', message: /table 1, row 2: the answer there is a tracked change/ });
    assert.throws(() => writeWordAnswers(fixture('docx-table.docx'), scan, [{ index: 0, answer: 'x' }]), { code: 'scan_mismatch' });
  });

  test('bytes changed in place after the read are read again, and a scan that no longer fits them is refused', () => {
    const bytes = new Uint8Array(fixture('docx-numbered.docx'));
    const scan = readWordQuestionnaire(bytes);
    bytes.set(fixture('lo-fodt-numbered.docx').subarray(0, bytes.length));
    assert.throws(() => writeWordAnswers(bytes, scan, [{ index: 0, answer: 'x' }]), WordError);
  });

  test("Word's Restrict Editing is respected: under forms-only, only form fields and content controls are written; under read-only, nothing", async () => {
    const rels = (target: string): string =>
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="${target}"/></Relationships>`;
    const settings = (edit: string): string => `<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:documentProtection w:edit="${edit}" w:enforcement="1"/></w:settings>`;
    const promptCell = para('<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Click or tap here to enter text.</w:t></w:r></w:sdtContent></w:sdt>');
    const body =
      table([
        ['Question', 'Response'],
        ['Do you have a SOC 2 report?', promptCell],
        ['Who is your auditor?', ''],
      ]) +
      para(run('1. Is MFA enforced?')) +
      para('<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="0"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>\u2610</w:t></w:r></w:sdtContent></w:sdt>' + run(' Yes ') + '<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="0"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:t>\u2610</w:t></w:r></w:sdtContent></w:sdt>' + run(' No')) +
      para(run('2. Is data encrypted?')) +
      para(run('\u2610 Yes \u2610 No'));
    const forms = await buildDocx(body, { extraParts: { 'word/_rels/document.xml.rels': rels('settings.xml'), 'word/settings.xml': settings('forms') } });
    const scan = readWordQuestionnaire(forms);
    assert.deepEqual(scan.items.map((item) => item.blocked === undefined), [true, false, true, false]);
    const formText = '<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:textInput/></w:ffData></w:fldChar></w:r><w:r><w:instrText> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>\u2002\u2002</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
    const legacy = await buildDocx(table([['Question', 'Answer'], ['Who is your auditor?', para(formText)]]), { extraParts: { 'word/_rels/document.xml.rels': rels('settings.xml'), 'word/settings.xml': settings('forms') } });
    assert.equal(readWordQuestionnaire(legacy).items[0]?.blocked, undefined, 'a FORMTEXT field is a form field');
    assert.match(scan.items[1]?.blocked ?? '', /protected for filling in forms only/);
    assert.ok(scan.notes.some((note) => /restricts editing to filling in forms/.test(note)));
    const filled = writeWordAnswers(forms, scan, [
      { index: 0, answer: 'Yes' },
      { index: 2, check: ['Yes'] },
    ]);
    assert.deepEqual(readWordQuestionnaire(filled).items.map((item) => item.existing), ['Yes', '', 'Yes', '']);
    assert.throws(() => writeWordAnswers(forms, scan, [{ index: 1, answer: 'Example LLP' }]), { code: 'cannot_write', message: /table 1, row 3: the document is protected/ });
    const readOnly = await buildDocx(body, { extraParts: { 'word/_rels/document.xml.rels': rels('settings.xml'), 'word/settings.xml': settings('readOnly') } });
    assert.ok(readWordQuestionnaire(readOnly).items.every((item) => /Restrict Editing: no changes/.test(item.blocked ?? '')));
    const notEnforced = await buildDocx(body, { extraParts: { 'word/_rels/document.xml.rels': rels('settings.xml'), 'word/settings.xml': settings('readOnly').replace('w:enforcement="1"', 'w:enforcement="0"') } });
    assert.ok(readWordQuestionnaire(notEnforced).items.every((item) => item.blocked === undefined));
  });

  test('the same result whether the writer reuses the read or reads again', () => {
    const bytes = fixture('lo-html-table.docx');
    const scan = readWordQuestionnaire(bytes);
    const writes = writeAll(scan);
    const copy = new Uint8Array(bytes);
    assert.deepEqual(writeWordAnswers(copy, structuredClone(scan), writes), writeWordAnswers(bytes, scan, writes));
  });
});

suite('Word writer: formatting an empty place gives', () => {
  test('a spacer font size on an empty paragraph mark (LibreOffice gives empty HTML cells 2 pt) is not given to the answer', () => {
    const bytes = fixture('lo-html-table.docx');
    const scan = readWordQuestionnaire(bytes);
    const xml = documentXml(writeWordAnswers(bytes, scan, [{ index: 0, answer: 'Yes' }]));
    const answer = paragraphSpans(xml).find((span) => span.text === 'Yes');
    assert.ok(answer);
    const paragraph = xml.slice(answer.start, answer.end);
    assert.ok(paragraph.includes('<w:rPr><w:sz w:val="4"/><w:szCs w:val="4"/></w:rPr></w:pPr>'), 'the paragraph mark keeps its own size');
    assert.ok(paragraph.includes('<w:r><w:rPr></w:rPr><w:t xml:space="preserve">Yes</w:t></w:r>'), paragraph);
  });
});
