// Counts how often the thesis's own example pictures come out of the ToonScenes sampler, by scene
// graph (the things are there, doing it) and by caption (an English caption says it with its verb).
// usage: npx tsx bench/dataset-thesis.ts [count] [seed]
import { THESIS_EXAMPLES } from '../tools/dataset/scene/thesis-examples.js';
import { sceneRecord } from '../tools/dataset/build-scene.js';

const count = Number(process.argv[2] ?? 20000);
const seed = Number(process.argv[3] ?? 1);
const hits = THESIS_EXAMPLES.map(() => ({ together: 0, graph: 0, caption: 0, sample: '' }));
const started = performance.now();
for (let i = 0; i < count; i++) {
  const record = sceneRecord(seed, i);
  THESIS_EXAMPLES.forEach((example, k) => {
    if (example.together(record)) hits[k].together++;
    if (!example.graph(record)) return;
    hits[k].graph++;
    const said = record.captions.en.findIndex((text) => example.caption.test(text));
    if (said < 0) return;
    hits[k].caption++;
    hits[k].sample ||= `${record.captions.en[said]} / ${record.captions.ko[said]}`;
  });
}
const seconds = (performance.now() - started) / 1000;
console.log(`ToonScenes thesis examples in ${count} sampled + captioned scenes (seed ${seed}, ${seconds.toFixed(1)} s, no rendering)`);
THESIS_EXAMPLES.forEach((example, k) => {
  const h = hits[k];
  console.log(`  ${example.id.padEnd(18)} together ${String(h.together).padStart(5)}  graph ${String(h.graph).padStart(5)}  captioned ${String(h.caption).padStart(5)}` +
    `  ~${Math.round((h.caption * 50000) / count)} per 50k  e.g. ${h.sample || '-'}`);
});
