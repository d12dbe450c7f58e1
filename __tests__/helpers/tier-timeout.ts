import { jest } from '@jest/globals'

jest.setTimeout((globalThis as unknown as { tierTimeout: number }).tierTimeout)
