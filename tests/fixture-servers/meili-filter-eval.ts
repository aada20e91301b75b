/**
 * Meilisearch's filter expression language, for the fixture server: comparisons (`=`, `!=`, `>`,
 * `>=`, `<`, `<=`), `IN [...]`, `AND`, `OR`, `NOT`, parentheses and `_geoRadius(lat, lng, metres)`
 * (https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference).
 * An attribute that is not filterable is an error, as the server answers `invalid_search_filter`.
 */

type Doc = Record<string, unknown>;
type Test = (doc: Doc) => boolean;

export class FilterError extends Error {}

const TOKEN = /\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|>=|<=|!=|[=<>()[\],]|[^\s=<>!()[\],]+)/y;

function tokens(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    out.push(m[1] as string);
    at = TOKEN.lastIndex;
  }
  if (text.slice(at).trim() !== '') throw new FilterError(`Unexpected text in filter: ${text}`);
  return out;
}

function value(token: string): string | number | boolean {
  if (token.startsWith('"') || token.startsWith("'")) return JSON.parse(`"${token.slice(1, -1)}"`);
  if (token === 'true' || token === 'false') return token;
  const n = Number(token);
  return Number.isNaN(n) ? token : n;
}

/** Meilisearch compares a filter value with a field's value (or each value of an array field). */
function equals(field: unknown, wanted: string | number | boolean): boolean {
  if (Array.isArray(field)) return field.some((f) => equals(f, wanted));
  if (typeof field === 'boolean') return String(field) === String(wanted);
  if (typeof field === 'number') return field === Number(wanted);
  return typeof field === 'string' && field === String(wanted);
}

function haversineMetres(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(a));
}

export function compileMeiliFilter(filter: unknown, filterable: string[]): Test {
  if (filter === undefined || filter === null) return () => true;
  const parts = Array.isArray(filter) ? filter : [filter];
  const tests = parts.map((p) =>
    Array.isArray(p) ? anyOf(p, filterable) : expression(String(p), filterable),
  );
  return (doc) => tests.every((t) => t(doc));
}

function anyOf(parts: unknown[], filterable: string[]): Test {
  const tests = parts.map((p) => expression(String(p), filterable));
  return (doc) => tests.some((t) => t(doc));
}

function expression(text: string, filterable: string[]): Test {
  const list = tokens(text);
  let k = 0;
  const peek = () => list[k];
  const take = (expected?: string) => {
    const t = list[k++];
    if (t === undefined || (expected && t !== expected))
      throw new FilterError(`Was expecting ${expected ?? 'a value'} in filter: ${text}`);
    return t;
  };
  const attribute = (name: string) => {
    if (!filterable.includes(name))
      throw new FilterError(
        `Attribute \`${name}\` is not filterable. Available filterable attributes are: \`${filterable.join(', ')}\`.`,
      );
    return name;
  };
  const or = (): Test => {
    const left = and();
    if (peek() !== 'OR') return left;
    take();
    const right = or();
    return (d) => left(d) || right(d);
  };
  const and = (): Test => {
    const left = not();
    if (peek() !== 'AND') return left;
    take();
    const right = and();
    return (d) => left(d) && right(d);
  };
  const not = (): Test => {
    if (peek() !== 'NOT') return primary();
    take();
    const inner = not();
    return (d) => !inner(d);
  };
  const primary = (): Test => {
    if (peek() === '(') {
      take('(');
      const inner = or();
      take(')');
      return inner;
    }
    if (peek() === '_geoRadius') {
      take();
      take('(');
      const lat = Number(take());
      take(',');
      const lng = Number(take());
      take(',');
      const metres = Number(take());
      take(')');
      attribute('_geo');
      return (d) => {
        const geo = d._geo as { lat: number; lng: number } | undefined;
        return geo !== undefined && haversineMetres(lat, lng, geo.lat, geo.lng) <= metres;
      };
    }
    const name = attribute(take());
    const op = take();
    if (op === 'IN') {
      take('[');
      const values: (string | number | boolean)[] = [];
      while (peek() !== ']') {
        values.push(value(take()));
        if (peek() === ',') take(',');
      }
      take(']');
      return (d) => values.some((v) => equals(d[name], v));
    }
    const wanted = value(take());
    switch (op) {
      case '=':
        return (d) => equals(d[name], wanted);
      case '!=':
        return (d) => !equals(d[name], wanted);
      case '>':
      case '>=':
      case '<':
      case '<=': {
        const n = Number(wanted);
        const ok = (f: number) => (op === '>' ? f > n : op === '>=' ? f >= n : op === '<' ? f < n : f <= n);
        return (d) => typeof d[name] === 'number' && ok(d[name] as number);
      }
      default:
        throw new FilterError(`Unknown operator ${op} in filter: ${text}`);
    }
  };
  const test = or();
  if (k !== list.length) throw new FilterError(`Unexpected ${list[k]} in filter: ${text}`);
  return test;
}
