#!/usr/bin/env bash
# Runs one fuzz target for a while: from its seed corpus, which it only reads, and from the
# inputs that earlier runs found, where it adds the new ones. A crash, a leak, undefined
# behaviour, a broken check or an input that takes over 10 seconds stops it with exit 1 and
# leaves that input in the artifacts folder.
#   run-one.sh FUZZER SEEDS FOUND ARTIFACTS SECONDS
set -euo pipefail

fuzzer=$1 seeds=$2 found=$3 artifacts=$4 seconds=$5
mkdir -p "$found" "$artifacts"
# The found inputs come first: libFuzzer writes what it finds to the first folder.
if ! "$fuzzer" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
    -artifact_prefix="$artifacts/${fuzzer##*/}-" "$found" "$seeds"; then
    echo "The input is in $artifacts; replay it with: $fuzzer FILE" >&2
    exit 1
fi
