#!/usr/bin/env bash
# The performance benchmark: builds a generated, representative site of N articles per
# language (default: 1000 and 10000) and reports, for each N:
#   full build       `rm -rf public` then build; .cache/ (resized photos, share cards) is
#                    kept, as on an editor's machine: one unmeasured build first fills it;
#   no-change        a build again over the output just written, nothing edited;
#   one edit         a sentence appended to one article (a different one each run), then a
#                    build; the articles are put back as they were afterwards;
#   files rewritten  for the last two: output files that are new or whose (inode, mtime)
#                    changed, files removed, and how many of them have other bytes, from
#                    an os.stat and a hash of every file under public/ before and after;
#                    for one edit the paths are listed when there are fewer than 40 (else
#                    those whose bytes changed), to see that only the article, its lists,
#                    feeds and sitemap changed;
#   the copy floor   `cp -r public` of the same output, and its file count and bytes: no
#                    build can write the site faster than the copy of it;
#   Hugo             when `hugo` is on PATH (and BENCH_HUGO is not 0), the same articles
#                    built by Hugo with the minimal layouts of scripts/bench/hugo/;
#   serve            unless BENCH_SERVE is 0: scripts/bench/serve.py, the server's first
#                    build, the time from a save to the reload event for an article's body
#                    alone (median of BENCH_RUNS saves) and for its title, its peak memory.
# Every figure is the median of 3 runs (BENCH_RUNS) of /usr/bin/time: wall seconds and peak
# RSS. At the end: time(N)/time(smallest N) of the full build (linear cost: at most 10.5 for
# 10x the articles), no-change/full, one-edit/full, full/copy and full/Hugo, and a Markdown
# table to paste in the README.
#
# Usage: [BENCH_DIR=folder] [CAMPAIGN_SITE=binary] [BENCH_CHECK=1] scripts/bench.sh [N ...]
#   BENCH_DIR      keeps the generated sites there (n<N>/, made only when absent); else a
#                  temporary folder, removed on exit;
#   CAMPAIGN_SITE  the binary to measure; else `cargo build --release` and target/release/;
#   BENCH_CHECK=1  runs `campaign-site check` on each site first and stops on its errors;
#   BENCH_RUNS     runs per figure (default 3; more on a busy machine);
#   BENCH_HUGO=0   leaves Hugo out.
# The numbers are meant for tmpfs (/dev/shm): on a disk they measure the disk too, and the
# page cache makes the first run differ from the others. Needs python3 and /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
if [ $# -eq 0 ]; then set -- 1000 10000; fi
runs=${BENCH_RUNS:-3}
if [ -n "${CAMPAIGN_SITE:-}" ]; then
  bin=$(realpath "$CAMPAIGN_SITE")
else
  cargo build --release --quiet
  bin=$repo/target/release/campaign-site
fi
base=${BENCH_DIR:-}
if [ -z "$base" ]; then
  # A folder in memory when there is one, so that the disk is not what is measured.
  tmp=${TMPDIR:-/tmp}
  if [ -d /dev/shm ] && [ -w /dev/shm ]; then tmp=/dev/shm; fi
  base=$(mktemp -d "$tmp/campaign-site-bench.XXXXXX")
  trap 'rm -rf "$base"' EXIT
fi
mkdir -p "$base"
base=$(realpath "$base")
fstype=$(stat -f -c %T "$base")
results=$base/results.tsv # lines: N, what, value
: > "$results"
echo "binary: $bin"
echo "sites in: $base ($fstype)"

record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$results"; }

median() { # median of the numbers on standard input, one per line
  sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

# timed OUT CMD...: runs CMD with its output to $log, appends "wall_s peak_kb cpu_s" to OUT
# (cpu: user + system, which another load on the machine disturbs less than the wall time).
timed() {
  local out=$1
  shift
  if ! /usr/bin/time -f "%e %M %U %S" -o "$base/time" "$@" > "$log" 2>&1; then
    echo "failed: $*" >&2
    tail -n 30 "$log" >&2
    exit 1
  fi
  awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$base/time" >> "$out"
}

# snapshot FOLDER FILE: the inode, modification time (ns) and a hash of the bytes of every
# file under FOLDER (the hash tells a file written again with the same bytes, which a build
# could have left alone, from one whose content changed).
snapshot() {
  python3 - "$1" "$2" <<'PY'
import hashlib, json, os, sys
top, out = sys.argv[1], sys.argv[2]
files = {}
for base, _, names in os.walk(top):
    for name in names:
        path = os.path.join(base, name)
        st = os.stat(path)
        with open(path, "rb") as f:
            digest = hashlib.blake2b(f.read(), digest_size=16).hexdigest()
        files[os.path.relpath(path, top)] = [st.st_ino, st.st_mtime_ns, digest]
json.dump(files, open(out, "w"))
PY
}

# rewritten BEFORE AFTER LIST: prints "rewritten new removed differing": files new or whose
# (inode, mtime) changed (the new ones included), new files, files removed, and files new
# or with other bytes. LIST gets one line per file that is new, removed or rewritten, marked
# "differs" when its bytes changed and "same bytes" when it was written again as it was.
rewritten() {
  python3 - "$1" "$2" "$3" <<'PY'
import json, sys
before, after = (json.load(open(p)) for p in sys.argv[1:3])
new = sorted(p for p in after if p not in before)
changed = sorted(p for p in after if p in before and after[p][:2] != before[p][:2])
removed = sorted(p for p in before if p not in after)
differs = [p for p in changed if after[p][2] != before[p][2]]
with open(sys.argv[3], "w") as f:
    f.writelines(f"new {p}\n" for p in new)
    f.writelines(f"removed {p}\n" for p in removed)
    f.writelines(f"differs {p}\n" for p in differs)
    f.writelines(f"same bytes {p}\n" for p in changed if p not in set(differs))
print(len(changed) + len(new), len(new), len(removed), len(differs) + len(new))
PY
}

# report N WHAT FILE: records the median wall time and peak RSS of the runs in FILE.
report() {
  local n=$1 what=$2 file=$3 wall rss cpu
  wall=$(cut -d' ' -f1 "$file" | median)
  rss=$(cut -d' ' -f2 "$file" | median)
  cpu=$(cut -d' ' -f3 "$file" | median)
  record "$n" "${what}_s" "$wall"
  record "$n" "${what}_rss_kb" "$rss"
  record "$n" "${what}_cpu_s" "$cpu"
  printf '  %-18s %7s s %7s s cpu %6s MB peak   (runs: %s)\n' "$what" "$wall" "$cpu" \
    "$((rss / 1024))" "$(cut -d' ' -f1 "$file" | paste -sd' ')"
}

for n in "$@"; do
  dir=$base/n$n
  log=$dir/log
  if [ ! -d "$dir/content" ]; then
    rm -rf "$dir"
    mkdir -p "$dir"
    echo "generating $n articles per language in $dir"
    python3 scripts/bench/corpus.py "$repo" "$dir" "$n"
  fi
  echo "== N=$n: $(find "$dir/content" -name '*.md' | wc -l) Markdown files," \
    "$(find "$dir/content" -name '*.jpg' | wc -l) photos," \
    "$(find "$dir/content/results" -name '*.yaml' | wc -l) statistics files"
  build=("$bin" build --quiet --root "$dir" --output "$dir/public")
  rm -f "$dir"/runs.* "$dir"/files.* "$dir"/same.*.txt "$dir"/edit.*.txt
  if [ "${BENCH_CHECK:-0}" = 1 ]; then
    # Stops here on an error (timed exits): the corpus is to be fixed, not measured.
    timed "$dir/runs.check" "$bin" check --root "$dir"
    echo "  check: passed in $(cut -d' ' -f1 "$dir/runs.check") s; its last words: $(tail -n 1 "$log")"
  fi

  # Warm-up, not measured: fills .cache/ (photos, share cards) and the page cache.
  rm -rf "$dir/public"
  timed "$dir/runs.warm" "${build[@]}"
  echo "  warm-up build (not counted): $(cut -d' ' -f1 "$dir/runs.warm") s"
  echo "  (each figure: median wall time, median processor time, median peak RSS)"

  for _ in $(seq "$runs"); do
    rm -rf "$dir/public"
    timed "$dir/runs.full" "${build[@]}"
  done
  report "$n" full "$dir/runs.full"

  for r in $(seq "$runs"); do
    snapshot "$dir/public" "$dir/before.json"
    timed "$dir/runs.same" "${build[@]}"
    snapshot "$dir/public" "$dir/after.json"
    rewritten "$dir/before.json" "$dir/after.json" "$dir/same.$r.txt" >> "$dir/files.same"
  done
  report "$n" no_change "$dir/runs.same"
  echo "  no-change files, per run (rewritten new removed differing):" \
    "$(paste -sd'/' "$dir/files.same")"
  record "$n" no_change_files "$(cut -d' ' -f1 "$dir/files.same" | median)"
  record "$n" no_change_differing "$(cut -d' ' -f4 "$dir/files.same" | median)"

  # The copy floor: the same bytes and files, written by cp (before the edits, so that the
  # output is the site as generated).
  for _ in $(seq "$runs"); do
    rm -rf "$dir/copy"
    timed "$dir/runs.copy" cp -r "$dir/public" "$dir/copy"
  done
  rm -rf "$dir/copy"
  report "$n" copy "$dir/runs.copy"
  record "$n" files "$(find "$dir/public" -type f | wc -l)"
  record "$n" bytes "$(du -sb "$dir/public" | cut -f1)"
  echo "  output: $(find "$dir/public" -type f | wc -l) files, $(du -sb "$dir/public" | cut -f1) bytes"

  # One edit: a different article in the middle of the site each run, put back afterwards.
  mkdir -p "$dir/originals"
  for r in $(seq "$runs"); do
    article=content/news/bai-$((n / 2 + r)).vi.md
    [ -f "$dir/originals/${article##*/}" ] || cp -p "$dir/$article" "$dir/originals/"
    printf '\nCâu thêm của lần đo thứ %s, để bài viết đổi nội dung.\n' "$r" >> "$dir/$article"
    snapshot "$dir/public" "$dir/before.json"
    timed "$dir/runs.edit" "${build[@]}"
    snapshot "$dir/public" "$dir/after.json"
    rewritten "$dir/before.json" "$dir/after.json" "$dir/edit.$r.txt" >> "$dir/files.edit"
  done
  for f in "$dir"/originals/*.md; do cp -p "$f" "$dir/content/news/"; done
  rm -rf "$dir/originals"
  report "$n" one_edit "$dir/runs.edit"
  echo "  one-edit files, per run (rewritten new removed differing):" \
    "$(paste -sd'/' "$dir/files.edit")"
  record "$n" one_edit_files "$(cut -d' ' -f1 "$dir/files.edit" | median)"
  record "$n" one_edit_differing "$(cut -d' ' -f4 "$dir/files.edit" | median)"
  # What the first edit touched: every file when they are few, else those whose bytes changed.
  list=$dir/edit.1.txt
  if [ "$(wc -l < "$list")" -ge 40 ]; then
    grep -v '^same bytes ' "$list" > "$dir/edit.1.differs.txt" || true
    echo "  the first edit (bai-$((n / 2 + 1)).vi.md) rewrote $(wc -l < "$list") files;" \
      "$(wc -l < "$dir/edit.1.differs.txt") of them are new, removed or differ:"
    list=$dir/edit.1.differs.txt
  else
    echo "  files the first edit (bai-$((n / 2 + 1)).vi.md) rewrote:"
  fi
  if [ "$(wc -l < "$list")" -lt 40 ]; then
    sed 's/^/    /' "$list"
  else
    head -n 20 "$list" | sed 's/^/    /'
    echo "    ... (all in $list)"
  fi

  # Hugo, on the same content/news/ (scripts/bench/hugo/hugo.toml ignores content/results/).
  if command -v hugo > /dev/null && [ "${BENCH_HUGO:-1}" != 0 ]; then
    rm -rf "$dir/hugo"
    cp -r scripts/bench/hugo "$dir/hugo"
    hugo_build=(hugo --quiet --minify=false --source "$dir/hugo" --destination "$dir/hugo-public")
    rm -rf "$dir/hugo-public"
    timed "$dir/runs.hugo-warm" "${hugo_build[@]}" # fills resources/_gen (resized photos)
    for _ in $(seq "$runs"); do
      rm -rf "$dir/hugo-public"
      timed "$dir/runs.hugo" "${hugo_build[@]}"
    done
    report "$n" hugo_full "$dir/runs.hugo"
    record "$n" hugo_files "$(find "$dir/hugo-public" -type f | wc -l)"
    record "$n" hugo_bytes "$(du -sb "$dir/hugo-public" | cut -f1)"
    echo "  hugo $(hugo version | cut -d' ' -f2) output: $(find "$dir/hugo-public" -type f | wc -l) files," \
      "$(du -sb "$dir/hugo-public" | cut -f1) bytes"
    rm -rf "$dir/hugo-public"
  fi

  # serve: its first build, then from a save to the reload event on the events stream, for a
  # change of an article's body alone and for a change of its title, and the server's peak
  # memory (scripts/bench/serve.py; BENCH_SERVE=0 leaves it out).
  if [ "${BENCH_SERVE:-1}" != 0 ]; then
    python3 scripts/bench/serve.py "$bin" "$dir" "$runs" > "$dir/serve.tsv"
    while IFS=$'\t' read -r what value; do
      record "$n" "$what" "$value"
      echo "  $what: $value"
    done < "$dir/serve.tsv"
  fi
done

echo
python3 - "$results" <<'PY'
import sys
from collections import defaultdict
r = defaultdict(dict)
for line in open(sys.argv[1], encoding="utf-8"):
    n, what, value = line.rstrip("\n").split("\t")
    r[int(n)][what] = float(value)
ns = sorted(r)
def mb(kb): return f"{kb / 1024:.0f}"
hugo = any("hugo_full_s" in r[n] for n in ns)
head = ["N per language", "full build (s)", "processor (s)", "peak RSS (MB)",
        "no-change (s)", "files rewritten (bytes differ)", "one edit (s)", "files rewritten (bytes differ)",
        "cp -r (s)", "output files", "output (MB)"]
if hugo:
    head += ["Hugo full (s)", "Hugo peak RSS (MB)"]
print("| " + " | ".join(head) + " |")
print("|" + "---:|" * len(head))
for n in ns:
    x = r[n]
    row = [f"{n}", f"{x['full_s']:.2f}", f"{x['full_cpu_s']:.2f}", mb(x["full_rss_kb"]),
           f"{x['no_change_s']:.2f}",
           f"{x['no_change_files']:.0f} ({x['no_change_differing']:.0f})", f"{x['one_edit_s']:.2f}",
           f"{x['one_edit_files']:.0f} ({x['one_edit_differing']:.0f})",
           f"{x['copy_s']:.2f}", f"{x['files']:.0f}", f"{x['bytes'] / 1e6:.1f}"]
    if hugo:
        row += [f"{x['hugo_full_s']:.2f}", mb(x["hugo_full_rss_kb"])] if "hugo_full_s" in x else ["", ""]
    print("| " + " | ".join(row) + " |")
print()
small = ns[0]
for n in ns:
    x = r[n]
    parts = [f"N={n}:"]
    if n != small:
        ratio = x["full_s"] / max(r[small]["full_s"], 0.01)
        limit = 1.05 * n / small
        parts.append(f"full time({n})/time({small}) = {ratio:.2f} (linear: at most {limit:.1f},"
                     f" {'ok' if ratio <= limit else 'OVER'});")
        cpu = x["full_cpu_s"] / max(r[small]["full_cpu_s"], 0.01)
        parts.append(f"processor time ratio {cpu:.2f};")
    parts.append(f"no-change/full = {x['no_change_s'] / max(x['full_s'], 0.01):.2f};")
    parts.append(f"one-edit/full = {x['one_edit_s'] / max(x['full_s'], 0.01):.2f};")
    parts.append(f"full/cp = {x['full_s'] / max(x['copy_s'], 0.01):.1f};")
    if "hugo_full_s" in x:
        parts.append(f"full/Hugo = {x['full_s'] / max(x['hugo_full_s'], 0.01):.2f}")
    print(" ".join(parts).rstrip(";"))
    if "serve-start-s" in x:
        print(f"  serve: first build {x['serve-start-s']:.2f} s; from a save to the reload:"
              f" body alone {x['body-edit-ms']:.0f} ms, title {x['title-edit-ms']:.0f} ms;"
              f" peak {mb(x['serve-peak-kb'])} MB ="
              f" {x['serve-peak-kb'] / x['full_rss_kb']:.2f}x the build's")
PY
