// Closed lists of the platform that both the pages and the Worker need: the database stores
// these values, the admin forms offer them, and the API validates them.

/** National roles: 'admin' includes everything 'analyst' may do. */
export const NATIONAL_ROLES = ['analyst', 'admin'] as const;
export type NationalRole = (typeof NATIONAL_ROLES)[number];

/** Kinds of organisation that submit core dataset returns (labels: `org.type.*` in ui/strings.ts). */
export const ORG_TYPES = ['third-sector', 'health-board', 'local-authority', 'primary-care', 'housing', 'other'] as const;
export type OrgType = (typeof ORG_TYPES)[number];

/** Settings a practitioner may give when adding ratings to the national skills picture. */
export const SKILLS_SETTINGS = ['primary-care', 'third-sector', 'local-authority', 'housing', 'other'] as const;
export type SkillsSetting = (typeof SKILLS_SETTINGS)[number];
