/**
 * The step outputs and the results file. A list that grows with the images is made in pieces, so
 * that it is never one string in memory.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { Outputs, type OutputName } from '../shared/names.js'
import * as log from '../shared/log.js'
import { current, count, deletionReports, NO_OUTCOME, orphanedImageIds, type ImageReport, type RunOutcome } from './model.js'

/** An output's value; a list that grows with the images comes in pieces, so that it is never one string in memory. */
type OutputValue = (reports: readonly ImageReport[], resultsFile: string, facts: RunOutcome) => string | Generator<string>

/** How each output's value is made; each is made only when it is set. */
const OUTPUT_VALUES: Readonly<Record<OutputName, OutputValue>> = {
  [Outputs.ImageId]: reports => current(reports)[0]?.imageId ?? '',
  [Outputs.ImageUrl]: reports => current(reports)[0]?.imageUrl ?? '',
  [Outputs.FileUrl]: reports => current(reports)[0]?.fileUrl ?? '',
  [Outputs.ImageIds]: reports => jsonArrayPieces(current(reports).map(r => r.imageId)),
  [Outputs.ImageUrls]: reports => jsonArrayPieces(current(reports).map(r => r.imageUrl)),
  [Outputs.Images]: reports => jsonArrayPieces(reports),
  [Outputs.UploadedCount]: reports => count(reports, 'uploaded'),
  [Outputs.SkippedCount]: reports => count(reports, 'skipped'),
  [Outputs.FailedCount]: reports => count(reports, 'failed'),
  [Outputs.UnsupportedFiles]: (_reports, _resultsFile, facts) => JSON.stringify(facts.unsupported ?? []),
  [Outputs.OrphanedImageIds]: reports => JSON.stringify(orphanedImageIds(reports)),
  [Outputs.ResultsFile]: (_reports, resultsFile) => resultsFile,
  [Outputs.ManifestChanged]: (_reports, _resultsFile, facts) => String(facts.manifestChanged),
  [Outputs.Deletions]: (_reports, _resultsFile, facts) => jsonArrayPieces(deletionReports(facts)),
  [Outputs.Markdown]: reports => markdownPieces(current(reports))
}

const whole = (value: string | Generator<string>): string => (typeof value === 'string' ? value : [...value].join(''))

/** The values of every output, in the order action.yml lists them. */
export function outputValues(
  reports: readonly ImageReport[],
  resultsFile: string,
  facts: RunOutcome = NO_OUTCOME
): Record<OutputName, string> {
  return Object.fromEntries(
    Object.entries(OUTPUT_VALUES).map(([name, value]) => [name, whole(value(reports, resultsFile, facts))])
  ) as Record<OutputName, string>
}

/** Sets every output; a list that grows with the images is written in pieces. */
export function setOutputs(reports: readonly ImageReport[], resultsFile: string, facts: RunOutcome): void {
  for (const [name, value] of Object.entries(OUTPUT_VALUES)) {
    const made = value(reports, resultsFile, facts)
    if (typeof made === 'string') log.setOutput(name, made)
    else log.setOutputInPieces(name, made)
  }
}

/** `![title](url)` per image, for release notes: Markdown's own characters in titles escaped, line breaks made spaces, the URL kept in one piece. */
export function markdown(images: readonly ImageReport[]): string {
  return whole(markdownPieces(images))
}

function* markdownPieces(images: readonly ImageReport[]): Generator<string> {
  let first = true
  for (let start = 0; start < images.length; start += ITEMS_PER_PIECE) {
    const lines = images
      .slice(start, start + ITEMS_PER_PIECE)
      .filter(image => image.imageUrl)
      .map(markdownLine)
    if (lines.length === 0) continue
    yield `${first ? '' : '\n'}${lines.join('\n')}`
    first = false
  }
}

/**
 * Every character that CommonMark (or GitHub's extensions) gives a meaning in alt text is
 * backslash-escaped: a backtick would open a code span that swallows the next image, `&` an entity,
 * `*`, `_` and `~` emphasis. In the URL, what would end or break the destination is percent-encoded.
 */
function markdownLine(image: ImageReport): string {
  // eslint-disable-next-line no-control-regex
  const title = image.title.replace(/[\\[\]()<>!`&*_~]/g, char => `\\${char}`).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
  const url = log.shown(image.imageUrl!).replace(/[ ()<>`\\]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
  return `![${title}](${url})`
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
