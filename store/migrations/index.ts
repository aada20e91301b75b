import type { Migration } from '../migration';
import { foundation } from './0001-foundation';
import { leadsAndCrawls } from './0002-leads-and-crawls';
import { searchAndCuration } from './0003-search-and-curation';
import { advisers } from './0004-advisers';
import { intakeAndClients } from './0005-intake-and-clients';
import { bookmarksAndShares } from './0006-bookmarks-and-shares';
import { secondFactorAndInvites } from './0007-second-factor-and-invites';
import { dedupeIndexes } from './0008-dedupe-indexes';
import { searchVersion } from './0009-search-version';
import { searchInstances } from './0010-search-instances';
import { curationVersion } from './0011-curation-version';
import { intakeSummary } from './0012-intake-summary';
import { noDegreeColumn } from './0013-no-degree';
import { listEntries } from './0014-list-entries';
import { fitCorrections } from './0015-fit-corrections';
import { pipelineAndTimeline } from './0016-pipeline-and-timeline';
import { textIndexFromSchema } from './0017-text-index';
import { searchChanges } from './0018-search-changes';
import { crawlRunOwner } from './0019-crawl-run-owner';
import { csrfTokenHash } from './0020-csrf-token-hash';
import { textIndexWithoutPrefixes } from './0021-text-index-without-prefixes';
import { sharedDrafts } from './0022-shared-drafts';
import { textIndexBatches } from './0023-text-index-batches';
import { changeLogBatches } from './0024-change-log-batches';
import { unusedLeadIndexes } from './0025-unused-lead-indexes';
import { searchFence } from './0026-search-fence';

/** Every migration in order. Append only: a shipped migration is never edited. */
export const migrations: readonly Migration[] = [
  foundation,
  leadsAndCrawls,
  searchAndCuration,
  advisers,
  intakeAndClients,
  bookmarksAndShares,
  secondFactorAndInvites,
  dedupeIndexes,
  searchVersion,
  searchInstances,
  curationVersion,
  intakeSummary,
  noDegreeColumn,
  listEntries,
  fitCorrections,
  pipelineAndTimeline,
  textIndexFromSchema,
  searchChanges,
  crawlRunOwner,
  csrfTokenHash,
  textIndexWithoutPrefixes,
  sharedDrafts,
  textIndexBatches,
  changeLogBatches,
  unusedLeadIndexes,
  searchFence,
];
