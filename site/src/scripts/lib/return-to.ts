// Coming back after signing in: a page that needs a session remembers itself before it sends
// the person to sign-in, and the confirm page goes back there instead of the account page.
// localStorage, because the emailed link often opens in a new tab; only a path on this site
// in /cy/ or /en/ is ever followed.
const KEY = 'nffsp-return-to';

export function rememberReturn(): void {
  try {
    localStorage.setItem(KEY, location.pathname + location.search);
  } catch {
    /* storage blocked: sign-in ends on the account page */
  }
}
export function forgetReturn(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* as above */
  }
}
/** The remembered page (once), when it is a page of this site; else null. */
export function takeReturn(): string | null {
  let to: string | null = null;
  try {
    to = localStorage.getItem(KEY);
  } catch {
    return null;
  }
  forgetReturn();
  return to && /^\/(cy|en)\/[^/\\]/.test(to) ? to : null;
}
