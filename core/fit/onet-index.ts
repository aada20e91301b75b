import { z } from 'zod';

export const onetDatasetSchema = z.object({
  attribution: z.string(),
  source: z.string(),
  occupations: z.array(z.tuple([z.string(), z.string()])),
  titles: z.record(z.string(), z.array(z.number().int())),
  related: z.record(
    z.string(),
    z.record(z.string(), z.enum(['Primary-Short', 'Primary-Long', 'Supplemental'])),
  ),
});
export type OnetDataset = z.infer<typeof onetDatasetSchema>;
export type RelatednessTier = OnetDataset['related'][string][string];

/** Lookups over the compact O*NET dataset; built once and shared. */
export class OnetIndex {
  private readonly titles: Map<string, number[]>;
  private readonly titleOf: Map<string, string>;

  constructor(readonly data: OnetDataset) {
    this.titles = new Map(Object.entries(data.titles));
    this.titleOf = new Map(data.occupations);
  }

  codesForTitle(normalised: string): string[] {
    return (this.titles.get(normalised) ?? [])
      .map((i) => this.data.occupations[i]?.[0] ?? '')
      .filter(Boolean);
  }

  occupationTitle(code: string): string {
    return this.titleOf.get(code) ?? code;
  }

  /** The Related Occupations tier between two occupations, looked up in either direction. */
  tier(a: string, b: string): RelatednessTier | null {
    return this.data.related[a]?.[b] ?? this.data.related[b]?.[a] ?? null;
  }
}
