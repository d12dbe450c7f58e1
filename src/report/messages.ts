/** The log's words for the results: failures, notes about orphans and unanswered calls, the dry run's plan. */
import { log } from '../shared/index.js'
import { CancelledError, InputError, ServiceError } from '../shared/index.js'
import type { Unreachable } from '../shared/index.js'
import type { CredentialOrigin, Stopped } from '../shared/index.js'
import type { IfUnsupported, UnsupportedFile } from '../files/index.js'
import type { FlowStats } from '../services/index.js'
import { unencryptedOrigin } from '../services/index.js'
import type { OidcRole } from '../services/index.js'
import type { FileResult } from '../upload/index.js'
import type { StatusReport } from '../upload/index.js'
import { Inputs, Outputs } from '../shared/index.js'
import { OwnershipMark } from '../shared/index.js'
import type { UploadTask } from '../plan/index.js'
import { keptAllAtOnce, type StaleEntry, type StaleKeptReason } from '../manifest/index.js'
import type { OwnershipReason } from '../manifest/index.js'
import type { Replacement, ReplacedKeptReason } from '../manifest/index.js'
import type { PlannedReplacement } from '../manifest/index.js'
import type { ManifestWrite } from '../manifest/index.js'
import { oldImageCounts, orphanedImageIds, type ImageReport, type RunOutcome } from './model.js'

/** One line per failed file: path, stage, code, status and request id. */
export function describeFailure(report: ImageReport): string {
  const error = report.error
  if (!error) return `${report.path}: failed`
  const facts = [
    error.status === undefined ? undefined : `HTTP ${error.status}`,
    error.requestId ? `RequestId ${log.shown(error.requestId)}` : undefined
  ]
    .filter(Boolean)
    .join(', ')
  return `${report.path}: ${error.stage} failed: ${log.shown(error.code)}${facts ? ` (${facts})` : ''}: ${log.shown(error.message)}`
}

/**
 * One line per file that failed; the files never started (stage queued: NotAttempted once the run
 * had stopped, or Cancelled) one line per reason however many they are, e.g. "16 files: not attempted: …".
 */
export function failureLines(failed: readonly ImageReport[]): string[] {
  const notStarted = new Map<string, number>()
  const lines: string[] = []
  for (const report of failed) {
    if (report.error?.stage === 'queued') notStarted.set(report.error.message, (notStarted.get(report.error.message) ?? 0) + 1)
    else lines.push(describeFailure(report))
  }
  return [...lines, ...[...notStarted].map(([reason, files]) => `${plural(files, 'file')}: ${log.shown(reason)}`)]
}

function failureMessage(reports: readonly ImageReport[]): string | undefined {
  const own = reports.filter(r => r.sameAs === null)
  const failed = own.filter(r => r.status === 'failed')
  if (failed.length === 0) return undefined
  return `${amount(failed.length)} of ${plural(own.length, 'image')} failed:\n${failureLines(failed)
    .map(line => `  - ${line}`)
    .join('\n')}${orphanNote(reports)}`
}

/** Why the run fails, one reason a line; empty when it does not. */
export function runFailure(
  reports: readonly ImageReport[],
  run: { cancelled: boolean; problems?: ReadonlyArray<string | undefined>; unreachable?: readonly string[]; stopped?: string }
): string {
  return [
    run.cancelled ? 'The run was cancelled.' : undefined,
    run.stopped,
    ...(run.problems ?? []),
    ...(run.unreachable ?? []),
    failureMessage(reports)
  ]
    .filter(Boolean)
    .join('\n')
}

/** Calls that got no answer may have created images whose ids never arrived: say so, with what to do. */
export function unansweredNote(reports: readonly ImageReport[]): string {
  const count = reports.reduce((sum, report) => sum + report.unansweredCreates, 0)
  if (count === 0) return ''
  return `${count} CreateUploadImage call${count === 1 ? '' : 's'} got no answer and ${count === 1 ? 'was' : 'were'} retried or given up: VOD may hold up to ${count} image${count === 1 ? '' : 's'} whose ImageId never arrived. They hold no bytes; look for them by title (status Uploading) in the VOD console.`
}

