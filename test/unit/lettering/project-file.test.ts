// The project file: what is saved reopens exactly, and every kind of bad file is refused with a clear message.
import { describe, expect, it } from 'vitest';
import {
  chosenImages, createProject, dataUrlToImage, imageToDataUrl, PROJECT_FORMAT, projectImages, projectReference, ProjectFileError, readProject,
  writeProject,
  type ProjectFile,
} from '../../../src/features/lettering/shared/project-file';
import type { EpisodePage } from '../../../src/features/lettering/shared/lettering-contract';
import type { RgbaImage } from '../../../src/core/rgba-image';

const solid = (w: number, h: number, rgb: [number, number, number]): RgbaImage => {
  const data = new Uint8ClampedArray(w * h * 4);
  for (let i = 0; i < data.length; i += 4) data.set([...rgb, 255], i);
  return { width: w, height: h, data };
};

const TREATMENT = 'Mina runs down a rainy alley.\n  Mina: "Wait for me!"\n\nA quiet café.\n  [Three days later.]';

const PAGE: EpisodePage = {
  width: 800, background: '#f0f0f0', panels: [
    {
      scene: 'Mina runs down a rainy alley.', shape: 'wide', gutterBefore: 120, balloons: [
        { id: 'b1', kind: 'speech', speaker: 'Mina', text: 'Wait for me! <script>alert(1)</script>', box: { x: 40, y: 30, w: 220, h: 120 }, tails: [{ x: 200, y: 300 }, { x: 500, y: 310 }], placed: 'author', fontSize: 30 },
      ],
    },
    {
      scene: 'A quiet café.', shape: 'tall', gutterBefore: 555, balloons: [
        { id: 'b2', kind: 'narration', text: 'Three days later.', box: { x: 10, y: 10, w: 300, h: 60 }, tails: [], placed: 'auto' },
      ],
    },
  ],
};

const REFERENCE = {
  id: 's0000042', score: 0.71, setting: 'city_street', settingNames: { en: 'city street', ko: '도시 거리' }, style: 'ink',
  source: 'gallery' as const, time: 'night', objects: [{ kind: 'car', count: 2 }], missing: ['umbrella'], thumb: solid(2, 2, [9, 8, 7]),
};

const COMPOSER = {
  looks: { c1: { variant: 1, tone: 2, accent: '#336699', size: 1.05 } },
  layouts: { 'A quiet café.': { scene: { id: 'p1', setting: 'restaurant', time: 'day', style: 'ink', objects: [], relations: [] }, width: 800, height: 450, looks: {} } },
};

function project(): ProjectFile {
  return createProject({
    treatment: TREATMENT,
    planEdits: { lines: { 'A quiet café.': { setting: 'cafe' } }, cast: { c1: { name: 'Mina' } } },
    page: PAGE,
    panels: [{ chosen: 1, variants: [solid(4, 4, [255, 0, 0]), solid(4, 4, [0, 0, 255])], reference: REFERENCE }, { chosen: 0, variants: [] }],
    strip: { mode: 'retrieval', style: 'pastel', seed: 42 },
    composer: COMPOSER,
  });
}

/** The saved file as JSON, changed by `edit`, read back. */
function readEdited(edit: (file: Record<string, any>) => void): ProjectFile {
  const file = JSON.parse(writeProject(project()));
  edit(file);
  return readProject(JSON.stringify(file));
}

describe('project file round trip', () => {
  it('reopens exactly what was saved: treatment, edits, page, balloons, pictures, choice, settings', () => {
    const saved = project();
    const back = readProject(writeProject(saved));
    expect(back).toEqual(saved);
    expect(back.page).toEqual(PAGE);
    expect(back.planEdits.lines['A quiet café.']).toEqual({ setting: 'cafe' });
    expect(projectImages(back)[0][1]).toEqual(solid(4, 4, [0, 0, 255]));
    expect(chosenImages(back)).toEqual([solid(4, 4, [0, 0, 255]), null]);
    // The reference scene the panel was drawn from comes back with its thumbnail; an undrawn panel has none.
    expect(projectReference(back, 0)).toEqual(REFERENCE);
    expect(projectReference(back, 1)).toBeNull();
    // Markup in a balloon is kept as text, never interpreted.
    expect(back.page.panels[0].balloons[0].text).toContain('<script>');
    // The cast's looks and the edited layouts come back as they were.
    expect(back.composer).toEqual(COMPOSER);
  });

  it('reads a file saved before the composer as one with no looks or layouts, and refuses a damaged composer', () => {
    expect(readEdited((f) => delete f.composer).composer).toBeUndefined();
    expect(() => readEdited((f) => (f.composer = [1]))).toThrow(/composer/);
    expect(() => readEdited((f) => delete f.composer.layouts)).toThrow(/composer.layouts is missing/);
  });

  it('stores pictures as PNG data URLs that decode to the same pixels', () => {
    const image = solid(3, 2, [1, 2, 3]);
    const url = imageToDataUrl(image);
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    expect(dataUrlToImage(url)).toEqual(image);
  });
});

