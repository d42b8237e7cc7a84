// Stable identifiers for everything the HSDS export derives from a register entry. HSDS wants a
// unique id on every object and directories de-duplicate on it, so the same asset, area or
// term must get the same id in every export: name-based UUIDs (RFC 9562 version 5) under the
// hub's own namespace. An organisation's id is the asset's id itself.
import { v5 } from 'uuid';

/** The hub's namespace for name-based UUIDs. Never change it: every exported id derives from it. */
export const HUB_NAMESPACE = '501de9cb-a379-4d80-97de-16d36c7d7412';

export const hsdsId = (...parts: readonly string[]) => v5(parts.join('\u001f'), HUB_NAMESPACE);
