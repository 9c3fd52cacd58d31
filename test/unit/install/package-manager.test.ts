import { describe, expect, it } from 'vitest';
import { composeAddDevCommand, detectPackageManager } from '../../../src/install/package-manager.js';

describe('detectPackageManager', () => {
  it.each([
    [['package-lock.json'], undefined, 'npm'],
    [['pnpm-lock.yaml'], 'npm/11.0.0 node/v20', 'pnpm'],
    [['yarn.lock'], undefined, 'yarn'],
    [['bun.lock'], undefined, 'bun'],
    [[], 'pnpm/9.1.0 npm/? node/v20.20.0 linux x64', 'pnpm'],
    [[], 'yarn/1.22.22 npm/? node/v20.20.0', 'yarn'],
    [[], undefined, 'npm'],
    [[], 'something/1.0', 'npm'],
  ] as const)('lockfiles %j with agent %j mean %s', (lockfiles, agent, manager) => {
    expect(detectPackageManager(lockfiles, agent)).toBe(manager);
  });
});

describe('composeAddDevCommand', () => {
  it.each([
    ['npm', 'npm install --save-dev husky@^9'],
    ['pnpm', 'pnpm add --save-dev husky@^9'],
    ['yarn', 'yarn add --dev husky@^9'],
    ['bun', 'bun add --dev husky@^9'],
  ] as const)('adds a devDependency with %s', (manager, command) => {
    expect(composeAddDevCommand(manager, 'husky@^9').join(' ')).toBe(command);
  });
});
