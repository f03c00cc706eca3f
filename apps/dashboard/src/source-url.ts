/** Result of {@link checkSourceUrl}. */
export type SourceUrlCheck =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly message: string };

/**
 * Checks a `?src=` address before the dashboard fetches it. Only a scorecard on the dashboard's own site is
 * accepted (a relative path such as `reports/wiltshire.json`, or an absolute http(s) URL with the same
 * origin): a shared link must not make the dashboard fetch from, or show figures supplied by, another site,
 * and `javascript:`, `data:` and `blob:` addresses are never followed.
 *
 * @example
 * checkSourceUrl("javascript:alert(1)", "https://example.org/dash/").ok //=> false
 */
export function checkSourceUrl(src: string, base: string): SourceUrlCheck {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return { ok: false, message: `"${src}" is not a valid address.` };
  }
  const home = new URL(base);
  if (url.protocol !== "http:" && url.protocol !== "https:")
    return { ok: false, message: `Only http and https addresses can be opened, not ${url.protocol}` };
  if (url.origin !== home.origin)
    return {
      ok: false,
      message: `Scorecards are only opened from this site (${home.origin}), not from ${url.origin}. Download the file and use "Open a scorecard file" instead.`,
    };
  return { ok: true, url: url.href };
}