/** Said wherever failures are: ImageIds that exist in VOD without bytes, and how to remove them. */
export function orphanNote(reports: readonly ImageReport[]): string {
  const ids = orphanedImageIds(reports)
  if (ids.length === 0) return ''
  return `\n${ids.length} abandoned ImageId${ids.length === 1 ? '' : 's'} could not be deleted (orphaned): ${ids.join(', ')}. Delete them with DeleteImage (DeleteImageType=ImageId).`
}

/** The dry run's plan: one line for the unchanged files, one per other file and per stale entry; replaced: delete-replaced's verdict on each ImageId an upload replaces. */
export function planLines(
  tasks: readonly UploadTask[],
  plan: { stale: readonly StaleEntry[]; replaced: readonly PlannedReplacement[]; deleteRemoved: boolean }
): string[] {
  const { stale, deleteRemoved } = plan
  const replacing = replacingNotes(plan.replaced)
  const unchanged = tasks.filter(task => task.unchangedSince).length
  return [
    `Dry run: no request is sent. The plan for ${tasks.length} file${tasks.length === 1 ? '' : 's'}:`,
    ...(unchanged > 0
      ? [
          `  skip    ${amount(unchanged)} unchanged since the manifest's run (their ImageIds are in the results file, the ${Outputs.ResultsFile} output)`
        ]
      : []),
    ...tasks
      .filter(task => !task.unchangedSince)
      .map(task =>
        task.sameAs
          ? `  same    ${task.file.relativePath} (the same file as ${task.sameAs}: its image)${replacing(task, false)}`
          : `  upload  ${task.file.relativePath} as "${log.shown(task.title)}"${replacing(task, true)}`
      ),
    ...stale.map(entry => `  ${staleLabel(entry, deleteRemoved)}  ${entry.path} (file gone, ImageId ${entry.imageId}${staleNote(entry)})`)
  ]
}

/** What a file's line says of the ImageId its entry held: replaced, and with delete-replaced, what the real run would do with it. */
function replacingNotes(replaced: readonly PlannedReplacement[]): (task: UploadTask, uploading: boolean) => string {
  const byPath = new Map(replaced.map(entry => [entry.path, entry]))
  return (task, uploading) => {
    const planned = byPath.get(task.file.relativePath)
    if (task.replaces === undefined || (!planned && !uploading)) return ''
    if (!planned) return `, replacing ImageId ${task.replaces}`
    if (planned.outcome.kind === 'kept') return `, replacing ImageId ${task.replaces} (kept: ${planned.outcome.reason})`
    return `, replacing ImageId ${task.replaces} (deleted after the upload if VOD confirms this repository uploaded it)`
  }
}

/** delete: VOD is asked whether the image is this repository's; keep: the real run would keep it for the reason given. */
function staleLabel(entry: StaleEntry, deleteRemoved: boolean): string {
  if (!deleteRemoved) return 'stale '
  return entry.outcome.kind === 'would-delete' ? 'delete' : 'keep  '
}

function staleNote(entry: StaleEntry): string {
  if (entry.outcome.kind === 'would-delete') return '; deleted if VOD confirms this repository uploaded it'
  if (entry.outcome.kind === 'kept' && entry.outcome.reason !== 'delete-removed-off') return `; kept: ${entry.outcome.reason}`
  return ''
}

/**
 * A whole number as the log and the summary write it: 1,990. Not toLocaleString: its first call loads
 * ICU's locale data, 7.5 MB of resident memory for a comma (BENCHMARKS.md, "Issue #19").
 */
export const amount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

const plural = (n: number, one: string, many = `${one}s`): string => `${amount(n)} ${n === 1 ? one : many}`

