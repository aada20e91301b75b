import { allowedTypos, editDistance } from '../../core/search/typo';
import type { Store } from '../../store/open-store';
import { statement } from '../../store/statements';

interface TermCounts {
  docs: number;
  count: number;
}

/** The most matching rows `live` counts for a term (see there). */
const LIVE_SAMPLE = 256;

/** Rows read from fts5vocab per slice of a full load; each slice seeks by term (term > ?). */
const SLICE = 20_000;

/**
 * The index's terms, read from the fts5vocab table once and then patched with the terms of changed
 * leads, so typo correction does not rescan the vocabulary on every keystroke.
 *
 * A patch only adds: the terms of an old version of a lead are not known any more, so counts may
 * run high and a term may linger after its last lead changed. Whatever decides results (whether a
 * word is known, which corrections exist and how common they are, whether a prefix extends) is
 * therefore checked against FTS5 itself once the vocabulary has been patched; the counts are only
 * used as cost estimates otherwise.
 */
export class Vocabulary {
  private terms = new Map<string, TermCounts>();
  private byLength = new Map<number, string[]>();
  /** Every term in code-unit order, the order the binary searches below compare by. */
  private sorted: string[] = [];
  /** Patched since the last full load: lookups that decide results are checked against FTS5. */
  private patched = false;
  private readonly checked = new Map<string, number | null>();
  /** Leads changed by patches so far: what may have taken a term out of a lead since it was counted. */
  private changedLeads = 0;
  /** Per term asked after a patch: how many leads held it (up to LIVE_SAMPLE), and when it was asked. */
  private readonly exists = new Map<string, { docs: number; at: number }>();

  constructor(private readonly db: Store) {}

