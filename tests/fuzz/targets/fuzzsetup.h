#pragma once

// What every fuzz target shares besides its input: Qt set up once (fuzzsetup.cpp defines
// LLVMFuzzerInitialize), and the way a target says that the code under test broke a rule.

// A rule the code under test must keep, whatever the input. A broken one aborts with `what`,
// which libFuzzer reports as a crash and saves the input that broke it.
void fuzzCheck(bool kept, const char *what);
