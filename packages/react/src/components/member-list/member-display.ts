import type { OrgMember } from '@myorg-kit/client'

/** The name to show for a member: name, else nickname, else email, else `fallback`. */
export function memberName(member: OrgMember, fallback: string): string {
  const name = member.name?.trim() || member.nickname?.trim() || member.email?.trim()
  return name === undefined || name === '' ? fallback : name
}

/**
 * The members whose name, nickname or email holds `query` (case- and accent-insensitive). The
 * API has no search: this narrows what is loaded.
 */
export function filterMembers(members: readonly OrgMember[], query: string): OrgMember[] {
  const needle = fold(query.trim())
  if (needle === '') {
    return [...members]
  }
  return members.filter((member) =>
    [member.name, member.nickname, member.email, member.given_name, member.family_name].some(
      (value) => value !== undefined && fold(value).includes(needle),
    ),
  )
}

function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase()
}
