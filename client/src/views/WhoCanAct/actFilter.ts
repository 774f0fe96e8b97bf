import type { ActFilter, Coercion, Stage } from '../../api/generated/graphql';

/** The Security Council's id in the dataset: "without a Security Council decision" avoids it. */
export const SECURITY_COUNCIL = 'un-security-council';

/** The four R2P crimes and incitement (World Summit Outcome para. 138): a fixed list. */
export const CRIMES: [string, string][] = [
  ['genocide', 'Genocide'],
  ['war-crimes', 'War crimes'],
  ['ethnic-cleansing', 'Ethnic cleansing'],
  ['crimes-against-humanity', 'Crimes against humanity'],
  ['incitement', 'Incitement'],
];
export const STAGES: Stage[] = ['prevent', 'anticipate', 'respond', 'rebuild'];
export const COERCIONS: [Coercion, string][] = [
  ['persuasive', 'Persuasive'],
  ['non_military_coercive', 'Non-military coercive'],
  ['military', 'Military'],
];

export interface ActForm {
  crime: string;
  pillar: string;
  stage: string;
  maxCoercion: string;
  situation: string;
  withoutCouncil: boolean;
}

export function readActForm(query: URLSearchParams): ActForm {
  return {
    crime: query.get('crime') ?? '',
    pillar: query.get('pillar') ?? '',
    stage: query.get('stage') ?? '',
    maxCoercion: query.get('maxCoercion') ?? '',
    situation: query.get('situation') ?? '',
    withoutCouncil: query.get('withoutCouncil') === '1',
  };
}

/** The form as the API's filter; empty fields are left out. */
export function toActFilter(form: ActForm): ActFilter {
  const filter: ActFilter = {};
  if (form.crime) filter.crime = form.crime;
  if (form.pillar) filter.pillar = Number(form.pillar);
  if ((STAGES as string[]).includes(form.stage)) filter.stage = form.stage as Stage;
  if (COERCIONS.some(([value]) => value === form.maxCoercion)) filter.maxCoercion = form.maxCoercion as Coercion;
  if (form.situation) filter.situation = form.situation;
  if (form.withoutCouncil) filter.withoutApprovalOf = [SECURITY_COUNCIL];
  return filter;
}
