import * as assert from 'node:assert/strict';
import { renderMarkdown, safeHref } from '../../../src/domain/markdown';

suite('renderMarkdown', () => {
  test('renders ordinary Markdown', () => {
    const html = renderMarkdown('# Title\n\n**Type 2** covers a *period*.\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    assert.match(html, /<h1[^>]*>Title<\/h1>/);
    assert.match(html, /<strong>Type 2<\/strong>/);
    assert.match(html, /<table>/);
  });

  test('drops raw HTML blocks and inline tags', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)> and <b onclick="x()">bold</b>.');
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /onerror|onclick/i);
    assert.doesNotMatch(html, /<img/i);
    assert.match(html, /Text/);
  });

  test('keeps safe links and removes javascript:, data: and vbscript: links', () => {
    const html = renderMarkdown(
      '[ok](https://example.com) [mail](mailto:a@example.com) [bad](javascript:alert(1)) [tab](java\tscript:alert(1)) [data](data:text/html,x) [vb](VBScript:x)',
    );
    assert.match(html, /<a href="https:\/\/example.com">ok<\/a>/);
    assert.match(html, /<a href="mailto:a@example.com">mail<\/a>/);
    assert.doesNotMatch(html, /javascript:|data:text|vbscript:/i);
    assert.match(html, /bad/);
  });

  test('renders images as their alt text only', () => {
    const html = renderMarkdown('![a "diagram"](https://example.com/x.png)');
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /a &quot;diagram&quot;/);
  });

  test('escapes text that looks like markup in code', () => {
    assert.match(renderMarkdown('`<script>`'), /<code>&lt;script&gt;<\/code>/);
  });
});

suite('safeHref', () => {
  test('allows only http(s), mailto and anchors', () => {
    assert.equal(safeHref('https://x.example'), 'https://x.example');
    assert.equal(safeHref('#section'), '#section');
    assert.equal(safeHref('javascript:alert(1)'), undefined);
    assert.equal(safeHref(' JAVASCRIPT:alert(1)'), undefined);
    assert.equal(safeHref('command:workbench.action.quit'), undefined);
    assert.equal(safeHref('relative/path'), undefined);
    assert.equal(safeHref('file:///etc/passwd'), undefined);
  });
});
