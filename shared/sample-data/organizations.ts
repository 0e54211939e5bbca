// The organizations of the fictional Harlow Bend coalition. Harlow Bend, its people and its
// organizations are invented; any resemblance to a real place is accidental.
import type { StakeholderSpec } from './spec';

export const SAMPLE_ORGANIZATIONS: readonly StakeholderSpec[] = [
  {
    id: 's-01', name: 'Harlow Bend Family Justice Center', kind: 'organization', categories: ['service-provider'],
    role: 'Anchor organization: staffs the coalition', sector: 'Victim services', area: 'Harlow County',
    services: ['safety-planning', 'court-accompaniment'], influence: 4, stage: 'member', tags: ['anchor'],
    notes: 'Hosts the monthly coalition meeting and keeps this map.',
  },
  {
    id: 's-02', name: 'Safe Harbor Shelter', kind: 'organization', categories: ['service-provider'],
    role: 'Emergency shelter and hotline', sector: 'Victim services', area: 'Harlow County',
    services: ['crisis-hotline', 'emergency-shelter', 'safety-planning'], influence: 3, stage: 'member',
  },
  {
    id: 's-03', name: 'Willow Street Counselling Collective', kind: 'organization', categories: ['service-provider'],
    role: 'Trauma counselling', sector: 'Mental health', area: 'East Harlow',
    services: ['counselling'], influence: 2, stage: 'member',
    notes: 'Runs Tuesday and Thursday evening support groups.',
  },
  {
    id: 's-04', name: 'Bend Valley Family Services', kind: 'organization', categories: ['service-provider'],
    role: 'Family counselling', sector: 'Mental health', area: 'East Harlow',
    services: ['counselling'], influence: 2, stage: 'member',
    notes: 'Also runs support groups on the east side; has never met Willow Street.',
  },
  {
    id: 's-05', name: 'Harlow County Legal Aid', kind: 'organization', categories: ['service-provider'],
    role: 'Civil legal help', sector: 'Legal', area: 'Harlow County',
    services: ['legal-advocacy'], influence: 3, stage: 'member',
  },
  {
    id: 's-06', name: 'Harlow Bend Community Hospital', kind: 'organization', categories: ['service-provider'],
    role: 'Emergency department and forensic nurses', sector: 'Health', area: 'Harlow County',
    services: ['medical-care'], influence: 4, stage: 'contacted',
  },
  {
    id: 's-07', name: 'Cedar Row Housing Trust', kind: 'organization', categories: ['service-provider'],
    role: 'Transitional housing', sector: 'Housing', area: 'West Harlow',
    services: ['housing'], influence: 2, stage: 'contacted',
  },
  {
    id: 's-08', name: 'Harlow Bend Community Foundation', kind: 'organization', categories: ['influential'],
    role: 'Local funder', sector: 'Philanthropy', area: 'Harlow County',
    services: ['financial-help'], influence: 5, stage: 'member',
  },
  {
    id: 's-09', name: 'Harlow Bend Police Department', kind: 'organization', categories: ['service-provider'],
    role: 'Domestic violence response unit', sector: 'Law enforcement', area: 'Harlow Bend',
    influence: 4, stage: 'contacted',
  },
  {
    id: 's-10', name: 'Harlow County Prosecutor, Victim-Witness Unit', kind: 'organization',
    categories: ['service-provider'], role: 'Victim-witness support', sector: 'Courts', area: 'Harlow County',
    influence: 4, stage: 'member',
  },
  {
    id: 's-11', name: 'Grace Fellowship Church', kind: 'organization', categories: ['influential'],
    role: 'Congregation of about 600', sector: 'Faith', area: 'North Harlow', influence: 3, stage: 'mapped',
  },
  {
    id: 's-12', name: 'Harlow Bend Islamic Center', kind: 'organization', categories: ['influential'],
    role: 'Mosque and community centre', sector: 'Faith', area: 'North Harlow', influence: 3, stage: 'mapped',
  },
  {
    id: 's-13', name: 'Harlow Bend City Council', kind: 'organization', categories: ['policymaker'],
    role: 'Sets the city budget', sector: 'Government', area: 'Harlow Bend', influence: 5, stage: 'to-contact',
  },
  {
    id: 's-14', name: 'Harlow Bend Chamber of Commerce', kind: 'organization', categories: ['influential'],
    role: 'Business association', sector: 'Business', area: 'Harlow Bend', influence: 3, stage: 'declined',
    notes: 'Declined for now; asked to be approached again after the spring fair.',
  },
  {
    id: 's-15', name: "Survivors' Voices Circle", kind: 'organization', categories: ['directly-affected'],
    role: 'Peer support and advocacy by survivors', sector: 'Community', area: 'Harlow County',
    influence: 2, stage: 'member',
  },
  {
    id: 's-16', name: 'Harlow High Parent Association', kind: 'organization', categories: ['interested-public'],
    role: 'Parents of high-school students', sector: 'Education', area: 'Harlow Bend', influence: 2, stage: 'contacted',
  },
  {
    id: 's-17', name: 'Harlow Bend Public Library', kind: 'organization', categories: ['interested-public'],
    role: 'Meeting space and outreach', sector: 'Public library', area: 'Harlow Bend', influence: 2, stage: 'member',
    notes: 'Meeting room is free after hours and has a children’s corner.',
  },
];
