/**
 * Where each glossary meaning comes from. Only facts (what a term means) are taken from these
 * public sources; the civilian wording is ours.
 */
export const SOURCES = {
  'ice-glossary': 'U.S. Immigration and Customs Enforcement, ice.gov glossary and ERO/HSI program pages',
  'cbp-glossary': 'U.S. Customs and Border Protection, cbp.gov glossary and program pages',
  'dhs-acronyms': 'DHS Acronyms list (dhs.gov) and DHS component pages',
  'dhs-pia': 'DHS Privacy Impact Assessments for the named system (dhs.gov/privacy)',
  'uscis-forms': 'USCIS and ICE forms pages (uscis.gov/forms, ice.gov/forms)',
  'cbp-forms': 'CBP forms pages (cbp.gov/newsroom/publications/forms)',
  'opm-forms': 'OPM standard forms (opm.gov/forms)',
  'opm-gs': 'OPM General Schedule qualification standards and pay tables (opm.gov)',
  'opm-series': 'OPM Handbook of Occupational Groups and Families (opm.gov)',
  'opm-pay-leave': 'OPM pay and leave fact sheets (opm.gov/policy-data-oversight/pay-leave)',
  'ecfr-8': 'Code of Federal Regulations, Title 8 (ecfr.gov)',
  'ecfr-19': 'Code of Federal Regulations, Title 19 (ecfr.gov)',
  'ecfr-5': 'Code of Federal Regulations, Title 5 (ecfr.gov)',
  'ecfr-28': 'Code of Federal Regulations, Title 28 (ecfr.gov)',
  uscode: 'United States Code (uscode.house.gov)',
  'doj-glossary': 'U.S. Department of Justice component pages (justice.gov)',
  fletc: 'Federal Law Enforcement Training Centers program catalogue (fletc.gov)',
  'fema-ics': 'FEMA National Incident Management System and ICS glossary (fema.gov)',
  'odni-glossary': 'ODNI and DNI intelligence community glossary (dni.gov)',
  'agency-sites': 'The named agency’s own site (.gov)',
  'usda-aphis':
    'USDA Animal and Plant Health Inspection Service, PPQ manuals and program pages (aphis.usda.gov)',
  'faa-airports': 'FAA airport data and location identifiers (FAA Order JO 7350, faa.gov)',
  'vendor-sites': 'The software vendor’s own product pages, for commercial products named on resumes',
  'omb-circulars': 'OMB circulars (whitehouse.gov/omb/information-resources/guidance)',
  'gao-budget': 'GAO, A Glossary of Terms Used in the Federal Budget Process (GAO-05-734SP)',
  'ecfr-48': 'Code of Federal Regulations, Title 48: the Federal Acquisition Regulation (acquisition.gov)',
} as const;
export type SourceId = keyof typeof SOURCES;
