// Registers <toon-cast-looks>.
export { CastLooksElement } from './cast-looks-element';
export type { CastLookEvent, LibraryCharacter, LibraryDeleteEvent, LibraryRenameEvent } from './cast-looks-element';
