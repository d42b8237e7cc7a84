// What the self-assessment pages' shells hand their modules: the framework, the page paths
// and the health boards, as JSON in data- attributes (the CSP allows no inline script).
import type { FrameworkCore } from '../../../../content/assessment/model.ts';
import type { AccountPaths, AssessmentPaths } from '../../../../content/assessment/paths.ts';
import type { Text } from '../../../../content/schema.ts';
import { must } from '../lib/dom.ts';

/** A data- attribute's JSON, written by the page's own shell at build time. */
function data<T>(root: HTMLElement, name: string): T {
  const raw = root.dataset[name];
  if (!raw) throw new Error(`#${root.id} lacks data-${name}`);
  return JSON.parse(raw) as T;
}

/** The pages of the assessment itself (start, steps, check, results): #assessment. */
export function wizardData(): { root: HTMLElement; f: FrameworkCore; paths: AssessmentPaths } {
  const root = must('#assessment');
  return { root, f: data<FrameworkCore>(root, 'framework'), paths: data<AssessmentPaths>(root, 'paths') };
}

export interface HealthBoard {
  id: string;
  name: Text;
}
export interface AccountData {
  root: HTMLElement;
  frameworks: FrameworkCore[];
  paths: AccountPaths & AssessmentPaths;
  healthBoards: HealthBoard[];
  /** The framework of a saved assessment (the newest when its version is unknown). */
  fw: (version: string) => FrameworkCore;
}

/** The pages built from the API (history, saved, compare, supervisor, skills): #assessment-account. */
export function accountData(): AccountData {
  const root = must('#assessment-account');
  const frameworks = data<FrameworkCore[]>(root, 'frameworks');
  const newest = frameworks[frameworks.length - 1];
  if (!newest) throw new Error('no framework');
  return {
    root,
    frameworks,
    paths: data<AccountPaths & AssessmentPaths>(root, 'paths'),
    healthBoards: data<HealthBoard[]>(root, 'healthBoards'),
    fw: (version) => frameworks.find((f) => f.version === version) ?? newest,
  };
}
