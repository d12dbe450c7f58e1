/**
 * Issue #13: the markdown output, read by the CommonMark reference renderer: one image per report,
 * its alt text the title exactly (line breaks as spaces) and its source the URL, whatever the title.
 * Issue #19: each image is its own paragraph, captioned with its file name as plain text, whatever the name.
 */
import { describe, expect, it } from '@jest/globals'
import { HtmlRenderer, Parser } from 'commonmark'
import { markdown } from '../../src/report/outputs.js'
import type { ImageReport } from '../../src/report/model.js'
import { imageReport } from '../helpers/image-report.js'

function image(title: string, imageUrl = 'https://img.example/a.png', path = 'shots/a.png'): ImageReport {
  return imageReport({ path, imageId: '0123456789abcdef0123456789abcdef', imageUrl, fileUrl: '', bytes: 10, sha256: 'a'.repeat(64), title })
}

/** Each paragraph of the rendered Markdown as its one image and the caption below it (after a hard line break), as plain text. */
function blocksIn(text: string): Array<{ src: string; caption: string }> {
  const html = new HtmlRenderer().render(new Parser().parse(text))
  const paragraphs = html.trim().split('\n<p>')
  return paragraphs.map(paragraph => {
    const [, src, caption] = /^(?:<p>)?<img src="([^"]*)" alt="[^"]*" \/><br \/>\n([^<]*)<\/p>$/.exec(paragraph) ?? []
    return { src: decode(src ?? paragraph), caption: decode(caption ?? '') }
  })
}

/** Each image of the rendered Markdown, as its alt text and source. */
function imagesIn(text: string): Array<{ alt: string; src: string }> {
  const html = new HtmlRenderer().render(new Parser().parse(text))
  return [...html.matchAll(/<img src="([^"]*)" alt="([^"]*)"/g)].map(([, src, alt]) => ({ alt: decode(alt), src: decode(src) }))
}

const decode = (html: string): string =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

describe('markdown', () => {
  it.each<[string, string[]]>([
    ['backticks that pair across images', ['a`b', 'c`d']],
    ['a code span in one title', ['`code`', 'next']],
    ['a double backtick', ['``', 'x``y']],
    ['emphasis', ['*a*', '_b_', '**c**', '~~d~~']],
    ['entities', ['&amp;', '&#65;', '&copy']],
    ['brackets and parentheses', ['a](https://evil.example)', '![x](y)', '[z]']],
    ['HTML', ['<img src=x>', '</p>']],
    ['backslashes', ['a\\', '\\`b', '\\\\']],
    ['a line break', ['a\nb', 'c\r\nd']],
    ['plain names', ['logo-dark', 'shot 1.2', 'a+b=c?#%']]
  ])('keeps each image its own, its title as alt text: %s', (_name, titles) => {
    const url = (i: number): string => `https://img.example/${i}.png`
    const rendered = imagesIn(markdown(titles.map((title, i) => image(title, url(i)))))
    expect(rendered).toEqual(titles.map((title, i) => ({ alt: title.replace(/[\r\n]/g, ' '), src: url(i) })))
  })

  it('keeps a URL with a backtick, parentheses or a space one source', () => {
    const urls = ['https://img.example/a`b.png', 'https://img.example/(c) d.png']
    expect(imagesIn(markdown(urls.map(url => image('t', url)))).map(rendered => rendered.src)).toEqual([
      'https://img.example/a%60b.png',
      'https://img.example/%28c%29%20d.png'
    ])
  })

  it.each<[string, string[]]>([
    ['plain paths', ['shots/a.png', 'docs/Settings page (dark) #2.png']],
    ['headings and rules that would take the image line with them', ['# title.png', '---', '===', '***']],
    ['quotes, lists and tables', ['> quoted.png', '1. first.png', '- item.png', '+ item.png', '| a | b |', '-|-']],
    ['HTML', ['<script>alert(1)</script>.png', '<img src=x onerror=alert(1)>', '<!-- x -->']],
    ['links, images, code and emphasis', ['[x](https://evil.example).png', '![x](y).png', '`code`.png', '*a*_b_.png', '~~c~~']],
    ['entities and backslashes', ['&amp;.png', '&#65;.png', 'a\\', '\\`b']]
  ])('captions each image with its file name, inert: %s', (_name, paths) => {
    const url = (i: number): string => `https://img.example/${i}.png`
    const text = markdown(paths.map((path, i) => image('t', url(i), path)))
    expect(blocksIn(text)).toEqual(paths.map((path, i) => ({ src: url(i), caption: path })))
  })

  it('makes a line break in a file name a space: one caption line', () => {
    expect(blocksIn(markdown([image('t', 'https://img.example/0.png', 'a\nb\r\n.png')]))).toEqual([
      { src: 'https://img.example/0.png', caption: 'a b  .png' }
    ])
  })
})
