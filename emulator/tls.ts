/**
 * TLS for the emulator: a CA made at start, and a server certificate it signs for the names the
 * clients check. Keys come from Node's crypto; Node cannot write X.509 certificates, so node-forge
 * (a devDependency, loaded only when TLS is asked for) builds them.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TlsMaterial {
  /** PEM of the CA certificate: what a client must trust (NODE_EXTRA_CA_CERTS, tls.setDefaultCACertificates). */
  ca: string
  /** A file holding `ca`, for NODE_EXTRA_CA_CERTS; removed by dispose(). */
  caFile: string
  key: string
  cert: string
  dispose(): Promise<void>
}

interface TlsNames {
  dns: string[]
  ips: string[]
}

const VALIDITY_MS = 2 * 24 * 3600 * 1000

/**
 * ali-oss with an IP endpoint checks the certificate against the Host it makes up,
 * `<bucket>.oss-<region>.aliyuncs.com`; the VOD endpoint and OSS are also reached by name through proxies.
 */
export function namesFor(regions: readonly string[], extraHosts: readonly string[] = []): TlsNames {
  const dns = new Set(['localhost', '*.aliyuncs.com', ...extraHosts])
  for (const region of regions) {
    dns.add(`oss-${region}.aliyuncs.com`)
    dns.add(`*.oss-${region}.aliyuncs.com`)
    dns.add(`vod.${region}.aliyuncs.com`)
  }
  return { dns: [...dns], ips: ['127.0.0.1', '::1'] }
}

export async function createTlsMaterial(names: TlsNames, now = Date.now()): Promise<TlsMaterial> {
  const { default: forge } = await import('node-forge')
  const keyPair = (): { privateKey: string; publicKey: string } =>
    generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' }
    })
  const caKeys = keyPair()
  const serverKeys = keyPair()
  const caKey = forge.pki.privateKeyFromPem(caKeys.privateKey)

  const ca = forge.pki.createCertificate()
  fillCertificate(ca, forge.pki.publicKeyFromPem(caKeys.publicKey), now)
  const caSubject = [{ name: 'commonName', value: 'vod-image-upload emulator CA' }]
  ca.setSubject(caSubject)
  ca.setIssuer(caSubject)
  ca.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' }
  ])
  ca.sign(caKey, forge.md.sha256.create())

  const server = forge.pki.createCertificate()
  fillCertificate(server, forge.pki.publicKeyFromPem(serverKeys.publicKey), now)
  server.setSubject([{ name: 'commonName', value: 'vod-image-upload emulator' }])
  server.setIssuer(caSubject)
  server.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: [...names.dns.map(value => ({ type: 2, value })), ...names.ips.map(ip => ({ type: 7, ip }))] },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.generateSubjectKeyIdentifier().getBytes() }
  ])
  server.sign(caKey, forge.md.sha256.create())

  const caPem = forge.pki.certificateToPem(ca)
  const dir = await mkdtemp(join(tmpdir(), 'vod-emulator-ca-'))
  const caFile = join(dir, 'ca.pem')
  await writeFile(caFile, caPem)
  return {
    ca: caPem,
    caFile,
    key: serverKeys.privateKey,
    cert: forge.pki.certificateToPem(server),
    dispose: () => rm(dir, { recursive: true, force: true })
  }
}

function fillCertificate(cert: import('node-forge').pki.Certificate, publicKey: import('node-forge').pki.PublicKey, now: number): void {
  cert.publicKey = publicKey
  // A positive serial: the first byte's high bit clear.
  cert.serialNumber = `01${randomBytes(15).toString('hex')}`
  cert.validity.notBefore = new Date(now - 3600 * 1000)
  cert.validity.notAfter = new Date(now + VALIDITY_MS)
}
