'use client'

import type { ProvisioningConfig } from '@myorg-kit/client'
import { type ReactNode, useId } from 'react'

import { Badge } from './badge.tsx'
import { useScimScope } from './scim-scope.ts'
import { ApiText } from '../../ui/api-text.tsx'
import { SkippedItems } from '../../ui/skipped-items.tsx'

/** Props of {@link AttributeMappingTable}. */
export interface AttributeMappingTableProps {
  /** The provider's name. */
  name: string
  attributes: ProvisioningConfig['attributes']
}

/** How SCIM attributes map to user attributes, with required, extra and missing ones badged. */
export function AttributeMappingTable(props: AttributeMappingTableProps): ReactNode {
  const { t, slot, levels } = useScimScope()
  const captionId = useId()
  const Section = `h${levels.section}` as const
  return (
    <div {...slot('mapping')}>
      <Section className="mk-ScimTokenManager-sectionTitle">
        {t('scimTokenManager.setUp.mapping')}
      </Section>
      {props.attributes.length === 0 ? (
        <p className="mk-description">{t('scimTokenManager.setUp.noMapping')}</p>
      ) : (
        <div className="mk-ScimTokenManager-scroll">
          <table className="mk-table" aria-describedby={captionId}>
            <caption id={captionId} className="mk-visually-hidden">
              {t('scimTokenManager.setUp.mappingCaption', { name: props.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('scimTokenManager.setUp.columns.scimAttribute')}</th>
                <th scope="col">{t('scimTokenManager.setUp.columns.userAttribute')}</th>
                <th scope="col">{t('scimTokenManager.setUp.columns.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {props.attributes.map((attribute) => (
                <tr
                  key={`${attribute.provisioning_field}→${attribute.user_attribute ?? ''}`}
                  data-extra={attribute.is_extra || undefined}
                  data-missing={attribute.is_missing || undefined}
                >
                  <th scope="row">
                    <ApiText code value={attribute.provisioning_field} maxLines={3} />
                  </th>
                  <td>
                    <ApiText
                      value={attribute.label ?? attribute.user_attribute ?? ''}
                      maxLines={3}
                    />
                    {attribute.label && attribute.user_attribute ? (
                      <span className="mk-ScimTokenManager-attributeName">
                        <ApiText code value={attribute.user_attribute} maxLines={3} />
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <span className="mk-ScimTokenManager-badges">
                      {attribute.is_required ? (
                        <Badge>{t('scimTokenManager.setUp.required')}</Badge>
                      ) : null}
                      {attribute.is_extra ? (
                        <Badge variant="warning" title={t('scimTokenManager.setUp.extraHelp')}>
                          {t('scimTokenManager.setUp.extra')}
                        </Badge>
                      ) : null}
                      {attribute.is_missing ? (
                        <Badge variant="danger" title={t('scimTokenManager.setUp.missingHelp')}>
                          {t('scimTokenManager.setUp.missing')}
                        </Badge>
                      ) : null}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SkippedItems skipped={props.attributes.skipped} className="mk-ScimTokenManager-skipped" />
    </div>
  )
}
