import type { Resume } from '../../../core/resume/resume-schema';

/**
 * The draft as an adviser receives it. Unless the seeker ticks "include my contact details", the
 * name, e-mail, phone, web address, profiles and street address are removed, and so is the
 * builder's own state (decisions and hand edits), which holds the seeker's original words.
 */
export function draftForSharing(draft: Resume, includeContact: boolean): Resume {
  const { 'x-offramp': _state, ...rest } = structuredClone(draft);
  if (includeContact || !rest.basics) return rest;
  const {
    name: _n,
    email: _e,
    phone: _p,
    url: _u,
    profiles: _pr,
    image: _i,
    location,
    ...basics
  } = rest.basics;
  const place = location
    ? { city: location.city, region: location.region, countryCode: location.countryCode }
    : undefined;
  return { ...rest, basics: { ...basics, ...(place?.city || place?.region ? { location: place } : {}) } };
}
