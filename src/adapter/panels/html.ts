/**
 * Builds webview HTML as a plain string (no `vscode` import, so unit tests can assert the CSP).
 * The policy: nothing by default; scripts only by nonce; styles, images and fonts only from the
 * extension's own webview origin.
 */
export interface WebviewHtmlOptions {
  /** `webview.cspSource`: the origin VS Code serves local resources from. */
  cspSource: string;
  nonce: string;
  title: string;
  scriptUris: readonly string[];
  styleUris: readonly string[];
  /** Trusted HTML for the body (already sanitized, e.g. from renderMarkdown). */
  bodyHtml: string;
  /** Extra style-src sources, e.g. `'unsafe-inline'` for a component library that injects style elements. */
  extraStyleSources?: readonly string[];
  /** Attributes for <body>, already escaped. */
  bodyAttributes?: Record<string, string>;
}

export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function contentSecurityPolicy(cspSource: string, nonce: string, extraStyleSources: readonly string[] = []): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
    `style-src ${[cspSource, ...extraStyleSources].join(' ')}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

export function buildWebviewHtml(options: WebviewHtmlOptions): string {
  const csp = contentSecurityPolicy(options.cspSource, options.nonce, options.extraStyleSources);
  const styles = options.styleUris.map((uri) => `<link rel="stylesheet" href="${escapeAttribute(uri)}">`).join('\n    ');
  const scripts = options.scriptUris
    .map((uri) => `<script type="module" nonce="${escapeAttribute(options.nonce)}" src="${escapeAttribute(uri)}"></script>`)
    .join('\n    ');
  const bodyAttributes = Object.entries(options.bodyAttributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    ${styles}
    <title>${escapeText(options.title)}</title>
  </head>
  <body${bodyAttributes}>
    ${options.bodyHtml}
    ${scripts}
  </body>
</html>`;
}
