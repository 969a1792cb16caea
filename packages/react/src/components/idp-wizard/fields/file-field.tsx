'use client'

import type { ReactNode } from 'react'

import { Field } from '../../../ui/field.tsx'
import { useWizard } from '../wizard-context.tsx'

/** Props of {@link FileField}. */
export interface FileFieldProps {
  name: 'metadataXml' | 'signingCert'
  label: string
  help: string
  accept: string
  disabled: boolean
  /**
   * Reads the chosen file into the form: the problem to show, or `null` when it was fine. It
   * rejects when the browser cannot read the file: `unreadable` is shown then.
   */
  onFile: (file: File) => Promise<string | null>
  /** The problem shown when the file cannot be read. */
  unreadable: string
  /** What the loaded file holds (certificate, metadata summary), right under the field. */
  after?: ReactNode
}

/**
 * A file input whose content goes into the form (the input itself holds nothing): the file is
 * checked in the browser and its problem shown as the field's error.
 */
export function FileField(props: FileFieldProps): ReactNode {
  const { form } = useWizard()
  const { name } = props
  return (
    <div className="mk-IdpWizard-upload">
      <Field
        name={name}
        label={props.label}
        description={props.help}
        error={form.formState.errors[name]?.message}
      >
        {(control) => (
          <input
            {...control}
            name={name}
            type="file"
            className="mk-IdpWizard-file"
            accept={props.accept}
            disabled={props.disabled}
            ref={(element) => {
              // Lets setFocus / shouldFocus reach the file input.
              form.register(name).ref(element)
            }}
            onChange={(event) => {
              const file = event.target.files?.[0]
              event.target.value = ''
              if (!file) {
                return
              }
              void props
                .onFile(file)
                .catch(() => props.unreadable)
                .then((problem) => {
                  if (problem) {
                    form.setError(name, { type: 'file', message: problem })
                  } else {
                    form.clearErrors(name)
                  }
                })
            }}
          />
        )}
      </Field>
      {props.after}
    </div>
  )
}
