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

  constructor(private readonly db: Store) {}

  /** Rebuilds the term lists if the store has changed since they were read (see dataVersion). */
  syncTo(version: string): void {
    if (version === this.version) return;
    this.version = version;
    this.byLength = new Map();
    this.known = new Set();
    this.sorted = [];
    for (const row of this.db.prepare('SELECT term, doc FROM leads_fts_vocab').iterate() as Iterable<{
      term: string;
      doc: number;
    }>) {
      this.known.add(row.term);
      this.sorted.push(row.term);
      const list = this.byLength.get(row.term.length) ?? [];
      list.push({ term: row.term, docs: row.doc });
      this.byLength.set(row.term.length, list);
    }
    // Code-unit order, the order the binary search in `extends` compares by.
    this.sorted.sort();
  }

  /**
   * Whether some term other than `prefix` itself starts with it. When none does, a prefix query
   * matches exactly what the word does, and the engine can skip it: BM25 work grows with every
   * phrase in the expression.
   */
  extends(prefix: string): boolean {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
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
