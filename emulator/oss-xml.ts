/** The little XML the OSS side reads and writes. */
import { ServiceFault } from './errors.js'

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, char => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`)
}

function unescapeXml(text: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name] ?? '')
}

/** `<root><Name>value</Name>…</root>` with escaped values. */
export function xmlDocument(root: string, fields: Readonly<Record<string, string>>): string {
  const children = Object.entries(fields)
    .map(([name, value]) => `  <${name}>${escapeXml(value)}</${name}>`)
    .join('\n')
  return `${XML_DECLARATION}<${root}>\n${children}\n</${root}>\n`
}

export interface CompletedPart {
  partNumber: number
  etag: string
}

/** The parts of a `<CompleteMultipartUpload>` body, in the order given. */
export function parseCompleteMultipartUpload(xml: string): CompletedPart[] {
  if (!/<CompleteMultipartUpload>[\s\S]*<\/CompleteMultipartUpload>/.test(xml)) throw malformedXml()
  const parts = [...xml.matchAll(/<Part>([\s\S]*?)<\/Part>/g)].map(match => parsePart(match[1] ?? ''))
  if (parts.length === 0) throw malformedXml()
  return parts
}

function parsePart(xml: string): CompletedPart {
  const partNumber = /<PartNumber>\s*(\d+)\s*<\/PartNumber>/.exec(xml)?.[1]
  const etag = /<ETag>([\s\S]*?)<\/ETag>/.exec(xml)?.[1]
  if (partNumber === undefined || etag === undefined) throw malformedXml()
  return { partNumber: Number(partNumber), etag: unescapeXml(etag.trim()) }
}

function malformedXml(): ServiceFault {
  return new ServiceFault(400, 'MalformedXML', 'The XML you provided was not well-formed or did not validate against our published schema.')
}
