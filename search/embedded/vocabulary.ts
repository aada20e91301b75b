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

  constructor(private readonly db: Store) {}

  /** Rebuilds the term lists if the store has changed since they were read (see dataVersion). */
  syncTo(version: string): void {
    if (version === this.version) return;
    this.version = version;
    this.byLength = new Map();
    this.known = new Set();
    for (const row of this.db.prepare('SELECT term, doc FROM leads_fts_vocab').iterate() as Iterable<{
      term: string;
      doc: number;
    }>) {
      this.known.add(row.term);
      const list = this.byLength.get(row.term.length) ?? [];
      list.push({ term: row.term, docs: row.doc });
      this.byLength.set(row.term.length, list);
    }
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
