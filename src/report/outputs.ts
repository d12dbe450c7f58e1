/**
 * The step outputs and the results file. A list that grows with the images is made in pieces, so
 * that it is never one string in memory.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { log, Outputs, type OutputName } from '../shared/index.js'
import {
  byImportance,
  current,
  count,
  keptImageIds,
  NO_OUTCOME,
  orphanedImageIds,
  type DeletionReport,
  type ImageReport,
  type RunOutcome
} from './model.js'
import type { OutputCut } from './messages.js'
import { deletionReports } from './deletion-reports.js'

/** GitHub's limit on one output (docs/protocol.md, "Runner limits"), in outputSize's measure: every value stays below it. */
export const OUTPUT_MAX_BYTES = 1_000_000

/** The lists the outputs give, each cut at a whole entry to stay under the limit, what matters first; and which were cut. */
interface Lists {
  /** The matched files that fit, failed and changed ones first, in path order. */
  images: readonly ImageReport[]
  /** The images VOD holds (uploaded or unchanged) that fit: image-ids and image-urls, entry for entry, changed ones first, in path order. */
  held: readonly ImageReport[]
  /** The same images for the markdown output, as many as it fits. */
  shown: readonly ImageReport[]
  deletions: readonly DeletionReport[]
  unsupported: readonly unknown[]
  orphaned: readonly string[]
  kept: readonly string[]
  cuts: OutputCut[]
}

/** An output's value; a list that grows with the images comes in pieces, so that it is never one string in memory. */
type OutputValue = (
  lists: Lists,
  reports: readonly ImageReport[],
  run: { resultsFile: string; facts: RunOutcome }
) => string | Generator<string>

/** How each output's value is made; each is made only when it is set. */
const OUTPUT_VALUES: Readonly<Record<OutputName, OutputValue>> = {
  [Outputs.ImageId]: (_lists, reports) => current(reports)[0]?.imageId ?? '',
  [Outputs.ImageUrl]: (_lists, reports) => current(reports)[0]?.imageUrl ?? '',
  [Outputs.FileUrl]: (_lists, reports) => current(reports)[0]?.fileUrl ?? '',
  [Outputs.ImageIds]: lists => jsonArrayPieces(lists.held.map(r => r.imageId)),
  [Outputs.ImageUrls]: lists => jsonArrayPieces(lists.held.map(r => r.imageUrl)),
  [Outputs.Images]: lists => jsonArrayPieces(lists.images),
  [Outputs.UploadedCount]: (_lists, reports) => count(reports, 'uploaded'),
  [Outputs.SkippedCount]: (_lists, reports) => count(reports, 'skipped'),
  [Outputs.FailedCount]: (_lists, reports) => count(reports, 'failed'),
  [Outputs.UnsupportedFiles]: lists => jsonArrayPieces(lists.unsupported),
  [Outputs.OrphanedImageIds]: lists => jsonArrayPieces(lists.orphaned),
  [Outputs.KeptImageIds]: lists => jsonArrayPieces(lists.kept),
  [Outputs.ResultsFile]: (_lists, _reports, run) => run.resultsFile,
  [Outputs.ManifestChanged]: (_lists, _reports, run) => String(run.facts.manifestChanged),
  [Outputs.Deletions]: lists => jsonArrayPieces(lists.deletions),
  [Outputs.Markdown]: lists => markdownPieces(lists.shown)
}

const whole = (value: string | Generator<string>): string => (typeof value === 'string' ? value : [...value].join(''))

/** What the report outputs are made from; maxBytes: the limit every output stays under (a test may lower it). */
export interface OutputSource {
  reports: readonly ImageReport[]
  resultsFile: string
  facts?: RunOutcome
  maxBytes?: number
}

/** The values of every output, in the order action.yml lists them, each list cut to stay under maxBytes. */
export function outputValues(
  reports: readonly ImageReport[],
  resultsFile: string,
  facts: RunOutcome = NO_OUTCOME,
  maxBytes = OUTPUT_MAX_BYTES
): Record<OutputName, string> {
  const lists = cutLists(reports, facts, maxBytes)
  const run = { resultsFile, facts }
  return Object.fromEntries(Object.entries(OUTPUT_VALUES).map(([name, value]) => [name, whole(value(lists, reports, run))])) as Record<
    OutputName,
    string
  >
}

/** Sets every output (a list that grows with the images written in pieces); returns the outputs cut to fit. */
export function setOutputs(source: OutputSource): OutputCut[] {
  const { reports, resultsFile, facts = NO_OUTCOME, maxBytes = OUTPUT_MAX_BYTES } = source
  const lists = cutLists(reports, facts, maxBytes)
  for (const [name, value] of Object.entries(OUTPUT_VALUES)) {
    const made = value(lists, reports, { resultsFile, facts })
    if (typeof made === 'string') log.setOutput(name, made)
    else log.setOutputInPieces(name, made)
  }
  return lists.cuts
}

