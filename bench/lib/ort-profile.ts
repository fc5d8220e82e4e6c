// ORT's profiler output (Chrome trace events, the same from onnxruntime-node's file and onnxruntime-web's console)
// summed per op type over the profiled calls after the first.
export interface TraceEvent { cat?: string; name: string; dur: number; ts: number; args?: { op_name?: string } }

export interface OpTimes { calls: number; /** model_run: the whole call inside ORT */ runMs: number; msPerCall: Map<string, number>; nodesPerCall: Map<string, number>; totalMs: number }

/** Per op type, or per node (`by: 'node'`: the node's name, without the suffix of the x86 NCHWc rewrite, and its type). */
export function opTimes(events: TraceEvent[], by: 'op' | 'node' = 'op'): OpTimes {
  const runs = events.filter((e) => e.name === 'model_run').sort((a, b) => a.ts - b.ts);
  if (runs.length < 2) throw new Error(`the profile holds ${runs.length} model_run event(s); it needs a warm-up and at least one more`);
  const from = runs[1].ts, calls = runs.length - 1;
  const ms = new Map<string, number>(), nodes = new Map<string, number>();
  for (const e of events) {
    if (e.cat !== 'Node' || !e.name.endsWith('_kernel_time') || e.ts < from) continue;
    const type = e.args?.op_name ?? '?';
    const op = by === 'op' ? type : `${e.name.replace(/_kernel_time$/, '').replace(/_output_0_nchwc$/, '')} (${type})`;
    ms.set(op, (ms.get(op) ?? 0) + e.dur / 1000 / calls);
    nodes.set(op, (nodes.get(op) ?? 0) + 1 / calls);
  }
  const runMs = runs.slice(1).reduce((a, e) => a + e.dur / 1000, 0) / calls;
  return { calls, runMs, msPerCall: ms, nodesPerCall: nodes, totalMs: [...ms.values()].reduce((a, b) => a + b, 0) };
}
