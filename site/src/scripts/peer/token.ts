// The reviewer's link token: it arrives in the address's fragment (#token=…), which browsers
// never send to a server. Once read it leaves the address bar (so it is not in the history,
// a bookmark or a screenshot) and is kept in sessionStorage, so a reload still works; the
// page sends it only in the X-Peer-Token header.
const KEY = 'sphub-peer-token';

function stored(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The token from the fragment (remembered for this tab), else the one remembered; null when there is none. */
export function takeToken(): string | null {
  const found = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!found?.[1]) return stored();
  const token = decodeURIComponent(found[1]);
  try {
    sessionStorage.setItem(KEY, token);
  } catch {
    // Private modes may refuse storage: the page still works until it is reloaded.
  }
  history.replaceState(history.state, '', location.pathname + location.search);
  return token;
}
