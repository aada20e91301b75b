import { describe, expect, it } from 'vitest';
import { searchQuerySchema } from '../../core/search/search-query';
import { EmbeddedSearchEngine } from '../../search/embedded/embedded-engine';
import { NOW, storeWith } from './corpus';

const posting = (id: string, title: string, description: string) => ({
  id,
  title,
  company: 'Civic Arts Trust',
  locations: [{ text: 'Tucson, AZ' }],
  postedAt: NOW.toISOString(),
  descriptionHtml: `<p>${description}</p>`,
});

describe('title hits', () => {
  it('count whole words and the typed prefix, not letters inside another word', async () => {
    const { db } = storeWith([
      // "art" sits inside "Department", but the title holds no word "art".
      posting('dept', 'Department Coordinator', 'Book rooms for the art classes.'),
      posting('guide', 'Museum Guide', 'Lead art tours: art history, art collections and art programs.'),
      posting('handler', 'Art Handler', 'Pack and move paintings.'),
      posting('artist', 'Artist Liaison', 'Work with visiting painters.'),
    ]);
    const engine = new EmbeddedSearchEngine(db, () => NOW);
    const titles = (await engine.search(searchQuerySchema.parse({ q: 'art' }))).hits.map((h) => h.title);
    // Titles with the word (or, as the last word typed, a word starting with it) come first...
    expect(titles.slice(0, 2).sort()).toEqual(['Art Handler', 'Artist Liaison']);
    // ...then the description matches, by BM25: the guide says "art" four times, the coordinator once.
    expect(titles.slice(2)).toEqual(['Museum Guide', 'Department Coordinator']);
    await engine.close();
  });
});
