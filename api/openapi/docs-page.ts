type Spec = Awaited<ReturnType<typeof import('./openapi-document').openApiDocument>>;

interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  additionalProperties?: boolean | Schema;
  pattern?: string;
  format?: string;
  contentMediaType?: string;
}
interface Operation {
  summary?: string;
  description?: string;
  parameters?: { in: string; name: string; required?: boolean; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const code = (text: string) => `<code>${escapeHtml(text)}</code>`;

/** A schema in words: "string", "one of a, b", "list of …", "object", with its fields below. */
function typeName(schema: Schema): string {
  if (schema.const !== undefined) return `exactly ${code(JSON.stringify(schema.const))}`;
  if (schema.enum) return `one of ${schema.enum.map((v) => code(JSON.stringify(v))).join(', ')}`;
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return choices.map(typeName).join(' or ');
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.includes('array')) return `list of ${schema.items ? typeName(schema.items) : 'anything'}`;
  if (types.length === 0) return 'anything';
  const extra = schema.format
    ? ` (${escapeHtml(schema.format)})`
    : schema.pattern
      ? ` matching ${code(schema.pattern)}`
      : '';
  const map =
    typeof schema.additionalProperties === 'object'
      ? `, by key: ${typeName(schema.additionalProperties)}`
      : '';
  return `${types.map(escapeHtml).join(' or ')}${extra}${map}`;
}

/** The fields of an object schema as a nested list, four levels deep at most. */
function fields(schema: Schema | undefined, depth = 0): string {
  if (!schema || depth > 4) return '';
  const nested =
    schema.items ??
    (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
  const choices = schema.anyOf ?? schema.oneOf;
  if (!schema.properties) {
    if (choices) return choices.map((s) => fields(s, depth)).join('');
    return nested ? fields(nested, depth) : '';
  }
  const required = new Set(schema.required ?? []);
  const items = Object.entries(schema.properties).map(
    ([name, s]) =>
      `<li>${code(name)}${required.has(name) ? '' : ' (optional)'}: ${typeName(s)}${fields(s, depth + 1)}</li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

function body(content: Record<string, { schema?: Schema }> | undefined): string {
  return Object.entries(content ?? {})
    .map(
      ([media, { schema }]) =>
        `<p>${code(media)}${schema && !schema.properties ? `: ${typeName(schema)}` : ''}</p>${fields(schema)}`,
    )
    .join('');
}

/**
 * /api/docs: the description as a plain HTML page rendered here, with no script and nothing fetched
 * from another site (the CSP allows only this origin anyway).
 */
export function docsPage(spec: Spec): string {
  const sections: string[] = [];
  const index: string[] = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const [method, raw] of Object.entries(item ?? {})) {
      const op = raw as Operation;
      const id = escapeHtml(`${method}-${path}`.replace(/[^\w-]+/g, '-'));
      const title = `${method.toUpperCase()} ${escapeHtml(path)}`;
      index.push(`<li><a href="#${id}"><code>${title}</code></a> ${escapeHtml(op.summary ?? '')}</li>`);
      const params = (op.parameters ?? [])
        .map(
          (p) =>
            `<tr><td>${code(p.name)}</td><td>${escapeHtml(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td>${p.schema ? typeName(p.schema) : 'anything'}</td></tr>`,
        )
        .join('');
      const request = op.requestBody?.content;
      const responses = Object.entries(op.responses ?? {})
        .map(
          ([status, r]) =>
            `<dt>${escapeHtml(status)}: ${escapeHtml(r.description ?? '')}</dt><dd>${body(r.content)}</dd>`,
        )
        .join('');
      sections.push(
        `<section id="${id}"><h2><code>${title}</code></h2>` +
          (op.summary ? `<p>${escapeHtml(op.summary)}</p>` : '') +
          (params
            ? `<h3>Parameters</h3><table><thead><tr><th>Name</th><th>In</th><th>Required</th><th>Type</th></tr></thead><tbody>${params}</tbody></table>`
            : '') +
          (request ? `<h3>Request body</h3>${body(request)}` : '') +
          `<h3>Responses</h3><dl>${responses}</dl></section>`,
      );
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(spec.info.title)}</title></head><body><main><h1>${escapeHtml(spec.info.title)}</h1><p>${escapeHtml(spec.info.description ?? '')}</p><p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p><nav><h2>Operations</h2><ul>${index.join('')}</ul></nav>${sections.join('')}</main></body></html>`;
}
