import { trackIds } from '../../core/fit/tracks';
import { SearchParamsError } from '../../core/search/search-params';
import type { SearchQuery } from '../../core/search/search-query';
import { effectiveMinFit } from '../../core/search/search-query';
import { centreOf, distanceKm, parsePlaceName, unknownPlaceMessage } from '../place-centre';
import type { Bits } from './bitset';
import { atLeastBits, equalBits, orInto } from './bitset';
import type { CodedName, ColumnIndex } from './column-index';
import { FACET_ROW, FACET_SLOTS, VISIBLE_SLOT } from './columns';
import type { Filter, FilterTest } from './filter-tests';
import { allOf, anyBitTest, atLeastTest, equalsTest, oneOfTest, predicateTest } from './filter-tests';
import { anyValueBits, valueBits } from './value-bits';

/** The 0/1 columns a filter tests for one value. */
type FlagName = 'visibleByDefault' | 'hidden' | 'excluded' | 'enforcement' | 'noDegree' | 'pinned';

/**
 * A query's structured filters over index positions (see filter-tests.ts). Each test that reads
 * one column also names its bitset (ColumnIndex.bits), which a browse ANDs instead of testing leads.
 * The tests the bitsets keep up to date read the index's arrays afresh, as patches replace them.
 */
export function compileFilter(index: ColumnIndex, q: SearchQuery, now: Date): Filter {
  const tests: FilterTest[] = [];
  const rows = index.facetRows;
  const codeBits = (column: CodedName, code: number) =>
    index.bits(
      `${column}=${code}`,
      (size, words) => equalBits(index.coded[column].codes, code, size, words),
      (i) => index.coded[column].codes[i] === code,
    );
  const flag = (name: FlagName, value: 0 | 1, test: FilterTest): FilterTest => ({
    ...test,
    bits: () =>
      index.bits(
        `${name}=${value}`,
        (size, words) => equalBits(index[name], value, size, words),
        (i) => index[name][i] === value,
      ),
  });
  const atLeast = (name: string, array: () => Float32Array | Float64Array, min: number): FilterTest => ({
    ...atLeastTest(array(), min),
    bits: () =>
      index.bits(
        `${name}>=${min}`,
        (size, words) => atLeastBits(array(), min, size, words),
        (i) => (array()[i] as number) >= min,
      ),
  });
  const inSet = (column: CodedName, values: string[] | undefined) => {
    if (!values?.length) return;
    const codes = [...new Set(values.map((v) => index.coded[column].code(v)))];
    // Facet columns are read from the row the facet count reads too (see Columns.facetRows).
    const slot = (FACET_SLOTS as readonly string[]).indexOf(column);
    const array = slot >= 0 ? rows : index.coded[column].codes;
    const width = slot >= 0 ? FACET_ROW : 1;
    const at = Math.max(slot, 0);
    tests.push({
      ...(codes.length === 1
        ? equalsTest(array, width, at, codes[0] as number)
        : oneOfTest(array, width, at, codes)),
      bits: () => {
        // A column of few values keeps a bitset for each (value-bits.ts); others, one per value asked.
        const sets = valueBits(index, column);
        if (sets) return anyValueBits(sets, codes);
        const parts = codes.map((c) => codeBits(column, c));
        if (parts.length === 1) return parts[0] as Bits;
        const out = new Uint32Array(Math.max(...parts.map((p) => p.length)));
        for (const p of parts) orInto(out, p, p.length);
        return out;
      },
    });
  };
  if (q.status === 'open' && !q.showExcluded) {
    tests.push(flag('visibleByDefault', 1, equalsTest(rows, FACET_ROW, VISIBLE_SLOT, 1)));
  } else {
    tests.push(flag('hidden', 0, equalsTest(index.hidden, 1, 0, 0)));
    if (q.status !== 'all') inSet('status', [q.status]);
    if (!q.showExcluded) tests.push(flag('excluded', 0, equalsTest(index.excluded, 1, 0, 0)));
  }
  if (q.hideEnforcement) tests.push(flag('enforcement', 0, equalsTest(index.enforcement, 1, 0, 0)));
  inSet('remote', q.remote);
  if (q.city) inSet('cityKey', [q.city.toLowerCase()]);
  if (q.region) inSet('region', [q.region.toLowerCase()]);
  if (q.country) inSet('country', [q.country]);
  inSet('employmentType', q.employmentType);
  inSet('sourceType', q.sourceType);
  inSet('company', q.company);
  if (q.minSalary !== undefined) tests.push(atLeast('salary', () => index.salary, q.minSalary));
  if (q.postedWithinDays !== undefined)
    tests.push(atLeast('posted', () => index.posted, now.getTime() - q.postedWithinDays * 86_400_000));
  if (q.tracks?.length) {
    const mask = q.tracks.reduce((m, t) => m | (1 << trackIds.indexOf(t)), 0);
    const tracks = q.tracks.map((t) => trackIds.indexOf(t));
    tests.push({
      ...anyBitTest(index.tracks, mask),
      bits: () => anyValueBits(valueBits(index, 'tracks') as Bits[], tracks),
    });
  }
  const minFit = effectiveMinFit(q);
  if (minFit !== undefined)
    tests.push(atLeast(`fit:${q.background ?? ''}`, () => index.fitArray(q.background), minFit - 1e-6));
  if (q.noDegree) tests.push(flag('noDegree', 1, equalsTest(index.noDegree, 1, 0, 1)));
  if (q.nearPlace) tests.push(predicateTest(nearPlaceTest(index, q.nearPlace)));
  if (q.curatedOnly) tests.push(flag('pinned', 1, equalsTest(index.pinned, 1, 0, 1)));
  if (q.near) {
    const { lat, lon, radiusKm } = q.near;
    tests.push(
      predicateTest((i) => {
        const la = index.latitude[i] ?? Number.NaN;
        if (Number.isNaN(la)) return false;
        return distanceKm(lat, lon, la, index.longitude[i] ?? Number.NaN) <= radiusKm;
      }),
    );
  }
  return allOf(tests);
}

