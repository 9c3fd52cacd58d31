// Suite: commit-message validation with the real core, on accepted, rejected and long messages.
import { loadDefaultCommitMsgConfig } from './inputs.js';
import type { BenchCase, BenchSuite } from '../suite.js';

export const suite: BenchSuite = {
  name: 'message',
  summary: 'commit-message validation (accepted, rejected, long body)',
  async createCases(): Promise<readonly BenchCase[]> {
    const { checkCommitMessage } = await import('../../core/commit-message/index.js');
    const config = await loadDefaultCommitMsgConfig();
    const body = Array.from({ length: 200 }, (_, i) => `Line ${i} of a long body explaining the change in detail.`).join('\n');
    const messages: Record<string, string> = {
      accepted: 'feat: parse pre-push stdin lines from the right [T-2026-11-22-003] [MODE:F]\n',
      rejected: 'Feat(parser) parse stuff [T-2026-13-45-1]\n\nbody\n',
      'long-body': `fix: keep the rejected message on disk [T-2026-11-22-002] [MODE:NF]\n\n${body}\n# comment line\n`,
    };
    return Object.entries(messages).map(([name, message]) => ({ name, run: () => checkCommitMessage(message, config) }));
  },
};
