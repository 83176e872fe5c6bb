#!/usr/bin/env bash
# The search benchmark: a generated bilingual site of N articles per language (default 10000)
# with Vietnamese text drawn from scripts/bench/vocab-vi.txt (Zipf frequencies), built with
# --verbose (stage times and index sizes), then queried in headless Chromium: bytes of index
# and code the first query downloads (uncompressed) and the time it takes.
# Usage: [BENCH_DIR=folder] scripts/bench-search.sh [N]. Needs python3, node, Chromium and
# `npm ci --prefix tests/browser`.
set -euo pipefail
n=${1:-10000}
cd "$(dirname "$0")/.."
cargo build --release --quiet
# BENCH_DIR=folder keeps the generated site there (made again only when it has no content/).
dir=${BENCH_DIR:-}
if [ -z "$dir" ]; then
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
fi
if [ ! -d "$dir/content" ]; then
mkdir -p "$dir/content/news"
cp site.yaml "$dir/"
python3 - "$dir" "$n" scripts/bench/vocab-vi.txt <<'PY'
import os, random, sys
root, n, vocab = sys.argv[1], int(sys.argv[2]), open(sys.argv[3], encoding="utf-8").read().split("\n")
vocab = [w for w in vocab if w]
english = ("union workers conference delegates initiative province federation labour programme "
           "results report members award review emulation movement honours enterprise cluster "
           "district sector target national meeting year first team production safety").split()
rng = random.Random(7)
weights = [1 / (i + 1) for i in range(len(vocab))]
def words(k, pool, w):
    return " ".join(rng.choices(pool, weights=w, k=k))
for i in range(n):
    date = f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}T08:{i % 60:02d}:00+07:00"
    for lang, pool, w in (("vi", vocab, weights), ("en", english, None)):
        title = words(rng.randint(6, 10), pool, w).capitalize()
        parts = []
        for h in range(rng.randint(2, 4)):
            parts.append("## " + words(rng.randint(3, 6), pool, w).capitalize())
            for p in range(rng.randint(1, 3)):
                parts.append(words(rng.randint(30, 60), pool, w).capitalize() + ".")
        with open(os.path.join(root, "content/news", f"bai-{i}.{lang}.md"), "w", encoding="utf-8") as f:
            f.write(f"---\ntitle: \"{title}\"\ndate: {date}\ntags: [t{i % 300}]\n---\n\n" + "\n\n".join(parts) + "\n")
PY
fi
# Seven builds with search and seven without (site.yaml `search: false`), taken in turns;
# the median wall time of each, and the median processor time (user + system).
median() { sort -n | sed -n 4p; }
build() { # build ROOT: prints the wall time and the processor time, in ms
  rm -rf "$dir/out"
  /usr/bin/time -f "%e %U %S" -o "$dir/time" \
    target/release/campaign-site build --quiet --root "$1" --output "$dir/out"
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$dir/time"
}
mkdir -p "$dir/without"
cp -r "$dir/content" "$dir/without/" 2>/dev/null || true
{ cat "$dir/site.yaml"; echo "search: false"; } > "$dir/without/site.yaml"
: > "$dir/with.txt"
: > "$dir/without.txt"
for i in 1 2 3 4 5 6 7; do
  build "$dir" >> "$dir/with.txt"
  build "$dir/without" >> "$dir/without.txt"
done
for what in wall processor; do
  col=$([ $what = wall ] && echo 1 || echo 2)
  with=$(cut -d' ' -f$col "$dir/with.txt" | median)
  without=$(cut -d' ' -f$col "$dir/without.txt" | median)
  echo "full build, $what time: ${with} ms with search, ${without} ms without" \
    "(+$(( (with - without) * 100 / without ))%)"
done
/usr/bin/time -f "wall %e s, peak memory %M KB" target/release/campaign-site build --verbose \
  --root "$dir" --output "$dir/public"
node scripts/bench/search.mjs "$dir/public" 18765
