// The dataset card (DIR/README.md): what is in the build, how to read it, licence and credit.
import type { Split } from '../scene/split.js';

export interface CardFacts {
  seed: number;
  count: number;
  sizes: number[];
  splits: Record<Split, number>;
  stories: number;
  gallery: number;
  settings: { id: string; en: string; ko: string }[];
  objects: { id: string; en: string; ko: string; category: string }[];
  actions: string[];
  styles: readonly string[];
  vocabulary: { en: number; ko: number };
  captionsPerScene: { en: number; ko: number };
  settingCounts: Record<string, number>;
}

export function datasetCard(f: CardFacts): string {
  const settingRows = f.settings.map((s) => `| ${s.id} | ${s.en} | ${s.ko} | ${f.settingCounts[s.id] ?? 0} |`).join('\n');
  const byCategory = new Map<string, string[]>();
  for (const o of f.objects) byCategory.set(o.category, [...(byCategory.get(o.category) ?? []), `${o.en} (${o.ko})`]);
  const objectLines = [...byCategory].map(([c, names]) => `- **${c}** (${names.length}): ${names.join(', ')}`).join('\n');
  return `# ToonScenes

A synthetic bilingual (Korean/English) treatment–webtoon dataset: flat, black-outlined scenes
built from OpenMoji art with backgrounds drawn in code, four art styles, a depth map per image,
five English and five Korean captions per scene, and four-sentence stories.

Built deterministically: seed ${f.seed}, ${f.count} scenes, sizes ${f.sizes.join(' and ')} px.

## Counts
| split | scenes |
|---|---|
| train | ${f.splits.train} |
| val | ${f.splits.val} |
| test | ${f.splits.test} |

Stories: ${f.stories} (four sentences each, one scene graph per sentence). Gallery subset: ${f.gallery} scenes.
Captions per scene: ${f.captionsPerScene.en} English, ${f.captionsPerScene.ko} Korean.
Vocabulary (distinct space-separated tokens in captions): English ${f.vocabulary.en}, Korean ${f.vocabulary.ko}.
Art styles: ${f.styles.join(', ')}. Times of day: day, sunset, night.

## Settings
| id | English | Korean | scenes |
|---|---|---|---|
${settingRows}

## Objects (${f.objects.length} kinds)
${objectLines}

Person actions: ${f.actions.join(', ')}.

## Files
- \`{train,val,test}/scenes.jsonl\`: one scene per line (row i ↔ row i of every .npy of the split).
- \`{split}/images_{size}.npy\` uint8 [n,size,size,3] RGB; \`{split}/depth_{size}.npy\` uint8 [n,size,size], 0 far … 255 near.
- \`stories.jsonl\`, \`gallery/\` (WebP tile sheets, greyscale PNG depth sheets, gallery.json), \`contact-sheet.png\`.

Read with numpy alone: \`np.load("train/images_64.npy")\` and \`json.loads\` per line.

## Licence and credit
The images are derived from OpenMoji (https://openmoji.org), the open-source emoji and icon project,
licensed CC BY-SA 4.0. This dataset, and images or models derived from it, are therefore also licensed
under Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0).
Korean emoji names draw on emojibase-data (MIT).
`;
}