/** What the path patterns matched: the images, and the files skipped as not images VOD accepts (if-unsupported). */
export function matchedLine(images: number, unsupported: number): string {
  if (unsupported === 0) return `${amount(images)} matched`
  return `${amount(images + unsupported)} matched: ${plural(images, 'image')}, ${amount(unsupported)} unsupported`
}

/** One line for every file the manifest shows unchanged, instead of one per file. */
export function unchangedLine(files: number): string {
  return `⏭️ ${amount(files)} unchanged since the manifest's run, not uploaded`
}

/** One path to a file that another matched path holds. */
export function samePathLine(path: string, sameAs: string): string {
  return `↪ ${path} is the same file as ${sameAs}: one image for both`
}

/** One line for every path to a file another matched path holds, when there are too many to name. */
export function sameFileLine(paths: number): string {
  return `↪ ${plural(paths, 'path is the same file', 'paths are the same file')} as another matched path: one image each, nothing sent for them`
}

/** Images, not paths: a path to a file reported under another path (sameAs) is not counted again. */
const images = (reports: readonly ImageReport[], status: ImageReport['status']): number =>
  reports.filter(r => r.status === status && r.sameAs === null).length

/** What became of the old images, when the run deleted or kept any. */
function oldImages(facts: RunOutcome): string {
  const { deleted, kept } = oldImageCounts(facts)
  if (deleted === 0 && kept === 0) return ''
  return `; ${plural(deleted, 'old image')} deleted, ${amount(kept)} kept${kept > 0 ? ` (${Outputs.KeptImageIds})` : ''}`
}

/** The run's closing line: what became of every matched file, and of the old images. */
export function totalsLine(reports: readonly ImageReport[], facts: RunOutcome): string {
  const unsupported = facts.unsupported?.length ?? 0
  const skipped = unsupported > 0 ? `, ${amount(unsupported)} unsupported` : ''
  if (facts.dryRun)
    return `Dry run done: ${amount(images(reports, 'planned'))} would upload, ${amount(images(reports, 'skipped'))} unchanged${skipped}; nothing was sent`
  const counts = (['uploaded', 'skipped', 'failed'] as const).map(status => images(reports, status))
  return `Done: ${amount(counts[0])} uploaded, ${amount(counts[1])} unchanged, ${amount(counts[2])} failed${skipped}${oldImages(facts)}`
}

/** An output cut to stay under GitHub's limit: how many of its entries it holds. */
export interface OutputCut {
  name: string
  holds: number
  of: number
}

/** Said once, in the log and in the summary, when any output was cut. */
export function outputsCutNote(cuts: readonly OutputCut[]): string {
  if (cuts.length === 0) return ''
  const each = cuts.map(cut => `${cut.name} holds ${amount(cut.holds)} of ${amount(cut.of)}`).join(', ')
  return `Outputs cut to stay under GitHub's 1 MB per output, failed and changed entries kept first: ${each}. The results file has every image, deletions.json beside it every deletion and kept image, the log every unsupported file (the runner deletes the files: keep them with actions/upload-artifact, see README).`
}

/** Why an image is never deleted for lack of ownership, as the log, the summary and the reports say it. */
export const NOT_OURS_BECAUSE: Record<OwnershipReason, string> = {
  'not-ours': `it does not carry the gh-repo-id tag of this repository, so it is never deleted; if this repository uploaded it before that tag existed and it carries no gh-repo-id tag of another repository, list its ImageId in ${Inputs.AdoptImageIds}`,
  'no-repository-id': 'GITHUB_REPOSITORY_ID is not set, so whether this repository uploaded it cannot be checked'
}

const STALE_KEPT_BECAUSE: Record<Exclude<StaleKeptReason, 'delete-removed-off'>, string> = {
  'all-entries-stale': 'every entry of the manifest is stale, so none was deleted',
  cancelled: 'the run was cancelled before it was deleted',
  'untrusted-entry': 'the entry is not one this action wrote after an upload',
  'shared-image-id': 'another entry of the manifest, whose file exists, names the same ImageId; only this entry is dropped',
  ...NOT_OURS_BECAUSE
}

