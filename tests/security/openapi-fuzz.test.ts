import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Example, Who } from '../helpers/fuzz-examples';
import { examplesFor } from '../helpers/fuzz-examples';
import { fuzzWorld } from '../helpers/fuzz-world';
import { hostile, hostileText, valid } from '../helpers/openapi-arbitraries';
import type { JsonSchema, OpenApiDoc } from '../helpers/openapi-contract';
import { contractChecker, operationsOf } from '../helpers/openapi-contract';
import { buildTestApp } from '../helpers/test-app';

/** Objects in an answer's schema that admit fields they do not name, by where they are. */
function openObjects(schema: JsonSchema | undefined, where: string): string[] {
  if (!schema || typeof schema !== 'object') return [];
  const own =
    schema.type === 'object' && schema.properties && schema.additionalProperties !== false ? [where] : [];
  const nested = [
    ...Object.entries(schema.properties ?? {}).map(([k, s]) => openObjects(s, `${where}.${k}`)),
    openObjects(schema.items, `${where}[]`),
    ...(schema.anyOf ?? schema.oneOf ?? []).map((s, i) => openObjects(s, `${where}|${i}`)),
    typeof schema.additionalProperties === 'object'
      ? openObjects(schema.additionalProperties, `${where}{}`)
      : [],
  ];
  return [...own, ...nested.flat()];
}

describe('the OpenAPI description', () => {
  it('documents every answer of every operation with an exact schema or a media type', async () => {
    const { app } = buildTestApp();
    const doc = (await (await app.request('/api/openapi.json')).json()) as OpenApiDoc;
    expect(doc.openapi).toBe('3.1.0');
    const operations = operationsOf(doc);
    // Every route the app registers under /api is described, and nothing else: the list follows the
    // routes, so adding one needs no edit here, and an undocumented one fails. Hono's `:id` is
    // OpenAPI's `{id}`; `use`/`all` (middleware, the 404 catch-all) are not operations.
    const routed = app.routes
      .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'))
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}')}`)
      .filter((k) => k !== 'GET /api/openapi.json' && k !== 'GET /api/docs');
    expect(operations.map(({ path, method }) => `${method.toUpperCase()} ${path}`).sort()).toEqual(
      [...new Set(routed)].sort(),
    );
    const problems: string[] = [];
    for (const { path, method, op } of operations) {
      const name = `${method.toUpperCase()} ${path}`;
      const statuses = Object.keys(op.responses);
      if (!statuses.some((s) => /^[23]\d\d$/.test(s))) problems.push(`${name}: no success answer`);
      for (const status of statuses) {
        if (!/^\d{3}$/.test(status)) problems.push(`${name}: a catch-all "${status}" answer`);
        const content = op.responses[status]?.content ?? {};
        const json = content['application/json']?.schema;
        if (/^2/.test(status) && Object.keys(content).length === 0)
          problems.push(`${name} ${status}: no body`);
        if (/^[45]/.test(status) && !json?.properties?.error) problems.push(`${name} ${status}: no envelope`);
        if (content['application/json'] && !json) problems.push(`${name} ${status}: JSON without a schema`);
        problems.push(...openObjects(json, `${name} ${status}`).map((w) => `${w}: open object`));
      }
      if (!statuses.includes('500') || !statuses.includes('413')) problems.push(`${name}: no 413 or 500`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the API against its own OpenAPI description', () => {
  it('answers every operation, signed out, as an adviser and as an admin, only as documented', async () => {
    const world = await fuzzWorld();
    const { app } = world;
    const doc = (await (await app.request('/api/openapi.json')).json()) as OpenApiDoc;
    const check = contractChecker(doc);
    const failures: string[] = [];
    const succeeded = new Set<string>();
    const reachedAs = new Set<string>();
    let sent = 0;
    for (const [n, { path, method, op }] of operationsOf(doc).entries()) {
      const key = `${method.toUpperCase()} ${path}`;
      const seeded = world.seed();
      const examples = await examplesFor(key, world, seeded);
      const params = op.parameters ?? [];
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      const hints = { leadId: world.leadIds, adviserId: world.adviserIds };
      const part = (where: string, hostileToo: boolean) =>
        fc.record(
          Object.fromEntries(
            params
              .filter((p) => p.in === where)
              .map((p) => {
                const real = where === 'path' ? seeded.path(path, p.name) : [];
                const good = valid(p.schema).map(String);
                const choice = real.length ? fc.oneof(fc.constantFrom(...real), good) : good;
                return [p.name, hostileToo ? fc.oneof(choice, hostileText) : choice];
              }),
          ),
          where === 'path' ? undefined : { requiredKeys: [] },
        );
      const who = fc.constantFrom<Who>('no', 'adviser', 'admin');
      const generated = (hostileToo: boolean) =>
        fc.record({
          who,
          path: part('path', hostileToo),
          query: part('query', hostileToo),
          extraQuery: hostileToo ? fc.dictionary(hostileText, hostileText, { maxKeys: 2 }) : fc.constant({}),
          body: bodySchema
            ? hostileToo
              ? fc.oneof(valid(bodySchema, hints), hostile)
              : valid(bodySchema, hints)
            : fc.constant(undefined),
        });
      const known = examples.length
        ? fc
            .record({
              example: fc.constantFrom<Example>(...examples),
              path: part('path', false),
              body: bodySchema ? valid(bodySchema, hints) : fc.constant(undefined),
            })
            .map(({ example, path: p, body }) => ({
              who: example.who,
              path: p,
              query: example.query ?? {},
              extraQuery: {},
              body: example.body ?? body,
            }))
        : generated(false);
      // Known-good requests first, then well-formed ones, then hostile throughout.
      const request = fc.oneof({ arbitrary: known, weight: 2 }, generated(false), generated(true));
      const started = performance.now();
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
          if (r.who !== 'no') {
            const session = world.session(r.who);
            headers.cookie = `offramp_session=${session.token}`;
            headers['x-csrf-token'] = session.csrfToken;
          }
          const res = await app.request(url.pathname + url.search, {
            method: method.toUpperCase(),
            headers,
            body: r.body === undefined || method === 'get' ? undefined : JSON.stringify(r.body),
          });
          const contentType = res.headers.get('content-type');
          const text = /json|text|xml|csv|markdown/.test(contentType ?? '') ? await res.text() : '<bytes>';
          const where = `${key} (${r.who}) -> ${res.status}`;
          if (res.status >= 500) failures.push(`${where}: ${text.slice(0, 200)}`);
          const problem = check(method, path, {
            status: res.status,
            contentType,
            text: res.status === 304 ? '' : text,
          });
          if (problem) failures.push(`${where}: ${problem}: ${text.slice(0, 160)}`);
          if (res.status < 300) {
            succeeded.add(key);
            reachedAs.add(`${key} ${r.who}`);
          }
        }),
        { numRuns: 15, seed: 1500 + n, endOnFailure: true },
      );
      if (process.env.FUZZ_TIMES) console.log(key, Math.round(performance.now() - started));
    }
    expect(failures).toEqual([]);
    // Every operation gave its success answer at least once, and so was checked against its schema.
    expect(
      operationsOf(doc)
        .map(({ path, method }) => `${method.toUpperCase()} ${path}`)
        .filter((k) => !succeeded.has(k)),
    ).toEqual([]);
    // The fuzz got past sign-in, CSRF and the admin's second factor, not only bounced at 401.
    for (const reached of [
      'GET /api/auth/me adviser',
      'PATCH /api/advisers/clients/{id} adviser',
      'PUT /api/admin/exclusions admin',
    ])
      expect(reachedAs).toContain(reached);
  }, 240_000);
});
