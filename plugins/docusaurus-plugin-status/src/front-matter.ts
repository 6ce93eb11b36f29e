/**
 * The front-matter keys of a KM portal page, as authors write them (`@kmportal/model` checks them).
 * Docusaurus's `DocFrontMatter` is a closed type, so a theme component reads these through
 * `useKbFrontMatter()` (`@theme/useKbFrontMatter`) or casts to `DocFrontMatter & KbFrontMatter`.
 */
export interface KbFrontMatter {
  /** Page type, one of the site's `pageTypes` (e.g. `action-plan`, `evaluation`). */
  readonly type?: string;
  /** Owning unit codes: one code, a comma-separated list, or a YAML list. */
  readonly owner?: string | readonly string[];
  /** SDG goals or targets (`11`, `11.3`): one, a comma-separated list, or a YAML list. */
  readonly sdg?: string | number | readonly (string | number)[];
  /** Nexus area slugs: one, a comma-separated list, or a YAML list. */
  readonly nexus?: string | readonly string[];
  /** Day of the last review, `YYYY-MM-DD` (YAML may read it as a date). */
  readonly last_reviewed?: string | Date;
  /** Review interval, e.g. `6 months`. */
  readonly review_every?: string;
  /** Unit codes of the reviewers. */
  readonly reviewers?: string | readonly string[];
  /** Day the page's statuses were last confirmed, `YYYY-MM-DD`. */
  readonly as_of?: string | Date;
}
