/** Something the importer was unsure of, shown beside the field so the seeker can check it. */
export interface ImportNote {
  /** The field, as change paths spell it (`work[1].position`), or a section (`other`). */
  path: string;
  message: string;
}
