import type { IdpAttributeMapItem } from '@myorg-kit/client'
import { describe, expect, it } from 'vitest'

import { diffAttributeMapping, predictAttributeRefresh } from './attribute-diff.ts'

function row(
  user_attribute: string,
  sso_field: string[],
  flags: Partial<IdpAttributeMapItem> = {},
): IdpAttributeMapItem {
  return {
    user_attribute,
    label: user_attribute.toUpperCase(),
    is_required: false,
    is_extra: false,
    is_missing: false,
    sso_field,
    ...flags,
  }
}

describe('diffAttributeMapping', () => {
  it('names added, removed and changed attributes by label', () => {
    const before = [
      row('email', ['email']),
      row('dept', ['department'], { is_extra: true }),
      row('family', [], { is_missing: true }),
      row('given', ['given_name']),
    ]
    const after = [row('email', ['email']), row('family', ['family_name']), row('given', ['first'])]
    expect(diffAttributeMapping(before, after)).toEqual({
      added: ['FAMILY'],
      removed: ['DEPT'],
      changed: ['GIVEN'],
    })
  })

  it('is empty when nothing changed or there is no mapping', () => {
    const same = [row('email', ['email'])]
    expect(diffAttributeMapping(same, same)).toEqual({ added: [], removed: [], changed: [] })
    expect(diffAttributeMapping(undefined, undefined)).toEqual({
      added: [],
      removed: [],
      changed: [],
    })
  })
})

describe('predictAttributeRefresh', () => {
  it('reads is_extra as removed and is_missing as added', () => {
    expect(
      predictAttributeRefresh([
        row('email', ['email']),
        row('dept', ['department'], { is_extra: true }),
        row('family', [], { is_missing: true }),
      ]),
    ).toEqual({ willRemove: ['DEPT'], willAdd: ['FAMILY'] })
  })
})
