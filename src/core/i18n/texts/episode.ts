// The episode: page edits written into the treatment, the project file, and the export's size rules, in English and Korean.
import type { Texts } from './texts';

export const episodeEn = {
  'episode.edit.noPanel': 'There is no panel {panel}: the page has {count}.',
  'episode.edit.notScene': 'A new panel needs one scene line (not dialogue, not blank): "{text}"',
  'episode.edit.notDialogue': 'Line {line} of the treatment is not dialogue, so it cannot be rewritten as a balloon.',
  'episode.edit.badDialogue': 'Line {line} would read back differently ({text}): a name may not hold quotes, brackets or colons.',
  'episode.page.badGutter': 'A gutter is a whole number of pixels from 0 to {max}; got {value}.',
  'episode.page.badColor': 'The background must be a colour written like #ffffff; got "{value}".',
  'episode.page.badShape': 'A panel shape is one of {shapes}; got "{value}".',
  'project.notJson': 'This file is not a Toonsmith project: it is not JSON ({reason}).',
  'project.wrongFormat': 'This file is not a Toonsmith project (its "format" is not "toonsmith-project").',
  'project.newerVersion':
    'This project was saved by a newer Toonsmith (project version {version}; this one reads version {supported}). Update the app to open it.',
  'project.missing': 'The project file is damaged: {field} is missing.',
  'project.badField': 'The project file is damaged: {field} should be {expected}.',
  'project.badImage': 'The project file is damaged: picture {variant} of panel {panel} does not decode ({reason}).',
  'project.panelCount': 'The project file is damaged: it holds pictures for {images} panels but its page has {panels}.',
  'export.badWidth': 'The export width is 800 or 690 px; got {width}.',
  'export.noPicture': 'panel {panel} has no picture yet: it is exported as an empty frame',
  'export.balloonTruncated': 'a balloon in panel {panel} ("{start}…") is too long to letter: only its first {max} characters or 30 lines are drawn',
  'export.qualityLowered': 'JPEG quality lowered to {quality}% to keep every slice under 2 MB and the episode under 20 MB',
  'export.sliceShortened': 'slice {number} was cut shorter ({height} px) to stay under 2 MB',
  'export.episodeTooBigPng': 'the episode is {size} MB, over the 20 MB upload limit: export as JPEG, or split it into two episodes',
  'export.episodeTooBig': 'the episode is {size} MB even at the lowest JPEG quality, over the 20 MB upload limit: split it into two episodes',
  'export.noThumbnail': 'no panel has a picture yet: the thumbnail is blank',
};

export const episodeKo: Texts<typeof episodeEn> = {
  'episode.edit.noPanel': '패널 {panel}이(가) 없습니다: 페이지에는 패널이 {count}개 있습니다.',
  'episode.edit.notScene': '새 패널에는 장면 한 줄이 필요합니다(대사나 빈 줄이 아닌): "{text}"',
  'episode.edit.notDialogue': '트리트먼트 {line}번째 줄은 대사가 아니어서 말풍선으로 고쳐 쓸 수 없습니다.',
  'episode.edit.badDialogue': '{line}번째 줄이 다르게 읽힙니다({text}): 이름에는 따옴표, 괄호, 쌍점을 쓸 수 없습니다.',
  'episode.page.badGutter': '칸 사이 여백은 0에서 {max} 사이의 정수 픽셀이어야 합니다. 받은 값: {value}.',
  'episode.page.badColor': '배경은 #ffffff 같은 색이어야 합니다. 받은 값: "{value}".',
  'episode.page.badShape': '패널 모양은 {shapes} 중 하나입니다. 받은 값: "{value}".',
  'project.notJson': '툰스미스 프로젝트 파일이 아닙니다: JSON이 아닙니다({reason}).',
  'project.wrongFormat': '툰스미스 프로젝트 파일이 아닙니다("format"이 "toonsmith-project"가 아닙니다).',
  'project.newerVersion':
    '더 새로운 툰스미스로 저장한 프로젝트입니다(프로젝트 버전 {version}, 이 앱은 버전 {supported}까지 읽습니다). 앱을 업데이트한 뒤 여세요.',
  'project.missing': '프로젝트 파일이 손상되었습니다: {field}이(가) 없습니다.',
  'project.badField': '프로젝트 파일이 손상되었습니다: {field}은(는) {expected}이어야 합니다.',
  'project.badImage': '프로젝트 파일이 손상되었습니다: 패널 {panel}의 그림 {variant}을(를) 읽을 수 없습니다({reason}).',
  'project.panelCount': '프로젝트 파일이 손상되었습니다: 그림은 패널 {images}개 분량인데 페이지에는 패널이 {panels}개 있습니다.',
  'export.badWidth': '내보내기 너비는 800 또는 690px입니다. 받은 값: {width}.',
  'export.noPicture': '패널 {panel}에는 아직 그림이 없어 빈 칸으로 내보냅니다',
  'export.balloonTruncated': '패널 {panel}의 말풍선("{start}…")이 너무 길어 앞의 {max}자 또는 30줄만 그립니다',
  'export.qualityLowered': '모든 조각을 2MB 이하, 회차 전체를 20MB 이하로 맞추려고 JPEG 품질을 {quality}%로 낮췄습니다',
  'export.sliceShortened': '조각 {number}을(를) 2MB 이하로 맞추려고 더 짧게({height}px) 잘랐습니다',
  'export.episodeTooBigPng': '회차 전체가 {size}MB로 업로드 한도 20MB를 넘습니다: JPEG로 내보내거나 두 회차로 나누세요',
  'export.episodeTooBig': '가장 낮은 JPEG 품질에서도 회차 전체가 {size}MB로 업로드 한도 20MB를 넘습니다: 두 회차로 나누세요',
  'export.noThumbnail': '아직 그림이 있는 패널이 없어 썸네일이 비어 있습니다',
};
