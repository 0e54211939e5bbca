// What private detail an export may include, each behind a confirmation naming its risk:
// confidential stakeholders (any format), sensitive fields and custom fields (text formats only).
import type { ExportChoice } from '../../state/export/export-build';
import { IncludeChoice } from './IncludeChoice';

const CONFIDENTIAL_RISK =
  'Confidential stakeholders (for example survivors) will be named in this file, with their details. Anyone who gets a copy ' +
  'can read them, and a file cannot be called back once shared. Include them only for someone who already may know who they are.';
const SENSITIVE_RISK =
  'Notes, addresses and lived experience will be written into this file. They can reveal where someone lives or what happened ' +
  'to them; a copy that is forwarded or left on a shared computer exposes them.';
const CUSTOM_RISK =
  'Custom fields (the columns of imported sheets that have no field of their own) will be written into this file. Nobody has ' +
  'checked what they hold: a case number, a shelter or an ID can identify a person to anyone who gets a copy.';

interface Props {
  readonly choice: ExportChoice;
  readonly update: (patch: Partial<ExportChoice>) => void;
  /** Sheets, graphs and the map file: formats that write fields as text (not images or the brief). */
  readonly textual: boolean;
}

export function ExportIncludes({ choice, update, textual }: Props) {
  return (
    <>
      <IncludeChoice
        label="Include confidential stakeholders"
        risk={CONFIDENTIAL_RISK}
        confirmLabel="Include confidential stakeholders"
        checked={choice.includeConfidential}
        onChange={(includeConfidential) => update({ includeConfidential })}
      />
      {textual && (
        <IncludeChoice
          label="Include notes and sensitive fields"
          risk={SENSITIVE_RISK}
          confirmLabel="Include sensitive fields"
          checked={choice.includeSensitive}
          onChange={(includeSensitive) => update({ includeSensitive })}
        />
      )}
      {textual && (
        <IncludeChoice
          label="Include custom fields from imports"
          risk={CUSTOM_RISK}
          confirmLabel="Include custom fields"
          checked={choice.includeCustom}
          onChange={(includeCustom) => update({ includeCustom })}
        />
      )}
    </>
  );
}
