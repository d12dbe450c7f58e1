import { describe, expect, it, jest } from '@jest/globals'
import { gateLibraryOutput, MAX_HELD_CHARS, silenceDeprecations, withoutCredentialFields } from '../../src/shared/library-output.js'

const SECRET = 'sts-secret-0123456789'

/** The gate installed over a recording stderr: what reached the real stream, write by write. */
function gated(): { written: string[]; debug: string[]; close: () => void; restore: () => void } {
  const written: string[] = []
  const debug: string[] = []
  const realWrite = Object.getOwnPropertyDescriptor(process.stderr, 'write')
  const recorder = (chunk: string | Uint8Array): boolean => (written.push(chunk.toString()), true)
  Object.defineProperty(process.stderr, 'write', { value: recorder, writable: true, configurable: true })
  const close = gateLibraryOutput({ debug: message => debug.push(message), redact: text => text.split(SECRET).join('***') })
  return {
    written,
    debug,
    close,
    restore: () => {
      expect(Object.getOwnPropertyDescriptor(process.stderr, 'write')?.value).toBe(recorder)
      if (realWrite) Object.defineProperty(process.stderr, 'write', realWrite)
      else delete (process.stderr as { write?: unknown }).write
    }
  }
}

describe('gateLibraryOutput', () => {
  it('sends console.warn to the debug log, formatted, prefixed and redacted', () => {
    const gate = gated()
    try {
      console.warn('[urllib:warn] %s %s callback twice!!!', 'PUT', `http://oss/x.png?security-token=${SECRET}`)
      console.warn('::error::from a library\nsecond line')
    } finally {
      gate.close()
      gate.restore()
    }
    expect(gate.debug).toEqual([
      'library warning: [urllib:warn] PUT http://oss/x.png?security-token=*** callback twice!!!',
      'library warning: ::error::from a library\nsecond line'
    ])
    expect(gate.written).toEqual([])
  })

  it('prints whole lines only: a secret written in pieces reaches stderr redacted, never in halves', () => {
    const gate = gated()
    try {
      process.stderr.write(`debug: token=${SECRET.slice(0, 7)}`)
      expect(gate.written).toEqual([])
      process.stderr.write(Buffer.from(`${SECRET.slice(7)} and more\nnext `))
      process.stderr.write('line, then one without an end')
      expect(gate.written).toEqual(['debug: token=*** and more\n'])
      gate.close()
      expect(gate.written).toEqual(['debug: token=*** and more\n', 'next line, then one without an end\n'])
    } finally {
      gate.restore()
    }
  })

  it('keeps a character whose UTF-8 bytes come in two writes whole', () => {
    const gate = gated()
    try {
      const bytes = Buffer.from('größe ✓\n')
      process.stderr.write(bytes.subarray(0, 3))
      process.stderr.write(bytes.subarray(3))
      gate.close()
      expect(gate.written).toEqual(['größe ✓\n'])
    } finally {
      gate.restore()
    }
  })

  it('escapes each line as the action escapes its own: none starts a workflow command', () => {
    const gate = gated()
    try {
      process.stderr.write('<Message>denied\n::warning::pwned\n  ::add-mask::x\r::error::y ##[group]z\n')
      gate.close()
      expect(gate.written.join('')).toBe('<Message>denied\n%3A:warning::pwned\n  %3A:add-mask::x%0D::error::y ##%5Bgroup]z\n')
    } finally {
      gate.restore()
    }
  })

  it('calls the write callback and returns true', async () => {
    const gate = gated()
    try {
      const called = new Promise<string>(resolve => expect(process.stderr.write('x\n', () => resolve('called'))).toBe(true))
      expect(await called).toBe('called')
    } finally {
      gate.close()
      gate.restore()
    }
  })

  it('sends the other console methods through it, console.warn to the debug log, and puts console back on close', () => {
    const methods = ['log', 'info', 'debug', 'error', 'warn', 'trace'] as const
    const before = methods.map(name => Object.getOwnPropertyDescriptor(console, name))
    const gate = gated()
    try {
      console.log('from console.log %s', SECRET)
      console.error('::error::from console.error')
      console.warn('a warning with', SECRET)
      gate.close()
      expect(gate.written).toEqual(['from console.log ***\n', '%3A:error::from console.error\n'])
      expect(gate.debug).toEqual(['library warning: a warning with ***'])
      expect(methods.map(name => Object.getOwnPropertyDescriptor(console, name))).toEqual(before)
    } finally {
      gate.restore()
    }
  })

  it('searches only each new piece for a line end: a long line in many pieces is read once, not once per piece', () => {
    const pieces = Array.from({ length: 2000 }, (_, i) => `piece ${i} `)
    const gate = gated()
    const lastIndexOf = jest.spyOn(String.prototype, 'lastIndexOf')
    // What the gate searched for a line end, in characters: each piece once, not all that is held each time.
    let scanned = 0
    try {
      for (const piece of pieces) process.stderr.write(piece)
      process.stderr.write('end\n')
    } finally {
      lastIndexOf.mock.calls.forEach((args, i) => {
        if (args[0] === '\n') scanned += String(lastIndexOf.mock.contexts[i]).length
      })
      lastIndexOf.mockRestore()
      gate.close()
      gate.restore()
    }
    expect(gate.written).toEqual([`${pieces.join('')}end\n`])
    expect(scanned).toBeGreaterThan(0)
    expect(scanned).toBeLessThanOrEqual(`${pieces.join('')}end\n`.length)
  })

  const filler = 'word '.repeat(Math.ceil(MAX_HELD_CHARS / 5))
  it.each<{ name: string; pieces: string[]; afterFirst: string[]; after: string[] }>([
    {
      name: 'a credential being written when the bound is passed stays whole, and is redacted',
      pieces: [`${filler}token=${SECRET.slice(0, 7)}`, `${SECRET.slice(7)} done\n`],
      afterFirst: [`${filler}\n`],
      after: [`${filler}\n`, 'token=*** done\n']
    },
    {
      name: 'what follows a cut is a line of its own, escaped: it starts no workflow command',
      pieces: [`${'a'.repeat(MAX_HELD_CHARS)} ::error::pwned`],
      afterFirst: [`${'a'.repeat(MAX_HELD_CHARS)} \n`],
      after: [`${'a'.repeat(MAX_HELD_CHARS)} \n`, '%3A:error::pwned\n']
    },
    {
      name: 'with nowhere to cut near its end, the whole piece goes',
      pieces: ['x'.repeat(MAX_HELD_CHARS + 1)],
      afterFirst: [`${'x'.repeat(MAX_HELD_CHARS + 1)}\n`],
      after: [`${'x'.repeat(MAX_HELD_CHARS + 1)}\n`]
    },
    {
      name: 'up to the bound, a line is held whole',
      pieces: ['y'.repeat(MAX_HELD_CHARS - 1), 'y\n'],
      afterFirst: [],
      after: [`${'y'.repeat(MAX_HELD_CHARS)}\n`]
    }
  ])('holds at most 64 KiB without a line end: $name', ({ pieces, afterFirst, after }) => {
    const gate = gated()
    let written: string[] | undefined
    try {
      process.stderr.write(pieces[0])
      written = [...gate.written]
      for (const piece of pieces.slice(1)) process.stderr.write(piece)
    } finally {
      gate.close()
      gate.restore()
    }
    expect(written).toEqual(afterFirst)
    expect(gate.written).toEqual(after)
  })

  it('megabytes without a line end, in small pieces, go out as they come: no more than 64 KiB is ever held', () => {
    const gate = gated()
    const pieces = 'some library output '.repeat(50_000).match(/[^]{1,999}/g)!
    let sent = 0
    let mostHeld = 0
    try {
      for (const piece of pieces) {
        process.stderr.write(piece)
        sent += piece.length
        const out = gate.written.reduce((sum, line) => sum + line.length - 1, 0)
        mostHeld = Math.max(mostHeld, sent - out)
      }
      gate.close()
    } finally {
      gate.restore()
    }
    expect(mostHeld).toBeLessThanOrEqual(MAX_HELD_CHARS)
    expect(gate.written.join('').replace(/\n/g, '')).toBe(pieces.join(''))
  })

  it.each<[string, string[], string[]]>([
    ['exactly MAX_HELD_CHARS without a line end are held', ['x'.repeat(MAX_HELD_CHARS), 'y\n'], [`${'x'.repeat(MAX_HELD_CHARS)}y\n`]],
    [
      'one more goes out, cut after the last break found as far back as 4 KiB from the end',
      [`${'x'.repeat(MAX_HELD_CHARS - 4 * 1024 + 1)} ${'x'.repeat(4 * 1024 - 1)}`],
      [`${'x'.repeat(MAX_HELD_CHARS - 4 * 1024 + 1)} \n`, `${'x'.repeat(4 * 1024 - 1)}\n`]
    ]
  ])('%s', (_name, pieces, lines) => {
    const gate = gated()
    try {
      for (const piece of pieces) process.stderr.write(piece)
      gate.close()
    } finally {
      gate.restore()
    }
    expect(gate.written).toEqual(lines)
  })

  it('prints a string as it is, while the decoder still holds the start of a character from a Buffer', () => {
    const gate = gated()
    try {
      process.stderr.write(Buffer.from('€').subarray(0, 2))
      process.stderr.write('x\n')
      gate.close()
    } finally {
      gate.restore()
    }
    expect(gate.written).toEqual(['x\n', '\ufffd\n'])
  })

  it('formats what console prints without colours, on stderr and in the debug log', () => {
    const gate = gated()
    try {
      console.log({ count: 1, name: 'a' })
      console.warn({ count: 2 })
    } finally {
      gate.close()
      gate.restore()
    }
    expect(gate.written).toEqual(["{ count: 1, name: 'a' }\n"])
    expect(gate.debug).toEqual(['library warning: { count: 2 }'])
  })

  it('puts in writable functions, enumerable as the ones they replace were (or, where none was its own, enumerable)', () => {
    const names = ['log', 'info', 'debug', 'error', 'trace', 'warn'] as const
    const before = names.map(name => Object.getOwnPropertyDescriptor(console, name)?.enumerable ?? true)
    const gate = gated()
    try {
      const during = names.map(name => Object.getOwnPropertyDescriptor(console, name))
      expect(during.map(descriptor => descriptor?.writable)).toEqual(names.map(() => true))
      expect(during.map(descriptor => descriptor?.enumerable)).toEqual(before)
      expect(Object.getOwnPropertyDescriptor(process.stderr, 'write')).toMatchObject({ writable: true, configurable: true })
    } finally {
      gate.close()
      gate.restore()
    }
  })

  it("over a stderr whose write is its prototype's: puts in an enumerable one, and on close leaves none of its own", () => {
    const real = Object.getOwnPropertyDescriptor(process.stderr, 'write')
    delete (process.stderr as { write?: unknown }).write
    try {
      const close = gateLibraryOutput({ debug: () => undefined, redact: text => text })
      expect(Object.getOwnPropertyDescriptor(process.stderr, 'write')?.enumerable).toBe(true)
      close()
      expect(Object.hasOwn(process.stderr, 'write')).toBe(false)
    } finally {
      if (real) Object.defineProperty(process.stderr, 'write', real)
    }
  })

  it('writes nothing when nothing was written', () => {
    const gate = gated()
    gate.close()
    gate.restore()
    expect(gate.written).toEqual([])
  })
})

