// A starting catalog of services a victim-services coalition usually wants covered.
// Each map keeps its own editable copy in the coalition profile.

export interface ServiceEntry {
  readonly id: string;
  readonly label: string;
}

export const DEFAULT_SERVICE_CATALOG: readonly ServiceEntry[] = [
  { id: 'crisis-hotline', label: '24-hour crisis hotline' },
  { id: 'emergency-shelter', label: 'Emergency shelter' },
  { id: 'safety-planning', label: 'Safety planning' },
  { id: 'legal-advocacy', label: 'Legal advocacy' },
  { id: 'court-accompaniment', label: 'Court accompaniment' },
  { id: 'counselling', label: 'Counselling and support groups' },
  { id: 'medical-care', label: 'Medical care and forensic exams' },
  { id: 'housing', label: 'Transitional and permanent housing' },
  { id: 'financial-help', label: 'Emergency financial help' },
  { id: 'interpretation', label: 'Language interpretation' },
  { id: 'childcare', label: 'Childcare' },
  { id: 'transportation', label: 'Transportation' },
];
