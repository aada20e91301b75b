import type { Migration } from '../migration';
import { foundation } from './0001-foundation';
import { leadsAndCrawls } from './0002-leads-and-crawls';

/** Every migration in order. Append only: a shipped migration is never edited. */
export const migrations: readonly Migration[] = [foundation, leadsAndCrawls];
