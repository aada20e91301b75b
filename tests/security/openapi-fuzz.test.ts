import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../../api/auth/password';
import { currentTotp } from '../../api/auth/totp';
import { errorEnvelopeSchema, responseSchemas } from '../../api/openapi/response-schemas';
import { createAdviser, createSession } from '../../store/advisers-repo';
import { enrolSecondFactor, signIn, TEST_PASSWORD } from '../helpers/adviser-session';
import { fillStore } from '../helpers/synthetic-leads';
import { buildTestApp } from '../helpers/test-app';

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
};
type Parameter = { in: string; name: string; required?: boolean; schema?: JsonSchema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};

/** Values a schema accepts, most of the time: enough for the fuzz to reach past validation. */
function valid(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return fc.jsonValue({ maxDepth: 2 });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices?.length) return fc.oneof(...choices.map((s) => valid(s, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const props = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      return fc.record(Object.fromEntries(Object.entries(props).map(([k, s]) => [k, valid(s, depth + 1)])), {
        requiredKeys: Object.keys(props).filter((k) => required.has(k)),
      });
    }
    case 'array':
      return fc.array(valid(schema.items, depth + 1), { maxLength: 4 });
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'string': {
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'email') return fc.emailAddress();
      if (schema.pattern) {
        try {
          return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length <= 500);
        } catch {
          // A pattern JavaScript cannot compile: fall through to plain strings.
        }
      }
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 40) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Deep nesting, 1 MB strings, prototype keys, wrong types: what a hostile client sends. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 50, max: 3000 }).map((depth) => {
    let value: unknown = 'x';
    for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
    return value;
  }),
  fc.constant('x'.repeat(1_000_000)),
  fc.constantFrom(
    { __proto__: { admin: true }, constructor: { prototype: { admin: true } } },
    JSON.parse('{"__proto__": {"role": "admin"}, "constructor": {"prototype": {"x": 1}}}'),
    { toString: 'x', valueOf: 1, hasOwnProperty: null },
    [],
    null,
    42,
    true,
  ),
);

const hostileText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', '..', '%00', '../../etc/passwd', '-1', 'NaN', ''),
  fc.constant('y'.repeat(5000)),
);

/** Operations that end the session they are called with: each run gets a fresh session anyway. */
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

describe('the API against its own OpenAPI description', () => {
  it('answers every operation, signed out and signed in, with no 5xx and only documented shapes', async () => {
    const { app, db } = buildTestApp({ env: { TRUST_PROXY: '1' } });
    fillStore(db, 60);
    const adminId = createAdviser(db, 'root@example.org', await hashPassword(TEST_PASSWORD), 'admin').id;
    createAdviser(db, 'alice@example.org', await hashPassword(TEST_PASSWORD), 'adviser');
    await enrolSecondFactor(await signIn(app, 'root@example.org'), (secret) => currentTotp(secret));

    const doc = await (await app.request('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(
      ([path, item]) =>
        METHODS.filter((m) => item[m]).map((method) => ({ path, method, op: item[method] as Operation })),
    );
    expect(operations.length).toBeGreaterThanOrEqual(60);

    const failures: string[] = [];
    const answered = new Set<string>();
    let sent = 0;
    for (const [n, { path, method, op }] of operations.entries()) {
      const params = op.parameters ?? [];
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      const part = (where: string, hostileToo: boolean) =>
        fc.record(
          Object.fromEntries(
            params
              .filter((p) => p.in === where)
              .map((p) => {
                const good = valid(p.schema).map(String);
                return [p.name, hostileToo ? fc.oneof(good, hostileText) : good];
              }),
          ),
          where === 'path' ? undefined : { requiredKeys: [] },
        );
      // Half the runs are well-formed, so the fuzz reaches the handlers; half are hostile throughout.
      const wellFormed = fc.record({
        path: part('path', false),
        query: part('query', false),
        extraQuery: fc.constant({}),
        body: bodySchema ? valid(bodySchema) : fc.constant(undefined),
        signedIn: fc.constantFrom('no', 'adviser', 'admin'),
      });
      const hostileRequest = fc.record({
        path: part('path', true),
        query: part('query', true),
        extraQuery: fc.dictionary(hostileText, hostileText, { maxKeys: 2 }),
        body: bodySchema ? fc.oneof(valid(bodySchema), hostile) : fc.constant(undefined),
        signedIn: fc.constantFrom('no', 'adviser', 'admin'),
      });
      const request = fc.oneof(wellFormed, hostileRequest);
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          const url = new URL(
            `http://offramp.test${path.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(String(r.path[name] ?? 'x')))}`,
          );
          for (const [k, v] of Object.entries({ ...r.extraQuery, ...r.query }))
            url.searchParams.append(k, String(v));
          const headers: Record<string, string> = {
            'content-type': 'application/json',
            // A fresh client address per run: the fuzz checks shapes, the rate limits have their own tests.
            'x-forwarded-for': `198.51.${n % 250}.${sent++ % 250}`,
          };
          if (r.signedIn !== 'no') {
            const adviserId =
              r.signedIn === 'admin'
                ? adminId
                : (
                    db.prepare('SELECT id FROM advisers WHERE email = ?').get('alice@example.org') as {
                      id: string;
                    }
                  ).id;
            const session = createSession(db, adviserId, 1);
            headers.cookie = `offramp_session=${session.token}`;
            headers['x-csrf-token'] = session.csrfToken;
          }
          const res = await app.request(url.pathname + url.search, {
            method: method.toUpperCase(),
            headers,
            body: r.body === undefined || method === 'get' ? undefined : JSON.stringify(r.body),
          });
          const text = await res.text();
          const where = `${method.toUpperCase()} ${path} (${r.signedIn}) -> ${res.status}`;
          if (res.status >= 500) failures.push(`${where}: ${text.slice(0, 200)}`);
          else if (res.status >= 400) {
            const parsed = errorEnvelopeSchema.safeParse(safeJson(text));
            if (!parsed.success) failures.push(`${where} without the error envelope: ${text.slice(0, 200)}`);
          } else {
            answered.add(`${method.toUpperCase()} ${path} ${r.signedIn}`);
            const known = responseSchemas[`${method.toUpperCase()} ${path}`];
            if (known && res.status === known.status && !known.schema.safeParse(safeJson(text)).success)
              failures.push(`${where} does not match its documented schema: ${text.slice(0, 200)}`);
          }
        }),
        { numRuns: 12, seed: 1500 + n, endOnFailure: true },
      );
    }
    expect(failures).toEqual([]);
    // The fuzz got past sign-in, CSRF and the admin's second factor, not only bounced at 401.
    for (const reached of [
      'GET /api/leads no',
      'GET /api/health no',
      'GET /api/auth/me adviser',
      'GET /api/advisers/clients adviser',
      'GET /api/admin/sources admin',
      'GET /api/admin/exclusions admin',
    ])
      expect(answered).toContain(reached);
  }, 240_000);
});

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

describe('the API docs page', () => {
  it('lists every operation from the description and loads nothing from another site', async () => {
    const { app } = buildTestApp();
    const doc = await (await app.request('/api/openapi.json')).json();
    const res = await app.request('/api/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const path of Object.keys(doc.paths)) expect(html).toContain(path);
    expect(html).toContain('<code>GET /api/leads</code>');
    expect(html).not.toMatch(/<script|(?:src|href)="(?:https?:)?\/\//);
  });
});
