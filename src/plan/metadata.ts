/** Titles, descriptions and tags: the per-image metadata sent to CreateUploadImage. Pure functions. */
import path from 'node:path'
import { OwnershipMark, VodLimits } from '../shared/index.js'

export const TemplatePlaceholders = ['name', 'filename', 'path', 'ext', 'repo', 'ref', 'sha'] as const
type Placeholder = (typeof TemplatePlaceholders)[number]
type TemplateVars = Record<Placeholder, string>

const PLACEHOLDER = /\{([^{}]*)\}/g
// Control characters are refused by VOD (IllegalCharacters) and can come from file names.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/g
// eslint-disable-next-line no-control-regex
const HAS_CONTROL_CHAR = /[\u0000-\u001f\u007f]/

/** The placeholders in a template that are not known; empty when the template is valid. */
export function unknownPlaceholders(template: string): string[] {
  const known = new Set<string>(TemplatePlaceholders)
  return [...template.matchAll(PLACEHOLDER)].map(m => m[1]).filter(name => !known.has(name))
}

export function renderTemplate(template: string, vars: TemplateVars): string {
  const rendered = template.replace(PLACEHOLDER, (whole, name: string) =>
    (TemplatePlaceholders as readonly string[]).includes(name) ? vars[name as Placeholder] : whole
  )
  return rendered.replace(CONTROL_CHARS, ' ').trim()
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/** Cuts text to at most maxBytes of UTF-8 without splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): { value: string; truncated: boolean } {
  if (utf8Length(text) <= maxBytes) return { value: text, truncated: false }
  let bytes = 0
  let value = ''
  for (const char of text) {
    const size = utf8Length(char)
    if (bytes + size > maxBytes) break
    bytes += size
    value += char
  }
  return { value, truncated: true }
}

export interface RepositoryInfo {
  /** owner/name, from GITHUB_REPOSITORY. */
  repository: string
  /** Branch or tag name, from GITHUB_REF_NAME. */
  ref: string
  /** Full commit SHA, from GITHUB_SHA. */
  sha: string
}

/** The tag that marks an image as uploaded by the repository with this id (docs/protocol.md, "Ownership mark"). */
export function ownershipTag(repositoryId: string): string {
  return `${OwnershipMark.tagPrefix}${repositoryId}`
}

/**
 * Whether a tag would pass for an ownership mark (the prefix, in any case). Only the action writes one, from
 * GITHUB_REPOSITORY_ID: neither a tags input nor a repository or branch name may claim another repository's mark.
 */
export function isOwnershipTag(tag: string): boolean {
  return tag.toLowerCase().startsWith(OwnershipMark.tagPrefix)
}

export function templateVars(relativePath: string, repo: RepositoryInfo): TemplateVars {
  const filename = path.posix.basename(relativePath)
  const ext = path.posix.extname(filename)
  return {
    name: ext ? filename.slice(0, -ext.length) : filename,
    filename,
    path: relativePath,
    ext: ext.replace(/^\./, ''),
    repo: repositoryName(repo.repository),
    ref: repo.ref,
    sha: repo.sha.slice(0, 7)
  }
}

function repositoryName(repository: string): string {
  return repository.split('/').pop() ?? ''
}

/** Repository name, ref name and short SHA, each made a valid VOD tag. Empty values are left out. */
export function repositoryTags(repo: RepositoryInfo): string[] {
  return [repositoryName(repo.repository), repo.ref, repo.sha.slice(0, 7)]
    .map(tag => truncateUtf8(tag.replace(/,/g, '-').replace(CONTROL_CHARS, ' ').trim(), VodLimits.tagBytes).value.trim())
    .filter(tag => tag.length > 0)
}

/**
 * Splits the `tags` input on commas and newlines. Returns the tags and the problems found;
 * a tag can never contain a comma because the comma is the separator VOD uses.
 */
export function parseUserTags(text: string, markTaken = false): { tags: string[]; problems: string[] } {
  const tags = unique(
    text
      .split(/[,\n]/)
      .map(tag => tag.trim())
      .filter(tag => tag.length > 0)
  )
  const problems: string[] = []
  for (const tag of tags) {
    if (utf8Length(tag) > VodLimits.tagBytes) {
      problems.push(`tag "${tag}" is ${utf8Length(tag)} bytes of UTF-8; VOD allows at most ${VodLimits.tagBytes}`)
    }
    if (HAS_CONTROL_CHAR.test(tag)) problems.push(`tag "${JSON.stringify(tag).slice(1, -1)}" contains a control character`)
    if (isOwnershipTag(tag))
      problems.push(
        `tag "${tag}" starts with "${OwnershipMark.tagPrefix}", which marks the repository that uploaded an image; it is set by the action only`
      )
  }
  if (!markTaken && tags.length > VodLimits.maxTags) {
    problems.push(`${tags.length} tags given; VOD allows at most ${VodLimits.maxTags}`)
  }
  if (markTaken && tags.length >= VodLimits.maxTags) {
    problems.push(
      `${tags.length} tags given; at most ${VodLimits.maxTags - 1} are allowed: VOD allows ${VodLimits.maxTags}, and one holds the tag that marks this repository's uploads (${OwnershipMark.tagPrefix}<GITHUB_REPOSITORY_ID>)`
    )
  }
  return { tags, problems }
}

/**
 * User tags first; repository tags fill the remaining room up to VOD's limit, less one for the repository's mark, which comes last when given.
 * dropped: repository tags with no room left; refused: repository tags that would pass for an ownership mark, never sent.
 */
export function combineTags(
  userTags: readonly string[],
  repoTags: readonly string[],
  mark?: string
): { tags: string[]; dropped: string[]; refused: string[] } {
  const tags = unique([...userTags])
  const room = mark === undefined ? VodLimits.maxTags : VodLimits.maxTags - 1
  const dropped: string[] = []
  const refused = repoTags.filter(isOwnershipTag)
  for (const tag of repoTags) {
    if (tags.includes(tag) || isOwnershipTag(tag)) continue
    if (tags.length < room) tags.push(tag)
    else dropped.push(tag)
  }
  return { tags: mark === undefined ? tags : [...tags, mark], dropped, refused }
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}
