// A stakeholder's custom fields in the form: each one (an imported column with no field of its
// own, or one the user added) with its value to edit and a button to remove it, and a row to add
// another. With "Hide sensitive fields on screen" on, their values are hidden too (a custom field
// may hold anything) and cannot be changed; the save keeps them as they were.
import { useState } from 'react';
import { HIDDEN_FIELD_TEXT } from '../state/safety/sensitive-fields';
import { fieldNameProblem, MAX_FIELD_NAME, MAX_FIELD_VALUE, removeField, setField, type CustomFields } from './custom-field-edits';
import { Group } from './StakeholderFields';
import './custom-fields.css';

interface Props {
  readonly custom: CustomFields;
  readonly onChange: (custom: CustomFields) => void;
  readonly hidden: boolean;
}

function NewField({ custom, onChange }: Pick<Props, 'custom' | 'onChange'>) {
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const problem = name === '' ? null : fieldNameProblem(custom, name);
  const add = () => {
    if (name.trim() === '' || problem !== null) return;
    onChange(setField(custom, name, value));
    setName('');
    setValue('');
  };
  return (
    <div className="custom-field-new">
      <div className="two-col">
        <label className="field">
          <span>New field</span>
          <input value={name} maxLength={MAX_FIELD_NAME} placeholder="for example Ward" aria-invalid={problem !== null} onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span>Its value</span>
          <input value={value} maxLength={MAX_FIELD_VALUE} onChange={(e) => setValue(e.target.value)} onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              add();
            }} />
        </label>
      </div>
      {problem && (
        <p className="hint" role="alert">
          {problem}
        </p>
      )}
      <button type="button" className="small" disabled={name.trim() === '' || problem !== null} onClick={add}>
        Add field
      </button>
    </div>
  );
}

export function CustomFieldsGroup({ custom, onChange, hidden }: Props) {
  const fields = Object.entries(custom);
  return (
    <Group legend="Custom fields">
      {fields.length === 0 && <p className="hint">None yet. Columns of an imported sheet with no field of their own come here.</p>}
      {fields.map(([name, value]) => (
        <div key={name} className="custom-field">
          <label className="field">
            <span>{name}</span>
            {hidden ? (
              <input type="text" value="" placeholder={HIDDEN_FIELD_TEXT} disabled title="Hidden on screen for this map" />
            ) : (
              <input value={value} maxLength={MAX_FIELD_VALUE} onChange={(e) => onChange(setField(custom, name, e.target.value))} />
            )}
          </label>
          {!hidden && (
            <button type="button" className="small" aria-label={`Remove the field “${name}”`} onClick={() => onChange(removeField(custom, name))}>
              Remove
            </button>
          )}
        </div>
      ))}
      {!hidden && <NewField custom={custom} onChange={onChange} />}
    </Group>
  );
}