/** One line per stale manifest entry: what became of it. */
export function describeStale(entry: StaleEntry, dryRun: boolean): string {
  const { outcome } = entry
  const head = `${entry.path}: file gone; `
  if (outcome.kind === 'deleted') return `${head}deleted ImageId ${entry.imageId} from VOD and dropped the entry`
  if (outcome.kind === 'gone') return `${head}VOD no longer has ImageId ${entry.imageId}; entry dropped`
  if (outcome.kind === 'failed' && outcome.lookup)
    return `${head}looking up ImageId ${entry.imageId} in VOD failed (${outcome.error.code}), so it was not deleted; the entry stays`
  if (outcome.kind === 'failed') return `${head}deleting ImageId ${entry.imageId} failed (${outcome.error.code}); the entry stays`
  if (outcome.kind === 'would-delete')
    return `${head}ImageId ${entry.imageId} would be deleted from VOD and the entry dropped if VOD confirms this repository uploaded it (dry run)`
  const stays = dryRun ? 'would stay' : 'stays'
  if (outcome.reason === 'delete-removed-off')
    return `${head}ImageId ${entry.imageId} ${stays} in VOD and in the manifest (${Inputs.DeleteRemoved} is off)`
  if (outcome.reason === 'shared-image-id') return `${head}ImageId ${entry.imageId} ${stays} in VOD: ${STALE_KEPT_BECAUSE[outcome.reason]}`
  return `${head}ImageId ${entry.imageId} ${stays} in VOD and in the manifest: ${STALE_KEPT_BECAUSE[outcome.reason]}`
}

/** The lines of the stale entries kept for a reason that holds for all of them, said once with the report rather than as they were judged. */
export function keptAllAtOnceLines(stale: readonly StaleEntry[]): string[] {
  return stale.filter(keptAllAtOnce).map(entry => describeStale(entry, false))
}

/** delete-removed found every entry of a manifest of several stale. */
export function allStaleWarning(entries: number): string {
  return `${Inputs.DeleteRemoved}: all ${entries} entries of the manifest are stale (none of their files exists), which looks like a wrong workspace or checkout path. Nothing was deleted; if the files are really gone, delete the manifest or its entries by hand.`
}

const REPLACED_KEPT_BECAUSE: Record<ReplacedKeptReason, string> = {
  'untrusted-entry': 'the entry is not one this action wrote after an upload',
  'shared-image-id': 'another entry of the manifest has the same ImageId',
  cancelled: 'the run was cancelled before it was deleted; it is orphaned, delete it by hand',
  'delete-replaced-off': `${Inputs.DeleteReplaced} is off (the ${Outputs.KeptImageIds} output lists it)`,
  ...NOT_OURS_BECAUSE
}

/** One line per replaced image: what became of the old one. */
export function describeReplaced(entry: Replacement): string {
  const { outcome } = entry
  const head = `${entry.path}: changed; uploaded as ImageId ${entry.newImageId}`
  if (outcome.kind === 'deleted') return `${head}, deleted the previous ImageId ${entry.imageId} from VOD`
  if (outcome.kind === 'gone') return `${head}; VOD no longer has the previous ImageId ${entry.imageId}`
  if (outcome.kind === 'kept')
    return `${head}; the previous ImageId ${entry.imageId} stays in VOD: ${REPLACED_KEPT_BECAUSE[outcome.reason]}`
  if (outcome.lookup)
    return `${head}; looking up the previous ImageId ${entry.imageId} in VOD failed (${outcome.error.code}), so it was not deleted: it is orphaned, delete it by hand`
  return `${head}; deleting the previous ImageId ${entry.imageId} failed (${outcome.error.code}): it is orphaned, delete it by hand`
}

