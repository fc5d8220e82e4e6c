// The references' data: what the image worker's analysis hands back, and what the drop zone lists.
import type { DepthMap, RgbaImage } from '../../../core/rgba-image';

export interface AnalysedReference {
  /** Size of the decoded original. */
  width: number;
  height: number;
  /** Unit-length image embedding (vision_encoder image_embeds). */
  embedding: Float32Array;
  depth: DepthMap;
  /** The centre square at the gallery's tile size, opaque: the image the models saw, and the thumbnail. */
  tile: RgbaImage;
}

/** One of the author's stored images as the drop zone lists it. */
export interface ReferenceThumb {
  id: string;
  name: string;
  /** An object or data URL of the image. */
  url: string;
}
