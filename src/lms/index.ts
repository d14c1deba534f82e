/** LMS course packages (SCORM 1.2, SCORM 2004 4th edition, cmi5): manifests, the course file, the zip, results. */
export {
  LMS_PARAM,
  LMS_STANDARDS,
  STANDARD_LABEL,
  SUSPEND_DATA_MAX,
  hasLmsParam,
  isLmsStandard,
  launchPath,
  standardInQuery,
  type LmsStandard,
} from './standards.ts';
export {
  COURSE_FILE,
  MAX_SCORE,
  courseFileText,
  passScoreProblem,
  readCourseFile,
  type CourseFile,
  type ReadCourse,
} from './course.ts';
export { cmi5Ids, manifestFor, type ManifestInput } from './manifest.ts';
export {
  BUILD_LIST,
  SCHEMA_DIR,
  buildPackage,
  isCourseFile,
  packageFileName,
  type CoursePackage,
  type PackageInput,
} from './package.ts';
export { isoDuration, lmsResult, scaledMastery, scorm12Duration, type LmsResult } from './result.ts';