/**
 * Every list output cut at whole entries so that its text stays under maxBytes (in outputSize). Which entries stay is
 * chosen in order of importance (failed, then changed, then unchanged; deletions: failed, then
 * kept); those that stay keep the order of the whole list. Each list measures its entries once.
 */
function cutLists(reports: readonly ImageReport[], facts: RunOutcome, maxBytes: number): Lists {
  const room = maxBytes - outputSize('[]')
  const { images, held, shown, whole: wholeImages } = cutImageLists(reports, room)
  const whole = {
    deletions: deletionReports(facts),
    unsupported: facts.unsupported ?? [],
    orphaned: orphanedImageIds(reports),
    kept: keptImageIds(facts)
  }
  const jsonSize = (item: unknown): number[] => [entrySize(item)]
  const lists = {
    images,
    held,
    shown,
    deletions: keepFitting(whole.deletions, rankDeletions(whole.deletions), room, jsonSize),
    unsupported: keepFitting(whole.unsupported, whole.unsupported, room, jsonSize),
    orphaned: keepFitting(whole.orphaned, whole.orphaned, room, jsonSize),
    kept: keepFitting(whole.kept, whole.kept, room, jsonSize)
  }
  const counts: Array<[OutputName, number, number]> = [
    [Outputs.ImageIds, held.length, wholeImages.held],
    [Outputs.ImageUrls, held.length, wholeImages.held],
    [Outputs.Images, images.length, reports.length],
    [Outputs.Markdown, shown.length, wholeImages.shown],
    [Outputs.Deletions, lists.deletions.length, whole.deletions.length],
    [Outputs.UnsupportedFiles, lists.unsupported.length, whole.unsupported.length],
    [Outputs.OrphanedImageIds, lists.orphaned.length, whole.orphaned.length],
    [Outputs.KeptImageIds, lists.kept.length, whole.kept.length]
  ]
  return { ...lists, cuts: counts.flatMap(([name, holds, of]) => (holds < of ? [{ name, holds, of }] : [])) }
}

/**
 * images is cut on its own; image-ids and image-urls together, entry for entry, each measured on its
 * own text (not held back by images); markdown on its own.
 */
function cutImageLists(
  reports: readonly ImageReport[],
  room: number
): Pick<Lists, 'images' | 'held' | 'shown'> & { whole: { held: number; shown: number } } {
  const held = current(reports)
  const withUrl = held.filter(report => report.imageUrl)
  return {
    images: keepFitting(reports, byImportance(reports).ordered, room, report => [entrySize(report)]),
    held: keepFitting(held, byImportance(held).ordered, room, report => [entrySize(report.imageId), entrySize(report.imageUrl)]),
    shown: keepFitting(withUrl, byImportance(withUrl).ordered, room, report => [outputSize(markdownBlock(report) + BLOCK_SEPARATOR)]),
    whole: { held: held.length, shown: withUrl.length }
  }
}

/** The items that fit, taken in the order of ranked (the same items by importance), given in the order of items. */
function keepFitting<T>(items: readonly T[], ranked: readonly T[], room: number, sizesOf: (item: T) => readonly number[]): T[] {
  const fit = fitting(ranked, room, sizesOf)
  if (fit === items.length) return [...items]
  const staying = new Set(ranked.slice(0, fit))
  return items.filter(item => staying.has(item))
}

/** How many leading items fit: each adds its sizes to the texts it is in (one size per text), and no text may pass room. */
function fitting<T>(items: readonly T[], room: number, sizesOf: (item: T) => readonly number[]): number {
  const used: number[] = []
  for (let i = 0; i < items.length; i++) {
    const sizes = sizesOf(items[i])
    if (sizes.some((size, text) => (used[text] ?? 0) + size > room)) return i
    sizes.forEach((size, text) => (used[text] = (used[text] ?? 0) + size))
  }
  return items.length
}

/**
 * A text's size as GitHub counts it against OUTPUT_MAX_BYTES: it approximates outputs in UTF-16 (two
 * bytes a code unit), and the runner writes UTF-8, so the larger of the two (docs/protocol.md, "Runner limits").
 */
export const outputSize = (text: string): number => Math.max(Buffer.byteLength(text, 'utf8'), 2 * text.length)
/** One entry of a JSON array output: its JSON and the comma after it. */
const entrySize = (value: unknown): number => outputSize(`${JSON.stringify(value)},`)

