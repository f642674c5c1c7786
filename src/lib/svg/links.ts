// The timeline still imports statePageHref from here (its owner switches it to stateHref in
// src/lib/site/url); the alias goes once nothing uses it.
export { stateHref as statePageHref } from '../site/url';
