import * as assert from 'node:assert/strict';
import { buildWizardHtml, wizardBodyHtml, wizardContentSecurityPolicy } from '../../../src/adapter/panels/wizardHtml';
import { emptyWizardForm } from '../../../src/shared/wizardProtocol';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const SCRIPT_NONCE = 'c2NyaXB0LW5vbmNlLTEyMzQ1Ng==';
const STYLE_NONCE = 'c3R5bGUtbm9uY2UtNjU0MzIx';

function page(): string {
  return buildWizardHtml({
    cspSource: CSP_SOURCE,
    scriptNonce: SCRIPT_NONCE,
    styleNonce: STYLE_NONCE,
    scriptUri: `${CSP_SOURCE}/ext/dist/webview/wizard.js`,
    styleUris: [`${CSP_SOURCE}/ext/media/attest.css`, `${CSP_SOURCE}/ext/media/wizard.css`],
  });
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== undefined && parts[0] !== '')
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

function cspOf(html: string): string {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.ok(match?.[1], 'the page carries a CSP meta tag');
  return match[1].replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

suite('Wizard HTML: Content Security Policy', () => {
  test("default-src 'none'; scripts by nonce only; no eval, no inline", () => {
    const policy = directives(cspOf(page()));
    assert.deepEqual(policy.get('default-src'), ["'none'"]);
    assert.deepEqual(policy.get('script-src'), [`'nonce-${SCRIPT_NONCE}'`]);
    const all = [...policy.values()].flat();
    assert.ok(!all.includes("'unsafe-eval'"));
    assert.ok(!all.includes("'unsafe-inline'"), 'no unsafe-inline anywhere, styles included');
    assert.ok(!all.includes("'strict-dynamic'"));
  });

  test('every source is the webview origin, a nonce, or none', () => {
    const policy = directives(cspOf(page()));
    for (const [name, sources] of policy) {
      for (const source of sources) {
        assert.ok(source === "'none'" || source === CSP_SOURCE || /^'nonce-[A-Za-z0-9+/=]+'$/.test(source), `${name}: ${source}`);
      }
    }
    assert.ok(!/\*/.test(cspOf(page())), 'no wildcards');
  });

  test('style-src: our files by origin, the toolkit probe by its own nonce (published in csp-nonce), never the script nonce', () => {
    const html = page();
    const policy = directives(cspOf(html));
    assert.deepEqual(policy.get('style-src'), [CSP_SOURCE, `'nonce-${STYLE_NONCE}'`]);
    const meta = /<meta property="csp-nonce" content="([^"]*)">/.exec(html);
    assert.equal(meta?.[1], STYLE_NONCE);
    assert.notEqual(STYLE_NONCE, SCRIPT_NONCE);
    assert.ok(!html.includes(`content="${SCRIPT_NONCE}"`), 'the script nonce is never published in a meta tag');
    assert.equal(wizardContentSecurityPolicy(CSP_SOURCE, 'a', 'b').includes("'nonce-a'"), true);
  });

  test('every script tag has the nonce and a src (no inline script); no inline styles or handlers', () => {
    const html = page();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.equal(scripts.length, 1);
    for (const tag of scripts) {
      assert.match(tag, new RegExp(`nonce="${SCRIPT_NONCE.replace(/[+/=]/g, '\\$&')}"`));
      assert.match(tag, /\bsrc="[^"]+"/);
    }
    assert.doesNotMatch(html, /<script\b[^>]*>[^<]+<\/script>/, 'no inline script bodies');
    assert.doesNotMatch(html, /<style\b/, 'no inline <style> elements');
    assert.doesNotMatch(html, /\sstyle="/, 'no style attributes');
    assert.doesNotMatch(html, /\son[a-z]+="/i, 'no inline event handlers');
    assert.doesNotMatch(html, /javascript:/i);
  });

  test('resources come only from the webview origin', () => {
    const html = page();
    for (const [, url] of html.matchAll(/\b(?:src|href)="([^"]+)"/g)) {
      assert.ok(url?.startsWith(`${CSP_SOURCE}/`), url);
    }
  });

  test('URIs and nonces are escaped', () => {
    const html = buildWizardHtml({ cspSource: CSP_SOURCE, scriptNonce: 'n', styleNonce: 's', scriptUri: `${CSP_SOURCE}/a"><script>alert(1)</script>`, styleUris: [] });
    assert.doesNotMatch(html, /<script>alert/);
  });
});

suite('Wizard HTML: form markup', () => {
  const body = wizardBodyHtml();

  test('ids are unique', () => {
    const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
  });

  test('every form field the protocol has is on the page, and every text field has a message slot next to it', () => {
    const fields = new Set([...body.matchAll(/data-field="([^"]+)"/g)].map((m) => m[1]));
    for (const key of Object.keys(emptyWizardForm())) {
      if (key === 'exceptions' || key === 'subservice') {
        continue; // rows come from templates
      }
      if (key === 'categories') {
        for (const category of ['availability', 'confidentiality', 'processing_integrity', 'privacy']) {
          assert.ok(fields.has(`categories.${category}`), category);
        }
        continue;
      }
      assert.ok(fields.has(key), key);
    }
    const slots = new Set([...body.matchAll(/data-message-for="([^"]+)"/g)].map((m) => m[1]));
    for (const [, id] of body.matchAll(/<vscode-(?:text-field|text-area|dropdown) id="([^"]+)"/g)) {
      assert.ok(slots.has(id), `message slot for ${id}`);
    }
  });

  test('every dropdown has a <label for> and aria-labelledby; every radio group a label', () => {
    for (const [, id] of body.matchAll(/<vscode-dropdown id="([^"]+)"/g)) {
      assert.ok(body.includes(`<label id="${id}-label" for="${id}">`), id);
      assert.ok(body.includes(`aria-labelledby="${id}-label"`), id);
    }
    const groups = body.match(/<vscode-radio-group[\s\S]*?<\/vscode-radio-group>/g) ?? [];
    assert.ok(groups.length >= 4);
    for (const group of groups) {
      assert.match(group, /<label slot="label"[^>]*>[^<]+<\/label>/);
    }
  });

  test('Security is always checked and cannot be unticked', () => {
    assert.match(body, /<vscode-checkbox id="cat-security" checked readonly/);
    assert.doesNotMatch(body, /data-field="categories\.security"/);
  });

  test('the four follow-up statuses and the three lengths are offered', () => {
    for (const value of ['type2', 'type1', 'in_progress', 'none', 'yesno', 'sentence', 'paragraph']) {
      assert.match(body, new RegExp(`<vscode-radio value="${value}">`));
    }
    assert.doesNotMatch(body, /certif|compliant/i);
  });
});
