// Confidentiality fails closed in import: every value not clearly "no" hides the person, and every
// header that reads like a confidentiality column is read as one (never kept as a custom field).
import { describe, expect, it } from 'vitest';
import { guessMapping, mappingProblems } from '../../../shared/exchange/column-choices';
import { isPlainYesNo, looksLikeConfidentialHeader, readConfidential } from '../../../shared/exchange/confidential-field';
import { readCsvFile } from '../../../shared/exchange/csv';
import { convertSheet } from '../../../shared/exchange/csv-to-map';
import { fixtureBytes } from './fixture-paths';

const ctx = () => {
  let n = 0;
  return { now: '2026-01-05T10:00:00.000Z', newId: () => `s${++n}`, sourceLabel: 'confidential-spellings.csv' };
};

describe('reading a confidentiality cell', () => {
  it.each(['', ' ', 'no', 'No.', 'N', 'false', '0', 'off', 'none', 'public', 'Not confidential', 'non-confidential', '✗'])('reads %j as not confidential', (value) => {
    expect(readConfidential(value)).toBe(false);
  });

  it.each(['yes', 'Y', 'x', 'X', '✓', '✔', 'confidential', 'yes - survivor', 'ask first', '?', 'no?', 'nope, but ask', 'TRUE', '1'])('reads %j as confidential', (value) => {
    expect(readConfidential(value)).toBe(true);
  });

  it('tells plain yes/no apart from values worth a note', () => {
    expect(isPlainYesNo('Yes')).toBe(true);
    expect(isPlainYesNo('yes - survivor')).toBe(false);
  });
});

describe('recognising a confidentiality column', () => {
  it.each(['Confidential', 'Confidential?', 'is confidential', 'IS_CONFIDENTIAL', 'private', 'Keep private', 'Do not share', "don't share", 'dont-share', 'Sensitive', 'confidentiality'])(
    'reads %j as the confidential field',
    (header) => {
      expect(looksLikeConfidentialHeader(header)).toBe(true);
      expect(guessMapping(['Name', header])).toEqual(['name', 'confidential']);
    },
  );

  it.each(['Name', 'Notes', 'Type', 'Share of budget', 'Email'])('leaves %j alone', (header) => {
    expect(looksLikeConfidentialHeader(header)).toBe(false);
  });

  it('refuses to keep a confidentiality column as a custom field or leave it out', () => {
    expect(mappingProblems(['Name', 'Confidential?'], ['name', 'custom'])).toEqual([
      '“Confidential?” looks like it says who is confidential: import it as Confidential (or, if it means something else, as that field).',
    ]);
    expect(mappingProblems(['Name', 'Do not share'], ['name', 'ignore'])).toHaveLength(1);
    expect(mappingProblems(['Name', 'Private notes'], ['name', 'notes'])).toEqual([]);
    // Two confidentiality columns may both be read as confidential.
    expect(mappingProblems(['Name', 'Confidential?', 'Do not share'], ['name', 'confidential', 'confidential'])).toEqual([]);
  });
});

describe('a sheet with six people meant as confidential, in six spellings over two columns', () => {
  const sheet = readCsvFile(fixtureBytes('../reconcile/confidential-spellings.csv'), 'confidential-spellings.csv');
  const result = convertSheet(sheet, null, ctx());
  const confidential = result.stakeholders.filter((s) => s.confidential).map((s) => s.name);

  it('marks all six confidential and the three others open', () => {
    expect(confidential).toEqual(['Amaka Obi', 'Beatriz Solano', 'Carla Mendes', 'Dana Whitfield', 'Elif Kaya', 'Fatima Haddad']);
    expect(result.stakeholders.filter((s) => !s.confidential).map((s) => s.name)).toEqual(['Grace Okafor', 'Hank Moss', 'Ivan Petrov']);
  });

  it('keeps no confidentiality column as a custom field, and says which values it read as confidential', () => {
    for (const s of result.stakeholders) expect(Object.keys(s.custom)).toEqual(['Type']);
    expect(result.warnings).toContain('confidential-spellings.csv, line 3, attribute "Confidential?": "✓" is not a plain no, so the stakeholder was marked confidential');
  });
});