describe('withoutCredentialFields', () => {
  const uploadAuth = Buffer.from(
    JSON.stringify({ AccessKeyId: 'STS.id', AccessKeySecret: 'sts-secret', SecurityToken: 'CAIS+tok/en==' })
  ).toString('base64')
  it.each<[string, string, string]>([
    ['a JSON answer (httpx:body)', `{"ImageId":"i1","UploadAuth":"${uploadAuth}","X":1}`, '{"ImageId":"i1","UploadAuth":"***","X":1}'],
    [
      'a form body',
      'AccessKeyId=AK&SecurityToken=CAIS%2Btok&SignatureMethod=HMAC-SHA1&Signature=abc%3D&Version=1',
      'AccessKeyId=AK&SecurityToken=***&SignatureMethod=HMAC-SHA1&Signature=***&Version=1'
    ],
    ['a query string', 'PUT /k.png?security-token=CAIS%2Btok&x=1', 'PUT /k.png?security-token=***&x=1'],
    [
      'headers as JSON (ali-oss)',
      '{"x-oss-security-token":"CAIS+tok","authorization":"OSS4-HMAC-SHA256 Credential=STS.id/20261202/cn-shanghai/oss/aliyun_v4_request, Signature=ab12","x-acs-security-token":"t"}',
      '{"x-oss-security-token":"***","authorization":"***","x-acs-security-token":"***"}'
    ],
    ['a header line (httpx:header)', '> Proxy-Authorization: Basic dXNlcjpwYXNz', '> Proxy-Authorization: ***'],
    ['a header in inspected text', `'Authorization: OSS AK:c2ln\\r\\n' + 'Host: h\\r\\n'`, `'Authorization: ***\\r\\n' + 'Host: h\\r\\n'`],
    ['an inspected object', "{ accessKeySecret: 'sts-secret', securityToken: 'CAIS' }", "{ accessKeySecret: '***', securityToken: '***' }"],
    ['escaped JSON', '{\\"AccessKeySecret\\":\\"sts-secret\\"}', '{\\"AccessKeySecret\\":\\"***\\"}'],
    ['an UploadAuth under another name', `auth ${uploadAuth} end`, 'auth *** end'],
    ['stringToSign lines', 'x-oss-security-token:CAIS+tok', 'x-oss-security-token:***']
  ])('%s', (_name, text, expected) => {
    expect(withoutCredentialFields(text)).toBe(expected)
  })

  it.each([
    'SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&SignatureNonce=abc',
    'ali-oss authorization stringToSign: PUT',
    `UploadAddress":"${Buffer.from(JSON.stringify({ Endpoint: 'https://oss-cn-shanghai.aliyuncs.com', Bucket: 'b', FileName: 'image/x.png' })).toString('base64')}"`
  ])('leaves text without credentials as it is: %s', text => {
    expect(withoutCredentialFields(text)).toBe(text)
  })
})

