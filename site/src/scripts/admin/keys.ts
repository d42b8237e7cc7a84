// The strings each national team admin page's module shows (the shells render their own
// labels). One list per page, built from the parts the page uses, so each page ships only
// its own strings.
import type { StringKey } from '../../../../content/ui/strings.ts';
import { TOOLKIT_KEYS } from '../lib/strings.ts';
import { AUDIT_ACTION_KEYS, AUDIT_TYPE_KEYS } from './audit-keys.ts';

const SHELL = [...TOOLKIT_KEYS, 'adminui.never'] as const satisfies readonly StringKey[];
/** The confirmation before anything is removed, and the banner after it. */
export const CONFIRM_KEYS = ['adminui.cancel', 'adminui.confirm.check', 'adminui.confirm.done'] as const satisfies readonly StringKey[];
const ORG_FORM = ['adminui.orgs.regionHint', 'adminui.orgs.regionNone'] as const satisfies readonly StringKey[];
const STATUS = ['admin.orgs.archived', 'adminui.orgs.active'] as const satisfies readonly StringKey[];
const API_KEYS = [
  ...CONFIRM_KEYS,
  'adminui.keys.revoke',
  'adminui.keys.confirmRevoke',
  'adminui.keys.confirmRevokeButton',
  'adminui.keys.confirmRevokeRequired',
  'adminui.keys.revoked',
  'adminui.keys.revokedOn',
  'adminui.keys.active',
  'adminui.keys.copied',
  'adminui.keys.copyFailed',
] as const satisfies readonly StringKey[];
const ROLES = ['account.role.submitter', 'account.role.analyst', 'account.role.admin'] as const satisfies readonly StringKey[];

export const orgsKeys = [...SHELL, ...ORG_FORM, ...STATUS, 'adminui.orgs.count', 'adminui.orgs.added'] as const;
export const orgKeys = [
  ...SHELL,
  ...ORG_FORM,
  ...STATUS,
  ...API_KEYS,
  'account.role.submitter',
  'admin.none',
  'admin.invite.sent',
  'adminui.org.saved',
  'adminui.members.remove',
  'adminui.members.confirmRemove',
  'adminui.members.confirmRemoveButton',
  'adminui.members.confirmRemoveRequired',
  'adminui.members.removed',
  'adminui.org.archive',
  'adminui.org.confirmArchive',
  'adminui.org.confirmArchiveButton',
  'adminui.org.confirmArchiveRequired',
  'adminui.org.archived',
] as const;
export const apiKeysKeys = [...SHELL, ...API_KEYS, 'admin.orgs.archived'] as const;
export const peopleKeys = [
  ...SHELL,
  ...CONFIRM_KEYS,
  ...ROLES,
  'admin.invite.sent',
  'error.field.required',
  'adminui.people.self',
  'adminui.people.you',
  'adminui.people.roleFor',
  'adminui.people.save',
  'adminui.people.changed',
  'adminui.people.remove',
  'adminui.people.confirmRemove',
  'adminui.people.confirmRemoveButton',
  'adminui.people.confirmRemoveRequired',
  'adminui.people.removed',
  'adminui.people.notFound',
  'adminui.invitations.revoke',
  'adminui.invitations.confirmRevoke',
  'adminui.invitations.confirmRevokeButton',
  'adminui.invitations.confirmRevokeRequired',
  'adminui.invitations.revoked',
] as const;
export const auditKeys = [
  ...SHELL,
  ...AUDIT_ACTION_KEYS,
  ...AUDIT_TYPE_KEYS,
  'adminui.audit.show',
  'adminui.audit.before',
  'adminui.audit.after',
  'adminui.audit.system',
  'adminui.audit.apiKey',
  'adminui.audit.apiKeyNamed',
  'adminui.audit.erased',
  'adminui.audit.erasedSubject',
] as const;
/** The national team home (components/platform/Admin.astro): organisations, adding one, inviting. */
export const homeKeys = [
  ...TOOLKIT_KEYS,
  'admin.orgs.archived',
  'admin.orgs.created',
  'admin.invite.sent',
] as const satisfies readonly StringKey[];
