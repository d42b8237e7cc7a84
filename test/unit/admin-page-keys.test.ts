// The audit log page ships its own labels (scripts/admin/audit-keys.ts) instead of the whole
// string table: every action and kind of record the strings know must be among them, so no
// entry falls back to showing its code.
import { describe, expect, it } from 'vitest';
import { strings } from '../../content/ui/strings.ts';
import { AUDIT_ACTION_KEYS, AUDIT_TYPE_KEYS } from '../../site/src/scripts/admin/audit-keys.ts';

const keysLike = (prefix: string) =>
  Object.keys(strings)
    .filter((k) => k.startsWith(prefix))
    .sort();

describe('admin page keys', () => {
  it('give the audit log page a label for every action code and kind of record', () => {
    expect([...AUDIT_ACTION_KEYS].sort()).toEqual(keysLike('audit.action.'));
    expect([...AUDIT_TYPE_KEYS].sort()).toEqual(keysLike('adminui.audit.type.'));
  });
});
