import type { SourceType } from '../../core/lead/lead';
import type { SourceConfig } from '../../core/source-config';
import type { SourceAdapter } from '../source-adapter';
import { ashby } from './ashby';
import { greenhouse } from './greenhouse';
import { jsonld } from './jsonld';
import { lever } from './lever';
import { neogov } from './neogov';
import { smartrecruiters } from './smartrecruiters';
import { usajobs } from './usajobs';
import { workday } from './workday';

/** Every source type's adapter. A new SourceType without an entry here fails to compile. */
export const sourceAdapters: { [T in SourceType]: SourceAdapter<T> } = {
  greenhouse,
  lever,
  ashby,
  smartrecruiters,
  workday,
  usajobs,
  neogov,
  jsonld,
};

/** The adapter for a config, typed so that config and adapter always agree. */
export function adapterFor<C extends SourceConfig>(config: C): SourceAdapter<C['type']> {
  return sourceAdapters[config.type] as SourceAdapter<C['type']>;
}
