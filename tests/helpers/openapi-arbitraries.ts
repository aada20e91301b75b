import fc from 'fast-check';
import type { JsonSchema } from './openapi-contract';

/** Real values for fields named like ids (leadId, adviserId), so valid bodies reach past the 404s. */
export type Hints = Record<string, readonly string[]>;

/** Values a JSON Schema accepts, most of the time: enough for the fuzz to reach the handlers. */
export function valid(schema: JsonSchema | undefined, hints: Hints = {}, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return fc.jsonValue({ maxDepth: 2 });
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices?.length) return fc.oneof(...choices.map((s) => valid(s, hints, depth + 1)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const props = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const fields = Object.entries(props).map(([key, s]) => {
        const known = hints[key];
        const value = valid(s, hints, depth + 1);
        return [key, known?.length ? fc.oneof(fc.constantFrom(...known), value) : value] as const;
      });
      return fc.record(Object.fromEntries(fields), {
        requiredKeys: Object.keys(props).filter((k) => required.has(k)),
      });
    }
    case 'array':
      return fc.array(valid(schema.items, hints, depth + 1), { maxLength: 4 });
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'string': {
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'email') return fc.emailAddress();
      if (schema.format === 'date') return fc.constantFrom('2026-12-03', '2027-01-15');
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
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
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

/** Hostile path segments and query values. */
export const hostileText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('__proto__', 'constructor', 'prototype', '..', '%00', '../../etc/passwd', '-1', 'NaN', ''),
  fc.constant('y'.repeat(5000)),
);
