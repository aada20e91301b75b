type Spec = Awaited<ReturnType<typeof import('./openapi-document').openApiDocument>>;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const pretty = (value: unknown) => `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`;

/**
 * /api/docs: the description as a plain HTML page rendered here, with no script and nothing fetched
 * from another site (the CSP allows only this origin anyway).
 */
export function docsPage(spec: Spec): string {
  const sections: string[] = [];
  const index: string[] = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, raw] of Object.entries(item ?? {})) {
      const op = raw as {
        operationId?: string;
        parameters?: { in: string; name: string; required?: boolean; schema?: unknown }[];
        requestBody?: { content?: Record<string, { schema?: unknown }> };
        responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
      };
      const id = escapeHtml(op.operationId ?? `${method}-${path}`);
      const title = `${method.toUpperCase()} ${escapeHtml(path)}`;
      index.push(`<li><a href="#${id}"><code>${title}</code></a></li>`);
      const params = (op.parameters ?? [])
        .map(
          (p) =>
            `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td>${pretty(p.schema ?? {})}</td></tr>`,
        )
        .join('');
      const body = op.requestBody?.content?.['application/json']?.schema;
      const responses = Object.entries(op.responses ?? {})
        .map(
          ([status, r]) =>
            `<dt>${escapeHtml(status)}: ${escapeHtml(r.description ?? '')}</dt><dd>${
              r.content?.['application/json']?.schema ? pretty(r.content['application/json'].schema) : ''
            }</dd>`,
        )
        .join('');
      sections.push(
        `<section id="${id}"><h2><code>${title}</code></h2>` +
          (params
            ? `<h3>Parameters</h3><table><thead><tr><th>Name</th><th>In</th><th>Required</th><th>Schema</th></tr></thead><tbody>${params}</tbody></table>`
            : '') +
          (body ? `<h3>Request body (JSON)</h3>${pretty(body)}` : '') +
          `<h3>Responses</h3><dl>${responses}</dl></section>`,
      );
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(spec.info.title)}</title></head><body><main><h1>${escapeHtml(spec.info.title)}</h1><p>${escapeHtml(spec.info.description ?? '')}</p><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p><nav><h2>Operations</h2><ul>${index.join('')}</ul></nav>${sections.join('')}</main></body></html>`;
}
