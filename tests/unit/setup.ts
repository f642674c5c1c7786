import fc from 'fast-check';

// CI replays one fixed sample of every property test, so a submission never fails on a seed no one
// has seen; local runs keep exploring new ones (fast-check prints the seed of any counterexample).
if (process.env.CI) fc.configureGlobal({ seed: 20261123 });