describe('readProject refuses bad files with a clear message', () => {
  const refuses = (json: string, message: RegExp) => {
    expect(() => readProject(json)).toThrow(ProjectFileError);
    expect(() => readProject(json)).toThrow(message);
  };

  it('not JSON', () => refuses('{"format": "toonsmith-project", ', /not JSON/));
  it('another JSON file', () => {
    refuses('[1, 2, 3]', /not a Toonsmith project/);
    refuses('{"format": "toonsmith-episode", "version": 1}', /not a Toonsmith project/);
  });
  it('a newer version', () => {
    expect(() => readEdited((f) => (f.version = 2))).toThrow(/newer Toonsmith \(project version 2; this one reads version 1\)/);
    expect(() => readEdited((f) => (f.version = '1'))).toThrow(/version should be the number 1/);
  });
  it('missing fields, each named', () => {
    expect(() => readEdited((f) => delete f.treatment)).toThrow(/project.treatment is missing/);
    expect(() => readEdited((f) => delete f.page.panels[1].balloons[0].box)).toThrow(/page.panels\[1\].balloons\[0\].box is missing/);
    expect(() => readEdited((f) => delete f.panels[0].chosen)).toThrow(/panels\[0\].chosen is missing/);
    expect(() => readEdited((f) => delete f.planEdits.cast)).toThrow(/planEdits.cast is missing/);
  });
  it('wrong values, each named', () => {
    expect(() => readEdited((f) => (f.page.panels[0].shape = 'round'))).toThrow(/page.panels\[0\].shape should be one of wide, landscape, square, tall/);
    expect(() => readEdited((f) => (f.page.panels[0].balloons[0].kind = 'banner'))).toThrow(/kind should be one of speech/);
    expect(() => readEdited((f) => (f.page.background = 'url(javascript:alert(1))'))).toThrow(/page.background should be a colour/);
    expect(() => readEdited((f) => (f.page.panels[1].gutterBefore = -5))).toThrow(/gutterBefore should be a whole number from 0/);
    expect(() => readEdited((f) => (f.page.panels[0].balloons[0].box.w = 'wide'))).toThrow(/box.w should be a number/);
    expect(() => readEdited((f) => (f.panels[0].chosen = 2))).toThrow(/panels\[0\].chosen should be a whole number from 0 to 1/);
    expect(() => readEdited((f) => (f.strip.mode = 'magic'))).toThrow(/strip.mode should be one of diffusion, gan, retrieval/);
    expect(() => readEdited((f) => f.page.panels[0].balloons.push({ ...f.page.panels[0].balloons[0] }))).toThrow(/an id no other balloon/);
    expect(() => readEdited((f) => f.panels.pop())).toThrow(/pictures for 1 panels but its page has 2/);
  });
  it('a damaged reference, and a file from before references were kept', () => {
    expect(() => readEdited((f) => (f.panels[0].reference.thumb = 'data:image/png;base64,!!!!'))).toThrow(/reference picture of panel 1 does not decode/);
    expect(() => readEdited((f) => (f.panels[0].reference.source = 'web'))).toThrow(/panels\[0\]\.reference\.source/);
    expect(() => readEdited((f) => delete f.panels[0].reference.id)).toThrow(/panels\[0\]\.reference\.id/);
    expect(projectReference(readEdited((f) => delete f.panels[0].reference), 0)).toBeNull();
  });
  it('pictures that do not decode', () => {
    expect(() => readEdited((f) => (f.panels[0].variants[1] = 'data:image/jpeg;base64,AAAA'))).toThrow(/picture 2 of panel 1 does not decode \(not a PNG data URL\)/);
    expect(() => readEdited((f) => (f.panels[0].variants[0] = 'data:image/png;base64,!!!!'))).toThrow(/picture 1 of panel 1 does not decode \(the base64 text is damaged\)/);
    expect(() => readEdited((f) => (f.panels[0].variants[0] = 'data:image/png;base64,' + btoa('not a png at all')))).toThrow(/does not decode \(not a PNG/);
    expect(() => readEdited((f) => {
      const url: string = f.panels[0].variants[0];
      f.panels[0].variants[0] = url.slice(0, url.length - 24) + 'A'.repeat(24);
    })).toThrow(/picture 1 of panel 1 does not decode/);
  });
  it('keeps hostile keys as plain data and ignores unknown fields', () => {
    const back = readEdited((f) => {
      f.planEdits.lines = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1}');
      f.extra = { run: 'me' };
    });
    expect(Object.keys(back.planEdits.lines).sort()).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(back).not.toHaveProperty('extra');
    expect(back.format).toBe(PROJECT_FORMAT);
  });
});
