// Where a peer reviewer's token travels: never in a request path (access logs record paths).
// The link carries it in the URL fragment, which browsers never send; the reviewer's page
// sends it to the API in the X-Peer-Token header. The page lives under the standards section.
import { path, standardsAppPages } from '../../../content/routes.ts';
import type { Lang } from '../../../content/schema.ts';

export const peerReviewPage = (lang: Lang) => path(lang, 'standards', standardsAppPages.peerReview[lang]);

/** The reviewer's page on the hub's public origin, token in the fragment. */
export const peerReviewLink = (origin: string, lang: Lang, token: string) => `${origin}${peerReviewPage(lang)}#token=${token}`;
