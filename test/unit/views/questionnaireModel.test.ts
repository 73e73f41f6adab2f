import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as engine from '../../../src/domain/engine';
import { parseProfile } from '../../../src/domain/profile/parse';
import { coverageHtml } from '../../../src/adapter/views/coverageHtml';
import { questionnaireView, summaryLine, type FillMemory, type ModelOptions, type QuestionnaireView } from '../../../src/adapter/views/questionnaireModel';

const ROOT = join(__dirname, '..', '..', '..');
const profile = parseProfile(readFileSync(join(ROOT, 'demo', '.attest', 'profile.json'), 'utf8')).profile;

const QUESTIONNAIRE = `# Vendor security questionnaire

## Assurance

1. Do you have a SOC 2 Type 2 report?

2. Who is your auditor?

## Other

3. What is your favourite colour?
`;

async function viewOf(text: string, format: 'markdown', opts: ModelOptions): Promise<QuestionnaireView> {
  const view = await questionnaireView(text, format, opts);
  assert.ok(view, 'the read was not aborted');
  return view;
}

function options(memory: FillMemory, extra: Partial<ModelOptions> = {}): ModelOptions {
  return { today: '2026-12-03', defaultLength: 'sentence', profile, profileKey: 'p1', memory, bulkEdit: false, engine, ...extra };
}

