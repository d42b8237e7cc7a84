// The strings the peer review pages' scripts show (their shells render their own labels).
import type { StringKey } from '../../../../content/ui/strings.ts';
import { CONFIRM_KEYS } from '../admin/keys.ts';
import { TOOLKIT_KEYS } from '../lib/strings.ts';

const REVIEWERS = ['assets.reviewer.regional-partnership', 'assets.reviewer.national-team', 'assets.reviewer.peer-organisation'] as const;

/** The reviewer's page. */
export const reviewKeys = [
  ...TOOLKIT_KEYS,
  ...REVIEWERS,
  'assetui.peer.asset',
  'assetui.peer.reviewer',
  'assetui.peer.expires',
  'assetui.peer.assessed',
  'assetui.peer.noEvidence',
  'assetui.peer.saved',
  'assetui.peer.conflict',
] as const satisfies readonly StringKey[];

/** The member's page of peer review links and the reviews beside the self-assessment. */
export const linksKeys = [
  ...TOOLKIT_KEYS,
  ...REVIEWERS,
  ...CONFIRM_KEYS,
  'assetui.noAsset',
  'assetui.links.noAssessment',
  'assetui.links.copied',
  'assetui.links.copyFailed',
  'assetui.links.emailed',
  'assetui.links.none',
  'assetui.links.status.active',
  'assetui.links.status.expired',
  'assetui.links.status.revoked',
  'assetui.links.created',
  'assetui.links.expires',
  'assetui.links.status',
  'assetui.links.action',
  'assetui.links.revoke',
  'assetui.links.confirmRevoke',
  'assetui.links.confirmRevokeButton',
  'assetui.links.confirmRevokeRequired',
  'assetui.links.revoked',
  'assetui.links.reviewsNone',
  'assetui.links.yourLevel',
  'assetui.links.summaryBy',
  'assetui.peer.reviewer',
  'assets.csv.standard',
  'error.assets.not-submitted',
] as const satisfies readonly StringKey[];
