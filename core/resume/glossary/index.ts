import { AGENCIES } from './agencies';
import { AGRICULTURE_AND_BUDGET } from './agriculture-budget';
import { AIRPORT_CODES } from './airports';
import type { GlossaryEntry } from './entry';
import { FACILITY_PROTECTION } from './facility-protection';
import { FIELD_TERMS } from './field-terms';
import { FORMS } from './forms';
import { HR } from './hr';
import { LEGAL } from './legal';
import { OFFICES } from './offices';
import { PROGRAMS } from './programs';
import { ROLES } from './roles';
import { SYSTEMS } from './systems';
import { TRAINING_AND_PLACES } from './training-places';

export type { GlossaryEntry, GlossaryKind } from './entry';

/** Every glossary entry, agencies first so their names win over shorter terms inside them. */
export const GLOSSARY: GlossaryEntry[] = [
  ...AGENCIES,
  ...OFFICES,
  ...LEGAL,
  ...SYSTEMS,
  ...FORMS,
  ...PROGRAMS,
  ...TRAINING_AND_PLACES,
  ...AIRPORT_CODES,
  ...FIELD_TERMS,
  ...ROLES,
  ...HR,
  ...AGRICULTURE_AND_BUDGET,
  ...FACILITY_PROTECTION,
];

/** The agency entries that name an employer, for the employer line. */
export const EMPLOYERS = GLOSSARY.filter((g) => g.employer);
