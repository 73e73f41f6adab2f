/**
 * The one Markdown renderer of the product. `marked` does not sanitize, so this instance drops
 * raw HTML, renders images as their alt text, and keeps only links with safe schemes. The
 * webview's CSP is the second line of defence.
 */
import { Marked, type Tokens } from 'marked';

const SAFE_LINK_SCHEMES = new Set(['https:', 'http:', 'mailto:']);

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** The href when it is safe to render as a link: http(s), mailto or an in-page anchor. */
export function safeHref(href: string): string | undefined {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:"): do the same before checking.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  const compact = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (compact.startsWith('#')) {
    return compact;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1];
  if (scheme === undefined || !SAFE_LINK_SCHEMES.has(`${scheme.toLowerCase()}:`)) {
    return undefined;
  }
  return href.trim();
}

const renderer = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html(): string {
      return '';
    },
    image(token: Tokens.Image): string {
      return escapeHtml(token.text);
    },
    link(token: Tokens.Link): string {
      const text = this.parser.parseInline(token.tokens);
      const href = safeHref(token.href);
      if (href === undefined) {
        return text;
      }
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
      return `<a href="${escapeHtml(href)}"${title}>${text}</a>`;
    },
  },
});

export function renderMarkdown(markdown: string): string {
  return renderer.parse(markdown, { async: false });
}
