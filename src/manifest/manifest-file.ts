/**
 * The manifest: a JSON file in the repository that maps each workspace-relative path to the image
 * VOD holds for it. Sorted keys and two-space indents, so that its diffs read well in a pull request.
 */
import { randomBytes } from 'node:crypto'
import { constants, promises as fs } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import path from 'node:path'
import { hasControlCharacter, imageIdProblem, InputError, Inputs, shown, tagsProblem, titleProblem, urlProblem } from '../shared/index.js'
import type { ImageFormat } from '../files/index.js'

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
    // An object or list is not written out: nested deep enough, JSON.stringify would overflow the stack.
    const version =
      typeof parsed.version === 'object' && parsed.version !== null ? '(an object or list)' : JSON.stringify(parsed.version ?? null)
    throw manifestError(
      shownAs,
      `has version ${version}; this action reads version ${MANIFEST_VERSION} only (a newer action may have written it); it was left untouched`
    )
  }
  if (!isObject(parsed.images)) throw manifestError(shownAs, 'has no "images" object; it was left untouched')
  const unknown = unknownField(parsed, ['version', 'images'])
  if (unknown) throw manifestError(shownAs, `has ${unknown}; it was left untouched`)
  const images = imageMap()
  for (const [key, entry] of Object.entries(parsed.images)) {
    const problem = keyProblem(key) ?? entryProblem(entry)
    if (problem)
      throw manifestError(
        shownAs,
        `entry "${shown(key.length > MAX_SHOWN_KEY ? `${key.slice(0, MAX_SHOWN_KEY)}…` : key)}" ${problem}; it was left untouched`
      )
    images[key] = entry as ManifestEntry
  }
  return { version: MANIFEST_VERSION, images }
}

/** A path longer than any file system allows is shown cut: the key is the pull request's to make as long as it likes. */
const MAX_SHOWN_KEY = 4096

/** A key must be a workspace-relative path as this action writes it: no `..`, `.` or empty part, not absolute. */
function keyProblem(key: string): string | undefined {
  if (hasControlCharacter(key)) return 'has a control character in its path'
  if (key.startsWith('/') || key.split('/').some(part => part === '' || part === '.' || part === '..')) {
    return 'is not a path inside the workspace (absolute, or with an empty, "." or ".." part)'
  }
  return undefined
}

/**
 * Every field this action writes is checked, so that nothing of the wrong type reaches the outputs,
 * and a field it does not write is refused at any depth: what it does not know, it does not write back.
 * sha256, imageId and imageUrl are needed; the rest may be missing (an entry written by hand or by
 * an older action), and such an entry is never trusted to name an image to delete (isCompleteEntry).
 */
function entryProblem(entry: unknown): string | undefined {
  if (!isObject(entry)) return 'is not an object'
  for (const field of ['sha256', 'imageId', 'imageUrl'] as const) {
    if (entry[field] === undefined || entry[field] === '') return `has no "${field}"`
  }
  const unknown = unknownField(entry, FIELD_PROBLEMS.keys())
  if (unknown) return `has ${unknown}`
  for (const [field, problem] of FIELD_PROBLEMS) {
    const value = entry[field]
    const wrong = value === undefined ? undefined : problem(value)
    if (wrong) return `has ${field === 'imageId' || field === 'imageUrl' ? 'an' : 'a'} "${field}" that ${wrong}`
  }
  return undefined
}

/** The first key of the object that is not one of the known ones, described; undefined when there is none. */
function unknownField(object: Record<string, unknown>, known: Iterable<string>): string | undefined {
  const knownKeys = new Set(known)
  const key = Object.keys(object).find(name => !knownKeys.has(name))
  return key === undefined ? undefined : `a field this action does not write ("${shown(key.slice(0, 64))}")`
}

type FieldProblem = (value: unknown) => string | undefined

/** Every ImageFormat, checked by the compiler, so that a format added later is not refused here. */
const FORMATS = { png: true, jpeg: true, gif: true, webp: true, heic: true } satisfies Record<ImageFormat, true>

const sha256Problem: FieldProblem = value =>
  typeof value === 'string' && /^[0-9a-f]{64}$/.test(value) ? undefined : 'is not 64 hex digits'
const stringProblem: FieldProblem = value => (typeof value === 'string' ? undefined : 'is not a string')
/** VOD may answer without a FileURL: the empty string is recorded then. */
const fileUrlProblem: FieldProblem = value => (value === '' ? undefined : urlProblem(value))
const replacedProblem: FieldProblem = value =>
  isObject(value) &&
  unknownField(value, ['imageId', 'deleted']) === undefined &&
  imageIdProblem(value.imageId) === undefined &&
  typeof value.deleted === 'boolean'
    ? undefined
    : 'is not {"imageId": an ImageId, "deleted": true or false}'

/** Each field an entry may have, and its check: the same as for a fresh upload, since skipped files report these values. */
const FIELD_PROBLEMS: ReadonlyMap<keyof ManifestEntry, FieldProblem> = new Map<keyof ManifestEntry, FieldProblem>([
  ['sha256', sha256Problem],
  ['bytes', value => (Number.isSafeInteger(value) && (value as number) >= 0 ? undefined : 'is not a whole number of bytes')],
  [
    'format',
    value => (typeof value === 'string' && Object.hasOwn(FORMATS, value) ? undefined : `is not one of ${Object.keys(FORMATS).join(', ')}`)
  ],
  ['imageId', imageIdProblem],
  ['imageUrl', urlProblem],
  ['fileUrl', fileUrlProblem],
  ['title', titleProblem],
  ['tags', tagsProblem],
  ['uploadedAt', stringProblem],
  ['replaced', replacedProblem]
])

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

/** Attempts at a free temporary name: a clash of 64 random bits means something is wrong, not bad luck. */
const TEMPORARY_NAME_ATTEMPTS = 3

/** A suffix nobody can guess beforehand: links committed under a predictable name would block every write. */
const randomSuffix = (): string => randomBytes(8).toString('hex')

/**
 * Writes through a temporary file in the same folder and a rename: a reader never sees half a file.
 * A write or rename that fails removes the temporary file, which a commit step would otherwise commit.
 */
export async function writeManifestAtomically(file: string, text: string, suffix: () => string = randomSuffix): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true })
  const { handle, temporary } = await createTemporary(file, suffix)
  try {
    try {
      await handle.writeFile(text)
    } finally {
      await handle.close()
    }
    await fs.rename(temporary, file)
  } catch (error) {
    await fs.rm(temporary, { force: true })
    throw error
  }
}

/** Created exclusively ('wx'): a link or file that already has the name is never written through nor removed; another name is drawn. */
async function createTemporary(file: string, suffix: () => string): Promise<{ handle: FileHandle; temporary: string }> {
  for (let attempt = 1; ; attempt++) {
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${suffix()}.tmp`)
    try {
      return { handle: await fs.open(temporary, 'wx'), temporary }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= TEMPORARY_NAME_ATTEMPTS) throw error
    }
  }
}
