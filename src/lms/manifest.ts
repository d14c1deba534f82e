/**
 * The documents that tell an LMS what a package is: imsmanifest.xml for SCORM 1.2 and SCORM 2004 (4th
 * edition), cmi5.xml for cmi5. Each names the course, the one launchable unit (the game, opened at
 * `index.html?lms=<standard>`), every file it uses, and the pass score when the instructor set one. They are
 * validated against the official schemas in the tests (tests/lms/schemas.test.ts). Pure.
 */
import { escapeMarkup as xmlText } from '../lib/markup.ts';
import { MAX_SCORE } from './course.ts';
import { launchPath, type LmsStandard } from './standards.ts';

export interface ManifestInput {
  /** The competition's id (16 hex digits): the package's identifiers derive from it. */
  competitionId: string;
  title: string;
  /** One line for the LMS's catalogue. */
  description: string;
  /** Files of the game, relative to the package's root (forward slashes). */
  files: readonly string[];
  /** 0–1000, or null when passing means winning the scenario. */
  passScore: number | null;
}

/** A decimal with at most four places and no trailing zeros (e.g. 0.725, 72.5). */
function decimal(x: number): string {
  return String(Math.round(x * 10_000) / 10_000);
}

const fileList = (files: readonly string[], indent: string): string =>
  files.map((f) => `${indent}<file href="${xmlText(f)}"/>`).join('\n');

function scorm12(m: ManifestInput): string {
  const id = `tradeoffs-${m.competitionId}`;
  const mastery =
    m.passScore === null
      ? ''
      : `\n        <adlcp:masteryscore>${decimal((m.passScore * 100) / MAX_SCORE)}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${xmlText(m.title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${xmlText(m.title)}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${xmlText(launchPath('scorm12'))}">
${fileList(m.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

function scorm2004(m: ManifestInput): string {
  const id = `tradeoffs-${m.competitionId}`;
  // With a pass score, the item's primary objective is satisfied by the score (cmi.scaled_passing_score).
  const sequencing =
    m.passScore === null
      ? ''
      : `
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="${id}-score" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${decimal(m.passScore / MAX_SCORE)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${xmlText(m.title)}</title>
      <item identifier="${id}-item" identifierref="${id}-sco">
        <title>${xmlText(m.title)}</title>${sequencing}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormType="sco" href="${xmlText(launchPath('scorm2004'))}">
${fileList(m.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** The cmi5 course's and its unit's ids: IRIs derived from the competition, the same for every export of it. */
export function cmi5Ids(competitionId: string): { course: string; au: string } {
  const course = `urn:tradeoffs:competition:${competitionId}`;
  return { course, au: `${course}:game` };
}

function cmi5(m: ManifestInput): string {
  const ids = cmi5Ids(m.competitionId);
  const lang = (text: string): string => `<langstring lang="en">${xmlText(text)}</langstring>`;
  // Without a pass score, finishing the game moves the learner on; with one, they must also reach it.
  const moveOn = m.passScore === null ? 'Completed' : 'CompletedAndPassed';
  const mastery = m.passScore === null ? '' : ` masteryScore="${decimal(m.passScore / MAX_SCORE)}"`;
  return `<?xml version="1.0" encoding="utf-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xmlText(ids.course)}">
    <title>${lang(m.title)}</title>
    <description>${lang(m.description)}</description>
  </course>
  <au id="${xmlText(ids.au)}" moveOn="${moveOn}"${mastery} launchMethod="AnyWindow">
    <title>${lang(m.title)}</title>
    <description>${lang(m.description)}</description>
    <url>${xmlText(launchPath('cmi5'))}</url>
  </au>
</courseStructure>
`;
}

/** The manifest's file name and text for `standard`. */
export function manifestFor(standard: LmsStandard, m: ManifestInput): { name: string; text: string } {
  switch (standard) {
    case 'scorm12':
      return { name: 'imsmanifest.xml', text: scorm12(m) };
    case 'scorm2004':
      return { name: 'imsmanifest.xml', text: scorm2004(m) };
    case 'cmi5':
      return { name: 'cmi5.xml', text: cmi5(m) };
  }
}
