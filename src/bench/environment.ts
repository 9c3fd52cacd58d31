// The machine and runtime a benchmark ran on, so a baseline from elsewhere is recognised.
import { createHash } from 'node:crypto';
import { cpus, hostname, totalmem } from 'node:os';
import type { BenchEnvironment } from '../core/bench/bench-result.js';

export type { BenchEnvironment } from '../core/bench/bench-result.js';

/** Reads the current environment; `env`: the environment the benchmark processes get (their NODE_OPTIONS). */
export function readBenchEnvironment(env: NodeJS.ProcessEnv = process.env): BenchEnvironment {
  const cpuList = cpus();
  const cpuModel = cpuList[0]?.model.trim() ?? 'unknown';
  const machineId = createHash('sha256')
    .update([hostname(), cpuModel, cpuList.length, Math.round(totalmem() / 2 ** 30)].join('\n'))
    .digest('hex')
    .slice(0, 16);
  // The processes are started as `node <cli>`, without this process's own flags: NODE_OPTIONS is all they get.
  const nodeFlags = (env.NODE_OPTIONS ?? '').trim().split(/\s+/).filter(Boolean).join(' ');
  return { node: process.version, platform: process.platform, arch: process.arch, cpuModel, cpuCount: cpuList.length, machineId, nodeFlags };
}

/** Differences that make a comparison unsound, as short sentences (empty when comparable). */
export function describeEnvironmentMismatch(baseline: BenchEnvironment, current: BenchEnvironment): string[] {
  const problems: string[] = [];
  if (baseline.machineId !== current.machineId) {
    problems.push(`recorded on another machine (${baseline.cpuCount} x ${baseline.cpuModel}, id ${baseline.machineId}; this is ${current.machineId})`);
  }
  if (baseline.node !== current.node) problems.push(`recorded with Node ${baseline.node}, this is ${current.node}`);
  // A baseline from before the flags were recorded says nothing about them.
  if (baseline.nodeFlags !== undefined && baseline.nodeFlags !== (current.nodeFlags ?? '')) {
    problems.push(`recorded with node flags ${describeFlags(baseline.nodeFlags)}, this run has ${describeFlags(current.nodeFlags ?? '')} (NODE_OPTIONS)`);
  }
  if (baseline.platform !== current.platform || baseline.arch !== current.arch) {
    problems.push(`recorded on ${baseline.platform}-${baseline.arch}, this is ${current.platform}-${current.arch}`);
  }
  return problems;
}

function describeFlags(flags: string): string {
  return flags === '' ? 'none' : `'${flags}'`;
}
