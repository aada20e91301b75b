import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The part of the Web Storage API these modules use, kept in a Map (the tests run under Node). */
class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  keys(): string[] {
    return [...this.items.keys()];
  }
}

let local: MemoryStorage;
beforeEach(() => {
  local = new MemoryStorage();
  const session = new MemoryStorage();
  // Object.keys(localStorage) lists a real Storage's keys; a Proxy gives the stand-in the same.
  const asStorage = (store: MemoryStorage) =>
    new Proxy(store, {
      ownKeys: (target) => target.keys(),
      getOwnPropertyDescriptor: (target, key) =>
        typeof key === 'string' && target.getItem(key) !== null
          ? { value: target.getItem(key), enumerable: true, configurable: true }
          : undefined,
    });
  vi.stubGlobal('localStorage', asStorage(local));
  vi.stubGlobal('sessionStorage', asStorage(session));
  vi.resetModules();
});
afterEach(() => vi.unstubAllGlobals());

const resume = { basics: { name: '', label: 'Border Patrol Agent' } };

describe('Delete everything on this device', () => {
  it('keeps the resume draft deleted when the builder saves again before the page reloads', async () => {
    const { saveDraft } = await import('../resume/drafts');
    const { clearDevice } = await import('./device-storage');
    saveDraft(resume, {});
    expect(local.keys()).toEqual(['offramp.resume.draft']);
    clearDevice();
    expect(local.keys()).toEqual([]);
    // A grammar check that finishes now changes the builder's state, and the builder saves it.
    saveDraft(resume, { template: 'classic' });
    expect(local.keys()).toEqual([]);
  });

  it('keeps saved jobs and settings deleted too, and a fresh page stores again', async () => {
    const { clearDevice, readItem, writeItem } = await import('./device-storage');
    writeItem('saved-jobs', '[]');
    clearDevice();
    writeItem('saved-jobs', '[{"id":"a"}]');
    expect(readItem('saved-jobs')).toBeNull();
    vi.resetModules();
    const fresh = await import('./device-storage');
    fresh.writeItem('saved-jobs', '[{"id":"a"}]');
    expect(fresh.readItem('saved-jobs')).toBe('[{"id":"a"}]');
  });
});
