/**
 * One Jest config for the whole monorepo. Tests import the packages by name; the mapper points those names at
 * the TypeScript sources so tests never run against a stale build. Type checking of tests is done by
 * `npm run typecheck` (tsc), so ts-jest only transpiles.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/test'],
  testMatch: ['**/test/**/*.test.ts'],
  moduleNameMapper: {
    '^@rlver/(env|trainer|bench)$': '<rootDir>/packages/$1/src/index.ts',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.test.json', diagnostics: false }],
  },
  testTimeout: 60000,
  maxWorkers: 2,
};