describe('silenceDeprecations', () => {
  it('drops only the deprecations named: every other warning still goes to process.emitWarning', () => {
    const seen: string[] = []
    const real = process.emitWarning.bind(process)
    process.emitWarning = (_warning: string, typeOrOptions?: unknown, code?: unknown) => {
      const options =
        typeof typeOrOptions === 'object' && typeOrOptions !== null ? (typeOrOptions as { type?: string; code?: string }) : undefined
      seen.push([options?.type ?? typeOrOptions ?? 'Warning', options?.code ?? code].filter(Boolean).join(' '))
    }
    try {
      silenceDeprecations('DEP0169')
      process.emitWarning('url.parse() behavior is not standardized', 'DeprecationWarning', 'DEP0169')
      process.emitWarning('url.parse() again', { type: 'DeprecationWarning', code: 'DEP0169' })
      process.emitWarning('a null type (a caller in plain JavaScript)', null as unknown as string, 'DEP0169')
      process.emitWarning('another deprecation', 'DeprecationWarning', 'DEP0999')
      process.emitWarning('a plain warning')
    } finally {
      process.emitWarning = real
    }
    expect(seen).toEqual(['DeprecationWarning DEP0999', 'Warning'])
    expect(process.noDeprecation).toBeFalsy()
  })

  it('wraps process.emitWarning once, however many times it is called', () => {
    const emitWarning = (): unknown => Object.getOwnPropertyDescriptor(process, 'emitWarning')?.value
    const real = Object.getOwnPropertyDescriptor(process, 'emitWarning')
    try {
      silenceDeprecations('DEP0001')
      const wrapped = emitWarning()
      silenceDeprecations('DEP0002')
      expect(emitWarning()).toBe(wrapped)
    } finally {
      if (real) Object.defineProperty(process, 'emitWarning', real)
    }
  })
})
