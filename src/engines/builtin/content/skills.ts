import type { SkillId, TopicId } from './types.ts';

/**
 * The evidence-based skills the built-in counsellor may offer, with the basis for each and the topics
 * they fit (best first). Wording for people lives in the locale files. Reviewed 2026-11-29.
 */
export interface SkillCatalogueEntry {
  id: SkillId;
  evidence: string;
}

export const SKILL_CATALOGUE: Record<SkillId, SkillCatalogueEntry> = {
  'paced-breathing': {
    id: 'paced-breathing',
    evidence:
      'Slow paced breathing (about 6 breaths/min, longer out-breath): Zaccaro et al. 2018, Front. Hum. Neurosci. 12:353 (systematic review); Lehrer & Gevirtz 2014, Front. Psychol. 5:756 (HRV biofeedback).',
  },
  'grounding-54321': {
    id: 'grounding-54321',
    evidence:
      'Sensory grounding as used in distress-tolerance skills (Linehan 2015, DBT Skills Training Manual, 2nd ed.) and trauma-informed care; evidence is mainly clinical consensus, not trials of the 5-4-3-2-1 form itself.',
  },
  'thought-record': {
    id: 'thought-record',
    evidence:
      'CBT thought record (Beck 1979, Cognitive Therapy of Depression; Greenberger & Padesky 2015, Mind Over Mood, 2nd ed.).',
  },
  'behavioural-activation': {
    id: 'behavioural-activation',
    evidence:
      'Behavioural activation (Jacobson et al. 1996, J Consult Clin Psychol 64:295–304; Cuijpers, van Straten & Warmerdam 2007, Clin Psychol Rev 27:318–326, meta-analysis).',
  },
  'sleep-hygiene': {
    id: 'sleep-hygiene',
    evidence:
      'Stimulus control and sleep-hygiene parts of CBT for insomnia (Bootzin 1972; Irish et al. 2015, Sleep Med Rev 22:23–36 — hygiene alone has modest effects, so persistent insomnia deserves CBT-I or a doctor).',
  },
  'worry-time': {
    id: 'worry-time',
    evidence:
      'Worry postponement / stimulus control for worry (Borkovec et al. 1983, Behav Res Ther 21:247–251; McGowan & Behar 2013, Behav Modif 37:90–112).',
  },
};

/** Skills that fit each topic, best first. */
export const SKILLS_FOR_TOPIC: Record<TopicId, SkillId[]> = {
  family: ['thought-record', 'paced-breathing', 'grounding-54321'],
  relationships: ['thought-record', 'grounding-54321', 'paced-breathing'],
  work: ['worry-time', 'paced-breathing', 'thought-record'],
  study: ['paced-breathing', 'thought-record', 'worry-time'],
  sleep: ['sleep-hygiene', 'paced-breathing', 'worry-time'],
  anxiety: ['paced-breathing', 'grounding-54321', 'worry-time', 'thought-record'],
  'low-mood': ['behavioural-activation', 'thought-record'],
  loneliness: ['behavioural-activation', 'thought-record'],
  'self-esteem': ['thought-record', 'behavioural-activation'],
  grief: ['grounding-54321', 'behavioural-activation', 'paced-breathing'],
  health: ['worry-time', 'paced-breathing', 'grounding-54321'],
  money: ['worry-time', 'thought-record', 'paced-breathing'],
};

/** Offered when no topic is known yet. */
export const DEFAULT_SKILLS: SkillId[] = ['paced-breathing', 'grounding-54321'];