/** One line per planned replacement: what the real run would do with the previous ImageId. */
export function describePlannedReplacement(entry: PlannedReplacement): string {
  const head = `${entry.path}: changed; the previous ImageId ${entry.imageId}`
  if (entry.outcome.kind === 'would-delete')
    return `${head} would be deleted from VOD after the upload if VOD confirms this repository uploaded it (dry run)`
  return `${head} would stay in VOD: ${REPLACED_KEPT_BECAUSE[entry.outcome.reason]}`
}

/** Why the manifest was not written, when it was not; the run fails with it after reporting the uploads. */
export function manifestWriteProblem(write: ManifestWrite): string | undefined {
  if (!write.failure) return undefined
  const manifest = write.failure.manifest === undefined ? 'The manifest' : `The manifest ${write.failure.manifest}`
  return `${manifest} could not be written (${write.failure.reason}); the images uploaded by this run are listed in the outputs and the results file only.`
}

/** Said once, after the uploads (or the deletions, with the api named): how often VOD throttled the run and at what rate it settled. */
export function throttlingNote(stats: FlowStats, api?: string): string {
  const share = stats.calls > 0 ? ` (${((stats.throttled * 100) / stats.calls).toFixed(1)}%)` : ''
  if (api !== undefined)
    return `VOD throttled ${stats.throttled} of ${stats.calls} ${api} calls${share}; they slowed down and settled at ${formatRate(stats.settledRate)} calls per second (paced at ${formatRate(stats.configuredRate)}).`
  return `VOD throttled ${stats.throttled} of ${stats.calls} calls${share}; the run slowed down and settled at ${formatRate(stats.settledRate)} calls per second (${Inputs.RequestsPerSecond}: ${formatRate(stats.configuredRate)}).`
}

function formatRate(rate: number): string {
  return String(Math.round(rate * 10) / 10)
}

/** The one warning of a run whose lookups failed; none when the run was cancelled (it says so itself). */
export function lookupWarning(report: StatusReport): string | undefined {
  const { failure } = report
  if (failure === undefined || failure instanceof CancelledError) return undefined
  const consequence = `VOD's status of the new images is unknown (vodStatus "unknown") and the job summary shows their ImageURL, which does not load where the domain has URL signing on. No file failed for this`
  if (!(failure instanceof ServiceError)) return `GetImageInfos failed (an unexpected error): ${consequence}.`
  const requestId = failure.requestId === undefined ? '' : `, request id ${log.shown(failure.requestId)}`
  const what = `${log.shown(failure.code)}${failure.status === undefined ? '' : `, HTTP ${failure.status}`}${requestId}`
  if (isPermissionRefusal(failure))
    return `GetImageInfos was refused (${what}): ${consequence}; to get both, allow the access key the RAM action vod:GetImageInfos.`
  return `GetImageInfos failed (${what}): ${consequence}.`
}

/** VOD's answer for a caller without the permission: a Forbidden* or NoPermission* code, or HTTP 403. */
function isPermissionRefusal(error: ServiceError): boolean {
  return error.status === 403 || error.code.startsWith('Forbidden') || error.code.startsWith('NoPermission')
}

/** Said once when some new images were still being processed by VOD at the end of the run: not a failure. */
export function stillUploadingNote(results: readonly FileResult[]): string | undefined {
  const count = results.filter(result => result.vodStatus === 'Uploading').length
  if (count === 0) return undefined
  return `${count} new image${count === 1 ? ' was' : 's were'} still Uploading in VOD when the run ended (vodStatus "Uploading"): VOD had not finished processing ${count === 1 ? 'it' : 'them'}; this is not a failure.`
}

/** Said once per run when the VOD endpoint is plain http:// and not this machine. */
export function unencryptedEndpointWarning(endpoint: string): string | undefined {
  const origin = unencryptedOrigin(endpoint)
  if (origin === undefined) return undefined
  return `The endpoint ${origin} uses http://: requests, their signatures and the upload credentials VOD returns travel unencrypted. Use https:// unless this is a test service on a network you trust.`
}