  /** Reads every term afresh, in slices; `pause` runs between slices (a rebuild yields there). */
  async load(pause: () => Promise<void> = async () => {}): Promise<void> {
    const terms = new Map<string, TermCounts>();
    let after = '';
    for (;;) {
      const rows = statement(
        this.db,
        'SELECT term, doc, cnt FROM leads_fts_vocab WHERE term > ? ORDER BY term LIMIT ?',
      ).all(after, SLICE) as { term: string; doc: number; cnt: number }[];
      for (const row of rows) terms.set(row.term, { docs: row.doc, count: row.cnt });
      if (rows.length < SLICE) break;
      after = rows.at(-1)?.term ?? after;
      await pause();
    }
    this.terms = terms;
    this.sorted = [...terms.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.byLength = new Map();
    for (const term of this.sorted) {
      const list = this.byLength.get(term.length) ?? [];
      list.push(term);
      this.byLength.set(term.length, list);
    }
    this.patched = false;
    this.checked.clear();
    this.exists.clear();
  }

  /**
   * Adds the terms of changed leads' texts (each lead's texts as one list of tokens); `removed`
   * leads were deleted.
   */
  add(documents: string[][], removed = 0): void {
    this.changedLeads += documents.length + removed;
    const fresh: string[] = [];
    for (const tokens of documents) {
      const inDoc = new Map<string, number>();
      for (const t of tokens) inDoc.set(t, (inDoc.get(t) ?? 0) + 1);
      for (const [term, n] of inDoc) {
        const known = this.terms.get(term);
        if (known) {
          known.docs++;
          known.count += n;
        } else {
          this.terms.set(term, { docs: 1, count: n });
          fresh.push(term);
        }
      }
    }
    for (const term of fresh) {
      this.sorted.splice(this.lowerBound(term), 0, term);
      const list = this.byLength.get(term.length) ?? [];
      list.push(term);
      this.byLength.set(term.length, list);
    }
    this.patched = true;
    this.checked.clear();
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

  /** How many leads hold the term now, asked of FTS5 (only after a patch; see the class comment). */
  private liveDocs(term: string): number {
    if (!this.patched) return this.terms.get(term)?.docs ?? 0;
    const seen = this.checked.get(term);
    if (seen !== undefined) return seen ?? 0;
    const row = statement(this.db, 'SELECT doc FROM leads_fts_vocab WHERE term = ?').get(term) as
      | { doc: number }
      | undefined;
    this.checked.set(term, row?.doc ?? null);
    return row?.doc ?? 0;
  }

  /**
   * Whether any lead holds the term now. After a patch this asks FTS5 for up to LIVE_SAMPLE matching
   * rows (a seek in the term's doclist, much cheaper than counting them all through fts5vocab).
   * The answer holds until that many leads have changed: each changed lead can take the term out of
   * one lead at most. Asking again after every patch cost a query per word of every search.
   */
  private live(term: string): boolean {
    if (!this.terms.has(term)) return false;
    if (!this.patched) return true;
    const known = this.exists.get(term);
    if (known && (known.docs > this.changedLeads - known.at || known.at === this.changedLeads))
      return known.docs > 0;
    const docs = (
      statement(
        this.db,
        `SELECT count(*) AS n FROM (SELECT 1 FROM leads_fts WHERE leads_fts MATCH ? LIMIT ${LIVE_SAMPLE})`,
      ).get(`"${term.replace(/"/g, '""')}"`) as { n: number }
    ).n;
    this.exists.set(term, { docs, at: this.changedLeads });
    return docs > 0;
  }

  /** How often a term (or, with `prefix`, every term starting with it) occurs: a cost estimate. */
  occurrences(term: string, prefix = false): number {
    if (!prefix) return this.terms.get(term)?.count ?? 0;
    let total = 0;
    for (let k = this.lowerBound(term); k < this.sorted.length; k++) {
      const found = this.sorted[k] as string;
      if (!found.startsWith(term)) break;
      total += this.terms.get(found)?.count ?? 0;
    }
    return total;
  }

  /**
   * Whether some term other than `prefix` itself starts with it. When none does, a prefix query
   * matches exactly what the word does, and the engine can skip it: BM25 work grows with every
   * phrase in the expression.
   */
  extends(prefix: string): boolean {
    for (let k = this.lowerBound(prefix); k < this.sorted.length; k++) {
      const found = this.sorted[k] as string;
      if (!found.startsWith(prefix)) return false;
      if (found !== prefix && this.live(found)) return true;
    }
    return false;
  }

  /**
   * Every term of the index that starts with `prefix` (the prefix itself included), in order, or
   * null when there are more than `limit` or the list may miss one: after a patch, whose terms come
   * from the JS tokenizer, which folds some rare characters (ligatures, ſ, ½) unlike unicode61.
   */
  startingWith(prefix: string, limit: number): string[] | null {
    if (this.patched) return null;
    const found: string[] = [];
    for (let k = this.lowerBound(prefix); k < this.sorted.length; k++) {
      const term = this.sorted[k] as string;
      if (!term.startsWith(prefix)) break;
      if (found.length === limit) return null;
      found.push(term);
    }
    return found;
  }

  has(term: string): boolean {
    return this.live(term);
  }

  /**
   * Terms within the word's allowed typos: only the closest ones (as Meilisearch's typo rule ranks
   * fewer typos first), most frequent first, at most `limit`. Each extra variant would add its own
   * BM25 weight, so fewer, better corrections rank truer.
   */
  corrections(word: string, limit = 2): string[] {
    const max = allowedTypos(word);
    if (max === 0) return [];
    const byDistance: string[][] = Array.from({ length: max + 1 }, () => []);
    for (let len = word.length - max; len <= word.length + max; len++) {
      for (const term of this.byLength.get(len) ?? []) {
        if (term === word) continue;
        const distance = editDistance(word, term, max);
        if (distance <= max) byDistance[distance]?.push(term);
      }
    }
    for (const group of byDistance) {
      const present = group.filter((term) => this.live(term));
      // Exact counts only matter to order several candidates (the first is the one shown).
      const live = present
        .map((term) => ({ term, docs: present.length > 1 ? this.liveDocs(term) : 0 }))
        .sort((a, b) => b.docs - a.docs || (a.term < b.term ? -1 : 1));
      if (live.length > 0) return live.slice(0, limit).map((f) => f.term);
    }
    return [];
  }
}
