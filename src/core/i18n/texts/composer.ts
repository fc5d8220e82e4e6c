// The composed panels: the layout editor, the cast's looks and the character library, in English and Korean.
import type { Texts } from './texts';

export const composerEn = {
  'library.what': 'the character library',
  'library.whatCharacter': 'the character "{name}"',
  'library.whatDeletion': 'the character deletion',
  'library.nameEmpty': 'A character needs a name.',
  'library.nameTooLong': 'A character name can be at most {max} characters.',
  'library.nameTaken': 'The library already has a character named "{name}".',
  'library.missing': 'That character is no longer in the library.',
  'library.badLook': 'The saved look of "{name}" could not be read; it keeps the look it has in this treatment.',
} as const;

export const composerKo: Texts<typeof composerEn> = {
  'library.what': '캐릭터 보관함',
  'library.whatCharacter': '캐릭터 "{name}"',
  'library.whatDeletion': '캐릭터 삭제',
  'library.nameEmpty': '캐릭터 이름을 입력해 주세요.',
  'library.nameTooLong': '캐릭터 이름은 {max}자까지 쓸 수 있습니다.',
  'library.nameTaken': '보관함에 이미 "{name}" 캐릭터가 있습니다.',
  'library.missing': '이 캐릭터는 이제 보관함에 없습니다.',
  'library.badLook': '"{name}"의 저장된 모습을 읽을 수 없어 이 트리트먼트의 모습을 그대로 씁니다.',
};
