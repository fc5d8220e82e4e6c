// Tiny --flag value parser for the CLIs: unknown flags are errors, so typos never pass silently.
export function parseArgs(argv: string[], known: Record<string, 'string' | 'number'>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (!flag.startsWith('--')) throw new Error(`Unexpected argument "${flag}" (flags: ${Object.keys(known).map((k) => `--${k}`).join(' ')})`);
    const name = flag.slice(2);
    if (!(name in known)) throw new Error(`Unknown flag ${flag} (flags: ${Object.keys(known).map((k) => `--${k}`).join(' ')})`);
    const value = argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (known[name] === 'number') {
      const n = Number(value);
      if (!Number.isFinite(n)) throw new Error(`${flag} must be a number, got "${value}"`);
      out[name] = n;
    } else out[name] = value;
  }
  return out;
}

export const ENGINE_FLAGS = { models: 'string', suite: 'string', gallery: 'string', threads: 'number' } as const;

export function engineOptions(args: Record<string, string | number>) {
  const suite = String(args.suite ?? 'toon-mini');
  return {
    suiteDir: `${String(args.models ?? 'public/models')}/${suite}`,
    galleryDir: String(args.gallery ?? `public/gallery/${suite}`),
    threads: Number(args.threads ?? 2),
  };
}

/** Runs a CLI's main when node was started on `file`; a failure prints its message alone and exits 1. */
export function runAsCli(file: string, main: () => Promise<void>): void {
  if (!process.argv[1]?.endsWith(file)) return;
  main().catch((err) => {
    console.error((err as Error).message);
    process.exit(1);
  });
}
