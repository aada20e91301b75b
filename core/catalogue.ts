import { z } from 'zod';
import { sourceTypes } from './lead/lead';
import type { SourceConfig } from './source-config';
import { sourceConfigSchema } from './source-config';

export const catalogueCategories = [
  'insurer-siu',
  'bank-fraud-aml',
  'retail-asset-protection',
  'platform-trust-safety',
  'security-firm',
  'state-county',
  'federal-series',
] as const;

/**
 * One employer or public body in sources/catalogue.yaml: its display name, ATS type and board
 * parameters, and where in public material the board identifier was seen.
 */
export const catalogueEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/),
  name: z.string().trim().min(1).max(200),
  category: z.enum(catalogueCategories),
  type: z.enum(sourceTypes),
  params: z.record(z.string(), z.unknown()),
  seenAt: z.string().trim().min(20, 'must say where the board identifier was seen'),
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

export const catalogueSchema = z
  .object({ catalogue: z.array(catalogueEntrySchema).min(1) })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.catalogue.forEach((e, i) => {
      if (seen.has(e.id))
        ctx.addIssue({ code: 'custom', message: `duplicate id "${e.id}"`, path: ['catalogue', i, 'id'] });
      seen.add(e.id);
    });
  });

/** What importing needs beyond the catalogue: USAJOBS asks for the email registered with the key. */
export interface CatalogueImportContext {
  usajobsEmail?: string;
}

/**
 * The source an entry becomes, checked by the same schema as any other source; or why it cannot
 * be one yet, naming the field.
 */
export function sourceFromEntry(
  entry: CatalogueEntry,
  ctx: CatalogueImportContext,
): { source: SourceConfig } | { problem: string } {
  if (entry.type === 'usajobs' && !ctx.usajobsEmail)
    return {
      problem: `${entry.id}: USAJOBS needs USAJOBS_USER_AGENT_EMAIL, the email registered with your API key`,
    };
  const parsed = sourceConfigSchema.safeParse({
    ...entry.params,
    id: entry.id,
    name: entry.name,
    type: entry.type,
    ...(entry.type === 'usajobs' ? { userAgentEmail: ctx.usajobsEmail } : {}),
  });
  if (parsed.success) return { source: parsed.data };
  const issue = parsed.error.issues[0];
  return { problem: `${entry.id}: ${issue?.path.join('.') || 'entry'}: ${issue?.message}` };
}
