#!/usr/bin/env node
// `npm test` runs this first: the Debian packages the tests need that npm cannot install.
// All present → exits at once (one dpkg-query). Missing and root → apt-get installs them.
// Missing and not root → prints the one command to run and fails within a second.
import { spawnSync } from 'node:child_process';

const packages = [
  'chromium', // the browser tests (Playwright drives Debian's build; it cannot download its own here)
  'python3-torch', // the training smoke tests
  'python3-onnx',
  'python3-numpy',
  'python3-pytest',
  'fonts-nanum', // Korean glyphs in screenshots and the dataset renderer
  'libopenblas0-pthread', // without it Debian's torch links the reference BLAS, ~20x slower
];

const query = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\n', ...packages], { encoding: 'utf8' });
if (query.error) {
  console.warn(`system packages: no dpkg-query (not Debian?); the tests expect: ${packages.join(' ')}`);
  process.exit(0);
}
const installed = new Set(
  query.stdout
    .split('\n')
    .filter((line) => line.endsWith(' install ok installed'))
    .map((line) => line.split(' ')[0]),
);
const missing = packages.filter((p) => !installed.has(p));
if (missing.length === 0) process.exit(0);

const install = ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing];
if (process.getuid?.() !== 0) {
  console.error(`npm test needs these Debian packages: ${missing.join(' ')}\nInstall them, then run npm test again:\n\n  sudo apt-get update && sudo ${install.join(' ')}\n`);
  process.exit(1);
}

console.log(`system packages: installing ${missing.join(' ')}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const cmd of [['apt-get', 'update', '-qq'], install]) {
  const r = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`system packages: \`${cmd.join(' ')}\` failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}
