// Typed by what the caller must do (STYLE.md 5): a SiteChangedError is not retried. The site's
// markup moved away from what its profile expects, so the user (or a maintainer) has to update
// the profile; retrying or reporting zero new notices would hide that.
export class SiteChangedError extends Error {
  override readonly name = 'SiteChangedError';
  readonly retryable = false;

  constructor(
    readonly profileId: string,
    /** The profile selector (or script array) that no longer finds the notices. */
    readonly selector: string,
    readonly url?: string,
  ) {
    super(
      `site profile "${profileId}" no longer matches the page${url ? ` ${url}` : ''}: ` +
        `"${selector}" finds no notices although the page is not empty; the site's markup moved, update the profile`,
    );
  }
}
