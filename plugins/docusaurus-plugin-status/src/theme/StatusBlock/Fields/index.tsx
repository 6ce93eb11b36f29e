import React, {type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import DueDate from '@theme/DueDate';
import LongDate from '@theme/LongDate';
import OverdueBy from '@theme/OverdueBy';
import UnitLink from '@theme/UnitLink';
import type {Props} from '@theme/StatusBlock/Fields';
import type {OwnerRef} from '@theme/StatusBlock';

import './styles.module.css';

function ownerText({code, name}: OwnerRef): string {
  return name && name !== code ? `${name} (${code})` : code;
}

function Field({name, label, children}: {name: string; label: ReactNode; children: ReactNode}) {
  return (
    <div className={`kb-status-block__field kb-status-block__field--${name}`}>
      <dt>{label}</dt>
      {children}
    </div>
  );
}

/** The definition list of a status block: responsible units, due date, management response, date of the progress note. */
export default function StatusBlockFields({
  owners,
  due,
  response,
  responseNote,
  asOf,
  status,
}: Props): ReactNode {
  if (owners.length === 0 && !due && !response && !asOf) return null;
  return (
    <dl className="kb-status-block__fields">
      {owners.length > 0 && (
        <Field
          name="owners"
          label={
            <Translate
              id="theme.kb.statusBlock.responsible"
              description="Label of the units responsible for a status block">
              Responsible
            </Translate>
          }>
          {owners.map((owner) => (
            <dd key={owner.code}>
              <UnitLink code={owner.code} name={owner.name}>
                {ownerText(owner)}
              </UnitLink>
            </dd>
          ))}
        </Field>
      )}
      {due && (
        <Field
          name="due"
          label={
            <Translate
              id="theme.kb.statusBlock.due"
              description="Label of the due date of a status block">
              Due
            </Translate>
          }>
          <dd>
            <DueDate due={due} />
            {status && <OverdueBy due={due} status={status.value} />}
          </dd>
        </Field>
      )}
      {response && (
        <Field
          name="response"
          label={
            <Translate
              id="theme.kb.statusBlock.response"
              description="Label of the management response to a recommendation">
              Management response
            </Translate>
          }>
          <dd className={`kb-status-block__response--${response.value}`}>{response.label}</dd>
        </Field>
      )}
      {responseNote && (
        <Field
          name="response-note"
          label={
            <Translate
              id="theme.kb.statusBlock.responseNote"
              description="Label of the justification of a recommendation not fully accepted">
              Justification
            </Translate>
          }>
          <dd>{responseNote}</dd>
        </Field>
      )}
      {asOf && (
        <Field
          name="as-of"
          label={
            <Translate
              id="theme.kb.statusBlock.asOf"
              description="Label of the date of the progress note of a status block">
              Progress as of
            </Translate>
          }>
          <dd>
            <LongDate date={asOf} />
          </dd>
        </Field>
      )}
    </dl>
  );
}
