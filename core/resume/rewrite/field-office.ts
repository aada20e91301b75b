/**
 * Field offices, sectors and stations ("ERO Phoenix Field Office", "Tucson Sector"): under the
 * confidentiality option they become "Phoenix regional office".
 */
export const FIELD_OFFICE =
  /\b(?:[A-Z]{2,5}\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:Field Office|Sector|Area Port|Station|Special Agent in Charge office|SAC office|Resident Office|RAC office)\b/g;

export const FIELD_OFFICE_WHY =
  'Confidentiality option: field offices, sectors and stations are described as regional offices.';

/**
 * "SAC Houston", "RAC El Paso": HSI names its offices by the head's title and the city. The city
 * comes first in English ("Houston Special Agent in Charge office"), or "Houston regional office"
 * under the confidentiality option (office names from ice.gov's HSI office listings).
 */
export const OFFICE_CITY =
  /\b(SAC|RAC)(?: [Oo]ffice)? (?!(?:Office|Field)\b)([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?! (?:office|Field Office))/g;

export function officeCity(m: RegExpMatchArray, generalize: boolean): string {
  const city = m[2] ?? '';
  if (generalize) return `${city} ${m[1] === 'RAC' ? 'branch' : 'regional'} office`;
  return `${city} ${m[1] === 'RAC' ? 'Resident Agent in Charge' : 'Special Agent in Charge'} office`;
}

export const OFFICE_CITY_WHY =
  'The office is named as English names places: the city first, then the kind of office.';
