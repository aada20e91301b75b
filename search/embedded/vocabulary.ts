import { allowedTypos, editDistance } from '../../core/search/typo';
import type { Store } from '../../store/open-store';

/**
 * The index's terms, read from the fts5vocab table and kept in memory until the data changes, so
 * typo correction does not rescan the vocabulary on every keystroke.
 */
export class Vocabulary {
  private version = '';
  private byLength = new Map<number, { term: string; docs: number }[]>();
  private known = new Set<string>();
  private sorted: string[] = [];
  /** Occurrences of each term in `sorted`, at the same index. */
  private sortedCounts = new Float64Array(0);

  constructor(private readonly db: Store) {}

  /** Rebuilds the term lists if the store has changed since they were read (see dataVersion). */
  syncTo(version: string): void {
    if (version === this.version) return;
    this.version = version;
    this.byLength = new Map();
    this.known = new Set();
    const entries: { term: string; count: number }[] = [];
    for (const row of this.db.prepare('SELECT term, doc, cnt FROM leads_fts_vocab').iterate() as Iterable<{
      term: string;
      doc: number;
      cnt: number;
    }>) {
      this.known.add(row.term);
      entries.push({ term: row.term, count: row.cnt });
      const list = this.byLength.get(row.term.length) ?? [];
      list.push({ term: row.term, docs: row.doc });
      this.byLength.set(row.term.length, list);
    }
    // Code-unit order, the order the binary searches below compare by.
    entries.sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    this.sorted = entries.map((e) => e.term);
    this.sortedCounts = Float64Array.from(entries, (e) => e.count);
  }

  /** Where `prefix` would sit in the sorted terms. */
  private lowerBound(prefix: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** How often a term (or, with `prefix`, every term starting with it) occurs in the index. */
  occurrences(term: string, prefix = false): number {
    let total = 0;
    for (let k = this.lowerBound(term); k < this.sorted.length; k++) {
      const found = this.sorted[k] as string;
      if (prefix ? !found.startsWith(term) : found !== term) break;
      total += this.sortedCounts[k] ?? 0;
    }
    return total;
  }

  /**
   * Whether some term other than `prefix` itself starts with it. When none does, a prefix query
   * matches exactly what the word does, and the engine can skip it: BM25 work grows with every
   * phrase in the expression.
   */
  extends(prefix: string): boolean {
    let lo = this.lowerBound(prefix);
    if (this.sorted[lo] === prefix) lo++;
    return this.sorted[lo]?.startsWith(prefix) ?? false;
  }

  has(term: string): boolean {
    return this.known.has(term);
  }

  /**
   * Terms within the word's allowed typos: only the closest ones (as Meilisearch's typo rule ranks
   * fewer typos first), most frequent first, at most `limit`. Each extra variant would add its own
   * BM25 weight, so fewer, better corrections rank truer.
   */
  corrections(word: string, limit = 2): string[] {
    const max = allowedTypos(word);
    if (max === 0) return [];
    const found: { term: string; docs: number; distance: number }[] = [];
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const entry of this.byLength.get(len) ?? []) {
        if (entry.term === word) continue;
        const distance = editDistance(word, entry.term, max);
        if (distance <= max) found.push({ ...entry, distance });
      }
    }
    found.sort((a, b) => a.distance - b.distance || b.docs - a.docs);
    const closest = found[0]?.distance;
    return found
      .filter((f) => f.distance === closest)
      .slice(0, limit)
      .map((f) => f.term);
  }
}
