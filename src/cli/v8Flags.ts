// Tuning of V8's optimizing compiler for the command line, set before any article is analyzed (the
// flags are the process's, so the worker threads get them too). A check run is short and mostly
// spends its time warming up a large analyzer: each thread compiles hundreds of functions on its
// first few hundred articles. With less inlining those compilations are smaller and cheaper, and
// they are undone less often when a rule meets a new kind of input; measured in
// docs/performance.md ("claimline check at scale").
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
