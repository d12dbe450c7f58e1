/**
 * The manifest: a JSON file in the repository that maps each workspace-relative path to the image
 * VOD holds for it. Sorted keys and two-space indents, so that its diffs read well in a pull request.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { Inputs } from './constants.js'
import { InputError } from './errors.js'

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

function emptyManifest(): Manifest {
  return { version: MANIFEST_VERSION, images: {} }
}

/** A missing file is an empty manifest; a corrupt one, or one of another version, is an input error. */
export async function readManifest(file: string, shownAs: string): Promise<LoadedManifest> {
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { manifest: emptyManifest() }
    throw manifestError(shownAs, `cannot be read (${(error as NodeJS.ErrnoException).code})`)
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
    throw manifestError(shownAs, `has version ${version}; this action reads version ${MANIFEST_VERSION} only (a newer action may have written it); it was left untouched`)
  }
  if (!isObject(parsed.images)) throw manifestError(shownAs, 'has no "images" object; it was left untouched')
  const images: Record<string, ManifestEntry> = {}
  for (const [key, entry] of Object.entries(parsed.images)) {
    const problem = entryProblem(entry)
    if (problem) throw manifestError(shownAs, `entry "${key}" ${problem}; it was left untouched`)
    images[key] = entry as ManifestEntry
  }
  return { version: MANIFEST_VERSION, images }
}

function entryProblem(entry: unknown): string | undefined {
  if (!isObject(entry)) return 'is not an object'
  for (const field of ['sha256', 'imageId', 'imageUrl'] as const) {
    if (typeof entry[field] !== 'string' || entry[field] === '') return `has no "${field}"`
  }
  if (!/^[0-9a-f]{64}$/.test(entry.sha256 as string)) return 'has a "sha256" that is not 64 hex digits'
  return undefined
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
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`)
  await fs.writeFile(temporary, text)
  await fs.rename(temporary, file)
}
