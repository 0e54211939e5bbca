// A shared record's field as the window says it in a sentence: "livedExperience" is "lived
// experience", "consentUntil" is "consent until"; one-word fields stay as they are.
export function fieldWords(field: string): string {
  return field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}
