'use client'

import type { ProvisioningConfig } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { CopyButton } from '../../ui/copy-button.tsx'
import { formatApiDate } from './api-date.ts'
import { useScimScope } from './scim-scope.ts'
import { ApiText } from '../../ui/api-text.tsx'

/** Props of {@link ProvisioningFacts}. */
export interface ProvisioningFactsProps {
  /** The provider's name. */
  name: string
  endpointUrl: string
  config: ProvisioningConfig
}

/** The SCIM endpoint URL (with Copy), the user id attribute, and when provisioning was set up. */
export function ProvisioningFacts(props: ProvisioningFactsProps): ReactNode {
  const { t, translator, slot } = useScimScope()
  const { config, endpointUrl } = props
  return (
    <div {...slot('details')}>
      <dl className="mk-ScimTokenManager-facts">
        <div className="mk-ScimTokenManager-endpoint">
          <dt>{t('scimTokenManager.setUp.endpoint')}</dt>
          <dd>
            <span className="mk-ScimTokenManager-copyRow">
              <code className="mk-code">{endpointUrl}</code>
              <CopyButton
                className="mk-ScimTokenManager-copy"
                text={endpointUrl}
                label={t('scimTokenManager.setUp.copyEndpoint')}
                t={t}
              />
            </span>
            <span className="mk-description">
              {t('scimTokenManager.setUp.endpointHelp', { name: props.name })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('scimTokenManager.setUp.userIdAttribute')}</dt>
          <dd>
            <ApiText code value={config.user_id_attribute} maxLines={3} />
          </dd>
        </div>
        <div>
          <dt>{t('scimTokenManager.setUp.since')}</dt>
          <dd>{formatApiDate(translator, config.created_at)}</dd>
        </div>
        <div>
          <dt>{t('scimTokenManager.setUp.updated')}</dt>
          <dd>{formatApiDate(translator, config.updated_on)}</dd>
        </div>
      </dl>
    </div>
  )
}