/** Said once per run when the STS endpoint is plain http:// and not this machine: its answer is the role's session. */
export function unencryptedStsWarning(stsEndpoint: string): string | undefined {
  const origin = unencryptedOrigin(stsEndpoint)
  if (origin === undefined) return undefined
  return `The ${Inputs.StsEndpoint} ${origin} uses http://: the OIDC token and the role's credentials STS returns travel unencrypted. Use https:// unless this is a test service on a network you trust.`
}

/** The one log message about skipped files (each on its own indented line), or undefined when none were skipped. */
export function unsupportedMessage(skipped: readonly UnsupportedFile[], policy: IfUnsupported): string | undefined {
  if (skipped.length === 0) return undefined
  const heading = `${skipped.length} matched file${skipped.length === 1 ? ' is' : 's are'} not an image VOD accepts and ${skipped.length === 1 ? 'was' : 'were'} skipped (${Inputs.IfUnsupported}: ${policy}):`
  return [heading, ...skipped.map(file => `  ${file.path}: ${file.reason}`)].join('\n')
}

/** What the run stopped for and what to fix, said once for the run. */
export function stopNote(stopped: Stopped, origin: CredentialOrigin): string {
  const answer = `${stopped.code}${stopped.status === undefined ? '' : `, HTTP ${stopped.status}`}`
  return `Stopped after ${stopped.service.toUpperCase()}'s first refusal of ${stopped.api} (${answer}), which every other file would get too: ${fixOf(stopped, origin)} Files not started were not attempted.`
}

// When the input is empty, the keys come from the environment (ALIBABA_CLOUD_*, then ALICLOUD_*).
const FALLBACK = ' or the ALIBABA_CLOUD_* / ALICLOUD_* variable it falls back to'

// A refusal of one input is named as that input (refusals.ts): the cases are the input names.
function fixOf({ refusal, api }: Stopped, { oidc }: CredentialOrigin): string {
  const sessionFix = `check the ${Inputs.RoleToAssume} input (the role's session was refused: is it the role of this VOD account?).`
  switch (refusal) {
    case Inputs.AccessKeyId:
      return oidc
        ? sessionFix
        : `VOD does not know this AccessKey ID: check the ${Inputs.AccessKeyId} input${FALLBACK} (a RAM user's AccessKey ID, from a secret).`
    case Inputs.AccessKeySecret:
      return oidc
        ? sessionFix
        : `the request signature does not match: check the ${Inputs.AccessKeySecret} input${FALLBACK} (the secret of the AccessKey ID in ${Inputs.AccessKeyId}, from a secret, with no extra spaces or line breaks).`
    case Inputs.SecurityToken:
      return oidc
        ? sessionFix
        : `the security token is not valid for this key: check the ${Inputs.SecurityToken} input${FALLBACK} (it must come with the same STS session as ${Inputs.AccessKeyId} and ${Inputs.AccessKeySecret}; leave it empty for a RAM user's key).`
    case 'permission':
      return `the credentials lack a permission: grant the RAM ${oidc ? `role in ${Inputs.RoleToAssume}` : 'user whose key this is'} the action vod:${api} in a RAM policy (or attach the system policy AliyunVODFullAccess).`
    case Inputs.StorageLocation:
      return `VOD knows no such storage location in this region: check the ${Inputs.StorageLocation} input (a storage address the VOD console lists for this region), or leave it empty for the default.`
    case Inputs.AppId:
      return `VOD knows no such application: check the ${Inputs.AppId} input (an AppId the VOD console lists), or leave it empty for the default app-1000000.`
    case Inputs.OssSignatureVersion:
      return `OSS refuses V1 signatures for this account or bucket: set the ${Inputs.OssSignatureVersion} input to v4 (the default), or remove it.`
    case 'oss-credential':
      return `OSS refused the upload credential VOD issued for the file, though VOD accepted the run's own: a problem of VOD's storage, not of the key or role. Check the ${Inputs.StorageLocation} input (a storage address the VOD console lists for this region, or empty for the default) and the storage's state in the VOD console.`
  }
}

