/**
 * The manifest: a JSON file in the repository that maps each workspace-relative path to the image
 * VOD holds for it. Sorted keys and two-space indents, so that its diffs read well in a pull request.
 */
import { constants, promises as fs } from 'node:fs'
import path from 'node:path'
import { Inputs } from '../shared/names.js'
import { InputError } from '../shared/errors.js'
import { hasControlCharacter, shown } from '../shared/log.js'

const MANIFEST_VERSION = 1

export interface ManifestEntry {
  sha256: string
  bytes: number
  format: string
  imageId: string
  imageUrl: string
  fileUrl: string
  title: string
  tags: string[]
  uploadedAt: string
  /** delete-replaced: the ImageId this upload replaced, and whether it was deleted from VOD. */
  replaced?: { imageId: string; deleted: boolean }
}

export interface Manifest {
  version: number
  images: Record<string, ManifestEntry>
}

export interface LoadedManifest {
  manifest: Manifest
  /** The file's text as read; undefined when there was no file. */
  text?: string
}

/** Images keyed by path, with no prototype: keys such as `__proto__` or `constructor` are plain paths. */
export function imageMap(entries: Record<string, ManifestEntry> = {}): Record<string, ManifestEntry> {
  return Object.assign(Object.create(null) as Record<string, ManifestEntry>, entries)
}

function emptyManifest(): Manifest {
  return { version: MANIFEST_VERSION, images: imageMap() }
}

/**
 * A missing file is an empty manifest; a corrupt one, or one of another version, is an input error.
 * Opened once without following a link: a manifest that is a symbolic link could make the action
 * read, and then overwrite, a file elsewhere.
 */
export async function readManifest(file: string, shownAs: string): Promise<LoadedManifest> {
  let text: string
  try {
    const handle = await fs.open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK)
    try {
      if (!(await handle.stat()).isFile()) throw manifestError(shownAs, 'is not a regular file; it was left untouched')
      text = await handle.readFile('utf8')
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { manifest: emptyManifest() }
    if (code === 'ELOOP')
      throw manifestError(shownAs, 'is a symbolic link; the manifest must be a regular file in the workspace; it was left untouched')
    throw manifestError(shownAs, `cannot be read (${code})`)
  }
  return { manifest: parseManifest(text, shownAs), text }
}

export function parseManifest(text: string, shownAs: string): Manifest {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw manifestError(shownAs, `is not valid JSON (${(error as Error).message}); fix or delete it — it was left untouched`)
  }
  if (!isObject(parsed)) throw manifestError(shownAs, 'is not a JSON object; it was left untouched')
  if (parsed.version !== MANIFEST_VERSION) {
    const version = JSON.stringify(parsed.version ?? null)
    throw manifestError(
      shownAs,
      `has version ${version}; this action reads version ${MANIFEST_VERSION} only (a newer action may have written it); it was left untouched`
    )
  }
  if (!isObject(parsed.images)) throw manifestError(shownAs, 'has no "images" object; it was left untouched')
  const images = imageMap()
  for (const [key, entry] of Object.entries(parsed.images)) {
    const problem = keyProblem(key) ?? entryProblem(entry)
    if (problem) throw manifestError(shownAs, `entry "${shown(key)}" ${problem}; it was left untouched`)
    images[key] = entry as ManifestEntry
  }
  return { version: MANIFEST_VERSION, images }
}

/** A key must be a workspace-relative path as this action writes it: no `..`, `.` or empty part, not absolute. */
function keyProblem(key: string): string | undefined {
  if (hasControlCharacter(key)) return 'has a control character in its path'
  if (key.startsWith('/') || key.split('/').some(part => part === '' || part === '.' || part === '..')) {
    return 'is not a path inside the workspace (absolute, or with an empty, "." or ".." part)'
  }
  return undefined
}

// VOD's ImageIds are 32 hex digits; anything that could carry text into a log or a request is refused.
const IMAGE_ID = /^[0-9A-Za-z_-]{1,64}$/

function entryProblem(entry: unknown): string | undefined {
  if (!isObject(entry)) return 'is not an object'
  for (const field of ['sha256', 'imageId', 'imageUrl'] as const) {
    if (typeof entry[field] !== 'string' || entry[field] === '') return `has no "${field}"`
  }
  if (!/^[0-9a-f]{64}$/.test(entry.sha256 as string)) return 'has a "sha256" that is not 64 hex digits'
  if (!IMAGE_ID.test(entry.imageId as string)) return 'has an "imageId" that is not an ImageId (letters, digits, - and _)'
  return undefined
}

/** True when the entry has every field, of the right type, that this action writes after an upload. */
export function isCompleteEntry(entry: ManifestEntry): boolean {
  const strings = [entry.format, entry.imageUrl, entry.fileUrl, entry.title, entry.uploadedAt]
  return (
    strings.every(value => typeof value === 'string') &&
    Number.isSafeInteger(entry.bytes) &&
    entry.bytes > 0 &&
    Array.isArray(entry.tags) &&
    !Number.isNaN(Date.parse(entry.uploadedAt))
  )
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function manifestError(shownAs: string, message: string): InputError {
  return new InputError([{ input: Inputs.Manifest, message: `${shownAs} ${message}` }])
}

/** Two-space JSON with every object's keys sorted, and a final newline. */
export function serializeManifest(manifest: Manifest): string {
  return `${JSON.stringify(sortKeys(manifest), null, 2)}\n`
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (!isObject(value)) return value
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map(key => [key, sortKeys(value[key])])
  )
}

/** Writes through a temporary file in the same folder and a rename: a reader never sees half a file. */
export async function writeManifestAtomically(file: string, text: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true })
  // Created exclusively: a link or file planted under this name is never written through.
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`)
  await fs.writeFile(temporary, text, { flag: 'wx' })
  await fs.rename(temporary, file)
}
