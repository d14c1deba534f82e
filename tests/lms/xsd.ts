/**
 * Validates a package's manifest against the official schemas with libxml2 (xmllint-wasm: libxml2 compiled to
 * WebAssembly, so no native build and no network). SCORM manifests mix several namespaces, so a small driver
 * schema imports each standard's schemas and xmllint checks the manifest against all of them. The SCORM 1.2
 * metadata schema (imsmd_rootv1p2p1.xsd) is left out: libxml2 rejects its content models as not deterministic,
 * and the manifests carry no LOM metadata for it to check.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import type { LmsStandard } from '../../src/lms/index.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SCHEMA_DIRS: Record<LmsStandard, string> = {
  scorm12: join(ROOT, 'assets/lms/scorm12'),
  scorm2004: join(ROOT, 'assets/lms/scorm2004'),
  cmi5: join(ROOT, 'tests/lms/schemas/cmi5'),
};

/** Namespace → schema file of the documents each standard's manifest uses. */
const IMPORTS: Record<LmsStandard, [string, string][]> = {
  scorm12: [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
  ],
  scorm2004: [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ],
  cmi5: [['https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd', 'CourseStructure.xsd']],
};

function driver(standard: LmsStandard): string {
  const imports = IMPORTS[standard]
    .map(([ns, file]) => `  <xs:import namespace="${ns}" schemaLocation="${file}"/>`)
    .join('\n');
  return `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:tradeoffs:test-driver">\n${imports}\n</xs:schema>\n`;
}

/** The schema files of a standard, read once. */
export function schemaFiles(standard: LmsStandard): { fileName: string; contents: string }[] {
  const dir = SCHEMA_DIRS[standard];
  return readdirSync(dir)
    .filter((f) => /\.(xsd|dtd)$/.test(f))
    .map((f) => ({ fileName: f, contents: readFileSync(join(dir, f), 'utf8') }));
}

/** libxml2's complaints about `xml` as a `standard` manifest (empty when it is valid). */
export async function schemaErrors(standard: LmsStandard, xml: string): Promise<string[]> {
  const r = await validateXML({
    xml: { fileName: 'manifest.xml', contents: xml },
    schema: { fileName: 'driver.xsd', contents: driver(standard) },
    preload: schemaFiles(standard),
  });
  return r.valid ? [] : r.errors.map((e) => e.rawMessage);
}
