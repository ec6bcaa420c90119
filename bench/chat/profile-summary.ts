/** Reads a V8 .cpuprofile (as `node --cpu-prof` writes it) into the shares bench:chat:profile prints. */

export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  /** Microseconds of the monotonic clock that process.hrtime reads. */
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const IDLE = '(idle)';
const ROWS = 30;

/** Self time by package or file, the top functions by self time, and our own functions by inclusive time. */
export function summarizeProfile(profile: CpuProfile, window: { from: number; to: number; count: number }, repoRoot: string): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

  const self = new Map<number, number>();
  let time = profile.startTime;
  profile.samples.forEach((nodeId, index) => {
    time += profile.timeDeltas[index] ?? 0;
    // A sample's delta is the time since the one before: it is charged to this sample.
    if (time >= window.from && time <= window.to) self.set(nodeId, (self.get(nodeId) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });

  const where = (nodeId: number) => placeOf(byId.get(nodeId)!.callFrame, repoRoot);
  const frameName = (nodeId: number) => {
    const { functionName, lineNumber } = byId.get(nodeId)!.callFrame;
    return `${functionName || '(anonymous)'} ${where(nodeId)}:${lineNumber + 1}`;
  };
  const busy = [...self].filter(([id]) => byId.get(id)!.callFrame.functionName !== IDLE).reduce((sum, [, micros]) => sum + micros, 0);
  const idle = [...self].filter(([id]) => byId.get(id)!.callFrame.functionName === IDLE).reduce((sum, [, micros]) => sum + micros, 0);

  const selfByPlace = new Map<string, number>();
  const selfByFrame = new Map<string, number>();
  const inclusiveOurs = new Map<string, number>();
  for (const [id, micros] of self) {
    if (byId.get(id)!.callFrame.functionName === IDLE) continue;
    add(selfByPlace, where(id), micros);
    add(selfByFrame, frameName(id), micros);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      if (!isOurs(where(at))) continue;
      const name = frameName(at);
      if (!seen.has(name)) add(inclusiveOurs, name, micros);
      seen.add(name);
    }
  }

  const share = (micros: number) => `${((100 * micros) / busy).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(6)} ms`;
  const table = (title: string, entries: Map<string, number>) =>
    [title, ...[...entries].sort((a, b) => b[1] - a[1]).slice(0, ROWS).map(([name, micros]) => `  ${share(micros)}  ${name}`)].join('\n');
  return [
    `busy ${(busy / 1000).toFixed(0)} ms of CPU samples (idle ${(idle / 1000).toFixed(0)} ms) over ${window.count} answers: ${(busy / 1000 / window.count).toFixed(3)} ms per answer`,
    '',
    table('self time by package or file:', selfByPlace),
    '',
    table('self time by function:', selfByFrame),
    '',
    table('inclusive time of our own functions (src/, commands/):', inclusiveOurs),
    '',
  ].join('\n');
}

function add(totals: Map<string, number>, key: string, micros: number): void {
  totals.set(key, (totals.get(key) ?? 0) + micros);
}

function isOurs(place: string): boolean {
  return place.startsWith('src/') || place.startsWith('commands/');
}

/** A package name, a Node module, a file of ours, or V8's own entries such as (garbage collector). */
function placeOf(frame: { functionName: string; url: string }, repoRoot: string): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const inPackage = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (inPackage) return inPackage[1]!;
  if (url.startsWith('node:')) return url.split('/').slice(0, 2).join('/');
  const path = url.replace(/^file:\/\//, '');
  return path.startsWith(`${repoRoot}/`) ? path.slice(repoRoot.length + 1) : path;
}
