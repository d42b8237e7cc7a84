// The member's pages of one asset link back to "My community assets" and to the asset's page.
// The shell gives their paths as data (they are another part of the hub, so no static link
// here depends on it); this sets the links' addresses.
import { find, findAll, must } from '../lib/dom.ts';

/** The asset id in the address (`?asset=`), or null when it is missing or not a UUID. */
export function assetIdParam(): string | null {
  const id = new URLSearchParams(location.search).get('asset') ?? '';
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id.toLowerCase() : null;
}

/** Points [data-assets-home] at the list of the member's assets and [data-back] at the asset's page. */
export function linkAssetPages(assetId: string | null): void {
  keepQueryOnTwin();
  const paths = must('[data-asset-paths]');
  for (const a of findAll<HTMLAnchorElement>('[data-assets-home]')) a.href = paths.dataset.home ?? '/';
  // The back link goes above the heading (GOV.UK): shown once it has somewhere to go.
  for (const a of findAll<HTMLAnchorElement>('[data-back]')) {
    a.href = assetId ? `${paths.dataset.asset}?asset=${encodeURIComponent(assetId)}` : (paths.dataset.home ?? '/');
    a.hidden = false;
  }
}

/** The language switch keeps the query (the asset, the search), so the twin shows the same thing. */
export function keepQueryOnTwin(): void {
  const twin = find<HTMLAnchorElement>('a[data-twin]');
  if (twin && location.search) twin.href = `${twin.pathname}${location.search}`;
}
