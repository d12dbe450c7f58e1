/** What an ImageId, an image URL, a title and a tag list may be, each problem said in its own words. */
import { describe, expect, it } from '@jest/globals'
import { imageIdProblem, MAX_URL_LENGTH, tagsProblem, titleProblem, urlProblem } from '../../src/shared/vod-values.js'

const HEX_32 = '0123456789abcdefABCDEF0123456789'
const NOT_AN_IMAGE_ID = 'is not an ImageId (32 hex digits)'

describe('imageIdProblem', () => {
  it.each<[string, unknown, string | undefined]>([
    ['32 hex digits of either case', HEX_32, undefined],
    ['32 zeros', '0'.repeat(32), undefined],
    ['31 digits', HEX_32.slice(1), NOT_AN_IMAGE_ID],
    ['33 digits', `${HEX_32}0`, NOT_AN_IMAGE_ID],
    ['one digit', 'a', NOT_AN_IMAGE_ID],
    ['32 digits after another character', `x${HEX_32}`, NOT_AN_IMAGE_ID],
    ['32 digits before another character', `${HEX_32}x`, NOT_AN_IMAGE_ID],
    ['32 letters that are not hex', 'g'.repeat(32), NOT_AN_IMAGE_ID],
    ['the empty string', '', NOT_AN_IMAGE_ID],
    ['a number', 12345, NOT_AN_IMAGE_ID],
    ['nothing', undefined, NOT_AN_IMAGE_ID]
  ])('%s: %p', (_, value, problem) => {
    expect(imageIdProblem(value)).toBe(problem)
  })
})

describe('urlProblem', () => {
  const NOT_HTTP = 'is not an http(s) URL with a host'
  const host = 'https://vod.example.com/'
  it.each<[string, unknown, string | undefined]>([
    ['an https URL', 'https://vod.example.com/image/a.png', undefined],
    ['an http URL', 'http://vod.example.com/a.png?x=1', undefined],
    ['a URL of MAX_URL_LENGTH characters', host + 'a'.repeat(MAX_URL_LENGTH - host.length), undefined],
    ['a URL one character longer', host + 'a'.repeat(MAX_URL_LENGTH - host.length + 1), `is longer than ${MAX_URL_LENGTH} characters`],
    ['a number', 42, 'is not a string'],
    ['nothing', undefined, 'is not a string'],
    ['no URL at all', 'a.png', NOT_HTTP],
    ['an FTP URL', 'ftp://vod.example.com/a.png', NOT_HTTP],
    ['a file URL', 'file:///a.png', NOT_HTTP],
    ['an https URL after a prefix', 'xhttps://vod.example.com/a.png', NOT_HTTP],
    ['a tab inside', 'https://vod.example.com/a\tb.png', NOT_HTTP],
    ['a line break at the end', 'https://vod.example.com/a.png\n', NOT_HTTP],
    ['a user name', 'https://user@vod.example.com/a.png', 'holds a user name or password'],
    ['a password alone', 'https://:secret@vod.example.com/a.png', 'holds a user name or password']
  ])('%s: %p', (_, value, problem) => {
    expect(urlProblem(value)).toBe(problem)
  })
})

describe('titleProblem', () => {
  it.each<[string, unknown, string | undefined]>([
    ['a title', 'Front page', undefined],
    ['the empty title', '', undefined],
    ['128 bytes', 'a'.repeat(128), undefined],
    ['129 bytes', 'a'.repeat(129), 'is longer than 128 bytes'],
    ['43 characters of 3 bytes each (129 bytes)', '€'.repeat(43), 'is longer than 128 bytes'],
    ['42 characters of 3 bytes each (126 bytes)', '€'.repeat(42), undefined],
    ['a line break', 'a\nb', 'has a control character'],
    ['a number', 7, 'is not a string']
  ])('%s: %p', (_, value, problem) => {
    expect(titleProblem(value)).toBe(problem)
  })
})

describe('tagsProblem', () => {
  const NOT_A_LIST = 'is not a list of strings'
  const COMMA_OR_CONTROL = 'has a tag with a comma or a control character'
  it.each<[string, unknown, string | undefined]>([
    ['no tags', [], undefined],
    ['two tags', ['docs', 'v2'], undefined],
    ['16 tags', Array.from({ length: 16 }, (_, i) => `t${i}`), undefined],
    ['17 tags', Array.from({ length: 17 }, (_, i) => `t${i}`), 'has more than 16 tags'],
    ['a tag of 32 bytes', ['a'.repeat(32)], undefined],
    ['a tag of 33 bytes', ['ok', 'a'.repeat(33)], 'has a tag longer than 32 bytes'],
    ['a tag of 11 characters of 3 bytes each (33 bytes)', ['€'.repeat(11)], 'has a tag longer than 32 bytes'],
    ['a tag with a comma', ['ok', 'a,b'], COMMA_OR_CONTROL],
    ['a tag with a line break', ['a\nb', 'ok'], COMMA_OR_CONTROL],
    ['a string', 'docs', NOT_A_LIST],
    ['a list with a number', ['docs', 2], NOT_A_LIST],
    ['nothing', undefined, NOT_A_LIST]
  ])('%s: %p', (_, value, problem) => {
    expect(tagsProblem(value)).toBe(problem)
  })
})
