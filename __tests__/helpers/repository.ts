/** The repository as package.json names it, and the Markdown files a user reads: what the project tests check the docs against. */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ROOT } from '../../testkit/local-runner.js'

interface PackageJson {
  version: string
  repository?: { type?: string; url?: string } | string
  homepage?: string
  bugs?: { url?: string } | string
}

export const packageJson = (): PackageJson => JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as PackageJson

/** `owner/name` from package.json's `repository` (`git+https://github.com/owner/name.git`). */
export function repositorySlug(): string {
  const { repository } = packageJson()
  const url = typeof repository === 'string' ? repository : (repository?.url ?? '')
  const match = /^(?:git\+)?https:\/\/github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(url)
  if (!match) throw new Error(`package.json repository is not a GitHub URL: ${JSON.stringify(repository)}`)
  return match[1]
}

export const majorVersion = (): string => packageJson().version.split('.')[0]

/** README.md, CONTRIBUTING.md, SECURITY.md and docs/*.md, as paths relative to the root (CHANGELOG.md is history: it names what was). */
export function userDocs(): string[] {
  const docs = readdirSync(path.join(ROOT, 'docs'))
    .filter(name => name.endsWith('.md'))
    .map(name => `docs/${name}`)
  return ['README.md', 'CONTRIBUTING.md', 'SECURITY.md', ...docs]
}

export const readRoot = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8')
