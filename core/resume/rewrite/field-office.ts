/**
 * Field offices, sectors and stations ("ERO Phoenix Field Office", "Tucson Sector"): under the
 * confidentiality option they become "Phoenix regional office".
 */
export const FIELD_OFFICE =
  /\b(?:[A-Z]{2,5}\s+)?([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:Field Office|Sector|Area Port|Station|Special Agent in Charge office|SAC office|Resident Office|RAC office)\b/g;

export const FIELD_OFFICE_WHY =
  'Confidentiality option: field offices, sectors and stations are described as regional offices.';
