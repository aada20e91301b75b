import { allowedTypos, editDistance } from '../../core/search/typo';
import type { MeiliIndex } from './meilisearch-server';

type Doc = Record<string, unknown>;

class SearchFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The fixture's answer to `POST /indexes/:uid/search`, in Meilisearch's response shape (hits with
 * `_formatted`, `totalHits`, `totalPages`, `page`, `hitsPerPage`, `facetDistribution`). Matching is
 * Meilisearch's in outline: every query word in a searchable attribute, the last as a prefix, with
 * the index's typo sizes and synonyms. Ranking is simpler than Meilisearch's bucket sort (curated,
 * then title matches, then the requested sort, then fit): tests against this fixture check requests,
 * keys and which documents the index holds; ranking is the conformance suite's, against a real server.
 */
export function searchIndex(index: MeiliIndex, body: Doc, passes: (doc: Doc) => boolean) {
  const settings = index.settings;
  const searchable = (settings.searchableAttributes as string[] | undefined) ?? ['*'];
  const sortable = (settings.sortableAttributes as string[] | undefined) ?? [];
  const synonyms = (settings.synonyms as Record<string, string[]> | undefined) ?? {};
  const q = words(typeof body.q === 'string' ? body.q : '');
  const sort = ((body.sort as string[] | undefined) ?? []).map((s) => {
    const [field = '', direction = 'asc'] = s.split(':');
    if (!sortable.includes(field))
      throw new SearchFailure(
        'invalid_search_sort',
        `Attribute \`${field}\` is not sortable. Available sortable attributes are: \`${sortable.join(', ')}\`.`,
      );
    return { field, sign: direction === 'desc' ? -1 : 1 };
  });

  const textOf = (doc: Doc, field: string) => (typeof doc[field] === 'string' ? (doc[field] as string) : '');
  const fields = (doc: Doc) =>
    searchable.includes('*') ? Object.keys(doc).filter((f) => typeof doc[f] === 'string') : searchable;
  const matchesWord = (tokens: string[], word: string, prefix: boolean) => {
    const typos = allowedTypos(word);
    return tokens.some(
      (t) =>
        t === word || (prefix && t.startsWith(word)) || (typos > 0 && editDistance(word, t, typos) <= typos),
    );
  };
  const holds = (tokens: string[], word: string, last: boolean) =>
    matchesWord(tokens, word, last) ||
    (synonyms[word] ?? []).some((alt) => words(alt).every((w) => tokens.includes(w)));

  const scored: { doc: Doc; inTitle: number }[] = [];
  for (const doc of index.documents.values()) {
    if (!passes(doc)) continue;
    const tokens = fields(doc).flatMap((f) => words(textOf(doc, f)));
    if (!q.every((w, k) => holds(tokens, w, k === q.length - 1))) continue;
    const title = words(textOf(doc, 'title'));
    scored.push({ doc, inTitle: q.filter((w, k) => holds(title, w, k === q.length - 1)).length });
  }
  const num = (v: unknown) => (typeof v === 'number' ? v : Number.NEGATIVE_INFINITY);
  scored.sort(
    (a, b) =>
      num(b.doc.curated) - num(a.doc.curated) ||
      b.inTitle - a.inTitle ||
      sort.reduce((d, s) => d || s.sign * (num(a.doc[s.field]) - num(b.doc[s.field])), 0) ||
      num(b.doc.fitScore) - num(a.doc.fitScore),
  );

  const facetDistribution: Record<string, Record<string, number>> = {};
  for (const facet of (body.facets as string[] | undefined) ?? []) {
    const counts: Record<string, number> = {};
    for (const { doc } of scored) {
      const value = doc[facet];
      for (const v of Array.isArray(value) ? value : [value])
        if (v !== null && v !== undefined) counts[String(v)] = (counts[String(v)] ?? 0) + 1;
    }
    facetDistribution[facet] = counts;
  }

  const page = Number(body.page ?? 1);
  const hitsPerPage = Number(body.hitsPerPage ?? 20);
  const pre = String(body.highlightPreTag ?? '<em>');
  const post = String(body.highlightPostTag ?? '</em>');
  const highlight = new Set((body.attributesToHighlight as string[] | undefined) ?? []);
  const crop = new Set((body.attributesToCrop as string[] | undefined) ?? []);
  const mark = (text: string) =>
    text.replace(/[\p{L}\p{N}]+/gu, (w) =>
      q.some((word, k) => matchesWord([w.toLowerCase()], word, k === q.length - 1)) ? `${pre}${w}${post}` : w,
    );
  const cropped = (text: string) => {
    const all = text.split(/\s+/);
    const length = Number(body.cropLength ?? 10);
    if (all.length <= length) return text;
    const first = Math.max(
      0,
      all.findIndex((w) => q.some((word) => w.toLowerCase().includes(word))),
    );
    return `…${all.slice(first, first + length).join(' ')}…`;
  };
  const hits = scored.slice((page - 1) * hitsPerPage, page * hitsPerPage).map(({ doc }) => {
    if (highlight.size === 0 && crop.size === 0) return doc;
    const formatted: Doc = { ...doc };
    for (const f of new Set([...highlight, ...crop])) {
      if (typeof doc[f] !== 'string') continue;
      let text = doc[f] as string;
      if (crop.has(f)) text = cropped(text);
      if (highlight.has(f)) text = mark(text);
      formatted[f] = text;
    }
    return { ...doc, _formatted: formatted };
  });
  return {
    hits,
    query: typeof body.q === 'string' ? body.q : '',
    processingTimeMs: 0,
    hitsPerPage,
    page,
    totalPages: Math.ceil(scored.length / hitsPerPage),
    totalHits: scored.length,
    facetDistribution,
    facetStats: {},
  };
}

export { SearchFailure };