/** Where the run tried to go, for the note. */
interface Destination {
  /** The VOD endpoint (an origin: no credentials, no path). */
  endpoint: string
  /** The endpoint was made from the region input, not given: the region is what to check. */
  endpointFromRegion?: boolean
}

const PLACES: Record<Unreachable['service'], (destination: Destination) => { where: string; endpointFix: string }> = {
  vod: destination => ({
    where: `the VOD endpoint ${destination.endpoint}`,
    endpointFix: destination.endpointFromRegion
      ? `check the ${Inputs.Region} input (the endpoint is made from it)`
      : `check the ${Inputs.Endpoint} input`
  }),
  oss: () => ({ where: 'the OSS host VOD gave for the upload', endpointFix: `check the ${Inputs.StorageLocation} input and the region` }),
  sts: () => ({ where: 'the STS endpoint', endpointFix: `check the ${Inputs.StsEndpoint} input` })
}

/** What is wrong and what to do, once for the run. */
export function reachNote(unreachable: Unreachable, destination: Destination): string {
  const { where, endpointFix } = PLACES[unreachable.service](destination)
  const proxyFix = `if the runner must go through a proxy set HTTPS_PROXY, and to go around one add the host to NO_PROXY`
  switch (unreachable.cause) {
    case 'untrusted-certificate':
      return `The TLS certificate of ${where} is not signed by a CA this runner trusts: a private CA, or a proxy that inspects TLS. Give Node that CA: set NODE_EXTRA_CA_CERTS to its PEM file in the step's or job's env:; or, if a TLS-inspecting proxy may be bypassed, add the host to NO_PROXY.`
    case 'host-mismatch':
      return `The TLS certificate of ${where} is for another host name: ${endpointFix} (use the host name the certificate names, not an IP address or an alias). If a TLS-inspecting proxy answered for the host, add it to NO_PROXY.`
    case 'expired-certificate':
      return `The TLS certificate of ${where} has expired or is not valid yet: check the runner's clock; if a proxy that inspects TLS answered with its own certificate, add the host to NO_PROXY or ask for the proxy's certificate to be renewed.`
    case 'host-not-found':
      return `The host name of ${where} does not resolve: ${endpointFix} (for example https://vod.cn-shanghai.aliyuncs.com); ${proxyFix}.`
    case 'connection-refused':
      return `${capitalised(where)} refused the connection (nothing listens at that address and port): ${endpointFix} (the host and the port); ${proxyFix}.`
    case 'proxy-auth':
      return `The proxy asked for credentials (HTTP 407) before it would connect to ${where}: put them in the proxy URL (HTTPS_PROXY=http://user:password@proxy:port, from a secret), or add the host to NO_PROXY to go around the proxy.`
    case 'proxy-refused':
      return `The proxy refused to connect to ${where} (HTTP ${unreachable.status ?? '?'} to CONNECT): ask for the host to be allowed, or add it to NO_PROXY to go around the proxy.`
    case 'no-answer':
      return `${capitalised(where)} accepted connections but never answered this run (requests to a service that has not answered yet give up sooner, and are retried once): ${endpointFix} (is something else listening at that address and port?); ${proxyFix}.`
    case 'not-tls':
      return `${capitalised(where)} does not speak TLS, though the URL says https://: if it is plain HTTP, write http:// (${endpointFix}); if a proxy or firewall answers in its place, add the host to NO_PROXY or ask for it to be allowed.`
    case 'proxy-unreachable':
      return `The proxy that HTTPS_PROXY or HTTP_PROXY names cannot be reached (its host name does not resolve, or it refused the connection) on the way to ${where}: check the proxy URL and port, or add the host to NO_PROXY to go around the proxy.`
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** One note per distinct way the services could not be reached, in the order the files met them. */
export function reachNotes(unreachable: ReadonlyArray<Unreachable | undefined>, destination: Destination): string[] {
  const notes = unreachable.flatMap(entry => (entry ? [reachNote(entry, destination)] : []))
  return [...new Set(notes)]
}

/** Why nothing was uploaded: no file matched the path patterns, or only files VOD does not accept (each pattern on its own line). */
export function noFilesMessage(patterns: readonly string[], workspace: string, unsupported: number): string {
  const what = unsupported > 0 ? `Only files that are not images VOD accepts (${unsupported}, skipped) matched` : 'No files matched'
  return `${what} the path patterns (relative to ${workspace}):\n${patterns.map(pattern => `  ${log.shown(pattern)}`).join('\n')}`
}

/** After noFilesMessage, when if-no-files-found is error. */
export const NO_FILES_REFUSED = `Nothing was uploaded. Set ${Inputs.IfNoFilesFound} to "warn" or "ignore" to allow this.`

/** The title of the uploads' log group. */
export function uploadingTitle(uploading: number, files: number, concurrency: number): string {
  return `Uploading ${uploading} of ${files} image${files === 1 ? '' : 's'} (${concurrency} at a time)`
}

/** One line per file as its upload ends. */
export function finishedLine(report: ImageReport): string {
  return report.status === 'uploaded' ? `✔ ${report.path} → ${log.shown(report.imageId ?? '')}` : `✖ ${describeFailure(report)}`
}

/** The role the run assumed with OIDC. */
export function roleNote(role: OidcRole): string {
  return `🔑 Assumed ${log.shown(role.roleArn)} over OIDC (session ${log.shown(role.roleSessionName)}, ${role.durationSeconds} s, renewed before it ends)`
}

/** The deletions stopped on a bug (every service failure is an outcome of its entry): what is left where. */
export function deletionStoppedWarning(cause: string): string {
  return `Deleting old images stopped (${cause}); nothing more was deleted. Stale entries stay in the manifest; the previous ImageIds of changed files are only in the manifest's git history.`
}

/** The outputs could not be set; the run fails with it after the rest of the report. */
export function outputsProblem(cause: string): string {
  return `The outputs could not be set (${cause}).`
}

/** The results file could not be written (an error code). */
export function resultsFileProblem(folder: string, code: string): string {
  return `The results file could not be written under ${folder} (${code}); the images output has the same list`
}

/** The job summary could not be written (an error code). */
export function summaryProblem(code: string): string {
  return `The job summary could not be written (${code}); the outputs and the results file have the report`
}

/** What the run failed with: an input problem as it is, a role that could not be assumed, or anything unexpected by its name. */
export function describeError(error: unknown): string {
  if (error instanceof InputError) return error.message
  if (error instanceof ServiceError && error.service === 'sts') {
    return `No credentials for ${Inputs.RoleToAssume}: ${error.message}${error.requestId ? ` (request id ${error.requestId})` : ''}`
  }
  if (error instanceof Error) return `Unexpected ${error.name}: ${error.message}`
  return `Unexpected failure: ${String(error)}`
}

/** A `with:` key the action does not declare, with the declared input it most likely meant: a warning, or a problem when the inputs fail. */
export function undeclaredInputWarning(written: string, meant: string | undefined): string {
  const suggestion = meant ? `: did you mean \`${meant}\`?` : " (the inputs are in the README's Inputs table)"
  return `The input \`${log.shown(written)}\` is not an input of this action and is ignored${suggestion}`
}

/** Without the repository's id, uploads carry no ownership mark: deletions will never reach them, so the run says so once. */
export function noRepositoryIdWarning(fault: 'not-numeric' | 'not-set'): string {
  const why = fault === 'not-numeric' ? 'is not a numeric id' : 'is not set'
  return `GITHUB_REPOSITORY_ID ${why}: the images this run uploads carry no ownership mark (${OwnershipMark.tagPrefix}<id>), so ${Inputs.DeleteRemoved} and ${Inputs.DeleteReplaced} can never delete them unless ${Inputs.AdoptImageIds} lists them; nor does this run delete any image ${Inputs.AdoptImageIds} does not list.`
}
