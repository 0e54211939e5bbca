// The people of the fictional Harlow Bend coalition (invented names; contact details use the
// reserved example.org domain and 555-01xx numbers).
import type { StakeholderSpec } from './spec';

const survivorNote = 'Reach only through Aisha Bello. Never list by name outside the coalition.';

export const SAMPLE_PEOPLE: readonly StakeholderSpec[] = [
  // The core group.
  { id: 's-18', name: 'Renata Voss', kind: 'person', categories: ['service-provider'], role: 'Executive director, Family Justice Center', sector: 'Victim services', area: 'Harlow County', influence: 4, stage: 'core', consentInDays: 365 },
  { id: 's-19', name: 'Tomas Ferreira', kind: 'person', categories: ['service-provider'], role: 'Director, Safe Harbor Shelter', sector: 'Victim services', area: 'Harlow County', influence: 3, stage: 'core', consentInDays: 200 },
  { id: 's-20', name: 'Aisha Bello', kind: 'person', categories: ['directly-affected', 'service-provider'], role: 'Survivor advocate and co-founder, Survivors’ Voices Circle', sector: 'Community', area: 'Harlow County', influence: 3, livedExperience: true, stage: 'core', consentInDays: 300, tags: ['speaks publicly'] },
  { id: 's-21', name: 'Gloria Pennington', kind: 'person', categories: ['influential'], role: 'Retired family-court judge', sector: 'Courts', area: 'Harlow Bend', influence: 5, stage: 'core', consentInDays: 150 },
  { id: 's-22', name: 'Kwame Adjei', kind: 'person', categories: ['interested-public'], role: 'Branch librarian', sector: 'Public library', area: 'Harlow Bend', influence: 2, stage: 'core', consentInDays: 90 },
  // Members.
  { id: 's-23', name: 'Lena Marsh', kind: 'person', categories: ['service-provider'], role: 'Trauma counsellor', sector: 'Mental health', area: 'East Harlow', influence: 2, stage: 'member', consentInDays: 120 },
  { id: 's-24', name: 'Omar Haddad', kind: 'person', categories: ['service-provider'], role: 'Family therapist', sector: 'Mental health', area: 'East Harlow', influence: 2, stage: 'member', consentInDays: -20 },
  { id: 's-25', name: 'Priya Raman', kind: 'person', categories: ['service-provider'], role: 'Staff attorney, Legal Aid', sector: 'Legal', area: 'Harlow County', influence: 3, stage: 'member', consentInDays: 240 },
  { id: 's-26', name: 'Colm Brady', kind: 'person', categories: ['service-provider'], role: 'Victim-witness coordinator', sector: 'Courts', area: 'Harlow County', influence: 3, stage: 'member', consentInDays: 60 },
  { id: 's-27', name: 'Maria T.', kind: 'person', categories: ['directly-affected'], role: 'Survivor, peer mentor', sector: 'Community', influence: 1, livedExperience: true, confidential: true, noContact: true, stage: 'member', consentInDays: 180, notes: survivorNote },
  { id: 's-28', name: 'Denise K.', kind: 'person', categories: ['directly-affected'], role: 'Survivor', sector: 'Community', influence: 1, livedExperience: true, confidential: true, noContact: true, stage: 'contacted', consentInDays: -45, notes: survivorNote },
  { id: 's-29', name: 'Sam W.', kind: 'person', categories: ['directly-affected'], role: 'Survivor, parent', sector: 'Community', influence: 1, livedExperience: true, confidential: true, noContact: true, stage: 'member', consentInDays: 30, notes: survivorNote },
  { id: 's-30', name: 'Ruth Okonkwo', kind: 'person', categories: ['directly-affected'], role: 'Support-group facilitator', sector: 'Community', area: 'Harlow County', influence: 2, livedExperience: true, stage: 'member', consentInDays: 210 },
  { id: 's-40', name: 'Maya Lindgren', kind: 'person', categories: ['interested-public'], role: 'Volunteer, outreach table', sector: 'Community', area: 'Harlow Bend', influence: 1, stage: 'member', consentInDays: 100 },
  // Not yet members.
  { id: 's-31', name: 'Beth Lindqvist', kind: 'person', categories: ['service-provider'], role: 'Forensic nurse examiner', sector: 'Health', area: 'Harlow County', influence: 2, stage: 'contacted', consentInDays: 75 },
  { id: 's-32', name: 'Rev. Imani Castell', kind: 'person', categories: ['influential'], role: 'Hospital chaplain', sector: 'Faith', area: 'Harlow Bend', influence: 4, stage: 'contacted', consentInDays: 160, notes: 'Knows the faith leaders well and sits in on the hospital’s safety rounds.' },
  { id: 's-33', name: 'Pastor Luis Carrión', kind: 'person', categories: ['influential'], role: 'Senior pastor, Grace Fellowship', sector: 'Faith', area: 'North Harlow', influence: 4, stage: 'mapped' },
  { id: 's-34', name: 'Imam Yusuf Darrow', kind: 'person', categories: ['influential'], role: 'Imam, Harlow Bend Islamic Center', sector: 'Faith', area: 'North Harlow', influence: 4, stage: 'mapped' },
  { id: 's-35', name: 'Agnes Whitby', kind: 'person', categories: ['influential', 'interested-public'], role: 'Outreach lead, Grace Fellowship', sector: 'Faith', area: 'North Harlow', influence: 2, stage: 'to-contact' },
  { id: 's-36', name: 'Harriet Olander', kind: 'person', categories: ['policymaker'], role: 'City councilmember, Ward 2', sector: 'Government', area: 'Harlow Bend', influence: 4, stage: 'to-contact' },
  { id: 's-37', name: 'Walter Ng', kind: 'person', categories: ['policymaker'], role: 'County commissioner', sector: 'Government', area: 'Harlow County', influence: 5, stage: 'contacted', consentInDays: -10 },
  { id: 's-38', name: 'Carla Dunmore', kind: 'person', categories: ['policymaker'], role: 'State representative', sector: 'Government', area: 'Harlow County', influence: 5, stage: 'mapped' },
  { id: 's-39', name: 'Jake Pruitt', kind: 'person', categories: ['service-provider'], role: 'Domestic violence liaison officer', sector: 'Law enforcement', area: 'Harlow Bend', influence: 3, stage: 'contacted', consentInDays: 45 },
  { id: 's-41', name: 'Frank Osei', kind: 'person', categories: ['influential'], role: 'Owner, Osei Hardware; Chamber board member', sector: 'Business', area: 'Harlow Bend', influence: 3, stage: 'mapped' },
];
