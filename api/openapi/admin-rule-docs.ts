import { z } from 'zod';
import { exclusionRuleSchema } from '../../core/fit/exclusions';
import { trackIds } from '../../core/fit/tracks';
import { fitSchema } from '../../core/lead/lead';
import { ADMIN } from './common-answers';
import { documented } from './documented';

const rescore = z.object({
  running: z.boolean(),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
const rules = z.array(exclusionRuleSchema);
const ruleSet = z.object({ rules, edited: z.boolean(), rescore });
const examples = z.array(z.object({ title: z.string(), company: z.string() }));
const invalidRule = 'A field is not valid, a pattern is unsafe or invalid, or an id is used twice';

export const exclusionsDoc = documented({
  summary: 'The exclusion rules, the defaults, and the background rescore’s progress',
  json: {
    200: { description: 'The rules in force', schema: ruleSet.extend({ defaults: rules }) },
  },
  errors: ADMIN,
});

export const exclusionHitsDoc = documented({
  summary: 'How many open leads each rule matches, with examples',
  json: {
    200: {
      description: 'By rule id',
      schema: z.object({
        hits: z.record(z.string(), z.object({ count: z.number().int().min(0), examples })),
      }),
    },
  },
  errors: ADMIN,
});

export const testExclusionDoc = documented({
  summary: 'Try a rule before saving it',
  json: {
    200: {
      description: 'Whether it matches the sample, and how many open leads it would hide',
      schema: z.object({ matchesSample: z.boolean(), count: z.number().int().min(0), examples }),
    },
  },
  errors: { ...ADMIN, 400: invalidRule },
});

export const saveExclusionsDoc = documented({
  summary: 'Replace the exclusion rules; every lead is scored again in the background',
  json: { 200: { description: 'Saved; the rescore has started', schema: ruleSet } },
  errors: { ...ADMIN, 400: invalidRule },
});

export const resetExclusionsDoc = documented({
  summary: 'Go back to the default exclusion rules',
  json: { 200: { description: 'Reset; the rescore has started', schema: ruleSet } },
  errors: ADMIN,
});

const curatedLead = z.object({
  leadId: z.string(),
  title: z.string(),
  company: z.string(),
  status: z.string(),
  pinned: z.boolean(),
  hidden: z.boolean(),
  note: z.string().nullable(),
  tracks: z.array(z.string()).nullable(),
  updatedAt: z.string(),
});

export const curationDoc = documented({
  summary: 'Every lead with a curation decision, newest first',
  json: { 200: { description: 'The curated leads', schema: z.object({ leads: z.array(curatedLead) }) } },
  errors: ADMIN,
});

export const curateDoc = documented({
  summary: 'Pin, hide or correct the tracks of a lead',
  json: {
    200: {
      description: 'The lead’s curation now; null when every decision was taken back',
      schema: z.object({ curated: curatedLead.nullable() }),
    },
  },
  errors: { ...ADMIN, 404: 'No such lead' },
});

export const occupationsDoc = documented({
  summary: 'O*NET occupations whose title contains the words, or with that code',
  json: {
    200: {
      description: 'Up to 10 occupations',
      schema: z.object({ occupations: z.array(z.object({ code: z.string(), title: z.string() })) }),
    },
  },
  errors: ADMIN,
});

const fitAnswer = z.object({
  fit: fitSchema.nullable(),
  correction: z.object({
    occupations: z.array(z.string()).nullable(),
    tracks: z.array(z.enum(trackIds)).nullable(),
    updatedBy: z.string().nullable(),
    updatedAt: z.string().nullable(),
  }),
});

export const leadFitDoc = documented({
  summary: 'A lead’s fit and its admin correction',
  json: { 200: { description: 'The fit', schema: fitAnswer } },
  errors: { ...ADMIN, 404: 'No such lead' },
});

export const correctFitDoc = documented({
  summary: 'Correct a lead’s occupations and tracks; it is scored again at once',
  json: { 200: { description: 'The new fit and the correction', schema: fitAnswer } },
  errors: { ...ADMIN, 400: 'Not valid, or no O*NET occupation has a code', 404: 'No such lead' },
});
