// Register entries for the register and HSDS tests: real geography, activity types and
// standards; one entry withdrawn; names that exercise CSV quoting and Welsh sorting.
import type { RegisterEntry } from '../../content/assets/register.ts';
import { currentStandards } from '../../content/index.ts';

const levels = (...ranks: number[]) => Object.fromEntries(currentStandards.standards.map((s, i) => [s.id, ranks[i % ranks.length]!]));

export const GARDEN = '0b7c1c1e-8f1a-4d0e-9a53-2f7d6c1b9e01';
export const CHOIR = '5f0f3a52-3c1d-4c5e-8a55-8f3b2e7c4d02';
export const WITHDRAWN = '9e2d4c6b-1a3f-4b8e-9c7d-6e5f4a3b2c03';
export const LLAN = 'c4a1e2f3-7b6d-4e5c-8a9b-0c1d2e3f4a04';

export const entries: RegisterEntry[] = [
  {
    assetId: GARDEN,
    name: { cy: 'Gardd Gymunedol "Tyfu", Caerdydd', en: 'Grow, a "community" garden, Cardiff' },
    assetType: 'community-group',
    areaServed: { localAuthorities: ['cardiff'], healthBoards: [] },
    activityTypes: ['gardening-and-growing', 'volunteering'],
    standardsVersion: currentStandards.version,
    levels: levels(1, 2, 0, 3),
    lastReviewed: '2026-10-01',
    peerReviewed: true,
    consentGivenAt: '2026-10-02T09:00:00.000Z',
    consentWithdrawnAt: null,
  },
  {
    assetId: CHOIR,
    name: { cy: 'Côr Dynion Tref', en: 'Town Male Voice Choir' },
    assetType: 'charity',
    areaServed: { localAuthorities: ['gwynedd', 'isle-of-anglesey'], healthBoards: ['bcuhb'] },
    activityTypes: ['music-and-singing', 'welsh-language', 'social-groups'],
    standardsVersion: currentStandards.version,
    levels: levels(2),
    lastReviewed: '2026-09-15',
    peerReviewed: false,
    consentGivenAt: '2026-09-20T12:30:00.000Z',
    consentWithdrawnAt: null,
  },
  {
    assetId: WITHDRAWN,
    name: { cy: 'Clwb a Dynnodd yn Ôl', en: 'Withdrawn Walking Club' },
    assetType: 'community-group',
    areaServed: { localAuthorities: ['powys'], healthBoards: [] },
    activityTypes: ['walking-and-outdoors'],
    standardsVersion: currentStandards.version,
    levels: levels(1),
    lastReviewed: '2026-08-01',
    peerReviewed: false,
    consentGivenAt: '2026-08-02T08:00:00.000Z',
    consentWithdrawnAt: '2026-11-01T08:00:00.000Z',
  },
  {
    assetId: LLAN,
    name: { cy: 'Llanw Nofio Môr', en: 'Sea Swimming Tide' },
    assetType: 'social-enterprise',
    areaServed: { localAuthorities: [], healthBoards: ['hduhb'] },
    activityTypes: ['water-activities'],
    standardsVersion: currentStandards.version,
    levels: levels(3, 0),
    lastReviewed: '2026-11-20',
    peerReviewed: true,
    consentGivenAt: '2026-11-21T10:00:00.000Z',
    consentWithdrawnAt: null,
  },
];