suite('questionnaire view model', () => {
  test('the demo profile loads', async () => {
    assert.ok(profile);
  });

  test('sections and questions with states from the fill engine, and the badge count', async () => {
    const view = await viewOf(QUESTIONNAIRE, 'markdown', options({ written: new Map() }));
    assert.deepEqual(
      view.sections.map((s) => [s.name, s.questions.length]),
      [
        ['Assurance', 2],
        ['Other', 1],
      ],
    );
    const [soc2, , colour] = view.questions;
    assert.equal(soc2?.state, 'facts');
    assert.ok((soc2?.facts.length ?? 0) > 0, 'an answer from the facts names them');
    assert.equal(colour?.state, 'not_recognized');
    assert.equal(view.needsPerson, view.questions.filter((q) => q.state === 'needs_person').length);
    assert.match(summaryLine(view), /from the facts/);
  });

  test('without a profile, recognized questions need a profile and the rest are not recognized', async () => {
    const view = await viewOf(QUESTIONNAIRE, 'markdown', options({ written: new Map() }, { profile: undefined, profileKey: '' }));
    assert.deepEqual(
      view.questions.map((q) => q.state),
      ['no_profile', 'no_profile', 'not_recognized'],
    );
    assert.equal(view.needsPerson, 2);
  });

  test('an answer that appears in one go is remembered: edited later it is "changed", after a profile change "stale"', async () => {
    const memory: FillMemory = { written: new Map() };
    const first = await viewOf(QUESTIONNAIRE, 'markdown', options(memory));
    const filled = QUESTIONNAIRE.replace('report?\n', 'report?\n\n   Yes. We have a SOC 2 Type 2 report.\n');
    const second = await viewOf(filled, 'markdown', options(memory, { previous: first, bulkEdit: true }));
    // Attest's own answer, unchanged: still "answered from the facts", with the facts it came from.
    assert.equal(second.questions[0]?.state, 'filled');
    assert.equal(second.newlyWritten, 1, 'one answer appeared: the walkthrough counts an answer inserted');
    assert.equal(first.newlyWritten, 0);
    assert.deepEqual(second.questions[0]?.facts, first.questions[0]?.facts);
    const edited = filled.replace('We have', 'We really have');
    assert.equal((await viewOf(edited, 'markdown', options(memory, { previous: second }))).questions[0]?.state, 'changed');
    assert.equal((await viewOf(filled, 'markdown', options(memory, { previous: second, profileKey: 'p2' }))).questions[0]?.state, 'stale');
  });

  test('an answer the library gave stays "from the library" once written, with its entry (not "filled from the facts")', async () => {
    const library: engine.AnswerSource = {
      name: 'library',
      answer: (question) =>
        /colour/.test(question)
          ? { question, intent: 'none', confidence: 1, outcome: 'answered', text: 'Blue.', missing: [], warnings: [], source: { kind: 'library', entry: 'colour', title: 'What is your favourite colour?', file: 'misc/colour.md', tier: 'exact', score: 1 } }
          : { question, intent: 'none', confidence: 0, outcome: 'not_recognized', missing: [], warnings: [] },
    };
    const memory: FillMemory = { written: new Map() };
    const first = await viewOf(QUESTIONNAIRE, 'markdown', options(memory, { sources: [library] }));
    assert.equal(first.questions[2]?.state, 'library');
    assert.equal(first.questions[2]?.libraryEntry, 'misc/colour.md');
    const filled = QUESTIONNAIRE.replace('colour?\n', 'colour?\n\n   Blue.\n');
    const second = await viewOf(filled, 'markdown', options(memory, { previous: first, bulkEdit: true, sources: [library] }));
    assert.equal(second.questions[2]?.state, 'library');
    assert.equal(second.questions[2]?.libraryEntry, 'misc/colour.md');
    assert.equal(second.counts.filled, 0, 'nothing counted as filled from the facts');
  });

  test('typed answers (no bulk edit) are a person\'s: never "changed"', async () => {
    const memory: FillMemory = { written: new Map() };
    const first = await viewOf(QUESTIONNAIRE, 'markdown', options(memory));
    const typed = QUESTIONNAIRE.replace('report?\n', 'report?\n\n   Y\n');
    const second = await viewOf(typed, 'markdown', options(memory, { previous: first }));
    const more = await viewOf(typed.replace('   Y', '   Yes'), 'markdown', options(memory, { previous: second }));
    assert.equal(more.questions[0]?.state, 'already_answered');
  });

  test('a read superseded by a newer one stops and returns nothing', async () => {
    const signal = { aborted: true };
    assert.equal(await questionnaireView(QUESTIONNAIRE, 'markdown', options({ written: new Map() }, { signal })), undefined);
    assert.equal(await questionnaireView(QUESTIONNAIRE, 'markdown', options({ written: new Map() }, { profile: undefined, profileKey: '', signal })), undefined);
  });

  test('the coverage panel lists every question once per list, escaped, each link carrying only its index', async () => {
    const text = QUESTIONNAIRE.replace('What is your favourite colour?', 'Is <b>this</b> & that "ok"?');
    const view = await viewOf(text, 'markdown', options({ written: new Map() }));
    const html = coverageHtml('vendor <1>.md', view);
    assert.match(html, /<h1>Coverage of vendor &lt;1&gt;\.md<\/h1>/);
    assert.ok(html.includes('that &quot;ok&quot;?') && html.includes(' &amp; '), html);
    assert.doesNotMatch(html, /<b>this/);
    for (const question of view.questions) {
      assert.ok(html.includes(`data-question="${question.index}"`), question.label);
    }
    assert.doesNotMatch(html, /href="(?!#")/, 'no link points anywhere but the page itself');
  });

  test('"New library entry…" is offered on a question left for a person that is not a SOC 2 fact, and only there', async () => {
    const view = await viewOf(QUESTIONNAIRE, 'markdown', options({ written: new Map() }));
    const html = coverageHtml('q.md', view);
    const colour = view.questions.find((q) => q.question.includes('colour'));
    assert.equal(colour?.state, 'not_recognized');
    assert.ok(html.includes(`data-new-entry="${colour.index}"`), html);
    const soc2 = view.questions.filter((q) => q.intent?.startsWith('soc2.'));
    assert.ok(soc2.length > 0);
    for (const question of soc2) {
      assert.ok(!html.includes(`data-new-entry="${question.index}"`), `${question.label}: the profile answers SOC 2`);
    }
  });
});
