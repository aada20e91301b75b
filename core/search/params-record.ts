/** The parameters of a query string, repeats kept, in the shape the search codec reads. */
export function paramsRecord(params: URLSearchParams): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const key of new Set(params.keys())) out[key] = params.getAll(key);
  return out;
}
