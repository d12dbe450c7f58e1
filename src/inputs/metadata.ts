/** The metadata inputs (README "Metadata"): title and description templates, tags and VOD's UserData. */
import { Inputs, type InputName } from '../shared/index.js'
import { VodLimits } from '../shared/index.js'
import { parseUserTags, unknownPlaceholders, utf8Length, TemplatePlaceholders } from '../plan/index.js'
import type { InputReader } from './reader.js'

export function readTemplate(reader: InputReader, name: InputName, fallback: string): string {
  const template = reader.raw(name) || fallback
  const unknown = unknownPlaceholders(template)
  if (unknown.length > 0) {
    const known = TemplatePlaceholders.map(p => `{${p}}`).join(', ')
    reader.problem(name, `unknown placeholder ${unknown.map(u => `{${u}}`).join(', ')}; known placeholders are ${known}`)
  }
  return template
}

export function readUserTags(reader: InputReader, markTaken: boolean): string[] {
  const { tags, problems } = parseUserTags(reader.raw(Inputs.Tags), markTaken)
  for (const problem of problems) reader.problem(Inputs.Tags, problem)
  return tags
}

export function readUserData(reader: InputReader): string | undefined {
  const value = reader.raw(Inputs.UserData)
  if (value === '') return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch (error) {
    // V8's reason without its excerpt of the value: ten characters of a pasted secret are too few to be masked.
    const reason = (error as Error).message.split('"')[0].replace(/[,\s]+$/, '')
    reader.problem(Inputs.UserData, `is not valid JSON (${reason})`)
    return undefined
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    reader.problem(
      Inputs.UserData,
      `must be a JSON object such as {"Extend": {"key": "value"}}; got ${Array.isArray(parsed) ? 'an array' : `a ${parsed === null ? 'null' : typeof parsed}`}`
    )
    return undefined
  }
  const extend = (parsed as Record<string, unknown>).Extend
  if (extend !== undefined) {
    const size = utf8Length(typeof extend === 'string' ? extend : JSON.stringify(extend))
    if (size > VodLimits.userDataExtendBytes) {
      reader.problem(Inputs.UserData, `"Extend" is ${size} bytes; VOD allows at most ${VodLimits.userDataExtendBytes}`)
    }
  }
  return JSON.stringify(parsed)
}
