import type { SourceType } from '../../core/lead/lead';
import type { SourceConfig } from '../../core/source-config';
import type { SourceAdapter } from '../source-adapter';
import { ashby } from './ashby';
import { bamboohr } from './bamboohr';
import { greenhouse } from './greenhouse';
import { icims } from './icims';
import { jsonld } from './jsonld';
import { lever } from './lever';
import { neogov } from './neogov';
import { oracle } from './oracle';
import { personio } from './personio';
import { recruitee } from './recruitee';
import { rippling } from './rippling';
import { smartrecruiters } from './smartrecruiters';
import { teamtailor } from './teamtailor';
import { ukg } from './ukg';
import { usajobs } from './usajobs';
import { workable } from './workable';
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
  recruitee,
  workable,
  bamboohr,
  oracle,
  ukg,
  icims,
  personio,
  teamtailor,
  rippling,
};

/** The adapter for a config, typed so that config and adapter always agree. */
export function adapterFor<C extends SourceConfig>(config: C): SourceAdapter<C['type']> {
  return sourceAdapters[config.type] as SourceAdapter<C['type']>;
}
