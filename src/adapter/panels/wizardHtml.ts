/**
 * The wizard page as a plain string (no `vscode` import, so unit tests can check the policy).
 * The body is static markup: every value the writer or the profile supplies is set later by the
 * page script through DOM properties, never interpolated into HTML here.
 *
 * Content Security Policy, and what the toolkit needs (checked in its source, FAST 1.14 /
 * fast-foundation 2.50 / toolkit 1.4):
 * - Component styles and design tokens go through constructable stylesheets
 *   (`adoptedStyleSheets`) wherever the browser supports them, which VS Code's Chromium does.
 *   CSP does not govern constructed sheets, so they need no allowance.
 * - The one `<style>` element the toolkit creates at runtime is its `:focus-visible` probe
 *   (fast-web-utilities `canUseFocusVisible`). It reads a nonce from
 *   `<meta property="csp-nonce" content="…">` and sets it on that element. FAST's own
 *   `<style>`-element fallback (`StyleElementStyles`) has no nonce support, but it only runs
 *   where `adoptedStyleSheets` is missing.
 * So style-src is `${cspSource} 'nonce-<style nonce>'`: our stylesheet files by origin, the probe
 * by nonce, and no 'unsafe-inline'. The style nonce is a second random value, distinct from the
 * script nonce, because the meta tag exposes it to the page; script-src stays nonce-only and never
 * depends on a value the page can read. Components that bind `style="…"` attributes (badge,
 * progress ring) are not used: attribute styles would need 'unsafe-inline'.
 */
import { contentSecurityPolicy, escapeAttribute } from './html';

export interface WizardHtmlOptions {
  cspSource: string;
  /** Nonce for the page script (script-src). */
  scriptNonce: string;
  /** A different nonce for the toolkit's runtime `<style>` element (style-src), published in a meta tag. */
  styleNonce: string;
  scriptUri: string;
  styleUris: readonly string[];
}

export function wizardContentSecurityPolicy(cspSource: string, scriptNonce: string, styleNonce: string): string {
  return contentSecurityPolicy(cspSource, scriptNonce, [`'nonce-${styleNonce}'`]);
}

/** A labelled single-line field with its message slot right after it. */
function textField(id: string, label: string, options: { placeholder?: string; hint?: string; size?: 'date' | 'wide'; type?: 'url' | 'email' } = {}): string {
  const hint = options.hint === undefined ? '' : `<span class="hint" id="${id}-hint">${options.hint}</span>`;
  return `<div class="field${options.size === 'date' ? ' field-date' : ''}" data-field-wrapper="${id}">
          <vscode-text-field id="${id}" data-field="${id}"${options.placeholder === undefined ? '' : ` placeholder="${escapeAttribute(options.placeholder)}"`}${options.type === undefined ? '' : ` type="${options.type}"`} maxlength="${options.size === 'date' ? 20 : 500}">${label}</vscode-text-field>
          ${hint}<span class="field-message" data-message-for="${id}" aria-live="polite"></span>
        </div>`;
}

function dateField(id: string, label: string, hint?: string): string {
  return textField(id, label, { placeholder: 'YYYY-MM-DD', size: 'date', ...(hint === undefined ? {} : { hint }) });
}

/** A dropdown with a real <label> (tied by id) and its message slot. */
function dropdown(id: string, label: string, options: readonly (readonly [string, string])[]): string {
  const items = options.map(([value, text]) => `<vscode-option value="${value}">${text}</vscode-option>`).join('');
  return `<div class="field dropdown-field" data-field-wrapper="${id}">
          <label id="${id}-label" for="${id}">${label}</label>
          <vscode-dropdown id="${id}" data-field="${id}" aria-labelledby="${id}-label" position="below">${items}</vscode-dropdown>
          <span class="field-message" data-message-for="${id}" aria-live="polite"></span>
        </div>`;
}

const TRI_STATE = [
  ['', 'Not stated'],
  ['yes', 'Yes'],
  ['no', 'No'],
] as const;