/**
 * Within a radius of a named place: the place is located from the leads that list it (the mean of
 * their coordinates), and its own leads match even when they give no coordinates.
 */
function nearPlaceTest(
  index: ColumnIndex,
  near: NonNullable<SearchQuery['nearPlace']>,
): (i: number) => boolean {
  const place = parsePlaceName(near.name);
  const city = index.coded.cityKey.code(place.city);
  const regions = new Set(place.regions.map((r) => index.coded.region.code(r)).filter((c) => c >= 0));
  if (city < 0 || (place.regions.length > 0 && regions.size === 0))
    throw new SearchParamsError([{ field: 'near', message: unknownPlaceMessage(near.name) }]);
  const cities = index.coded.cityKey.codes;
  const regionCodes = index.coded.region.codes;
  const inPlace = (i: number) =>
    cities[i] === city && (regions.size === 0 || regions.has(regionCodes[i] ?? -1));
  const members: ({ lat: number; lon: number } | null)[] = [];
  for (let i = 0; i < index.size; i++)
    if (inPlace(i))
      members.push({ lat: index.latitude[i] ?? Number.NaN, lon: index.longitude[i] ?? Number.NaN });
  const centre = centreOf(members);
  if (centre.leads === 0)
    throw new SearchParamsError([{ field: 'near', message: unknownPlaceMessage(near.name) }]);
  const { lat, lon } = centre;
  if (lat === null || lon === null) return inPlace;
  return (i) => {
    if (inPlace(i)) return true;
    const la = index.latitude[i] ?? Number.NaN;
    return !Number.isNaN(la) && distanceKm(lat, lon, la, index.longitude[i] ?? Number.NaN) <= near.radiusKm;
  };
}
