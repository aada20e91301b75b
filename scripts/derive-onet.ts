/**
 * Derives the compact O*NET dataset the fit scorer needs from the O*NET 30.1 text files in
 * ../shared/data/onet (never committed themselves):
 *   - every occupation's code and title,
 *   - a title index: normalised alternate, reported and official titles → occupations,
 *   - Related Occupations tiers for the occupations the backgrounds and tracks name.
 * Run: npm run derive:onet
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BACKGROUNDS } from '../core/fit/backgrounds';
import { normaliseTitleForMatch } from '../core/fit/title-match';
import { TRACKS } from '../core/fit/tracks';

const source = fileURLToPath(new URL('../../shared/data/onet/', import.meta.url));
const target = fileURLToPath(new URL('../core/fit/data/onet-compact.json', import.meta.url));

function rows(file: string): string[][] {
  const text = readFileSync(`${source}${file}`, 'utf8');
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim())
    .map((line) => line.split('\t'));
}

const occupations = rows('Occupation Data.txt').map(([code, title]) => [code ?? '', title ?? ''] as const);
const indexOf = new Map(occupations.map(([code], i) => [code, i]));

const titles = new Map<string, Set<number>>();
const add = (code: string | undefined, title: string | undefined) => {
  const i = code ? indexOf.get(code) : undefined;
  const key = title ? normaliseTitleForMatch(title) : '';
  if (i === undefined || !key) return;
  if (!titles.has(key)) titles.set(key, new Set());
  titles.get(key)?.add(i);
};
for (const [code, title] of occupations) add(code, title);
for (const [code, title] of rows('Alternate Titles.txt')) add(code, title);
for (const [code, title] of rows('Sample of Reported Titles.txt')) add(code, title);

const wanted = new Set([
  ...Object.values(BACKGROUNDS).flatMap((b) => b.onetCodes),
  ...Object.values(TRACKS).flatMap((t) => t.onetCodes),
]);
const related: Record<string, Record<string, string>> = {};
for (const [from, to, tier] of rows('Related Occupations.txt')) {
  if (!from || !to || !tier || !wanted.has(from)) continue;
  related[from] ??= {};
  related[from][to] = tier;
}

const dataset = {
  attribution:
    'This product includes information from the O*NET 30.1 Database by the U.S. Department of Labor, Employment and ' +
    'Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. ' +
    'Modified by Offramp: titles normalised and indexed, related occupations filtered to those the scorer uses. ' +
    'USDOL/ETA has not approved, endorsed, or tested these modifications.',
  source:
    'O*NET 30.1 Database (December 2025): Occupation Data, Alternate Titles, Sample of Reported Titles, Related Occupations',
  occupations,
  titles: Object.fromEntries(
    [...titles.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, [...v].sort((a, b) => a - b)]),
  ),
  related,
};
writeFileSync(target, `${JSON.stringify(dataset)}\n`);
console.error(
  `wrote ${target}: ${occupations.length} occupations, ${titles.size} titles, ${Object.keys(related).length} related sets`,
);
