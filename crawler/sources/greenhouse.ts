import { z } from 'zod';
import type { RawLeadInput } from '../../core/lead/raw-lead';
import type { SourceAdapter } from '../source-adapter';
import { parseJson, trimSlash, UnexpectedPageError } from '../source-adapter';

// https://developers.greenhouse.io/job-board.html#list-jobs
const payRange = z.object({
  min_cents: z.number().nullable().optional(),
  max_cents: z.number().nullable().optional(),
  currency_type: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
});
const job = z.object({
  id: z.union([z.number(), z.string()]),
  title: z.string(),
  absolute_url: z.string(),
  location: z.object({ name: z.string().nullable().optional() }).nullable().optional(),
  updated_at: z.string().nullable().optional(),
  first_published: z.string().nullable().optional(),
  content: z.string().nullable().optional(),
  company_name: z.string().nullable().optional(),
  application_deadline: z.string().nullable().optional(),
  departments: z
    .array(z.object({ name: z.string() }))
    .nullable()
    .optional(),
  offices: z
    .array(z.object({ name: z.string(), location: z.string().nullable().optional() }))
    .nullable()
    .optional(),
  metadata: z
    .array(z.object({ name: z.string(), value: z.unknown() }))
    .nullable()
    .optional(),
  pay_input_ranges: z.array(payRange).nullable().optional(),
});
const listResponse = z.object({ jobs: z.array(job) });

function employmentFromMetadata(metadata: z.infer<typeof job>['metadata']): string | null {
  const field = metadata?.find((m) => /employment|job type|time type/i.test(m.name));
  return typeof field?.value === 'string' ? field.value : null;
}

export function greenhouseJobToLead(j: z.infer<typeof job>, fallbackCompany: string): RawLeadInput {
  const pay = j.pay_input_ranges?.[0];
  const officeLocations = (j.offices ?? []).map((o) => o.location ?? o.name).filter(Boolean);
  const locationName = j.location?.name?.trim();
  return {
    sourceLeadId: String(j.id),
    title: j.title,
    company: j.company_name?.trim() || fallbackCompany,
    // The job's own location string is what the employer shows; offices add structure when it is vague.
    locations: locationName
      ? [{ text: locationName }]
      : officeLocations.map((text) => ({ text: text as string })),
    employmentType: employmentFromMetadata(j.metadata),
    salary: pay
      ? {
          min: pay.min_cents != null ? pay.min_cents / 100 : null,
          max: pay.max_cents != null ? pay.max_cents / 100 : null,
          currency: pay.currency_type ?? null,
          period: 'year',
        }
      : null,
    descriptionHtml: j.content ?? '',
    url: j.absolute_url,
    applyUrl: j.absolute_url,
    postedAt: j.first_published ?? j.updated_at ?? null,
    closesAt: j.application_deadline ?? null,
    department: j.departments?.[0]?.name ?? null,
  };
}

export const greenhouse: SourceAdapter<'greenhouse'> = {
  type: 'greenhouse',
  defaultBaseUrl: () => 'https://boards-api.greenhouse.io',
  start: (config, ctx) => [
    {
      label: 'list',
      url: `${trimSlash(ctx.baseUrl)}/v1/boards/${encodeURIComponent(config.board)}/jobs?content=true`,
    },
  ],
  extract(page, config) {
    const data = parseJson(page);
    // The single-job endpoint answers with a bare job object.
    // Both shapes are checked before any is used, so a wrong-shape answer is a malformed page (not
    // retried), never a raw ZodError.
    const parsed = listResponse.safeParse(data);
    const single = parsed.success ? null : job.safeParse(data);
    if (!parsed.success && !single?.success) {
      throw new UnexpectedPageError(
        `Greenhouse answer has no jobs array: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
      );
    }
    const jobs = parsed.success ? parsed.data.jobs : single?.success ? [single.data] : [];
    return { leads: jobs.map((j) => greenhouseJobToLead(j, config.name ?? config.board)), next: [] };
  },
};