/** The form and the preview. Sections carry `data-show` (statuses they apply to); the script hides the rest. */
export function wizardBodyHtml(): string {
  return `
  <main class="wizard">
    <header class="wizard-header">
      <h1 id="wizard-title">Do you have SOC 2?</h1>
      <p class="lede">Answer the follow-ups that apply. The preview on the right (or below) is written from your answers by Attest's composer, with the same accuracy rules as every other answer.</p>
      <p class="target" id="target" aria-live="polite"></p>
      <p class="profile-note" id="profile-note" aria-live="polite"></p>
    </header>
    <div class="wizard-layout">
      <form id="wizard-form" class="wizard-form" novalidate aria-labelledby="wizard-title">
        <section class="step" aria-labelledby="step-org">
          <h2 id="step-org">Organization</h2>
          ${textField('organizationName', 'Organization name, as customers know it', { placeholder: 'Example, Inc.' })}
        </section>

        <section class="step" aria-labelledby="step-status">
          <h2 id="step-status">Your SOC 2 today</h2>
          <vscode-radio-group id="status" data-field="status" orientation="vertical" aria-labelledby="status-label">
            <label slot="label" id="status-label">Do you have a SOC 2 report?</label>
            <vscode-radio value="type2">Yes, a Type 2 report (controls tested over a period)</vscode-radio>
            <vscode-radio value="type1">Yes, a Type 1 report (control design at one date)</vscode-radio>
            <vscode-radio value="in_progress">Not yet: an audit is in progress or planned</vscode-radio>
            <vscode-radio value="none">No report</vscode-radio>
          </vscode-radio-group>
          <span class="field-message" data-message-for="status" aria-live="polite"></span>
        </section>

        <section class="step" data-show="in_progress" aria-labelledby="step-exam">
          <h2 id="step-exam">The examination under way</h2>
          <vscode-radio-group id="examinationType" data-field="examinationType" orientation="horizontal" aria-labelledby="examinationType-label">
            <label slot="label" id="examinationType-label">It will produce</label>
            <vscode-radio value="type2">A Type 2 report</vscode-radio>
            <vscode-radio value="type1">A Type 1 report</vscode-radio>
          </vscode-radio-group>
          <vscode-checkbox id="planned" data-field="planned">It has not started yet (planned)</vscode-checkbox>
        </section>

        <section class="step" data-show="type2 type1 in_progress" aria-labelledby="step-dates">
          <h2 id="step-dates">Dates</h2>
          <div class="row" data-show="type2 in_progress:type2">
            ${dateField('periodStart', 'Period start')}
            ${dateField('periodEnd', 'Period end', 'Freshness is measured from this date.')}
          </div>
          <div class="row" data-show="type1 in_progress:type1">
            ${dateField('asOf', 'As-of date', 'The single date a Type 1 report speaks to.')}
          </div>
          <div class="row" data-show="in_progress">
            ${dateField('expectedReportDate', 'Expected report date')}
          </div>
        </section>

        <section class="step" data-show="type2 type1 in_progress" aria-labelledby="step-firm">
          <h2 id="step-firm">Auditor</h2>
          ${textField('cpaFirm', 'CPA firm performing the examination', { placeholder: 'Example Assurance LLP' })}
        </section>

        <section class="step" data-show="type2 type1" aria-labelledby="step-opinion">
          <h2 id="step-opinion">Opinion and exceptions</h2>
          ${dropdown('opinion', "Auditor's opinion", [
            ['', 'Not stated'],
            ['unqualified', 'Unqualified (clean)'],
            ['qualified', 'Qualified'],
            ['adverse', 'Adverse'],
            ['disclaimer', 'Disclaimer of opinion'],
          ])}
          <vscode-radio-group id="exceptionsKnown" data-field="exceptionsKnown" orientation="horizontal" aria-labelledby="exceptionsKnown-label">
            <label slot="label" id="exceptionsKnown-label">Exceptions in the tests of controls</label>
            <vscode-radio value="unknown">Not stated</vscode-radio>
            <vscode-radio value="none">None noted</vscode-radio>
            <vscode-radio value="some">Some noted</vscode-radio>
          </vscode-radio-group>
          <span class="field-message" data-message-for="exceptionsKnown" aria-live="polite"></span>
          <div class="rows" data-show-exceptions id="exception-rows" aria-label="Exceptions"></div>
          <vscode-button id="add-exception" type="button" data-show-exceptions appearance="secondary">Add exception</vscode-button>
        </section>

        <section class="step" data-show="type2 type1 in_progress" aria-labelledby="step-scope">
          <h2 id="step-scope">Scope</h2>
          <fieldset class="categories">
            <legend>Trust services categories in scope</legend>
            <vscode-checkbox id="cat-security" checked readonly aria-describedby="cat-security-hint">Security</vscode-checkbox>
            <span class="hint" id="cat-security-hint">Always in scope of a SOC 2.</span>
            <vscode-checkbox id="cat-availability" data-field="categories.availability">Availability</vscode-checkbox>
            <vscode-checkbox id="cat-confidentiality" data-field="categories.confidentiality">Confidentiality</vscode-checkbox>
            <vscode-checkbox id="cat-processing_integrity" data-field="categories.processing_integrity">Processing Integrity</vscode-checkbox>
            <vscode-checkbox id="cat-privacy" data-field="categories.privacy">Privacy</vscode-checkbox>
          </fieldset>
          <span class="field-message" data-message-for="categories" aria-live="polite"></span>
          ${textField('systemName', 'System the report describes', { placeholder: 'Example platform' })}
          <div class="field" data-field-wrapper="systemBoundary">
            <vscode-text-area id="systemBoundary" data-field="systemBoundary" rows="2" resize="vertical" maxlength="4000">System boundary (what it includes, in a sentence)</vscode-text-area>
            <span class="field-message" data-message-for="systemBoundary" aria-live="polite"></span>
          </div>
        </section>

        <section class="step" data-show="type2 type1 in_progress" aria-labelledby="step-subservice">
          <h2 id="step-subservice">Subservice organizations</h2>
          <p class="hint">Carve-out: the provider is named, but its controls are excluded from the report. Inclusive: its relevant controls are described and tested.</p>
          <div class="rows" id="subservice-rows" aria-label="Subservice organizations"></div>
          <vscode-button id="add-subservice" type="button" appearance="secondary">Add subservice organization</vscode-button>
        </section>

        <section class="step" data-show="type2 type1 in_progress" aria-labelledby="step-cuecs">
          <h2 id="step-cuecs">Complementary user entity controls</h2>
          <div class="field" data-field-wrapper="cuecs">
            <vscode-text-area id="cuecs" data-field="cuecs" rows="3" resize="vertical" maxlength="20000">What customers are expected to do, one per line</vscode-text-area>
            <span class="field-message" data-message-for="cuecs" aria-live="polite"></span>
          </div>
        </section>

        <section class="step" aria-labelledby="step-controls">
          <h2 id="step-controls">Controls that keep running between audits</h2>
          <div class="row">
            ${dropdown('automatedUpdates', 'Automated updates', TRI_STATE)}
            ${dropdown('centrallyManaged', 'Central device management', TRI_STATE)}
          </div>
          <div class="row">
            ${dropdown('scanCadence', 'Vulnerability scanning', [
              ['', 'Not stated'],
              ['continuous', 'Continuous'],
              ['daily', 'Daily'],
              ['weekly', 'Weekly'],
              ['monthly', 'Monthly'],
              ['quarterly', 'Quarterly'],
            ])}
            ${dropdown('incidentPlan', 'Incident response plan', TRI_STATE)}
          </div>
          ${dateField('incidentLastTested', 'Incident response plan last tested')}
        </section>

        <section class="step" data-show="type2 type1 in_progress" aria-labelledby="step-sharing">
          <h2 id="step-sharing">How the report is shared</h2>
          ${dropdown('nda', 'Shared under a non-disclosure agreement', TRI_STATE)}
          ${textField('trustPortalUrl', 'Trust portal address', { placeholder: 'https://trust.example.com', type: 'url' })}
          ${textField('contact', 'Who to ask for the report', { placeholder: 'security@example.com' })}
          <div data-show="type2 type1">
            ${dateField('bridgeCoversUntil', 'Bridge letter covers until', "Management's letter for the time since the period ended; it carries no auditor assurance.")}
          </div>
        </section>
      </form>

      <aside class="preview" aria-labelledby="preview-title">
        <h2 id="preview-title">Preview</h2>
        <vscode-radio-group id="length" orientation="vertical" aria-labelledby="length-label">
          <label slot="label" id="length-label">Insert as</label>
          <vscode-radio value="yesno">Yes/No cell</vscode-radio>
          <vscode-radio value="sentence">One sentence</vscode-radio>
          <vscode-radio value="paragraph">Paragraph</vscode-radio>
        </vscode-radio-group>
        <div class="actions" role="toolbar" aria-label="Actions">
          <vscode-button id="insert" type="button" appearance="primary">Insert</vscode-button>
          <vscode-button id="copy" type="button" appearance="secondary">Copy</vscode-button>
          <vscode-button id="save" type="button" appearance="secondary">Save to profile</vscode-button>
          <vscode-button id="reset" type="button" appearance="secondary">Reset</vscode-button>
        </div>
        <p class="status" id="status-line" role="status" aria-live="polite"></p>
        <div class="warnings" id="warnings-box" hidden>
          <h3 id="warnings-title">Check before sending</h3>
          <ul id="warnings" aria-labelledby="warnings-title"></ul>
        </div>
        <div class="answers">
          <section class="answer-block" data-length="yesno" aria-labelledby="answer-yesno-title">
            <h3 id="answer-yesno-title">Yes/No cell</h3>
            <p class="answer" id="answer-yesno"></p>
          </section>
          <section class="answer-block" data-length="sentence" aria-labelledby="answer-sentence-title">
            <h3 id="answer-sentence-title">One sentence</h3>
            <p class="answer" id="answer-sentence"></p>
          </section>
          <section class="answer-block" data-length="paragraph" aria-labelledby="answer-paragraph-title">
            <h3 id="answer-paragraph-title">Paragraph</h3>
            <p class="answer" id="answer-paragraph"></p>
          </section>
        </div>
        <p class="keys">Keyboard: Tab moves between fields, arrow keys choose in a group or list, Space ticks a box. Enter in a one-line field or Ctrl+Enter anywhere inserts the chosen answer; Escape returns to the questionnaire (the wizard keeps your answers).</p>
      </aside>
    </div>

    <template id="tpl-exception">
      <fieldset class="row-card" data-row="exceptions">
        <legend data-row-title>Exception</legend>
        <div class="row">
          <div class="field field-date"><vscode-text-field data-row-field="criterion" placeholder="CC6.2" maxlength="40">Criterion</vscode-text-field><span class="field-message" data-row-message="criterion" aria-live="polite"></span></div>
        </div>
        <div class="field"><vscode-text-area data-row-field="description" rows="2" resize="vertical" maxlength="4000">What the auditor found</vscode-text-area><span class="field-message" data-row-message="description" aria-live="polite"></span></div>
        <div class="field"><vscode-text-area data-row-field="remediation" rows="2" resize="vertical" maxlength="4000">Management's response (optional)</vscode-text-area><span class="field-message" data-row-message="remediation" aria-live="polite"></span></div>
        <vscode-button data-remove type="button" appearance="secondary">Remove exception</vscode-button>
      </fieldset>
    </template>

    <template id="tpl-subservice">
      <fieldset class="row-card" data-row="subservice">
        <legend data-row-title>Subservice organization</legend>
        <div class="row">
          <div class="field"><vscode-text-field data-row-field="name" placeholder="Example Cloud" maxlength="500">Name</vscode-text-field><span class="field-message" data-row-message="name" aria-live="polite"></span></div>
          <div class="field"><vscode-text-field data-row-field="services" placeholder="Infrastructure hosting" maxlength="500">Services it provides</vscode-text-field><span class="field-message" data-row-message="services" aria-live="polite"></span></div>
        </div>
        <vscode-radio-group data-row-field="method" orientation="horizontal">
          <label slot="label">Method</label>
          <vscode-radio value="carve-out">Carve-out</vscode-radio>
          <vscode-radio value="inclusive">Inclusive</vscode-radio>
        </vscode-radio-group>
        <div class="field"><vscode-text-area data-row-field="monitoring" rows="2" resize="vertical" maxlength="4000">How you monitor it</vscode-text-area><span class="field-message" data-row-message="monitoring" aria-live="polite"></span></div>
        <vscode-button data-remove type="button" appearance="secondary">Remove subservice organization</vscode-button>
      </fieldset>
    </template>
  </main>`;
}

export function buildWizardHtml(options: WizardHtmlOptions): string {
  const csp = wizardContentSecurityPolicy(options.cspSource, options.scriptNonce, options.styleNonce);
  const styles = options.styleUris.map((uri) => `<link rel="stylesheet" href="${escapeAttribute(uri)}">`).join('\n    ');
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
    <meta property="csp-nonce" content="${escapeAttribute(options.styleNonce)}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    ${styles}
    <!-- A module script is deferred: it runs once the body is parsed, but its download starts here. -->
    <script type="module" nonce="${escapeAttribute(options.scriptNonce)}" src="${escapeAttribute(options.scriptUri)}"></script>
    <title>SOC 2 follow-ups</title>
  </head>
  <body>
    ${wizardBodyHtml()}
  </body>
</html>`;
}