/** Failed deletions first, then kept images, then the rest, each group in the order given: the order they are kept in. */
function rankDeletions(deletions: readonly DeletionReport[]): DeletionReport[] {
  const rank = (entry: DeletionReport): number => (entry.outcome === 'failed' ? 0 : entry.outcome === 'kept' ? 1 : 2)
  return [0, 1, 2].flatMap(group => deletions.filter(entry => rank(entry) === group))
}

/**
 * For release notes: per image a block of `![title](url)`, a hard line break and its path (as `images`
 * gives it) as the caption; blocks apart by a blank line. Markdown's own characters escaped, line breaks made spaces, the URL kept in one piece.
 */
export function markdown(images: readonly ImageReport[]): string {
  return whole(markdownPieces(images.filter(image => image.imageUrl)))
}

const BLOCK_SEPARATOR = '\n\n'

function* markdownPieces(images: readonly ImageReport[]): Generator<string> {
  for (let start = 0; start < images.length; start += ITEMS_PER_PIECE) {
    const blocks = images.slice(start, start + ITEMS_PER_PIECE).map(markdownBlock)
    yield `${start === 0 ? '' : BLOCK_SEPARATOR}${blocks.join(BLOCK_SEPARATOR)}`
  }
}

// eslint-disable-next-line no-control-regex
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g

/**
 * Every character that CommonMark (or GitHub's extensions) gives a meaning in alt text is
 * backslash-escaped: a backtick would open a code span that swallows the next image, `&` an entity,
 * `*`, `_` and `~` emphasis. In the URL, what would end or break the destination is percent-encoded.
 * The caption has every ASCII punctuation character but `/` escaped: at the start of a line `#`, `-`, `=`,
 * `>`, `|` or a digit and `.` would make a heading, a list, a quote or a table of it.
 */
function markdownBlock(image: ImageReport): string {
  const title = image.title.replace(/[\\[\]()<>!`&*_~]/g, char => `\\${char}`).replace(LINE_BREAKING, ' ')
  const url = log.shown(image.imageUrl!).replace(/[ ()<>`\\]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
  const caption = image.path.replace(/[!-.:-@[-`{-~]/g, char => `\\${char}`).replace(LINE_BREAKING, ' ')
  return `![${title}](${url})\\\n${caption}`
}

/**
 * Writes the results array to a new file under the runner's temporary folder, and beside it
 * deletions.json: the `deletions` array (the results file stays one array of images).
 */
export async function writeResultsFile(
  reports: readonly ImageReport[],
  runnerTemp: string,
  facts: RunOutcome = NO_OUTCOME
): Promise<string> {
  await fs.mkdir(runnerTemp, { recursive: true })
  const folder = await fs.mkdtemp(path.join(runnerTemp, 'vod-image-upload-'))
  const file = path.join(folder, 'results.json')
  await writeJsonArray(file, reports)
  await writeJsonArray(path.join(folder, DELETIONS_FILE), deletionReports(facts))
  return file
}

/** The name of the deletions file, in the folder of the results file. */
const DELETIONS_FILE = 'deletions.json'

// Pieces stay well below 128 KB: V8 puts larger strings in its large-object space, freed only by a full GC.
const ITEMS_PER_PIECE = 100

/**
 * The text of JSON.stringify(items) (indented: JSON.stringify(items, null, 2)) in pieces of a
 * hundred items: never the whole text in memory at once.
 */
export function* jsonArrayPieces(items: readonly unknown[], indented = false): Generator<string> {
  if (items.length === 0) {
    yield '[]'
    return
  }
  const [open, separator, close] = indented ? ['[\n  ', ',\n  ', '\n]'] : ['[', ',', ']']
  const text = indented
    ? (item: unknown): string => JSON.stringify(item, null, 2).replace(/\n/g, '\n  ')
    : (item: unknown): string => JSON.stringify(item)
  for (let start = 0; start < items.length; start += ITEMS_PER_PIECE) {
    const end = start + ITEMS_PER_PIECE >= items.length
    yield `${start === 0 ? open : separator}${items
      .slice(start, start + ITEMS_PER_PIECE)
      .map(text)
      .join(separator)}${end ? close : ''}`
  }
}

/** JSON.stringify(items, null, 2) and a line break, written a piece at a time. */
export async function writeJsonArray(file: string, items: readonly unknown[]): Promise<void> {
  const handle = await fs.open(file, 'w')
  try {
    for (const piece of jsonArrayPieces(items, true)) await handle.writeFile(piece)
    await handle.writeFile('\n')
  } finally {
    await handle.close()
  }
}
