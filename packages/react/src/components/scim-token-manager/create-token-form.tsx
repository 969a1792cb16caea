'use client'

import { MyOrgApiError, type ScimToken } from '@myorg-kit/client'
import { type ReactNode, type Ref, useMemo, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'

import { useCreateScimToken } from '../../api/scim-tokens.queries.ts'
import { ErrorNotice } from '../../kit/error-notice.tsx'
import { usePreloadParts } from '../../kit/lazy-part.ts'
import { loadOnce } from '../../lib/load-once.ts'
import { lazyZodResolver } from '../../lib/zod-resolver.ts'
import { SubmitButton } from '../../ui/button.tsx'
import { LifetimePicker } from './lifetime-picker.tsx'
import { useScimScope } from './scim-scope.ts'
import { type TokenLifetimeValues, toCreateScimTokenBody } from './token-lifetime.ts'

// Validated on submit only: the schema (and zod) load then, preloaded once the form shows.
const lifetimeSchema = /* @__PURE__ */ loadOnce(() => import('./token-lifetime-schema.ts'))

/** A just-created token: its metadata, and the only copy of its secret. */
export interface CreatedToken {
  metadata: ScimToken
  secret: string
}

/** Props of {@link CreateTokenForm}. */
export interface CreateTokenFormProps {
  /** The provider's id. */
  idpId: string
  /** The provider's name. */
  name: string
  /** The fieldset (the rotation guide scrolls to it). */
  fieldsetRef: Ref<HTMLFieldSetElement>
  /** Gets the new token, secret included: the form keeps no copy. */
  onCreated: (created: CreatedToken) => void
}

/** The lifetime picker and "Create token". The created secret goes straight to `onCreated`. */
export function CreateTokenForm(props: CreateTokenFormProps): ReactNode {
  const { t, slot, levels, reportError } = useScimScope()
  const { idpId, name, fieldsetRef, onCreated } = props
  usePreloadParts(lifetimeSchema)
  const resolver = useMemo(
    () =>
      lazyZodResolver<TokenLifetimeValues, TokenLifetimeValues>(async () =>
        (await lifetimeSchema.preload()).createTokenLifetimeSchema(t),
      ),
    [t],
  )
  const form = useForm<TokenLifetimeValues>({
    defaultValues: { lifetime: '90', customDays: '' },
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  const { register, handleSubmit, formState, setError, control } = form
  const lifetime = useWatch({ control, name: 'lifetime' })
  // The plaintext never reaches the mutation's data: the hook hands it over through takeSecret.
  const create = useCreateScimToken()
  // The rules' code failed to download on submit: nothing was sent.
  const [loadError, setLoadError] = useState<unknown>(null)

  const submit = handleSubmit(async (values) => {
    try {
      const metadata = await create.mutateAsync({ idpId, body: toCreateScimTokenBody(values) })
      const secret = create.takeSecret()
      // Drops the finished mutation (and its observer's copy of the result) right away.
      create.reset()
      if (secret !== null) {
        onCreated({ metadata, secret })
      }
    } catch (error) {
      create.takeSecret()
      if (error instanceof MyOrgApiError) {
        const issue = error.validationErrors.find((item) => item.field === 'token_lifetime')
        if (issue && values.lifetime === 'custom') {
          setError('customDays', { type: 'server', message: issue.message }, { shouldFocus: true })
        }
      }
      reportError(error, 'createToken')
    }
  })

  return (
    <form
      {...slot('createForm')}
      noValidate
      aria-busy={create.isPending || undefined}
      onSubmit={(event) => {
        setLoadError(null)
        // `submit` handles its own failures; it rejects only when the rules could not load.
        submit(event).catch((error: unknown) => {
          setLoadError(error)
          reportError(error, 'createToken')
        })
      }}
    >
      <fieldset ref={fieldsetRef} className="mk-ScimTokenManager-fieldset">
        <legend className="mk-ScimTokenManager-legend">
          {t('scimTokenManager.create.legend')}
        </legend>
        <LifetimePicker
          name={name}
          register={register}
          lifetime={lifetime}
          customError={formState.errors.customDays?.message}
        />
        <div className="mk-ScimTokenManager-buttonRow">
          <SubmitButton
            pending={create.isPending}
            pendingLabel={t('scimTokenManager.create.creating')}
            label={t('scimTokenManager.create.submit')}
          />
        </div>
      </fieldset>
      {(create.error ?? loadError) ? (
        <ErrorNotice
          error={create.error ?? loadError}
          headingLevel={Math.min(levels.section + 1, 6) as 4 | 5 | 6}
        />
      ) : null}
    </form>
  )
}
