import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { OpenApiDoc } from '../helpers/openapi-contract';
import { operationsOf } from '../helpers/openapi-contract';
import { buildTestApp } from '../helpers/test-app';

interface Node {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: Node[];
}
const walk = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(walk)];

describe('the API docs page', () => {
  it('lists every operation with its fields and answers in words', async () => {
    const { app } = buildTestApp();
    const doc = (await (await app.request('/api/openapi.json')).json()) as OpenApiDoc;
    const res = await app.request('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    for (const { path, method } of operationsOf(doc))
      expect(html).toContain(`<code>${method.toUpperCase()} ${path}</code>`);
    // An answer's fields, with their types and which are optional, not a raw JSON dump.
    expect(html).toContain(
      '<li><code>receipt</code>: string matching <code>^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$</code></li>',
    );
    expect(html).toContain('<li><code>correctedQuery</code> (optional): string</li>');
    expect(html).toContain('<dt>404: No such lead, or it was hidden</dt>');
    expect(html).toContain('<code>text/csv; charset=utf-8</code>: string');
  });

  it('makes no request to another site: no script, and every link and resource is on this origin', async () => {
    const { app } = buildTestApp();
    const res = await app.request('/api/docs');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'/);
    const nodes = walk(parseDocument(await res.text()) as unknown as Node);
    const tags = new Set(nodes.filter((n) => n.type === 'tag').map((n) => n.name));
    for (const fetching of [
      'script',
      'link',
      'img',
      'iframe',
      'object',
      'embed',
      'style',
      'source',
      'video',
      'audio',
    ])
      expect(tags.has(fetching)).toBe(false);
    const urls = nodes.flatMap((n) =>
      Object.entries(n.attribs ?? {})
        .filter(([name]) => ['href', 'src', 'action', 'srcset', 'poster', 'data', 'style'].includes(name))
        .map(([, value]) => value),
    );
    expect(urls.length).toBeGreaterThan(60);
    for (const url of urls) expect(url).toMatch(/^(#[\w-]+|\/api\/openapi\.json)$/);
  });
});
