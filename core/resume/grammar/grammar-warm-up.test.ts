import { describe, expect, it } from 'vitest';
import { glossarySentences } from '../glossary-sentences';
import { warmUpGrammar } from './grammar-warm-up';
import type { GrammarChecker } from './harper-checker';

describe('the grammar threads warm-up', () => {
  it('reads every glossary sample sentence once, a few at a time, and nothing else', async () => {
    const read: string[] = [];
    const checker: GrammarChecker = {
      problems: async () => [],
      counts: async (texts) => {
        read.push(...texts);
        return texts.map(() => 0);
      },
    };
    const checks = await warmUpGrammar(checker);
    const sentences = glossarySentences();
    expect(read.flatMap((t) => t.split('\n\n'))).toEqual(sentences);
    expect(checks).toBe(Math.ceil(sentences.length / 6));
    expect(read[0]).toBe(sentences.slice(0, 6).join('\n\n'));
  });
});
