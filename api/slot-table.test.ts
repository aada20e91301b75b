import { describe, expect, it } from 'vitest';
import { SlotTable } from './slot-table';

describe('SlotTable', () => {
  it('gives each value its own slot and hands it back once', () => {
    const table = new SlotTable<string>();
    const a = table.add('first answer');
    const b = table.add('second answer');
    expect(a).not.toBe(b);
    expect(table.take(b)).toBe('second answer');
    expect(table.take(b)).toBeUndefined();
    expect(table.take(a)).toBe('first answer');
    expect(table.size).toBe(0);
  });

  it('reuses a freed slot instead of growing, so a long run keeps one small array', () => {
    const table = new SlotTable<number>();
    const slots = new Set<number>();
    for (let i = 0; i < 10_000; i++) {
      const held = [table.add(i), table.add(i + 1)];
      for (const slot of held) {
        slots.add(slot);
        table.take(slot);
      }
    }
    expect([...slots].sort()).toEqual([0, 1]);
  });

  it('lists what it holds, in slot order, and empties on clear', () => {
    const table = new SlotTable<string>();
    const first = table.add('a');
    table.add('b');
    table.add('c');
    table.take(first);
    table.add('d');
    expect([...table]).toEqual(['d', 'b', 'c']);
    expect(table.size).toBe(3);
    table.clear();
    expect([...table]).toEqual([]);
    expect(table.take(1)).toBeUndefined();
  });

  it('answers nothing for a slot it never gave out', () => {
    const table = new SlotTable<string>();
    expect(table.take(7)).toBeUndefined();
    expect(table.size).toBe(0);
  });
});
