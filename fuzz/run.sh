#!/bin/sh
# Runs every fuzz target (or those named) for a bounded time each; see README.md.
#   fuzz/run.sh                      # all five, 60 s each
#   SECONDS_EACH=300 fuzz/run.sh slugs site_yaml
set -eu
cd "$(dirname "$0")/.."
: "${SECONDS_EACH:=60}"
: "${CARGO_TARGET_DIR:=$PWD/fuzz/target}"
targets=${*:-"front_matter_markdown statistics_yaml site_yaml slugs html_sanitizer"}
for t in $targets; do
  mkdir -p "fuzz/corpus/$t"
  # The first folder takes what libFuzzer finds; the seeds are only read.
  RUSTC_BOOTSTRAP=1 cargo fuzz run --target-dir "$CARGO_TARGET_DIR" "$t" \
    "fuzz/corpus/$t" "fuzz/corpus-seed/$t" -- \
    -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=10
done
