// The strings the community asset register and consent pages' scripts show (their shells render their own labels).
import type { StringKey } from '../../../../content/ui/strings.ts';
import { CONFIRM_KEYS } from '../admin/keys.ts';
import { TOOLKIT_KEYS } from '../lib/strings.ts';
import { ENTRY_KEYS } from './entry.ts';

const PAGES = ['rui.pagination.label', 'rui.pagination.previous', 'rui.pagination.next', 'rui.pagination.page'] as const;

export const keys = [
  ...TOOLKIT_KEYS,
  ...ENTRY_KEYS,
  ...PAGES,
  'assetui.register.count',
  'assetui.register.none',
] as const satisfies readonly StringKey[];

export const consentKeys = [
  ...TOOLKIT_KEYS,
  ...ENTRY_KEYS,
  ...CONFIRM_KEYS,
  'assetui.noAsset',
  'assetui.publish.noSubmitted',
  'assetui.publish.previewTitle',
  'assetui.publish.publishedTitle',
  'assetui.publish.since',
  'assetui.publish.newer',
  'assetui.publish.consentRequired',
  'assetui.publish.done',
  'assetui.publish.withdraw',
  'assetui.publish.confirmWithdraw',
  'assetui.publish.confirmWithdrawButton',
  'assetui.publish.confirmWithdrawRequired',
  'assetui.publish.withdrawn',
  'assetui.publish.withdrawnOn',
  'assetui.publish.notPublished',
] as const satisfies readonly StringKey[];

export const membersKeys = [
  ...TOOLKIT_KEYS,
  ...CONFIRM_KEYS,
  'assetui.members.name',
  'assetui.members.email',
  'assetui.members.added',
  'assetui.members.noName',
  'assetui.members.remove',
  'assetui.members.confirmRemove',
  'assetui.members.confirmRemoveButton',
  'assetui.members.confirmRemoveRequired',
  'assetui.members.removed',
  'assetui.members.invited',
  'assetui.members.sent',
  'assetui.members.confirmRevoke',
  'assetui.members.confirmRevokeButton',
  'assetui.members.confirmRevokeRequired',
  'assetui.members.revoked',
  'assetui.links.expires',
  'assetui.links.action',
  'assetui.links.revoke',
] as const satisfies readonly StringKey[];

export const pictureKeys = [
  ...TOOLKIT_KEYS,
  'assetui.picture.assets',
  'assetui.picture.withheld',
  'assetui.picture.byRegion',
  'assetui.picture.byType',
  'assetui.picture.area',
  'assets.field.type',
  'assetui.picture.total',
  'assets.csv.standard',
  'stats.wales',
  'stats.code.c.label',
] as const satisfies readonly StringKey[];
